"""Committing an import plan in one ``BEGIN IMMEDIATE`` transaction: all of it or nothing.

Customers are matched as :mod:`crmdesk.services.importing.matching` describes. An order
is identified by platform + order number, so a file imported twice (or two overlapping
exports) changes nothing the second time; an existing order whose status or refund
changed is updated. Orders and items go in through the driver's own ``executemany``.
New customers go in with their derived text (search, pinyin, accounts) already
computed; that of changed customers and the figures are rebuilt once, in bulk, at the
end: every card's order figures, or only the touched cards' when the stored figures
describe today already (see analytics.figures_current). An ImportBatch records the
summary.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import ImportBatch
from crmdesk.models.base import utcnow
from crmdesk.services.bulk import DriverValues, insert_sql
from crmdesk.services.derived_text import refresh_derived_text
from crmdesk.services.importing import matching
from crmdesk.services.importing.matching import (
    BATCH,
    CUSTOMERS,
    ITEMS,
    ORDERS,
    MatchState,
    chunks,
)
from crmdesk.services.importing.records import (
    ON_DUPLICATE,
    CustomerRecord,
    ImportPlan,
    ImportSummary,
    OrderRecord,
)
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel


def commit_plan(
    db: Database,
    plan: ImportPlan,
    on_duplicate: str = "update",
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportSummary:
    """Write ``plan`` in one ``BEGIN IMMEDIATE`` transaction (see pipeline.run_import)."""
    if on_duplicate not in ON_DUPLICATE:
        raise ValidationError(
            translate("Import", "Unknown choice for duplicates: {v}.").format(v=on_duplicate),
            field="on_duplicate",
        )
    report = progress or (lambda done, total, message="": None)
    check_cancel(cancel)
    big = len(plan.orders) + len(plan.customers) >= matching.BIG_INSERT
    with db.session(immediate=True) as session, _page_cache(session, big):
        state = MatchState(session=session, now=utcnow())
        state.next_id = (session.execute(select(func.max(CUSTOMERS.c.id))).scalar() or 0) + 1
        batch_id = session.execute(
            insert(ImportBatch.__table__).values(
                file_name=str(plan.path)[-400:],
                kind=plan.kind,
                platform=plan.platform,
                imported_at=state.now,
                summary_json="{}",
            )
        ).inserted_primary_key[0]
        orders = (0, 0, 0)
        order_ids: list[int] = []
        owners: set[int] = set()
        skipped = 0
        if plan.kind == "customers":
            skipped = _commit_customers(state, plan.customers, on_duplicate, report, cancel)
        else:
            orders = _commit_orders(state, plan, batch_id, order_ids, owners, report, cancel)
        check_cancel(cancel)
        report(0, 0, translate("Import", "Saving customers"))
        state.flush(cancel)
        touched = sorted(state.new_ids | state.changed | state.restored)
        check_cancel(cancel)
        report(0, 0, translate("Import", "Updating search and figures"))
        # New cards were inserted with their derived text; only existing ones changed.
        refresh_derived_text(session, state.changed - state.new_ids)
        # A big first import dropped indexes (see MatchState.flush). The orders' come back
        # now, as the figures read them; the customers' after the figures are written into
        # every new card, which then costs no index upkeep. Before the membership, whose
        # upgrades come in the order SQLite's plan over those indexes gives.
        state.restore_indexes(ORDERS)
        from crmdesk.services import analytics, stats

        today = dt.date.today()
        # The cards whose figures this import can move: those holding an order it wrote,
        # and every card it created, changed or restored.
        moved = owners.union(touched)
        if analytics.figures_current(session, today):
            # Everyone else's figures describe today already (see figures_current).
            stats.recompute_customers(session, moved, today)
        else:
            stats.recompute_all(session, today)
        check_cancel(cancel)
        analytics.recompute_analytics_in_session(session, today, cancel=cancel)
        check_cancel(cancel)
        state.restore_indexes()
        # Membership: points for newly valid orders, reversals for refunded ones, upgrades.
        # Only the orders this import inserted or updated: none, no work.
        if order_ids:
            from crmdesk.services import membership

            membership.after_orders_changed(session, order_ids, today, owners=owners)
            check_cancel(cancel)
        summary = ImportSummary(
            kind=plan.kind,
            platform=plan.platform,
            batch_id=int(batch_id),
            customers_created=len(state.new_ids),
            customers_updated=len(state.changed - state.new_ids - state.restored),
            customers_unchanged=len(state.matched - state.changed - state.new_ids - state.restored),
            customers_restored=len(state.restored),
            customers_skipped=skipped,
            orders_added=orders[0],
            orders_updated=orders[1],
            orders_unchanged=orders[2],
            rows_total=plan.total_rows,
            rows_blank=plan.blank_rows,
            rows_imported=plan.accepted_rows - (skipped if plan.kind == "customers" else 0),
            rows_rejected=plan.rejected_rows,
            notes=tuple(dict.fromkeys(state.notes)),
            customer_ids=tuple(touched),
        )
        session.execute(
            update(ImportBatch.__table__)
            .where(ImportBatch.__table__.c.id == batch_id)
            .values(summary_json=json.dumps(_summary_json(summary), ensure_ascii=False))
        )
    return summary


#: The page cache of a big import (KiB, as PRAGMA cache_size takes a negative number).
BIG_IMPORT_CACHE_KIB = 256 * 1024


@contextmanager
def _page_cache(session: Session, big: bool) -> Iterator[None]:
    """A page cache the size of a big import's work while it runs, the shop's one after.

    The import reads back much of what it writes (the orders for the points, the new
    cards for the figures); past the connection's usual cache those reads go to the WAL
    file page by page. The cache holds pages only: what is written does not change.
    """
    if not big:
        yield
        return
    connection = session.connection()
    kept = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BIG_IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(kept)}")  # type: ignore[arg-type]


def count_matches(db: Database, records: tuple[CustomerRecord, ...]) -> int:
    """How many customer-list rows match an existing customer (for the duplicates choice)."""
    if not records:
        return 0
    with db.session() as session:
        state = MatchState(session=session, now=utcnow())
        state.load_accounts(None)
        state.load_phones()
        return sum(
            1
            for r in records
            if state.match(r.accounts, r.values.get("phone"), r.values.get("phone_masked"))
        )


def _summary_json(summary: ImportSummary) -> dict[str, object]:
    data = {k: getattr(summary, k) for k in summary.__dataclass_fields__}
    data.pop("customer_ids")
    data["notes"] = list(summary.notes)
    return data


def _commit_customers(
    state: MatchState,
    records: tuple[CustomerRecord, ...],
    on_duplicate: str,
    report: ProgressFn,
    cancel: CancelFn | None,
) -> int:
    state.load_accounts(None)
    state.load_phones()
    # A shop without any account or phone matches nobody: no pass over the rows.
    candidates = {
        cid
        for r in (records if state.accounts or state.phones else ())
        if (cid := state.match(r.accounts, r.values.get("phone"), r.values.get("phone_masked")))
    }
    state.load_values(candidates)
    state.load_tags(candidates)
    skipped = 0
    total = len(records)
    for i, record in enumerate(records):
        if i % 2000 == 0:
            check_cancel(cancel)
            report(i, total, translate("Import", "Matching customers"))
        match = state.match(
            record.accounts, record.values.get("phone"), record.values.get("phone_masked")
        )
        if match is None or on_duplicate == "create":
            cid = state.create(record.values)
        elif on_duplicate == "skip":
            # Skipped rows leave the card as it is, in the recycle bin or not.
            skipped += 1
            if match not in state.new_ids:
                state.matched.add(match)
            continue
        else:
            cid = match
            if cid not in state.new_ids:
                state.matched.add(cid)
            state.restore(cid)
            state.apply(cid, record.values, only_blank=False)
        state.add_accounts(cid, record.accounts)
        state.add_tags(cid, record.tags)
    return skipped


_EXISTING_ORDERS = text(
    "SELECT id, order_no, customer_id, status, paid_fen, refund_fen, paid_at FROM orders"
    " WHERE platform = :platform AND order_no IN (SELECT value FROM json_each(:nos))"
).columns(
    ORDERS.c.id,
    ORDERS.c.order_no,
    ORDERS.c.customer_id,
    ORDERS.c.status,
    ORDERS.c.paid_fen,
    ORDERS.c.refund_fen,
    ORDERS.c.paid_at,
)


def _existing_orders(
    state: MatchState, platform: str, order_nos: list[str]
) -> dict[str, dict[str, object]]:
    # One statement for the whole file (the unique index of platform + order number
    # answers each number), not one per 500 numbers.
    if not order_nos:
        return {}
    rows = state.session.execute(
        _EXISTING_ORDERS, {"platform": platform, "nos": json.dumps(order_nos)}
    )
    return {row.order_no: row._asdict() for row in rows}


_ORDER_COLUMNS = (
    "id", "customer_id", "platform", "order_no", "ordered_at", "paid_at", "paid_fen",
    "refund_fen", "status", "items_text", "category", "receiver_name", "receiver_phone",
    "receiver_address", "notes", "import_batch_id", "created_at",
)  # fmt: skip
_ITEM_COLUMNS = ("order_id", "title", "sku", "category", "quantity", "amount_fen")


def _customer_name(order: OrderRecord) -> str:
    name = order.customer.get("name")
    if name:
        return str(name)
    if order.buyer is not None:
        return order.buyer.buyer_nick or order.buyer.buyer_id
    phone = order.customer.get("phone")
    if phone:
        return str(phone)
    return translate("Import", "Buyer of order {no}").format(no=order.order_no)


_ORDER_ID_HIGH = text(
    "SELECT MAX(m) FROM (SELECT MAX(id) AS m FROM orders"
    " UNION ALL SELECT seq FROM sqlite_sequence WHERE name = 'orders')"
)


def _commit_orders(
    state: MatchState,
    plan: ImportPlan,
    batch_id: int,
    order_ids: list[int],
    owners: set[int],
    report: ProgressFn,
    cancel: CancelFn | None,
) -> tuple[int, int, int]:
    """Write the plan's orders; the ids of those inserted or updated go to ``order_ids``,
    the customers holding them to ``owners``."""
    platform = str(plan.platform)
    orders = plan.orders
    existing = _existing_orders(state, platform, [o.order_no for o in orders])
    state.load_accounts({platform})
    state.load_phones()
    candidates = set()
    # A shop without any account, phone or order of the file matches nobody: no pass.
    for order in orders if existing or state.accounts or state.phones else ():
        hit = existing.get(order.order_no)
        cid = (
            hit["customer_id"]
            if hit
            else state.match(
                (order.buyer,) if order.buyer else (),
                order.customer.get("phone"),
                order.customer.get("phone_masked"),
            )
        )
        if cid:
            candidates.add(int(cid))  # type: ignore[call-overload]
    state.load_values(candidates)
    # Above every id ever used (sqlite_sequence), never a removed order's id: points ledger
    # entries keep naming it.
    next_order = (state.session.execute(_ORDER_ID_HIGH).scalar() or 0) + 1
    # Orders and items as the driver's parameter tuples (_ORDER_COLUMNS, _ITEM_COLUMNS),
    # built once here rather than as dicts that bulk.insert_rows turns into the same tuples.
    moments = DriverValues()
    created = moments[state.now]
    new_orders: list[tuple[object, ...]] = []
    new_items: list[tuple[object, ...]] = []
    add_item = new_items.append
    order_updates: list[dict[str, object]] = []
    unchanged = 0
    total = len(orders)
    first_id = next_order
    for i, order in enumerate(orders):
        if i % 2000 == 0:
            check_cancel(cancel)
            report(i, total, translate("Import", "Matching orders"))
        hit = existing.get(order.order_no)
        if hit is not None:
            cid = int(hit["customer_id"])  # type: ignore[call-overload]
            if cid not in state.new_ids:
                state.matched.add(cid)
            if (hit["status"], hit["refund_fen"], hit["paid_fen"]) != (
                order.status,
                order.refund_fen,
                order.paid_fen,
            ):
                order_updates.append(
                    {
                        "b_id": hit["id"],
                        "b_status": order.status,
                        "b_paid": order.paid_fen,
                        "b_refund": order.refund_fen,
                        "b_paid_at": order.paid_at or hit["paid_at"],
                    }
                )
                owners.add(cid)
            else:
                unchanged += 1
            continue
        accounts = (order.buyer,) if order.buyer else ()
        match = state.match(
            accounts, order.customer.get("phone"), order.customer.get("phone_masked")
        )
        if match is None:
            cid = state.create({**order.customer, "name": _customer_name(order)[:100]})
        else:
            cid = match
            if cid not in state.new_ids:
                state.matched.add(cid)
            state.restore(cid)
            state.apply(cid, order.customer, only_blank=True)
        state.add_accounts(cid, accounts)
        owners.add(cid)
        order_id = next_order
        next_order += 1
        new_orders.append(
            (
                order_id,
                cid,
                order.platform,
                order.order_no,
                moments[order.ordered_at],
                moments[order.paid_at],
                order.paid_fen,
                order.refund_fen,
                order.status,
                order.items_text,
                None,  # category
                order.receiver_name,
                order.receiver_phone,
                order.receiver_address,
                order.notes,
                batch_id,
                created,
            )
        )
        for item in order.items:
            add_item((order_id, item.title, item.sku, None, item.quantity, item.amount_fen))
    # Customers first: orders refer to them.
    state.flush(cancel)
    session = state.session
    used_before = next_order - 1 - len(new_orders)  # the highest order id before the import
    if len(new_orders) >= matching.BIG_INSERT and used_before <= len(new_orders):
        # More new orders than the shop has ever held: as for customers (see
        # MatchState.flush), build the orders' indexes once after the insert.
        state.drop_indexes_of(ORDERS)
    connection = session.connection()
    done = 0
    for chunk in chunks(new_orders, BATCH):
        check_cancel(cancel)
        report(done, len(new_orders), translate("Import", "Saving orders"))
        connection.exec_driver_sql(insert_sql(ORDERS, _ORDER_COLUMNS), chunk)
        done += len(chunk)
    for chunk in chunks(new_items, BATCH):
        check_cancel(cancel)
        connection.exec_driver_sql(insert_sql(ITEMS, _ITEM_COLUMNS), chunk)
    if order_updates:
        session.execute(
            update(ORDERS)
            .where(ORDERS.c.id == bindparam("b_id"))
            .values(
                status=bindparam("b_status"),
                paid_fen=bindparam("b_paid"),
                refund_fen=bindparam("b_refund"),
                paid_at=bindparam("b_paid_at"),
            ),
            order_updates,
        )
    order_ids.extend(range(first_id, next_order))  # the new orders' ids, one after another
    order_ids.extend(int(u["b_id"]) for u in order_updates)  # type: ignore[call-overload]
    return len(new_orders), len(order_updates), unchanged
