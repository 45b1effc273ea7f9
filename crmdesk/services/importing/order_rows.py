"""Planning a platform order export: rows read, grouped into orders, statuses and refunds.

Several exports have one row per sub-order or SKU: rows are grouped by the order number
(a repeated sub-order number counts once). Amounts are summed per row or taken once per
order, as the platform writes them; refunds come from refund amounts or from
after-sales texts that mean the money went back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Order
from crmdesk.services import validation
from crmdesk.services.importing.address import canonical_province, split_address, split_composite
from crmdesk.services.importing.cells import is_masked
from crmdesk.services.importing.customer_rows import address_fields
from crmdesk.services.importing.mapping import check_mapping
from crmdesk.services.importing.platform_presets import (
    PlatformPreset,
    guess_status,
    is_refunded,
    resolve_fields,
)
from crmdesk.services.importing.records import (
    AccountRecord,
    ImportPlan,
    ItemRecord,
    OrderRecord,
    RejectedRow,
    RowProblem,
    RowReader,
    base_plan,
    headers_index,
    is_blank,
    rejected_row,
    tick,
)
from crmdesk.services.importing.table import ImportFileError, RawTable
from crmdesk.services.jobs import CancelFn, ProgressFn

_PDD_DATE = re.compile(r"^(\d{2})(\d{2})(\d{2})-\d+")


@dataclass
class _OrderRow:
    number: int
    cells: Sequence[object]
    values: dict[str, object]
    problems: list[RowProblem]


def _order_row(row: RowReader, p: PlatformPreset) -> _OrderRow:
    v: dict[str, object] = {}
    v["order_no"] = row.ident("order_no")
    if not v["order_no"] and not row.failed:
        row.error("order_no", translate("Import", "The order number is missing."))
    v["sub_order_no"] = row.ident("sub_order_no")
    v["buyer_id"] = row.ident("buyer_id")
    for key in (
        "receiver_name",
        "address",
        "province",
        "city",
        "district",
        "street",
        "postcode",
        "status",
        "refund_status",
        "close_reason",
        "item_title",
        "sku",
        "buyer_remark",
        "seller_remark",
        "buyer_nick",
    ):
        v[key] = row.text(key)
    for key in ("province", "city", "district"):
        if v[key] and is_masked(str(v[key])):
            v[key] = None
    v["ordered_at"] = row.moment("ordered_at")
    v["paid_at"] = row.moment("paid_at")
    v["amount"] = row.amount("amount")
    v["refund"] = row.amount("refund")
    v["unit_price"] = row.amount("unit_price")
    quantity = row.text("quantity")
    v["quantity"] = 1
    if quantity:
        try:
            q = Decimal(quantity)
            v["quantity"] = int(q) if q == q.to_integral_value() and q >= 0 else 1
        except ArithmeticError:
            row.warn(
                "quantity",
                translate("Import", "“{v}” is not a quantity; 1 was used.").format(v=quantity),
            )
    composite = split_composite(str(v["address"])) if v["address"] else None
    if composite is not None:
        v["address"] = composite.address
        v["receiver_name"] = v["receiver_name"] or composite.name
    phone = row.phone("phone", strict=False) if row.has("phone") else None
    if phone is None and composite is not None and composite.phone:
        try:
            phone = validation.normalise_phone(composite.phone)
        except ValidationError:
            phone = None
    v["phone"] = phone
    if v["receiver_name"] and len(str(v["receiver_name"])) > 100:
        row.warn("receiver_name", translate("Import", "The name is too long; it was cut."))
        v["receiver_name"] = str(v["receiver_name"])[:100]
    return _OrderRow(row.number, row.cells, v, row.problems)


def _status(
    p: PlatformPreset, rows: list[_OrderRow], headers: dict[str, str]
) -> tuple[str, list[RowProblem]]:
    problems: list[RowProblem] = []
    found: list[str] = []
    for r in rows:
        raw = r.values["status"]
        status = p.status_of(str(raw)) if raw else None
        if status is None and raw:
            status = guess_status(str(raw))
            if status is None or str(raw).strip() in p.undecided_statuses:
                status = "paid" if r.values["paid_at"] else "unpaid"
                problems.append(
                    RowProblem(
                        r.number,
                        headers.get("status"),
                        translate("Import", "Unknown order status “{v}”; imported as {s}.").format(
                            v=raw, s=status
                        ),
                        "warning",
                    )
                )
        if status is None:
            status = "paid" if r.values["paid_at"] else "unpaid"
        found.append(status)
    live = [s for s in found if s != "closed"]
    if not live:
        return "closed", problems
    for s in ("completed", "shipped", "paid", "unpaid"):
        if s in live:
            return s, problems
    return live[0], problems


def _order_from_rows(
    p: PlatformPreset, rows: list[_OrderRow], headers: dict[str, str]
) -> tuple[OrderRecord | None, list[RowProblem]]:
    first = rows[0].values
    problems: list[RowProblem] = []
    # Rows repeating a sub-order number are the same line twice (overlapping exports).
    unique: list[_OrderRow] = rows
    if len(rows) > 1:  # most orders are one row: nothing to drop
        seen: set[str] = set()
        unique = []
        for r in rows:
            sub = r.values["sub_order_no"]
            if sub:
                if sub in seen:
                    continue
                seen.add(str(sub))
            unique.append(r)
    ordered_at = next((r.values["ordered_at"] for r in unique if r.values["ordered_at"]), None)
    paid_at = next((r.values["paid_at"] for r in unique if r.values["paid_at"]), None)
    order_no = str(first["order_no"])
    if ordered_at is None:
        ordered_at = paid_at or _date_from_order_no(p, order_no)
    if ordered_at is None:
        problems.append(
            RowProblem(
                rows[0].number,
                headers.get("ordered_at"),
                translate("Import", "The order time is missing."),
                "error",
            )
        )
        return None, problems
    amounts = [int(r.values["amount"] or 0) for r in unique]  # type: ignore[call-overload]
    paid = sum(amounts) if p.amount_per_row else max(amounts, default=0)
    refunds = [int(r.values["refund"] or 0) for r in unique]  # type: ignore[call-overload]
    refund = sum(refunds) if p.refund_per_row else max(refunds, default=0)
    by_status = 0
    for r, amount in zip(unique, amounts, strict=True):
        if is_refunded(r.values["refund_status"]) or is_refunded(r.values["status"]):
            by_status += amount if p.amount_per_row else paid
    refund = max(refund, min(by_status, paid))
    if refund > paid:
        problems.append(
            RowProblem(
                rows[0].number,
                headers.get("refund"),
                translate(
                    "Import",
                    "The refund is larger than the amount paid; it was capped at the amount paid.",
                ).format(),
                "warning",
            )
        )
        refund = paid
    status, status_problems = _status(p, unique, headers)
    problems.extend(status_problems)
    items = []
    for r, amount in zip(unique, amounts, strict=True):
        title = r.values["item_title"]
        if not title:
            continue
        qty = int(r.values["quantity"])  # type: ignore[call-overload]
        if p.amount_per_row:
            item_fen = amount
        elif r.values["unit_price"] is not None:
            item_fen = int(r.values["unit_price"]) * qty  # type: ignore[call-overload]
        else:
            item_fen = paid if len(unique) == 1 else 0
        items.append(ItemRecord(str(title)[:400], _opt(r.values["sku"], 200), qty, item_fen))
    items_text = "；".join(dict.fromkeys(i.title for i in items)) or None
    notes = "；".join(str(first[k]) for k in ("buyer_remark", "seller_remark") if first[k]) or None
    phone = first["phone"]
    customer = _order_customer(first, phone)
    buyer_id = first["buyer_id"]
    buyer = (
        AccountRecord(p.key, str(buyer_id), first["buyer_nick"] and str(first["buyer_nick"]))
        if buyer_id and not is_masked(str(buyer_id))
        else None
    )
    address_text = (
        " ".join(
            str(first[k]) for k in ("province", "city", "district", "street", "address") if first[k]
        )
        or None
    )
    return OrderRecord(
        rows=tuple(r.number for r in rows),
        platform=p.key,
        order_no=order_no[:80],
        ordered_at=ordered_at,  # type: ignore[arg-type]
        paid_at=paid_at,  # type: ignore[arg-type]
        paid_fen=paid,
        refund_fen=refund,
        status=status,
        items=tuple(items),
        items_text=items_text,
        notes=notes,
        buyer=buyer,
        customer=customer,
        receiver_name=_opt(first["receiver_name"], 100),
        receiver_phone=phone.text if isinstance(phone, validation.PhoneValue) else None,
        receiver_address=_opt(address_text, 400),
    ), problems


def _opt(value: object, limit: int) -> str | None:
    return str(value)[:limit] if value else None


def _date_from_order_no(p: PlatformPreset, order_no: str) -> dt.datetime | None:
    if p.key != "pdd":
        return None
    match = _PDD_DATE.match(order_no)
    if not match:
        return None
    try:
        y, m, d = (int(x) for x in match.groups())
        return dt.datetime(2000 + y, m, d)
    except ValueError:
        return None


def _order_customer(v: dict[str, object], phone: object) -> dict[str, object]:
    out: dict[str, object] = {}
    if v["receiver_name"]:
        out["name"] = v["receiver_name"]
    if isinstance(phone, validation.PhoneValue):
        out["phone"] = phone.text
        out["phone_masked"] = phone.masked
    if v["province"] or v["city"] or v["district"]:
        for key in ("province", "city", "district"):
            if v[key]:
                out[key] = canonical_province(str(v[key])) if key == "province" else v[key]
        detail = " ".join(str(v[k]) for k in ("street", "address") if v[k])
        if detail:
            out["address"] = detail[:400]
    elif v["address"]:
        out.update(_address_fields(str(v["address"])))
    return out


@lru_cache(maxsize=1 << 16)
def _address_fields(address: str) -> tuple[tuple[str, object], ...]:
    # A repeat buyer's orders carry the same address: split it once (an export holds
    # tens of thousands of buyers, more than split_address's own cache keeps). Emptied
    # after each file by plan_orders.
    fields = address_fields(split_address(address), detail=True)
    if not fields.get("address"):
        fields.pop("address", None)
    return tuple(fields.items())


def plan_orders(
    db: Database | None,
    table: RawTable,
    p: PlatformPreset,
    detected: str | None,
    mapping: dict[str, str] | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> ImportPlan:
    suggested = resolve_fields(p, table.raw_headers)
    chosen = (
        check_mapping(mapping, table.raw_headers, "orders") if mapping is not None else suggested
    )
    if "order_no" not in chosen:
        raise ImportFileError(
            translate(
                "Import", "This file has no order number column, so it is not a {p} order export."
            ).format(p=translate("Platform", p.name))
        )
    index = headers_index(table, chosen)
    groups: dict[str, list[_OrderRow]] = {}
    problems: list[RowProblem] = []
    rejected: list[RejectedRow] = []
    total = len(table.rows)
    blank = 0
    for i, cells in enumerate(table.rows):
        tick(i, total, progress, cancel)
        if is_blank(cells):
            blank += 1
            continue
        row = RowReader(table.row_number(i), cells, index)
        row.headers = chosen
        parsed = _order_row(row, p)
        if row.failed and not parsed.values["order_no"]:
            problems.extend(row.problems)
            rejected.append(rejected_row(row))
            continue
        groups.setdefault(str(parsed.values["order_no"]), []).append(parsed)
    try:
        orders, accepted = _orders_of(p, groups, chosen, problems, rejected)
    finally:
        _address_fields.cache_clear()
    rejected.sort(key=lambda r: r.row)
    problems.sort(key=lambda pr: pr.row)
    existing = _count_existing(db, p.key, [o.order_no for o in orders]) if db else 0
    return ImportPlan(
        **base_plan(table, "orders", chosen, suggested),  # type: ignore[arg-type]
        platform=p.key,
        detected_platform=detected,
        blank_rows=blank,
        accepted_rows=accepted,
        rejected_rows=len(rejected),
        problems=tuple(problems),
        orders=tuple(orders),
        rejected=tuple(rejected),
        existing_orders=existing,
    )


def _orders_of(
    p: PlatformPreset,
    groups: dict[str, list[_OrderRow]],
    chosen: dict[str, str],
    problems: list[RowProblem],
    rejected: list[RejectedRow],
) -> tuple[list[OrderRecord], int]:
    """The orders of the grouped rows and how many rows they took; the rest rejected."""
    orders: list[OrderRecord] = []
    accepted = 0
    for rows in groups.values():
        row_problems = [pr for r in rows for pr in r.problems]
        bad = {pr.row for pr in row_problems if pr.severity == "error"}
        record = None
        if not bad:
            record, extra = _order_from_rows(p, rows, chosen)
            row_problems.extend(extra)
            bad = {pr.row for pr in extra if pr.severity == "error"}
        problems.extend(row_problems)
        if record is not None and not bad:
            orders.append(record)
            accepted += len(rows)
            continue
        # One broken row rejects its whole order: a part of an order would be wrong.
        for r in rows:
            reasons = [
                f"{pr.column}: {pr.reason}" if pr.column else pr.reason
                for pr in row_problems
                if pr.row == r.number and pr.severity == "error"
            ] or [translate("Import", "Another row of the same order has an error.")]
            rejected.append(RejectedRow(r.number, tuple(r.cells), tuple(reasons)))
    return orders, accepted


def _count_existing(db: Database, platform: str, order_nos: list[str]) -> int:
    count = 0
    with db.session() as session:
        for start in range(0, len(order_nos), 500):
            chunk = order_nos[start : start + 500]
            count += len(
                session.execute(
                    select(Order.id).where(Order.platform == platform, Order.order_no.in_(chunk))
                ).all()
            )
    return count
