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

Customers are brought in line 500 at a time (``_sync_chunk``). Those without any ledger
entry yet, an import's new buyers, only earn and reverse partial refunds: their entries
are written by a few INSERT … SELECT statements instead (``_earn_fresh``), the same rows
in the same order.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Date, DateTime, bindparam, text
from sqlalchemy.orm import Session

from crmdesk.i18n import translate
from crmdesk.models.base import utcnow
from crmdesk.models.order import VALID_ORDER_SQL, VALID_ORDER_STATUSES
from crmdesk.services.bulk import insert_rows, json_ids
from crmdesk.services.points import (
    LEDGER,
    NOTE_MAX,
    PointsApplied,
    PointsRules,
    balances,
    chunks,
    entry_row,
    expiry_for,
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
    # The order of ix_orders_customer_time, which SQLite walks anyway: said out loud, as
    # the bulk path below (_earn_fresh) writes its entries in the same order.
    " ORDER BY o.customer_id, o.ordered_at, o.id"
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


#: Stands for the order's label in a note template handed to SQL (a private-use character,
#: never in a translation).
_LABEL_MARK = "\ue000"
#: The largest integer SQLite computes exactly; past it, it silently switches to floats.
_SQL_INT_MAX = 2**63 - 1

# Customers of these ids that have ledger entries (ix_points_ledger_customer answers).
_WITH_ENTRIES_SQL = text(
    "SELECT DISTINCT customer_id FROM points_ledger"
    " WHERE customer_id IN (SELECT value FROM json_each(:ids))"
)

# What _sync_chunk writes for customers without any ledger entry, in bulk: an earn for
# every valid, eligible order that earned nowhere else and earns something, and a
# reversal of what a partial refund takes back. The customers are those of
# temp._points_fresh (with their multiplier); each statement takes a range of their ids.
# Rows go in _sync_chunk's order: customer, order time, order id (the index
# ix_orders_valid_customer_time gives it, no sort).
_FRESH_ORDERS = f"""
    FROM temp._points_fresh AS f CROSS JOIN orders AS o ON o.customer_id = f.id
    WHERE f.id BETWEEN :lo AND :hi AND {VALID_ORDER_SQL}
      AND (:historic OR substr(o.ordered_at, 1, 10) >= :start)
"""
# An order that earned on another card earns nowhere else (a ledger without entries
# has none: the test is left out then).
_NOT_EARNED = f" AND NOT EXISTS ({_EARN_OF.format(what='1', kind='earn')})"
_PTS = "(o.paid_fen * :num * f.mult / :unit)"
_LABEL = "CASE WHEN o.order_no IS NULL OR o.order_no = '' THEN '#' || o.id ELSE o.order_no END"
_NOTE = "NULLIF(substr(replace(:{key}, :label_mark, {label}), 1, :note_max), '')"
_INSERT = (
    "INSERT INTO points_ledger (customer_id, created_at, kind, bonus_kind, points, order_id,"
    " reward_id, available_on, expires_on, note)"
)
_EARN_FRESH_SQL = f"""
{_INSERT}
SELECT o.customer_id, :now, 'earn', NULL, {_PTS}, o.id, NULL,
       max({{available}}, :today), :expires, {_NOTE.format(key="earn_note", label=_LABEL)}
{_FRESH_ORDERS} AND {_PTS} > 0 {{not_earned}}
ORDER BY f.id, o.ordered_at, o.id
"""
# The day an order's points become usable before ``max(…, today)``: its day plus the
# waiting period (without one, the day as stored: SQLAlchemy writes ISO text).
_AVAILABLE = "date(substr(o.ordered_at, 1, 10), :freeze)"
_AVAILABLE_NOW = "substr(o.ordered_at, 1, 10)"
# Without entries the balance is the customer's own earns, so every reversal is taken
# in full; _sync_chunk writes a chunk's debits after all of the chunk's credits. The
# earns just written (ids above :after, in _sync_chunk's order) say what each order holds.
_REVERSE_FRESH_SQL = f"""
{_INSERT}
SELECT l.customer_id, :now, 'reverse', NULL,
       l.points * (o.paid_fen - o.refund_fen) / o.paid_fen - l.points, o.id, NULL, NULL,
       NULL, {_NOTE.format(key="reverse_note", label=_LABEL)}
FROM points_ledger AS l CROSS JOIN orders AS o ON o.id = l.order_id
WHERE l.id > :after AND l.kind = 'earn' AND l.customer_id BETWEEN :lo AND :hi
  AND o.refund_fen > 0 AND l.points * (o.paid_fen - o.refund_fen) / o.paid_fen < l.points
ORDER BY l.id
"""
# Customers of the run with a partly refunded valid order (maybe a reversal to write),
# and whether one of their valid orders is too large for exact integer arithmetic in
# SQL; the covering index of valid orders answers without reading the orders.
_CHECK_FRESH_SQL = (
    "SELECT f.id, max(paid_fen > :limit) FROM temp._points_fresh AS f"
    " CROSS JOIN orders AS o INDEXED BY ix_orders_valid_customer_time ON o.customer_id = f.id"
    f" WHERE {VALID_ORDER_SQL} AND (refund_fen > 0 OR paid_fen > :limit) GROUP BY f.id"
)
# The multiplier _sync_chunk gives each customer (1000 for an id without a card).
_FILL_FRESH_SQL = """
INSERT INTO temp._points_fresh (id, mult)
SELECT j.value, CASE WHEN c.id IS NULL THEN 1000
                     ELSE COALESCE(t.points_multiplier_permille, :lowest, 1000) END
FROM json_each(:ids) AS j LEFT JOIN customers AS c ON c.id = j.value
LEFT JOIN tiers AS t ON t.id = c.tier_id
"""


def _sql_paid_limit(session: Session, rules: PointsRules) -> int | None:
    """The largest paid amount (fen) whose points SQLite computes exactly, or None.

    ``_EARN_FRESH_SQL`` multiplies paid × rate × multiplier, and for a partial refund
    points × (paid − refund); both must stay within 64-bit integers, as Python's exact
    arithmetic in ``order_points`` and ``kept_points`` always does.
    """
    num, den = rules.per_yuan.as_integer_ratio()
    unit = 100 * 1000 * den
    if num > _SQL_INT_MAX or unit > _SQL_INT_MAX:
        return None
    top = session.execute(text("SELECT max(points_multiplier_permille) FROM tiers")).scalar()
    factor = num * max(int(top or 0), 1000)
    if factor == 0:
        return _SQL_INT_MAX
    # points ≤ paid × factor / unit, so points × paid ≤ paid² × factor / unit
    return min(_SQL_INT_MAX // factor, math.isqrt(_SQL_INT_MAX * unit // factor))


def _earn_fresh(
    session: Session,
    run: list[list[int]],
    rules: PointsRules,
    today: dt.date,
    totals: dict[str, int],
    touched: set[int],
) -> bool:
    """``_sync_chunk`` for consecutive chunks of customers without ledger entries, in SQL.

    Returns False (nothing written) when an amount is too large for SQLite's integers;
    the caller then takes the chunks one by one.
    """
    limit = _sql_paid_limit(session, rules)
    if limit is None:
        return False
    connection = session.connection()
    connection.exec_driver_sql("DROP TABLE IF EXISTS temp._points_fresh")
    connection.exec_driver_sql(
        "CREATE TEMP TABLE _points_fresh (id INTEGER PRIMARY KEY, mult INTEGER NOT NULL)"
    )
    try:
        lowest = session.execute(
            text("SELECT points_multiplier_permille FROM tiers ORDER BY position, id LIMIT 1")
        ).scalar()
        ids = [cid for chunk in run for cid in chunk]
        session.execute(text(_FILL_FRESH_SQL), {"ids": json_ids(ids), "lowest": lowest})
        refunded: set[int] = set()
        for cid, too_large in session.execute(text(_CHECK_FRESH_SQL), {"limit": limit}):
            if too_large:
                return False
            refunded.add(int(cid))
        last_id = text("SELECT max(id) FROM points_ledger")
        mark = session.execute(last_id).scalar()  # None: the ledger has no entry yet
        num, den = rules.per_yuan.as_integer_ratio()
        start = rules.start_date
        params = {
            "num": num,
            "unit": 100 * 1000 * den,
            "historic": rules.award_historic or start is None,
            "start": start.isoformat() if start is not None else "",
            "now": utcnow(),
            "today": today,
            "freeze": f"+{rules.freeze_days} days",
            "expires": expiry_for(rules, today),
            "label_mark": _LABEL_MARK,
            "earn_note": _order_note("Order {order}", _LABEL_MARK, 0),
            "reverse_note": _order_note("Order {order} refunded or closed", _LABEL_MARK, 0),
            "note_max": NOTE_MAX,
        }
        # Dates as SQLAlchemy stores them (the text forms entry_row's values get).
        now = bindparam("now", type_=DateTime())
        sql = _EARN_FRESH_SQL.format(
            available=_AVAILABLE if rules.freeze_days else _AVAILABLE_NOW,
            not_earned=_NOT_EARNED if mark is not None else "",
        )
        earn = text(sql).bindparams(
            now, bindparam("today", type_=Date()), bindparam("expires", type_=Date())
        )
        reverse = text(_REVERSE_FRESH_SQL).bindparams(now)
        # A chunk's reversals follow all of the chunk's earns and precede the next
        # chunk's: the earns go in one statement per stretch between such chunks.
        lo = run[0][0]
        for k, chunk in enumerate(run):
            if refunded.isdisjoint(chunk):
                continue
            before = session.execute(last_id).scalar() or 0
            session.execute(earn, {**params, "lo": lo, "hi": chunk[-1]})
            session.execute(reverse, {**params, "after": before, "lo": chunk[0], "hi": chunk[-1]})
            lo = run[k + 1][0] if k + 1 < len(run) else None
        if lo is not None:
            session.execute(earn, {**params, "lo": lo, "hi": run[-1][-1]})
        written = session.execute(
            text(
                "SELECT kind, count(*), sum(points) FROM points_ledger WHERE id > :mark"
                " GROUP BY kind"
            ),
            {"mark": mark or 0},
        ).all()
        for kind, count, total in written:
            if kind == "earn":
                totals["orders_earned"] += int(count)
                totals["points_earned"] += int(total)
            else:
                totals["points_reversed"] -= int(total)
        touched.update(
            session.execute(
                text("SELECT DISTINCT customer_id FROM points_ledger WHERE id > :mark"),
                {"mark": mark or 0},
            )
            .scalars()
            .all()
        )
        return True
    finally:
        connection.exec_driver_sql("DROP TABLE IF EXISTS temp._points_fresh")


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
    with_entries = set(
        session.execute(_WITH_ENTRIES_SQL, {"ids": json_ids(ids)}).scalars()
        if ids and _ledger_has_entries(session)
        else ()
    )
    # Chunks of customers without entries (an import's new buyers) go through SQL in
    # runs of consecutive chunks, the others through _sync_chunk: the rows come out in
    # the same order either way.
    fresh: list[list[int]] = []
    for chunk in [*chunks(ids), None]:
        if chunk is not None and with_entries.isdisjoint(chunk):
            fresh.append(chunk)
            continue
        if fresh and _earn_fresh(session, fresh, rules, today, totals, touched):
            fresh = []
        for part in [*fresh, *([chunk] if chunk is not None else [])]:
            rows = _sync_chunk(session, part, rules, today, totals)
            if rows:
                insert_rows(session, LEDGER, rows)
                touched.update(int(r["customer_id"]) for r in rows)
        fresh = []
    refresh_balances(session, touched)
    return PointsApplied(
        customer_ids=tuple(sorted(touched)),
        orders_earned=totals["orders_earned"],
        points_earned=totals["points_earned"],
        points_reversed=totals["points_reversed"],
        points_restored=totals["points_restored"],
    )


# The customers whose cards hold these orders, and those whose entries name them (one
# statement each, however many orders: an import names 100,000s).
_OWNERS_SQL = text(
    "SELECT DISTINCT customer_id FROM orders WHERE id IN (SELECT value FROM json_each(:ids))"
)
_NAMED_SQL = text(
    "SELECT DISTINCT customer_id FROM points_ledger"
    " WHERE order_id IN (SELECT value FROM json_each(:ids))"
)


def order_owners(session: Session, order_ids: Iterable[int]) -> set[int]:
    """The customers holding these orders now (a removed order names nobody)."""
    wanted = sorted({int(i) for i in order_ids})
    if not wanted:
        return set()
    return {int(c) for c in session.execute(_OWNERS_SQL, {"ids": json_ids(wanted)}).scalars().all()}


def apply_orders_to_points(
    session: Session,
    order_ids: Iterable[int] | None,
    today: dt.date | None = None,
    *,
    owners: set[int] | None = None,
) -> PointsApplied:
    """Earn, reverse or correct points for these orders (None: every order), in bulk.

    Runs inside the caller's transaction, after the orders are written; ``order_ids`` may
    name removed orders. Whole customers are brought in line, so owed reversals settle too.
    ``owners`` may pass ``order_owners(order_ids)`` when the caller has it already.
    """
    if order_ids is None:
        return sync_customers(session, None, today)
    wanted = sorted({int(i) for i in order_ids})
    customers = set(order_owners(session, wanted) if owners is None else owners)
    if wanted and _ledger_has_entries(session):
        customers.update(
            int(c) for c in session.execute(_NAMED_SQL, {"ids": json_ids(wanted)}).scalars().all()
        )
    return sync_customers(session, customers, today)


def _ledger_has_entries(session: Session) -> bool:
    # A new shop's first import: no entry names any order or customer, nothing to look up.
    return session.execute(text("SELECT EXISTS (SELECT 1 FROM points_ledger)")).scalar() == 1
