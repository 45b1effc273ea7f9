"""Deciding tiers: each customer's basis value, who moves, and writing the moves.

Upgrades (``evaluate_customers``) run after every order change and import; the rule
editor and the yearly review (crmdesk.services.tier_rules) plan moves both ways.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from crmdesk.i18n import translate
from crmdesk.models.base import utcnow
from crmdesk.services import points
from crmdesk.services.bulk import driver_value, insert_rows, json_ids
from crmdesk.services.stats import months_before
from crmdesk.services.tiers import (
    CHANGES,
    TiersChanged,
    TierSpec,
    read_rules,
    stored_tiers,
)

_VALID = "status IN ('paid', 'shipped', 'completed') AND paid_fen > refund_fen"
# Customers named by a JSON array of ids, found by primary key: one statement for any
# number (an import names 100,000s). The "+" keeps SQLite from walking the deleted_at
# index of every customer instead.
_ONLY_IDS = "+{alias}deleted_at IS NULL AND {alias}id IN (SELECT value FROM json_each(:ids))"


def basis_values(
    session: Session,
    basis: str,
    customer_ids: Sequence[int] | None,
    today: dt.date,
    *,
    review: bool = False,
) -> dict[int, int]:
    """Each customer's value on ``basis`` (stored units) as of ``today``.

    At a review the calendar-year basis looks at the year before ``today``'s year.
    """
    where = "c.deleted_at IS NULL"
    if customer_ids is not None:
        where = _ONLY_IDS.format(alias="c.")
    if basis == "total_spend":
        sql = f"SELECT c.id, c.total_spend_fen FROM customers c WHERE {where}"
    elif basis == "order_count":
        sql = f"SELECT c.id, c.order_count FROM customers c WHERE {where}"
    elif basis == "points_earned":
        sql = (
            "SELECT c.id, (SELECT COALESCE(SUM(l.points), 0) FROM points_ledger l"
            " WHERE l.customer_id = c.id AND l.order_id IS NOT NULL"
            f" AND l.kind IN ('earn', 'reverse', 'adjust')) FROM customers c WHERE {where}"
        )
    else:
        if basis == "spend_12m":
            start, end = months_before(today, 12), today + dt.timedelta(days=1)
        else:
            year = today.year - 1 if review else today.year
            start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
        sql = (
            "SELECT c.id, (SELECT COALESCE(SUM(o.paid_fen - o.refund_fen), 0) FROM orders o"
            f" WHERE o.customer_id = c.id AND {_VALID} AND o.ordered_at >= :start"
            f" AND o.ordered_at < :end) FROM customers c WHERE {where}"
        )
        params_base: dict[str, Any] = {
            "start": dt.datetime.combine(start, dt.time()),
            "end": dt.datetime.combine(end, dt.time()),
        }
        return _run_values(session, sql, customer_ids, params_base)
    return _run_values(session, sql, customer_ids, {})


def _run_values(
    session: Session, sql: str, ids: Sequence[int] | None, params: dict[str, Any]
) -> dict[int, int]:
    stmt = text(sql)
    if ids is None:
        return {int(c): int(v or 0) for c, v in session.execute(stmt, params).all()}
    rows = session.execute(stmt, {**params, "ids": json_ids(ids)}).all()
    return {int(c): int(v or 0) for c, v in rows}


def tier_for(tiers: Sequence[TierSpec], value: int) -> TierSpec | None:
    """The highest tier whose threshold ``value`` reaches."""
    best = None
    for t in tiers:
        if value >= t.threshold:
            best = t
    return best


def _kept_tier(
    tiers: Sequence[TierSpec], current: TierSpec, value: int, keep_applies: bool
) -> TierSpec | None:
    """At a review: the highest tier not above ``current`` that ``value`` holds or reaches."""
    best = None
    for t in tiers:
        need = t.threshold
        if keep_applies and t.keep is not None and t.position <= current.position:
            need = min(need, t.keep)
        if value >= need and (t.position <= current.position or value >= t.threshold):
            best = t
    return best


# --- evaluation -----------------------------------------------------------------------


def plan_moves(
    session: Session,
    tiers: Sequence[TierSpec],
    basis: str,
    customer_ids: Sequence[int] | None,
    today: dt.date,
    mode: str,
    keep_applies: bool = True,
) -> tuple[list[tuple[int, int | None, TierSpec | None, int]], int]:
    """(customer, from tier id, to tier, value) for every customer that moves; and locked."""
    values = basis_values(session, basis, customer_ids, today, review=mode == "review")
    by_id = {t.id: t for t in tiers}
    where = "deleted_at IS NULL" + (" AND id IN :ids" if customer_ids is not None else "")
    stmt = text(f"SELECT id, tier_id, tier_locked FROM customers WHERE {where}")
    rows: list[Any] = []
    if customer_ids is None:
        rows = list(session.execute(stmt))
    else:
        # Chunk by chunk, in the order SQLite's plan gives each chunk: the order of the
        # moves is the order of their history rows and entry rewards.
        stmt = stmt.bindparams(bindparam("ids", expanding=True))
        for chunk in points.chunks(sorted(set(customer_ids))):
            rows.extend(session.execute(stmt, {"ids": chunk}).all())
    out = []
    locked = 0
    for cid, tier_id, is_locked in rows:
        if is_locked:
            locked += 1
            continue
        value = values.get(int(cid), 0)
        current = by_id.get(tier_id)
        target = tier_for(tiers, value)
        if mode in ("review", "both") and current is not None:
            target = _kept_tier(tiers, current, value, keep_applies)
        cur_pos = current.position if current is not None else -1
        new_pos = target.position if target is not None else -1
        if new_pos == cur_pos and (current is not None or tier_id is None):
            continue
        if mode == "up" and new_pos < cur_pos:
            continue
        out.append((int(cid), tier_id, target, value))
    return out, locked


def _entry_rewards(
    session: Session,
    tiers: Sequence[TierSpec],
    moves: Iterable[tuple[int, int | None, TierSpec | None, int]],
    positions: dict[int | None, int],
    today: dt.date,
) -> list[dict[str, Any]]:
    ups = [(cid, positions.get(f, -1), to) for cid, f, to, _v in moves if to is not None]
    ups = [(cid, p, to) for cid, p, to in ups if to.position > p]
    if not ups or not any(t.reward > 0 for t in tiers):
        return []
    stmt = text(
        "SELECT customer_id, bonus_kind FROM points_ledger WHERE kind = 'bonus'"
        " AND bonus_kind LIKE 'tier:%' AND customer_id IN (SELECT value FROM json_each(:ids))"
    )
    given = {
        (int(c), str(k))
        for c, k in session.execute(stmt, {"ids": json_ids(cid for cid, _p, _t in ups)})
    }
    rules = points.read_rules(session)
    rows = []
    for cid, from_pos, to in ups:
        for t in tiers:
            key = f"tier:{t.id}"
            if from_pos < t.position <= to.position and t.reward > 0 and (cid, key) not in given:
                note = translate("Membership", "Welcome to {tier}").format(tier=t.name)
                rows.append(
                    points.entry_row(
                        cid, "bonus", t.reward, today=today, rules=rules, bonus_kind=key, note=note
                    )
                )
    return rows


def write_moves(
    session: Session,
    tiers: Sequence[TierSpec],
    moves: list[tuple[int, int | None, TierSpec | None, int]],
    reason: str,
    today: dt.date,
    positions: dict[int | None, int] | None = None,
    note: str | None = None,
) -> TiersChanged:
    """Store the moves, their history rows and the entry rewards of promotions."""
    if not moves:
        return TiersChanged()
    positions = positions if positions is not None else {t.id: t.position for t in tiers}
    lowest = tiers[0].id if tiers else None
    now = utcnow()
    # What update(CUSTOMERS).values(tier_id=...) does, updated_at (onupdate) included,
    # through the driver's executemany: an import moves 10,000s of customers at once.
    session.flush()  # as session.execute would: pending ORM changes go first
    stamp = driver_value(now)
    session.connection().exec_driver_sql(
        "UPDATE customers SET tier_id = ?, updated_at = ? WHERE id = ?",
        [(to.id if to else None, stamp, cid) for cid, _f, to, _v in moves],  # type: ignore[arg-type]
    )
    history = [
        {
            "customer_id": cid,
            "from_tier_id": f,
            "to_tier_id": to.id if to else None,
            "changed_at": now,
            "reason": reason,
            "note": note,
        }
        for cid, f, to, _v in moves
        # Getting the lowest tier on joining is not a change worth a history line.
        if not (f is None and (to is None or to.id == lowest))
    ]
    insert_rows(session, CHANGES, history)
    rewards = _entry_rewards(session, tiers, moves, positions, today)
    points.write_entries(session, rewards)
    up = sum(1 for _c, f, to, _v in moves if to and to.position > positions.get(f, -1))
    return TiersChanged(
        customer_ids=tuple(sorted(cid for cid, *_ in moves)),
        up=up,
        down=len(moves) - up,
        reward_points=sum(r["points"] for r in rewards),
    )


def evaluate_customers(
    session: Session, customer_ids: Iterable[int] | None, today: dt.date | None = None
) -> TiersChanged:
    """Upgrade these customers (None: everyone) whose basis value crossed a threshold.

    Runs inside the caller's transaction (the order hook, the import). Never downgrades.
    """
    today = today or dt.date.today()
    tiers = stored_tiers(session)
    if not tiers:
        return TiersChanged()
    rules = read_rules(session)
    ids = None if customer_ids is None else list(customer_ids)
    moves, _locked = plan_moves(session, tiers, rules.basis, ids, today, "up")
    return write_moves(session, tiers, moves, "rule", today)
