"""Committing an import plan in one ``BEGIN IMMEDIATE`` transaction: all of it or nothing.

Customers are matched as :mod:`crmdesk.services.importing.matching` describes. An order
is identified by platform + order number, so a file imported twice (or two overlapping
exports) changes nothing the second time; an existing order whose status or refund
changed is updated. Orders and items go in through the driver's own ``executemany``.
New customers go in with their derived text (search, pinyin, accounts) already
computed; that of changed customers and the figures are rebuilt once, in bulk, at the
end. An ImportBatch records the summary.
"""

from __future__ import annotations

import json

from sqlalchemy import bindparam, func, insert, select, text, update

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import ImportBatch
from crmdesk.models.base import utcnow
from crmdesk.services.derived_text import refresh_derived_text
from crmdesk.services.importing import matching
from crmdesk.services.importing.matching import (
    BATCH,
    CUSTOMERS,
    ITEMS,
    ORDERS,
    MatchState,
    chunks,
    insert_rows,
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
    with db.session(immediate=True) as session:
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
        skipped = 0
        if plan.kind == "customers":
            skipped = _commit_customers(state, plan.customers, on_duplicate, report, cancel)
        else:
            orders = _commit_orders(state, plan, batch_id, order_ids, report, cancel)
        check_cancel(cancel)
        report(0, 0, translate("Import", "Saving customers"))
        state.flush(cancel)
        touched = sorted(state.new_ids | state.changed | state.restored)
        check_cancel(cancel)
        report(0, 0, translate("Import", "Updating search and figures"))
        # New cards were inserted with their derived text; only existing ones changed.
        refresh_derived_text(session, state.changed - state.new_ids)
        state.restore_indexes()
        from crmdesk.services import stats

        stats.recompute_all(session)
        check_cancel(cancel)
        from crmdesk.services import analytics

        analytics.recompute_analytics_in_session(session, cancel=cancel)
        check_cancel(cancel)
        # Membership: points for newly valid orders, reversals for refunded ones, upgrades.
        # Only the orders this import inserted or updated: none, no work.
        if order_ids:
            from crmdesk.services import membership

            membership.after_orders_changed(session, order_ids)
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
    candidates = {
        cid
        for r in records
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


def _existing_orders(
    state: MatchState, platform: str, order_nos: list[str]
) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    cols = (
        ORDERS.c.id,
        ORDERS.c.order_no,
        ORDERS.c.customer_id,
        ORDERS.c.status,
        ORDERS.c.paid_fen,
        ORDERS.c.refund_fen,
        ORDERS.c.paid_at,
    )
    for chunk in chunks(order_nos):
        stmt = select(*cols).where(ORDERS.c.platform == platform, ORDERS.c.order_no.in_(chunk))
        for row in state.session.execute(stmt):
            found[row.order_no] = row._asdict()
    return found


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
    report: ProgressFn,
    cancel: CancelFn | None,
) -> tuple[int, int, int]:
    """Write the plan's orders; the ids of those inserted or updated go to ``order_ids``."""
    platform = str(plan.platform)
    orders = plan.orders
    existing = _existing_orders(state, platform, [o.order_no for o in orders])
    state.load_accounts({platform})
    state.load_phones()
    candidates = set()
    for order in orders:
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
    new_orders: list[dict[str, object]] = []
    new_items: list[dict[str, object]] = []
    order_updates: list[dict[str, object]] = []
    unchanged = 0
    total = len(orders)
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
        order_id = next_order
        next_order += 1
        new_orders.append(
            {
                "id": order_id,
                "customer_id": cid,
                "platform": order.platform,
                "order_no": order.order_no,
                "ordered_at": order.ordered_at,
                "paid_at": order.paid_at,
                "paid_fen": order.paid_fen,
                "refund_fen": order.refund_fen,
                "status": order.status,
                "items_text": order.items_text,
                "category": None,
                "receiver_name": order.receiver_name,
                "receiver_phone": order.receiver_phone,
                "receiver_address": order.receiver_address,
                "notes": order.notes,
                "import_batch_id": batch_id,
                "created_at": state.now,
            }
        )
        new_items.extend(
            {
                "order_id": order_id,
                "title": item.title,
                "sku": item.sku,
                "category": None,
                "quantity": item.quantity,
                "amount_fen": item.amount_fen,
            }
            for item in order.items
        )
    # Customers first: orders refer to them.
    state.flush(cancel)
    session = state.session
    used_before = next_order - 1 - len(new_orders)  # the highest order id before the import
    if len(new_orders) >= matching.BIG_INSERT and used_before <= len(new_orders):
        # More new orders than the shop has ever held: as for customers (see
        # MatchState.flush), build the orders' indexes once after the insert.
        state.drop_indexes_of(ORDERS)
    done = 0
    for chunk in chunks(new_orders, BATCH):
        check_cancel(cancel)
        report(done, len(new_orders), translate("Import", "Saving orders"))
        insert_rows(session, ORDERS, chunk)
        done += len(chunk)
    for chunk in chunks(new_items, BATCH):
        check_cancel(cancel)
        insert_rows(session, ITEMS, chunk)
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
    order_ids.extend(int(o["id"]) for o in new_orders)  # type: ignore[call-overload]
    order_ids.extend(int(u["b_id"]) for u in order_updates)  # type: ignore[call-overload]
    return len(new_orders), len(order_updates), unchanged
