"""Points earned and reversed by orders, kept in line with the orders in bulk.

Earning by order, precisely:

* An order earns once, with one ``earn`` entry of
  ``E = floor(paid yuan × points per yuan × tier multiplier)`` (the customer's tier when
  the entry is written, the lowest tier before they have one; integer arithmetic, no
  float). Re-importing or re-saving the order earns nothing: the database refuses a
  second ``earn`` for an order.
* What the order may keep is ``floor(E × (paid − refund) / paid)`` while it is valid
  (paid, shipped or completed, not fully refunded), and 0 otherwise (closed, unpaid,
  fully refunded, removed). A partial refund therefore reverses proportionally and a full
  refund, a closed or a removed order reverses exactly E.
* The difference between what the order's entries hold and what it may keep is settled by
  one ``reverse`` entry, and any later correction (a further refund, a refund undone, a
  closed order reopened) by an ``adjust`` entry that names the order.
* A reversal never takes the balance below zero. If the customer has already spent the
  points, the rest stays owed and is taken from the next points credited.
* Orders placed before the scheme's start date earn only when the owner chose to award
  historic orders.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.orm import Session

from crmdesk.i18n import translate
from crmdesk.models.order import VALID_ORDER_STATUSES
from crmdesk.services.points import (
    LEDGER,
    PointsApplied,
    PointsRules,
    balances,
    chunks,
    entry_row,
    kept_points,
    order_points,
    read_rules,
    refresh_balances,
)


def _is_valid(status: str, paid_fen: int, refund_fen: int) -> bool:
    return status in VALID_ORDER_STATUSES and paid_fen - refund_fen > 0


def _eligible(rules: PointsRules, ordered_at: dt.datetime) -> bool:
    if rules.award_historic or rules.start_date is None:
        return True
    return ordered_at.date() >= rules.start_date


_ORDERS_SQL = text(
    "SELECT o.id, o.customer_id, o.ordered_at, o.paid_fen, o.refund_fen, o.status,"
    " o.order_no, a.earned, a.held, a.reversals"
    " FROM orders o LEFT JOIN ("
    "  SELECT order_id, SUM(CASE WHEN kind = 'earn' THEN points END) AS earned,"
    "   SUM(points) AS held, SUM(kind = 'reverse') AS reversals"
    "  FROM points_ledger WHERE customer_id IN :ids AND order_id IS NOT NULL"
    "  GROUP BY order_id) a ON a.order_id = o.id"
    " WHERE o.customer_id IN :ids"
).bindparams(bindparam("ids", expanding=True))

# Ledger entries of orders that no longer exist.
_ORPHANS_SQL = text(
    "SELECT l.order_id, l.customer_id, SUM(l.points), SUM(l.kind = 'reverse')"
    " FROM points_ledger l LEFT JOIN orders o ON o.id = l.order_id"
    " WHERE l.customer_id IN :ids AND l.order_id IS NOT NULL"
    " AND o.id IS NULL"
    " GROUP BY l.order_id, l.customer_id HAVING SUM(l.points) > 0"
).bindparams(bindparam("ids", expanding=True))

# Orders that earned on another card (the unique index answers: it holds every earn).
_EARNED_ELSEWHERE_SQL = text(
    "SELECT order_id FROM points_ledger WHERE kind IN ('earn', 'reverse')"
    " AND order_id IS NOT NULL AND kind = 'earn' AND order_id IN :oids"
).bindparams(bindparam("oids", expanding=True))

_MULTIPLIERS_SQL = text(
    "SELECT c.id, COALESCE(t.points_multiplier_permille, (SELECT points_multiplier_permille"
    " FROM tiers ORDER BY position, id LIMIT 1), 1000) FROM customers c"
    " LEFT JOIN tiers t ON t.id = c.tier_id WHERE c.id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _order_note(template: str, order_no: str | None, order_id: int) -> str:
    return translate("Membership", template).format(order=order_no or f"#{order_id}")


def _sync_chunk(
    session: Session, ids: list[int], rules: PointsRules, today: dt.date, totals: dict[str, int]
) -> list[dict[str, Any]]:
    multipliers = {int(c): int(m) for c, m in session.execute(_MULTIPLIERS_SQL, {"ids": ids})}
    balance = balances(session, ids)
    credits: list[dict[str, Any]] = []
    # (customer, order, points owed, reversals so far, note)
    debits: list[tuple[int, int, int, int, str]] = []
    freeze = dt.timedelta(days=rules.freeze_days)
    rows = session.execute(_ORDERS_SQL, {"ids": ids}).all()
    fresh = [r[0] for r in rows if r[7] is None and not r[8]]
    elsewhere: set[int] = set()
    for chunk in chunks(fresh):
        elsewhere.update(session.execute(_EARNED_ELSEWHERE_SQL, {"oids": chunk}).scalars())
    for row in rows:
        oid, cid, ordered_at, paid, refund, status, order_no, earned, held, reversals = row
        if isinstance(ordered_at, str):
            ordered_at = dt.datetime.fromisoformat(ordered_at)
        valid = _is_valid(status, paid, refund)
        held = int(held or 0)
        reversals = int(reversals or 0)
        if earned is None:
            # An order earns once, whichever card it sits on.
            if held or oid in elsewhere or not valid or not _eligible(rules, ordered_at):
                if held > 0:
                    debits.append((cid, oid, held, reversals, order_no))
                continue
            earned = order_points(paid, rules.per_yuan, multipliers.get(cid, 1000))
            if earned <= 0:
                continue
            credits.append(
                entry_row(
                    cid, "earn", earned, today=today, rules=rules, order_id=oid,
                    available_on=max(ordered_at.date() + freeze, today),
                    note=_order_note("Order {order}", order_no, oid),
                )
            )  # fmt: skip
            totals["orders_earned"] += 1
            totals["points_earned"] += earned
            balance[cid] += earned
            held = earned
        target = kept_points(int(earned), paid, refund, valid)
        if target > held:
            credits.append(
                entry_row(
                    cid, "adjust", target - held, today=today, rules=rules, order_id=oid,
                    note=_order_note("Order {order} changed: points restored", order_no, oid),
                )
            )  # fmt: skip
            totals["points_restored"] += target - held
            balance[cid] += target - held
        elif target < held:
            debits.append((cid, oid, held - target, reversals, order_no))
    for order_id, cid, held, reversals in session.execute(_ORPHANS_SQL, {"ids": ids}):
        debits.append((int(cid), int(order_id), int(held), int(reversals or 0), None))
    rows = credits
    for cid, oid, owed, reversals, order_no in debits:
        take = min(owed, balance.get(cid, 0))
        if take <= 0:
            continue
        balance[cid] -= take
        totals["points_reversed"] += take
        if reversals == 0:
            rows.append(
                entry_row(
                    cid, "reverse", -take, today=today, order_id=oid,
                    note=_order_note("Order {order} refunded or closed", order_no, oid),
                )
            )  # fmt: skip
        else:
            rows.append(
                entry_row(
                    cid, "adjust", -take, today=today, order_id=oid,
                    note=_order_note("Order {order} changed: points reversed", order_no, oid),
                )
            )  # fmt: skip
    return rows


_EARN_OF = (
    "SELECT {what} FROM points_ledger l WHERE l.kind IN ('earn', 'reverse')"
    " AND l.order_id IS NOT NULL AND l.order_id = o.id AND l.kind = '{kind}'"
)
# Valid orders that should earn and have not (the unique index answers "has it earned?").
_TO_EARN_SQL = f"""
SELECT DISTINCT o.customer_id FROM orders o
JOIN customers c ON c.id = o.customer_id LEFT JOIN tiers t ON t.id = c.tier_id
WHERE o.status IN ('paid', 'shipped', 'completed') AND o.paid_fen > o.refund_fen
AND (:historic OR o.ordered_at >= :start)
AND o.paid_fen * :num * COALESCE(t.points_multiplier_permille,
    (SELECT points_multiplier_permille FROM tiers ORDER BY position, id LIMIT 1), 1000) >= :unit
AND NOT EXISTS ({_EARN_OF.format(what="1", kind="earn")})
"""
# Orders whose entries may differ from what they may keep: refunded or no longer valid
# orders that earned, and every order named by a reversal or a correction.
_CHANGED_SQL = f"""
SELECT o.id, o.customer_id, o.paid_fen, o.refund_fen, o.status,
  ({_EARN_OF.format(what="l.points", kind="earn")}),
  ({_EARN_OF.format(what="l.points", kind="reverse")})
FROM orders o
WHERE (o.refund_fen > 0 OR o.status NOT IN ('paid', 'shipped', 'completed')
       OR o.id IN (SELECT order_id FROM points_ledger WHERE kind IN ('reverse', 'adjust')
                   AND order_id IS NOT NULL))
AND EXISTS ({_EARN_OF.format(what="1", kind="earn")})
"""
_ADJUSTED_SQL = (
    "SELECT order_id, SUM(points) FROM points_ledger WHERE kind = 'adjust'"
    " AND order_id IS NOT NULL GROUP BY order_id"
)
# Removed orders that earned (the sync works out whether anything is still owed).
_ORPHANED_SQL = (
    "SELECT DISTINCT l.customer_id FROM points_ledger l WHERE l.kind IN ('earn', 'reverse')"
    " AND l.order_id IS NOT NULL AND l.kind = 'earn'"
    " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = l.order_id)"
)


def _needing_sync(session: Session, rules: PointsRules) -> list[int]:
    """Customers with an order to earn for or whose order entries are out of line.

    The same tests as ``_sync_chunk`` over the whole shop in a few indexed passes, so a
    shop-wide run (after an import) only loads the customers that need work.
    """
    num, den = rules.per_yuan.as_integer_ratio()
    start = rules.start_date or dt.date.min
    params = {
        "historic": rules.award_historic or rules.start_date is None,
        "start": dt.datetime.combine(start, dt.time()),
        "num": num,
        "unit": 100 * 1000 * den,
    }
    ids = {int(c) for c in session.execute(text(_TO_EARN_SQL), params).scalars()}
    adjusted = {int(o): int(p) for o, p in session.execute(text(_ADJUSTED_SQL))}
    for oid, cid, paid, refund, status, earned, reversed_ in session.execute(text(_CHANGED_SQL)):
        held = int(earned) + int(reversed_ or 0) + adjusted.get(int(oid), 0)
        if held != kept_points(int(earned), paid, refund, _is_valid(status, paid, refund)):
            ids.add(int(cid))
    ids.update(int(c) for c in session.execute(text(_ORPHANED_SQL)).scalars())
    return sorted(ids)


def sync_customers(
    session: Session, customer_ids: Iterable[int] | None, today: dt.date | None = None
) -> PointsApplied:
    """Bring the order entries of these customers (None: everyone) in line with their orders.

    Earns for valid orders that have not earned, reverses or restores what changed, settles
    reversals still owed. Idempotent: a second call writes nothing.
    """
    today = today or dt.date.today()
    rules = read_rules(session)
    ids = _needing_sync(session, rules) if customer_ids is None else sorted(set(customer_ids))
    totals: dict[str, int] = defaultdict(int)
    touched: set[int] = set()
    for chunk in chunks(ids):
        rows = _sync_chunk(session, chunk, rules, today, totals)
        if rows:
            session.execute(insert(LEDGER), rows)
            touched.update(int(r["customer_id"]) for r in rows)
    refresh_balances(session, touched)
    return PointsApplied(
        customer_ids=tuple(sorted(touched)),
        orders_earned=totals["orders_earned"],
        points_earned=totals["points_earned"],
        points_reversed=totals["points_reversed"],
        points_restored=totals["points_restored"],
    )


def apply_orders_to_points(
    session: Session, order_ids: Iterable[int] | None, today: dt.date | None = None
) -> PointsApplied:
    """Earn, reverse or correct points for these orders (None: every order), in bulk.

    Runs inside the caller's transaction, after the orders are written; ``order_ids`` may
    name removed orders. Whole customers are brought in line, so owed reversals settle too.
    """
    if order_ids is None:
        return sync_customers(session, None, today)
    wanted = sorted({int(i) for i in order_ids})
    customers: set[int] = set()
    for chunk in chunks(wanted):
        customers.update(
            session.execute(text("SELECT customer_id FROM orders WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)), {"ids": chunk}).scalars()
        )  # fmt: skip
        customers.update(
            session.execute(
                select(LEDGER.c.customer_id).where(LEDGER.c.order_id.in_(chunk)).distinct()
            ).scalars()
        )
    return sync_customers(session, customers, today)
