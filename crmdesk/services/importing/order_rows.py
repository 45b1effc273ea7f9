"""Planning a platform order export: rows read, grouped into orders, statuses and refunds.

Several exports have one row per sub-order or SKU: rows are grouped by the order number
(a repeated sub-order number counts once). Amounts are summed per row or taken once per
order, as the platform writes them; refunds come from refund amounts or from
after-sales texts that mean the money went back.

Rows are read a column at a time, each distinct text of a column converted once
(:mod:`crmdesk.services.importing.order_cells`). Orders of one row (nearly all of them)
are then put together directly; orders of several rows go through the general path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from crmdesk.db import Database
from crmdesk.i18n import translate
from crmdesk.models import Order
from crmdesk.services import validation
from crmdesk.services.importing.address import address_parts, canonical_province
from crmdesk.services.importing.cells import is_masked
from crmdesk.services.importing.mapping import check_mapping
from crmdesk.services.importing.order_cells import CHUNK, FIELD_NAMES, Cells, composites
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
    base_plan,
    headers_index,
    is_blank,
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


def _row_status(p: PlatformPreset, raw: object, paid: bool) -> tuple[str, str | None]:
    """One row's status and, for a text no map knows, the warning's reason."""
    status = p.status_of(str(raw)) if raw else None
    if status is None and raw:
        status = guess_status(str(raw))
        if status is None or str(raw).strip() in p.undecided_statuses:
            status = "paid" if paid else "unpaid"
            return status, translate(
                "Import", "Unknown order status “{v}”; imported as {s}."
            ).format(v=raw, s=status)
    if status is None:
        status = "paid" if paid else "unpaid"
    return status, None


def _status(
    p: PlatformPreset, rows: list[_OrderRow], headers: dict[str, str]
) -> tuple[str, list[RowProblem]]:
    problems: list[RowProblem] = []
    found: list[str] = []
    for r in rows:
        status, reason = _row_status(p, r.values["status"], bool(r.values["paid_at"]))
        if reason is not None:
            problems.append(RowProblem(r.number, headers.get("status"), reason, "warning"))
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
def _address_fields(address: str) -> dict[str, object]:
    # A repeat buyer's orders carry the same address: split it once (an export holds
    # tens of thousands of buyers, more than split_address's own cache keeps, so that
    # cache is passed by). Emptied after each file by plan_orders. Callers copy the
    # fields out and never change the dict. The fields of
    # customer_rows.address_fields(split_address(address), detail=True), an empty
    # address left out.
    province, city, district, detail, _ = address_parts(address)
    fields: dict[str, object] = {}
    if province:
        fields["province"] = province
    if city:
        fields["city"] = city
    if district:
        fields["district"] = district
    if detail:
        fields["address"] = detail
    return fields


def plan_orders(
    db: Database | None,
    table: RawTable,
    p: PlatformPreset,
    detected: str | None,
    mapping: dict[str, str] | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> ImportPlan:
    """The plan of an order export: its rows read, grouped into orders, problems listed."""
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
    cells = Cells(table, headers_index(table, chosen))
    total = cells.total
    for start in range(0, total, CHUNK):
        for i in range(start, min(start + CHUNK, total)):
            tick(i, total, progress, cancel)  # as often as it wants, before the chunk's rows
        cells.read(start)
    composites(cells)
    row_problems, blank = _row_problems(table, cells, chosen)
    problems: list[RowProblem] = []
    rejected: list[RejectedRow] = []
    try:
        orders, accepted = _orders_of(p, table, cells, row_problems, chosen, problems, rejected)
    finally:
        _address_fields.cache_clear()
    rejected.sort(key=lambda r: r.row)
    problems.sort(key=lambda pr: pr.row)
    existing = _count_existing(db, p.key, [o.order_no for o in orders]) if db else 0
    return ImportPlan(
        **base_plan(table, "orders", chosen, suggested),  # type: ignore[arg-type]
        platform=p.key,
        detected_platform=detected,
        blank_rows=len(blank),
        accepted_rows=accepted,
        rejected_rows=len(rejected),
        problems=tuple(problems),
        orders=tuple(orders),
        rejected=tuple(rejected),
        existing_orders=existing,
    )


def _row_problems(
    table: RawTable, cells: Cells, chosen: dict[str, str]
) -> tuple[dict[int, list[RowProblem]], list[int]]:
    """Each row's problems in the order the row's fields are read; and the blank rows.

    Rows without an order number get an error, unless they are blank.
    """
    row_problems: dict[int, list[RowProblem]] = {}

    def add(j: int, name: str, reason: str, severity: str) -> None:
        problem = RowProblem(table.row_number(j), chosen.get(name), reason, severity)
        row_problems.setdefault(j, []).append(problem)

    numbers = cells.column("order_no")
    failed = {j for j, _ in cells.found.get("order_no", ())}
    blank: list[int] = []
    missing: list[int] = []
    if None in numbers:
        for j, number in enumerate(numbers):
            if number is None and j not in failed:
                (blank if is_blank(table.rows[j]) else missing).append(j)
    for name in FIELD_NAMES:
        for j, (reason, severity) in cells.found.get(name, ()):
            add(j, name, reason, severity)
        if name == "order_no" and missing:
            reason = translate("Import", "The order number is missing.")
            for j in missing:
                add(j, "order_no", reason, "error")
    names = cells.column("receiver_name")
    if max(map(len, filter(None, names)), default=0) > 100:  # type: ignore[arg-type]
        for j, name in enumerate(names):
            if name and len(str(name)) > 100:
                add(
                    j,
                    "receiver_name",
                    translate("Import", "The name is too long; it was cut."),
                    "warning",
                )
                names[j] = str(name)[:100]
    return row_problems, blank


def _reasons(problems: list[RowProblem], number: int) -> tuple[str, ...]:
    """The errors of row ``number`` as "column: reason"."""
    return tuple(
        f"{pr.column}: {pr.reason}" if pr.column else pr.reason
        for pr in problems
        if pr.row == number and pr.severity == "error"
    )


def _orders_of(
    p: PlatformPreset,
    table: RawTable,
    cells: Cells,
    row_problems: dict[int, list[RowProblem]],
    chosen: dict[str, str],
    problems: list[RowProblem],
    rejected: list[RejectedRow],
) -> tuple[list[OrderRecord], int]:
    """The orders of the rows and how many rows they took; the rest rejected."""
    rows = table.rows
    numbers = cells.column("order_no")
    first: dict[object, int] = {}
    more: dict[object, list[int]] = {}  # order number -> its rows, for orders of several
    for j, number in enumerate(numbers):
        if number is None:
            continue
        k = first.setdefault(number, j)
        if k != j:
            more.setdefault(number, [k]).append(j)
    # Rows without an order number (blank ones aside) are rejected on their own.
    for j, own in row_problems.items():
        if numbers[j] is None:
            problems.extend(own)
            number = table.row_number(j)
            rejected.append(RejectedRow(number, tuple(rows[j]), _reasons(own, number)))
    orders: list[OrderRecord] = []
    accepted = 0
    # Per distinct text: statuses (of unpaid and of paid rows), refund texts, items, buyers.
    statuses = (
        _Lookup(lambda raw: _row_status(p, raw, False)),
        _Lookup(lambda raw: _row_status(p, raw, True)),
    )
    refunded = _Lookup(is_refunded)
    places = _Lookup(_address_fields)
    # Most files have no refund text at all: then no row needs looking at.
    any_refunded = any(
        refunded[text] for name in ("status", "refund_status") for text in set(cells.column(name))
    )
    first_number = table.first_row_number
    column = cells.column
    # The item of an order of one row and its buyer, each distinct combination of
    # cells worked out once (frozen records: orders share them).
    items = _Lookup(lambda key: _one_item(p, *key))  # type: ignore[misc]
    buyers = _Lookup(lambda key: _account(p, *key))  # type: ignore[misc]
    row_items = map(items.__getitem__, zip(*map(column, _ITEM), strict=True))
    row_buyers = map(buyers.__getitem__, zip(column("buyer_id"), column("buyer_nick"), strict=True))
    time_column, refund_column, status_column = (
        chosen.get("ordered_at"),
        chosen.get("refund"),
        chosen.get("status"),
    )
    for j, (
        no,
        ordered_at,
        paid_at,
        amount,
        refund,
        phone,
        name,
        address,
        province,
        city,
        district,
        street,
        raw_status,
        refund_status,
        buyer_remark,
        seller_remark,
        (order_items, items_text),
        buyer,
    ) in enumerate(zip(*map(column, _SINGLE), row_items, row_buyers, strict=True)):
        if no is None:
            continue
        if more:
            group = more.get(no)
            if group is not None:
                if group[0] == j:  # the order's first row: take them all
                    accepted += _take_group(
                        p,
                        [_order_row(table, cells, row_problems, k) for k in group],
                        chosen,
                        problems,
                        rejected,
                        orders,
                    )
                continue
        # The order of one row: _order_from_rows with the lists of one value worked out.
        number = first_number + j  # table.row_number(j)
        own = row_problems.get(j)
        if own is not None:
            problems.extend(own)
            if any(pr.severity == "error" for pr in own):
                rejected.append(RejectedRow(number, tuple(rows[j]), _reasons(own, number)))
                continue
        if ordered_at is None:
            ordered_at = paid_at or _date_from_order_no(p, str(no))
            if ordered_at is None:
                reason = translate("Import", "The order time is missing.")
                problems.append(RowProblem(number, time_column, reason, "error"))
                shown = f"{time_column}: {reason}" if time_column else reason
                rejected.append(RejectedRow(number, tuple(rows[j]), (shown,)))
                continue
        paid: int = amount or 0  # type: ignore[assignment]
        refund_fen: int = refund or 0  # type: ignore[assignment]
        if any_refunded and (refunded[refund_status] or refunded[raw_status]):
            refund_fen = max(refund_fen, paid)
        if refund_fen > paid:
            problems.append(
                RowProblem(
                    number,
                    refund_column,
                    translate(
                        "Import",
                        "The refund is larger than the amount paid; it was capped at the amount"
                        " paid.",
                    ).format(),
                    "warning",
                )
            )
            refund_fen = paid
        status, reason = statuses[paid_at is not None][raw_status]
        if reason is not None:
            problems.append(RowProblem(number, status_column, reason, "warning"))
        if buyer_remark and seller_remark:
            notes = f"{buyer_remark}；{seller_remark}"
        else:
            notes = buyer_remark or seller_remark or None  # type: ignore[assignment]
        customer: dict[str, object] = {}
        if name:
            customer["name"] = name
        if phone is not None:
            customer["phone"] = phone.text  # type: ignore[attr-defined]
            customer["phone_masked"] = phone.masked  # type: ignore[attr-defined]
        if province or city or district:
            if province:
                customer["province"] = canonical_province(str(province))
            if city:
                customer["city"] = city
            if district:
                customer["district"] = district
            detail = " ".join(str(v) for v in (street, address) if v)
            if detail:
                customer["address"] = detail[:400]
            where = " ".join(str(v) for v in (province, city, district, street, address) if v)
        else:
            if address:
                customer.update(places[address])
            where = f"{street} {address}" if street and address else street or address  # type: ignore[assignment]
        values = {
            "rows": (number,),
            "platform": p.key,
            "order_no": no[:80],  # type: ignore[index]
            "ordered_at": ordered_at,
            "paid_at": paid_at,
            "paid_fen": paid,
            "refund_fen": refund_fen,
            "status": status,
            "items": order_items,
            "items_text": items_text,
            "notes": notes,
            "buyer": buyer,
            "customer": customer,
            "receiver_name": name,  # cut to 100 characters by _row_problems
            "receiver_phone": phone.text if phone is not None else None,  # type: ignore[attr-defined]
            "receiver_address": where[:400] if where else None,
        }
        orders.append(OrderRecord(**values))  # type: ignore[arg-type]
        accepted += 1
    return orders, accepted


#: The fields an order of one row is made of, in the order _orders_of unpacks them.
_SINGLE = (
    "order_no",
    "ordered_at",
    "paid_at",
    "amount",
    "refund",
    "phone",
    "receiver_name",
    "address",
    "province",
    "city",
    "district",
    "street",
    "status",
    "refund_status",
    "buyer_remark",
    "seller_remark",
)
#: The fields the item of an order of one row is made of (_one_item's arguments).
_ITEM = ("item_title", "sku", "quantity", "amount", "unit_price")


def _one_item(
    p: PlatformPreset,
    title: object,
    sku: object,
    quantity: int,
    amount: int | None,
    unit_price: int | None,
) -> tuple[tuple[ItemRecord, ...], str | None]:
    """The items and items text of an order of one row, as _order_from_rows makes them."""
    if not title:
        return (), None
    paid = amount or 0
    fen = paid if p.amount_per_row or unit_price is None else unit_price * quantity
    item = ItemRecord(str(title)[:400], _opt(sku, 200), quantity, fen)
    return (item,), item.title


def _account(p: PlatformPreset, buyer_id: object, nick: object) -> AccountRecord | None:
    """The buyer account of an order, as _order_from_rows makes it."""
    if not buyer_id or is_masked(str(buyer_id)):
        return None
    return AccountRecord(p.key, str(buyer_id), nick and str(nick))  # type: ignore[arg-type]


class _Lookup(dict):  # type: ignore[type-arg]
    """A function's results by argument, each worked out on first use."""

    def __init__(self, function: Callable[[object], object]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: object) -> object:
        value = self[key] = self.function(key)
        return value


def _order_row(
    table: RawTable, cells: Cells, row_problems: dict[int, list[RowProblem]], j: int
) -> _OrderRow:
    """Row ``j`` as one row of an order of several rows."""
    values = {name: cells.column(name)[j] for name in FIELD_NAMES}
    return _OrderRow(table.row_number(j), table.rows[j], values, row_problems.get(j, []))


def _take_group(
    p: PlatformPreset,
    rows: list[_OrderRow],
    chosen: dict[str, str],
    problems: list[RowProblem],
    rejected: list[RejectedRow],
    orders: list[OrderRecord],
) -> int:
    """Add the order of several rows, or reject them all; how many rows were accepted."""
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
        return len(rows)
    # One broken row rejects its whole order: a part of an order would be wrong.
    for r in rows:
        reasons = _reasons(row_problems, r.number) or (
            translate("Import", "Another row of the same order has an error."),
        )
        rejected.append(RejectedRow(r.number, tuple(r.cells), reasons))
    return 0


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
