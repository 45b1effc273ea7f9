"""Exporting the register to Excel workbooks, and what every export shares.

The customer export is the register as shown: the same filter and order
(:func:`crmdesk.services.register.select_ids`) and the visible columns, titled as the
register titles them, so the file imports back unchanged. Phones are masked
(``138****8000``) when the shop's ``mask_phones`` setting says so, unless the caller
asks for full numbers. Rows are read in chunks and streamed to the workbook writer.
Orders and contact records: :mod:`crmdesk.services.exporting_records`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Customer, CustomerAccount
from crmdesk.models.membership import Tier
from crmdesk.services import register
from crmdesk.services.derived_text import ACCOUNTS_TEXT_MAX, accounts_text
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel
from crmdesk.services.register import RegisterQuery
from crmdesk.services.register_columns import ANALYTICS_COLUMNS, COLUMNS
from crmdesk.services.settings import read_settings

#: Rows read per query while a workbook is written.
CHUNK = 500
#: Customers read per query by the customer export (one query per chunk).
CUSTOMER_CHUNK = 5000
_c = Customer.__table__

#: Register column key -> kind of cell in the workbook.
_COLUMN_KINDS = {
    "order_count": "int",
    "total_spend": "money",
    "first_order_at": "datetime",
    "last_order_at": "datetime",
    "created_at": "datetime",
    "birthday": "date",
    "r_days": "int",
    "r_score": "int",
    "f_score": "int",
    "m_score": "int",
    "clv": "money",
    "points_balance": "int",
}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, how many data rows, the column titles."""

    path: Path
    rows: int
    columns: tuple[str, ...]


def mask_phone(phone: str | None) -> str | None:
    """``13800138000`` -> ``138****8000``; landlines keep their area code and last 4 digits."""
    if not phone or "*" in phone:
        return phone
    digits = phone.replace("-", "")
    if len(digits) >= 8:
        return digits[:3] + "****" + digits[-4:]
    return phone


def workbook_properties(session: Session, title: str) -> dict[str, Any]:
    """The workbook's document properties: title, the shop as author, when exported."""
    settings = read_settings(session)
    shop = str(settings.get("shop_name") or "")
    now = dt.datetime.now().replace(microsecond=0)
    return {
        "title": title,
        "subject": title,
        "company": shop,
        "author": shop,
        "created": now,
        "comments": translate("Export", "{shop} exported by crmdesk on {time}")
        .format(shop=shop, time=now.strftime("%Y-%m-%d %H:%M"))
        .strip(),
    }


def _status_names() -> dict[str, str]:
    # Same context and source text as the register's status names: one translation.
    return {
        "potential": translate("Status", "Potential customer"),
        "target": translate("Status", "Target customer"),
        "first": translate("Status", "First-time buyer"),
        "repeat": translate("Status", "Repeat buyer"),
        "loyal": translate("Status", "Loyal customer"),
        "lost": translate("Status", "Lost customer"),
        "non_customer": translate("Status", "Non-customer"),
    }


def _visible_columns(session: Session, columns: Sequence[str] | None) -> list[str]:
    keys = {c.key for c in COLUMNS}
    if columns is None:
        saved = read_settings(session).get("register_columns") or []
        columns = [k for k in saved if k in keys] or [c.key for c in COLUMNS if c.default_visible]
    unknown = [k for k in columns if k not in keys]
    if unknown:
        raise ValidationError(
            translate("Export", "Unknown register column: {key}.").format(key=unknown[0]),
            field="columns",
        )
    return list(dict.fromkeys(columns))


def write_export(
    path: Path | str,
    columns: list[Any],
    rows: Iterator[Sequence[Any]],
    title: str,
    properties: dict[str, Any],
    total: int,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> ExportResult:
    """Stream ``rows`` into a one-sheet workbook at ``path`` and say what was written."""
    from crmdesk.reports.workbooks import write_table

    counted = 0

    def counting() -> Iterator[Sequence[Any]]:
        nonlocal counted
        for row in rows:
            counted += 1
            yield row

    written = write_table(
        Path(path),
        columns,
        counting(),
        sheet_name=title,
        properties=properties,
        total=total,
        progress=progress,
        cancel=cancel,
    )
    return ExportResult(written, counted, tuple(c.title for c in columns))


def mask_default(session: Session, mask_phones: bool | None) -> bool:
    """Whether to mask phones: as asked, else as the shop's ``mask_phones`` setting says."""
    if mask_phones is not None:
        return mask_phones
    return bool(read_settings(session).get("mask_phones", True))


# --- customers -----------------------------------------------------------------------


def export_customers(
    db: Database,
    path: Path | str,
    query: RegisterQuery | None = None,
    columns: Sequence[str] | None = None,
    *,
    mask_phones: bool | None = None,
    with_analytics: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportResult:
    """The register as shown: customers matching ``query`` in its order, ``columns`` shown.

    ``columns`` are keys of :data:`register_columns.COLUMNS` (default: the register's visible
    columns); ``with_analytics`` adds every analytics figure not among them.
    ``mask_phones`` None follows the shop setting.
    """
    from crmdesk.reports.workbooks import SheetColumn

    query = query or RegisterQuery()
    titles = {c.key: translate("RegisterColumn", c.title) for c in COLUMNS}
    titles.update(_analytics_titles())
    with db.session() as session:
        keys = _visible_columns(session, columns)
        if with_analytics:
            keys += [k for k in ANALYTICS_COLUMNS if k not in keys]
        mask = mask_default(session, mask_phones)
        props = workbook_properties(session, translate("Export", "Customers"))
        ids = list(session.execute(register.select_ids(query)).scalars())
        sheet_columns = [SheetColumn(titles[k], _COLUMN_KINDS.get(k, "text")) for k in keys]
        stmt, converters = _customer_select(keys, mask)
        connection = session.connection()
        accounts_at = keys.index("accounts") if "accounts" in keys else None

        def rows() -> Iterator[list[Any]]:
            for start in range(0, len(ids), CUSTOMER_CHUNK):
                check_cancel(cancel)
                chunk = ids[start : start + CUSTOMER_CHUNK]
                found: dict[int, list[Any]] = {}
                for r in connection.execute(stmt, {"ids": chunk}):
                    row = list(r)
                    cid = row.pop()
                    for i, convert in converters:
                        row[i] = convert(row[i])
                    found[cid] = row
                if accounts_at is not None:
                    _full_accounts(session, found, accounts_at)
                for cid in chunk:
                    row = found.get(cid)
                    if row is not None:
                        yield row

        return write_export(
            path,
            sheet_columns,
            rows(),
            translate("Export", "Customers"),
            props,
            len(ids),
            progress,
            cancel,
        )


def _region_sql() -> ColumnElement[str]:
    """Province, city and district joined as ``importing.address.join_region`` does, in SQL."""
    province = func.nullif(_c.c.province, "")
    city = case(
        (and_(func.nullif(_c.c.city, "") != None, _c.c.city.is_not(province)), _c.c.city)  # noqa: E711
    )
    district = case(
        (
            and_(
                func.nullif(_c.c.district, "") != None,  # noqa: E711
                _c.c.district.is_not(province),
                _c.c.district.is_not(city),
            ),
            _c.c.district,
        )
    )
    spaced = [func.coalesce(literal(" ") + part, "") for part in (province, city, district)]
    return func.substr(spaced[0] + spaced[1] + spaced[2], 2)


def _tags_sql() -> ColumnElement[str]:
    """The customer's tag names by name, joined with ``、`` (correlated on ``customers.id``)."""
    return func.coalesce(
        literal_column(
            "(SELECT group_concat(name, '、') FROM (SELECT t.name FROM customer_tags ct"
            " JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = customers.id"
            " ORDER BY t.name))"
        ),
        "",
    )


def _money(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


def _labeller(names: dict[str, str]) -> Callable[[str | None], str | None]:
    """Class key -> its display name (unknown keys as they are, None and empty as None)."""
    return lambda key: names.get(key, key) or None  # type: ignore[arg-type]


def _customer_select(
    keys: list[str], mask: bool
) -> tuple[Select[Any], list[tuple[int, Callable[[Any], Any]]]]:
    """One SELECT of the cell values of ``keys`` (then the id) for ids bound as ``ids``.

    Returns it with the (position, converter) of the values SQL does not give as cells.
    """
    from crmdesk.services.analytics_text import labels

    statuses = _status_names()
    yes = translate("Export", "Yes")
    tiers = Tier.__table__
    expressions: dict[str, Any] = {
        "name": _c.c.name,
        "phone": _c.c.phone,
        "accounts": func.coalesce(_c.c.accounts_text, ""),
        "region": _region_sql(),
        "tags": _tags_sql(),
        "status": _c.c.relationship_status,
        "order_count": _c.c.order_count,
        "total_spend": _c.c.total_spend_fen,
        "first_order_at": _c.c.first_order_at,
        "last_order_at": _c.c.last_order_at,
        "created_at": _c.c.created_at,
        "wechat": _c.c.wechat,
        "birthday": _c.c.birthday,
        "churn_warning": _c.c.churn_warning,
        "r_days": _c.c.r_days,
        "clv": _c.c.clv_fen,
        "r_score": _c.c.r_score,
        "f_score": _c.c.f_score,
        "m_score": _c.c.m_score,
        "tier": tiers.c.name,
        "points_balance": _c.c.points_balance,
    }
    converters: dict[str, Callable[[Any], Any]] = {
        "status": lambda v: statuses.get(v, v),
        "total_spend": _money,
        "clv": _money,
        "churn_warning": lambda v: yes if v else None,
    }
    if mask:
        converters["phone"] = mask_phone
    for key in ("rfm_segment", "pyramid_level", "value_class", "lifecycle_stage", "loyalty_type"):
        expressions[key] = _c.c[key]
        converters[key] = _labeller(labels(key))
    stmt = (
        select(*(expressions[k] for k in keys), _c.c.id)
        .select_from(_c.outerjoin(tiers, tiers.c.id == _c.c.tier_id))
        .where(_c.c.id.in_(bindparam("ids", expanding=True)))
    )
    return stmt, [(i, converters[k]) for i, k in enumerate(keys) if k in converters]


def _full_accounts(session: Session, found: dict[int, list[Any]], at: int) -> None:
    """Every account in full where the stored register text was cut short."""
    cut = [cid for cid, row in found.items() if len(row[at]) >= ACCOUNTS_TEXT_MAX]
    if not cut:
        return
    accounts: dict[int, list[tuple[str, str]]] = {cid: [] for cid in cut}
    for cid, plat, buyer in session.execute(
        select(CustomerAccount.customer_id, CustomerAccount.platform, CustomerAccount.buyer_id)
        .where(CustomerAccount.customer_id.in_(cut))
        .order_by(CustomerAccount.customer_id, CustomerAccount.id)
    ):
        accounts[cid].append((plat, buyer))
    for cid, pairs in accounts.items():
        found[cid][at] = "; ".join(accounts_text([a]) for a in pairs)


def _analytics_titles() -> dict[str, str]:
    from crmdesk.services.analytics_text import analytics_columns

    titles = {c.key: c.title for c in analytics_columns()}
    titles["clv"] = titles.pop("clv_fen")
    return titles
