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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Customer, CustomerAccount, CustomerTag, Tag
from crmdesk.models.membership import Tier
from crmdesk.services import register
from crmdesk.services.derived_text import accounts_text
from crmdesk.services.importing.address import join_region
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel
from crmdesk.services.register import RegisterQuery
from crmdesk.services.register_columns import ANALYTICS_COLUMNS, COLUMNS
from crmdesk.services.settings import read_settings
from crmdesk.services.validation import fen_to_yuan

#: Customers read per query while a workbook is written.
CHUNK = 500
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
        statuses = _status_names()

        def rows() -> Iterator[list[Any]]:
            for start in range(0, len(ids), CHUNK):
                check_cancel(cancel)
                chunk = ids[start : start + CHUNK]
                found = _customer_values(session, chunk, mask, statuses)
                for cid in chunk:
                    values = found.get(cid)
                    if values is not None:
                        yield [values[k] for k in keys]

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


def _customer_values(
    session: Session, ids: list[int], mask: bool, statuses: dict[str, str]
) -> dict[int, dict[str, Any]]:
    tags: dict[int, list[str]] = {}
    for cid, name in session.execute(
        select(CustomerTag.customer_id, Tag.name)
        .join(Tag, Tag.id == CustomerTag.tag_id)
        .where(CustomerTag.customer_id.in_(ids))
        .order_by(CustomerTag.customer_id, Tag.name)
    ):
        tags.setdefault(cid, []).append(name)
    accounts: dict[int, list[tuple[str, str]]] = {}
    for cid, plat, buyer in session.execute(
        select(CustomerAccount.customer_id, CustomerAccount.platform, CustomerAccount.buyer_id)
        .where(CustomerAccount.customer_id.in_(ids))
        .order_by(CustomerAccount.customer_id, CustomerAccount.id)
    ):
        accounts.setdefault(cid, []).append((plat, buyer))
    tier_names = dict(session.execute(select(Tier.id, Tier.name)).all())
    out: dict[int, dict[str, Any]] = {}
    for r in session.execute(select(_c).where(_c.c.id.in_(ids))):
        out[r.id] = {
            "name": r.name,
            "phone": mask_phone(r.phone) if mask else r.phone,
            # Every account in full (the stored register text is cut at 400 characters).
            "accounts": "; ".join(accounts_text([a]) for a in accounts.get(r.id, [])),
            "region": join_region(r.province, r.city, r.district),
            "tags": "、".join(tags.get(r.id, [])),
            "status": statuses.get(r.relationship_status, r.relationship_status),
            "order_count": r.order_count,
            "total_spend": fen_to_yuan(r.total_spend_fen),
            "first_order_at": r.first_order_at,
            "last_order_at": r.last_order_at,
            "created_at": r.created_at,
            "wechat": r.wechat,
            "birthday": r.birthday,
            **_analytics_values(r),
            "tier": tier_names.get(r.tier_id),
            "points_balance": r.points_balance,
        }
    return out


def _analytics_titles() -> dict[str, str]:
    from crmdesk.services.analytics_text import analytics_columns

    titles = {c.key: c.title for c in analytics_columns()}
    titles["clv"] = titles.pop("clv_fen")
    return titles


def _analytics_values(r: Any) -> dict[str, Any]:
    from crmdesk.services.analytics_text import label

    out: dict[str, Any] = {
        "churn_warning": translate("Export", "Yes") if r.churn_warning else None,
        "r_days": r.r_days,
        "clv": None if r.clv_fen is None else fen_to_yuan(r.clv_fen),
    }
    for key in ("r_score", "f_score", "m_score"):
        out[key] = getattr(r, key)
    for key in ("rfm_segment", "pyramid_level", "value_class", "lifecycle_stage", "loyalty_type"):
        out[key] = label(key, getattr(r, key)) or None
    return out
