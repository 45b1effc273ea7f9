"""Customer analytics kept current: RFM, pyramid, value matrix, lifecycle, CLV, loyalty.

The figures are stored on each customer so the register can show, sort and filter by
them. They are recomputed

- in bulk (:func:`recompute_analytics`) after an import, after a settings change and
  on the first opening of a new day (:func:`ensure_current`), because recency and the
  12-month windows move with the calendar;
- for one customer (:func:`refresh_customer_analytics`) after an order edit, against the
  shop-wide yardsticks stored by the last bulk run (settings key ``analytics_cutoffs``),
  so one edit never rewrites 100,000 rows.

The bulk run reads the stored order figures (kept by :mod:`crmdesk.services.stats`)
of the buyers, one row each, classifies them in one pass and writes back only rows that
changed; every other customer is classified alike, by one UPDATE of the rows that do
not hold that yet. The rules themselves live in :mod:`crmdesk.services.analytics_rules`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import astuple, dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models.order import VALID_ORDER_STATUSES
from crmdesk.services import settings as shop_settings
from crmdesk.services import stats
from crmdesk.services.analytics_rules import (
    LIFECYCLE_STAGES,
    LOYALTY_TYPES,
    NON_BUYER,
    PYRAMID_LEVELS,
    RESULT_COLUMNS,
    RFM_SEGMENTS,
    VALUE_CLASSES,
    AnalyticsParams,
    Classifier,
    Cutoffs,
    Inputs,
    clv_factor,
    cutoffs_from_columns,
)
from crmdesk.services.bulk import json_ids
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel, no_progress

CUTOFFS_KEY = "analytics_cutoffs"
_VALID_SQL = "o.status IN ({}) AND o.paid_fen - o.refund_fen > 0".format(
    ", ".join(f"'{s}'" for s in VALID_ORDER_STATUSES)
)
_DAY = "CAST(julianday(date({col})) - 1721424.5 AS INTEGER)"
_BATCH = 5000

#: Every classification with its stored column and its keys in display order.
CLASS_KINDS: dict[str, tuple[str, ...]] = {
    "rfm_segment": RFM_SEGMENTS,
    "pyramid_level": PYRAMID_LEVELS,
    "value_class": VALUE_CLASSES,
    "lifecycle_stage": LIFECYCLE_STAGES,
    "loyalty_type": LOYALTY_TYPES,
    "relationship_status": (
        "potential",
        "target",
        "first",
        "repeat",
        "loyal",
        "lost",
        "non_customer",
    ),
    "r_score": ("1", "2", "3", "4", "5"),
    "f_score": ("1", "2", "3", "4", "5"),
    "m_score": ("1", "2", "3", "4", "5"),
}


@dataclass(frozen=True)
class AnalyticsRun:
    """What a full recompute did."""

    today: dt.date
    customers: int  # rows classified
    buyers: int  # customers with a valid order (not deleted): the yardsticks' base
    changed: int  # rows whose stored figures changed
    cutoffs: Cutoffs


@dataclass(frozen=True)
class Moved:
    """One customer whose class changed in a recompute."""

    customer_id: int
    name: str
    kind: str  # a key of CLASS_KINDS
    before: str | None
    after: str | None


@dataclass(frozen=True)
class RecomputeDiff:
    """What a parameter change moved: counts per class before/after and who moved."""

    params_before: AnalyticsParams
    params_after: AnalyticsParams
    counts_before: dict[str, dict[str, int]]
    counts_after: dict[str, dict[str, int]]
    moved_by_kind: dict[str, int]
    moved: tuple[Moved, ...]  # at most ``limit`` entries
    moved_truncated: bool
    run: AnalyticsRun


# --- reading and writing ---------------------------------------------------------------

SELECT_INPUTS = f"""
    SELECT c.id, c.deleted_at IS NOT NULL, c.order_count, c.total_spend_fen,
           {_DAY.format(col="c.first_order_at")}, {_DAY.format(col="c.last_order_at")},
           c.median_interval_days, c.spend_12m_fen, c.orders_12m, c.spend_6m_fen,
           c.spend_prev6m_fen, c.category_count,
           c.id IN (SELECT referrer_id FROM customers
                    WHERE referrer_id IS NOT NULL AND deleted_at IS NULL),
           {", ".join("c." + col for col in RESULT_COLUMNS)}
    FROM customers AS c
"""
_UPDATE = "UPDATE customers SET {} WHERE id = ?".format(
    ", ".join(f"{col} = ?" for col in RESULT_COLUMNS)
)


def row_inputs(row: Any) -> Inputs:
    return Inputs(
        customer_id=row[0],
        order_count=row[2] or 0,
        total_spend_fen=row[3] or 0,
        first_day=row[4],
        last_day=row[5],
        median_interval_days=row[6],
        spend_12m_fen=row[7] or 0,
        orders_12m=row[8] or 0,
        spend_6m_fen=row[9] or 0,
        spend_prev6m_fen=row[10] or 0,
        category_count=row[11] or 0,
        referred=bool(row[12]),
    )


def retention_counts(session: Session, today: dt.date) -> tuple[int, int]:
    """(last year's buyers, how many of them bought again this year), as stats counts years."""
    start12 = stats.months_before(today, 12).isoformat()
    start24 = stats.months_before(today, 24).isoformat()
    # Stored datetimes sort as text; a bare date sorts before any time on that day.
    # One index probe per earlier buyer (orders by customer and time), not a scan of
    # two years of orders; "bought again" is a last valid order inside this year.
    # NOT INDEXED: walking the customers table in order beats the deleted_at index,
    # whose rows come in search-text order and cost a random read each.
    row = session.execute(
        text(
            f"""
            SELECT count(*), coalesce(sum(c.last_order_at >= :s12), 0)
            FROM customers AS c NOT INDEXED
            WHERE c.deleted_at IS NULL AND c.order_count > 0 AND c.first_order_at < :s12
              AND EXISTS (
                SELECT 1 FROM orders AS o
                WHERE o.customer_id = c.id AND o.ordered_at >= :s24 AND o.ordered_at < :s12
                  AND {_VALID_SQL})
            """
        ),
        {"s12": start12, "s24": start24},
    ).one()
    return int(row[0]), int(row[1])


def read_params(session: Session) -> AnalyticsParams:
    """The analytics parameters as stored in the shop settings."""
    return AnalyticsParams.from_settings(shop_settings.read_settings(session))


def read_cutoffs(session: Session) -> Cutoffs | None:
    """The yardsticks of the last full recompute, or None if there was none."""
    raw = shop_settings.read_setting(session, CUTOFFS_KEY)
    if not isinstance(raw, dict):
        return None
    try:
        return Cutoffs.from_json(raw)
    except (KeyError, TypeError):
        return None  # from an older crmdesk: the next full recompute replaces it


def recompute_analytics_in_session(
    session: Session,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> AnalyticsRun:
    """The full recompute inside the caller's transaction (stored order figures current)."""
    today = today or dt.date.today()
    progress = progress or no_progress
    message = translate("Analytics", "Updating customer analysis…")
    session.flush()
    params = read_params(session)
    # Driver level: plain tuples for 100,000 rows, in the session's own transaction.
    cursor = session.connection().connection.cursor()
    try:
        cut, changed = _classify_all(session, cursor, params, today, progress, cancel, message)
    finally:
        cursor.close()
    shop_settings.write_settings(session, {CUTOFFS_KEY: cut.to_json()})
    session.expire_all()
    return AnalyticsRun(today, changed[0], cut.buyers, changed[1], cut)


def figures_current(session: Session, today: dt.date) -> bool:
    """Whether every stored figure (order figures and analytics) describes ``today``.

    The stored yardsticks say which day the last full recompute described, as for
    :func:`ensure_current`. A shop with few buyers is never taken as current: its order
    edits recompute the analytics (and so that day) without the other cards' figures.
    """
    cut = read_cutoffs(session)
    return (
        cut is not None
        and cut.computed_on == today.toordinal()
        and cut.buyers >= EXACT_RECOMPUTE_BELOW_BUYERS
    )


def _not_buyer(alias: str) -> str:
    """SQL for the customers Classifier.row answers with NON_BUYER (no order, no days)."""
    return (
        f"({alias}order_count <= 0 OR {_DAY.format(col=alias + 'first_order_at')} IS NULL"
        f" OR {_DAY.format(col=alias + 'last_order_at')} IS NULL)"
    )


#: SELECT_INPUTS of the buyers only: the other customers are all classified alike, in SQL.
_SELECT_BUYERS = f"{SELECT_INPUTS} WHERE c.order_count > 0 AND NOT {_not_buyer('c.')}"
#: Customers that are not buyers and do not hold NON_BUYER yet get it.
_UPDATE_NON_BUYERS = "UPDATE customers SET {sets} WHERE {not_buyer} AND ({differs})".format(
    sets=", ".join(f"{col} = ?" for col in RESULT_COLUMNS),
    not_buyer=_not_buyer(""),
    differs=" OR ".join(f"{col} IS NOT ?" for col in RESULT_COLUMNS),
)
_NON_BUYER_ROW = astuple(NON_BUYER)


def _classify_all(
    session: Session,
    cursor: Any,
    params: AnalyticsParams,
    today: dt.date,
    progress: ProgressFn,
    cancel: CancelFn | None,
    message: str,
) -> tuple[Cutoffs, tuple[int, int]]:
    """Read, classify and write every customer; (yardsticks, (rows, rows changed)).

    Only buyers are read and classified in Python. Every other customer is classified
    alike (NON_BUYER, whatever the yardsticks), so one UPDATE gives it to those not
    holding it yet: an import's 100,000 new cards cost one statement, not 100,000.
    """
    rows = cursor.execute(_SELECT_BUYERS).fetchall()
    check_cancel(cancel)
    total = int(cursor.execute("SELECT count(*) FROM customers").fetchone()[0])
    progress(0, total, message)
    buyers = [r for r in rows if not r[1]]
    day = today.toordinal()
    cut = cutoffs_from_columns(
        [r[5] for r in buyers],
        [r[2] for r in buyers],
        [r[3] for r in buyers],
        [r[7] for r in buyers],
        params,
        day,
        *retention_counts(session, today),
    )
    classify_row = Classifier(cut, params, day, clv_factor(params, cut.retention)).row
    updates: list[tuple[Any, ...]] = []
    for row in rows:
        result = classify_row((row[0], *row[2:13]))
        if result != row[13:]:
            updates.append((*result, row[0]))
    check_cancel(cancel)
    for start in range(0, len(updates), _BATCH):
        cursor.executemany(_UPDATE, updates[start : start + _BATCH])
        progress(min(total, start + _BATCH), total, message)
        check_cancel(cancel)
    cursor.execute(_UPDATE_NON_BUYERS, (*_NON_BUYER_ROW, *_NON_BUYER_ROW))
    changed = len(updates) + max(cursor.rowcount, 0)
    progress(total, total, message)
    return cut, (total, changed)


def recompute_analytics(
    db: Database,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    *,
    with_stats: bool = True,
) -> AnalyticsRun:
    """Recompute every customer's analytics in one transaction.

    With ``with_stats`` (the default) the stored order figures and relationship statuses
    are brought up to date first, since they too depend on the day.
    """
    today = today or dt.date.today()
    with db.session(immediate=True) as session:
        if with_stats:
            (progress or no_progress)(0, 0, translate("Analytics", "Updating order figures…"))
            stats.recompute_all(session, today=today)
            check_cancel(cancel)
        return recompute_analytics_in_session(session, today, progress, cancel)


#: Below this many buyers an edit recomputes the whole shop instead of one customer.
EXACT_RECOMPUTE_BELOW_BUYERS = 2000


def refresh_customers_analytics(
    session: Session, customer_ids: Iterable[int], today: dt.date | None = None
) -> None:
    """Re-classify these customers against the stored yardsticks (after an order edit).

    Call after :func:`crmdesk.services.stats.recompute_customers`. Without stored
    yardsticks, or in a shop with few buyers, this runs the full recompute instead.
    """
    ids = sorted({int(i) for i in customer_ids})
    if not ids:
        return
    today = today or dt.date.today()
    session.flush()
    cut = read_cutoffs(session)
    if cut is None or cut.buyers < EXACT_RECOMPUTE_BELOW_BUYERS:
        # A small shop's yardsticks move with every order (a new shop's first orders
        # would otherwise be measured against "0 buyers" all day); recomputing them
        # all costs a few milliseconds at this size.
        recompute_analytics_in_session(session, today)
        return
    params = read_params(session)
    classify_row = Classifier(cut, params, today.toordinal(), clv_factor(params, cut.retention)).row
    updates = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = session.connection().exec_driver_sql(
            f"{SELECT_INPUTS} WHERE c.id IN ({marks})", tuple(chunk)
        )
        updates.extend((*classify_row(astuple(row_inputs(row))), row[0]) for row in rows)
    if updates:
        session.connection().exec_driver_sql(_UPDATE, updates)
    session.expire_all()


def refresh_customer_analytics(
    session: Session, customer_id: int, today: dt.date | None = None
) -> None:
    """Re-classify one customer against the stored yardsticks (see the plural form)."""
    refresh_customers_analytics(session, [customer_id], today)


def last_full_recompute(db: Database) -> dt.date | None:
    """The day the stored figures describe, or None before the first recompute."""
    with db.session() as session:
        cut = read_cutoffs(session)
    return dt.date.fromordinal(cut.computed_on) if cut else None


def ensure_current(
    db: Database,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> bool:
    """Recompute everything if the figures describe an earlier day; True if it did."""
    today = today or dt.date.today()
    last = last_full_recompute(db)
    if last is not None and last >= today:
        return False
    recompute_analytics(db, today, progress, cancel)
    return True


# --- parameters --------------------------------------------------------------------------


def analytics_params(db: Database) -> AnalyticsParams:
    """The analytics parameters the settings page shows."""
    with db.session() as session:
        return read_params(session)


def class_counts(session: Session) -> dict[str, dict[str, int]]:
    """Customers (not deleted) per class of every classification; every key present."""
    out = {kind: dict.fromkeys(keys, 0) for kind, keys in CLASS_KINDS.items()}
    cols = ", ".join(CLASS_KINDS)
    # One scan for all classifications; NOT INDEXED: see retention_counts.
    rows = session.execute(
        text(
            f"SELECT {cols}, count(*) FROM customers NOT INDEXED "
            f"WHERE deleted_at IS NULL GROUP BY {cols}"
        )
    )
    for row in rows:
        count = int(row[-1])
        for kind, key in zip(CLASS_KINDS, row[:-1], strict=True):
            if key is not None:
                counts = out[kind]
                counts[str(key)] = counts.get(str(key), 0) + count
    return out


def _snapshot(session: Session) -> dict[int, tuple[Any, ...]]:
    cols = ", ".join(CLASS_KINDS)
    rows = session.execute(
        text(f"SELECT id, {cols} FROM customers NOT INDEXED WHERE deleted_at IS NULL")
    )
    return {r[0]: tuple(r[1:]) for r in rows}


def set_analytics_params(
    db: Database,
    params: AnalyticsParams,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    *,
    limit: int = 500,
) -> RecomputeDiff:
    """Store new parameters, recompute everything and report what moved."""
    problems = params.problems()
    if problems:
        name, message = problems[0]
        raise ValidationError(translate("Analytics", message), field=name)
    today = today or dt.date.today()
    with db.session(immediate=True) as session:
        before_params = read_params(session)
        counts_before = class_counts(session)
        before = _snapshot(session)
        shop_settings.write_settings(session, params.to_settings())
        if _STATS_PARAMS & _changed(before_params, params):
            # relationship status and churn warning follow these: the stats move too
            stats.recompute_all(session, today=today)
            check_cancel(cancel)
        run = recompute_analytics_in_session(session, today, progress, cancel)
        counts_after = class_counts(session)
        after = _snapshot(session)
        kinds = tuple(CLASS_KINDS)
        moved_by_kind = dict.fromkeys(kinds, 0)
        moved_pairs: list[tuple[int, str, Any, Any]] = []
        for cid, new in after.items():
            old = before.get(cid)
            if old is None or old == new:
                continue
            for kind, a, b in zip(kinds, old, new, strict=True):
                if a != b:
                    moved_by_kind[kind] += 1
                    moved_pairs.append((cid, kind, a, b))
        shown = moved_pairs[:limit]
        names = dict(
            session.execute(
                text(
                    "SELECT c.id, c.name FROM json_each(:ids) AS j "
                    "JOIN customers AS c ON c.id = j.value"
                ),
                {"ids": json_ids(p[0] for p in shown)},
            ).all()
        )
    return RecomputeDiff(
        params_before=before_params,
        params_after=params,
        counts_before=counts_before,
        counts_after=counts_after,
        moved_by_kind=moved_by_kind,
        moved=tuple(
            Moved(cid, names.get(cid, ""), kind, _key(a), _key(b)) for cid, kind, a, b in shown
        ),
        moved_truncated=len(moved_pairs) > limit,
        run=run,
    )


_STATS_PARAMS = frozenset({"churn_days", "loyal_min_orders", "loyal_min_orders_12m"})


def _changed(a: AnalyticsParams, b: AnalyticsParams) -> set[str]:
    return {f for f in a.__dataclass_fields__ if getattr(a, f) != getattr(b, f)}


def _key(value: Any) -> str | None:
    return None if value is None else str(value)


# --- shop summary ------------------------------------------------------------------------


@dataclass(frozen=True)
class ShopSummary:
    """The shop's customer figures (DESIGN §2); rates are fractions 0..1, None without data."""

    today: dt.date
    computed_on: dt.date | None  # the day the stored classes describe
    customers: int
    buyers: int
    orders: int
    repeat_buyers: int
    repeat_rate: Decimal | None
    retention_base: int  # last year's buyers
    retention_returned: int
    retention_rate: Decimal | None
    churned: int  # buyers whose last order is more than churn_days ago
    churn_rate: Decimal | None
    churn_warnings: int
    avg_interval_days: Decimal | None  # mean over repeat buyers of their mean gap
    avg_order_value: Decimal | None  # yuan
    total_spend: Decimal  # yuan
    customer_equity: Decimal  # yuan: Σ CLV
    counts: dict[str, dict[str, int]]
    too_little_data: bool  # fewer than SMALL_SHOP_BUYERS buyers


def _ratio(a: int, b: int) -> Decimal | None:
    return Decimal(a) / Decimal(b) if b else None


def shop_summary(db: Database, today: dt.date | None = None) -> ShopSummary:
    """Buyers, repeat/retention/churn rates, intervals, order value, equity, class counts."""
    from crmdesk.services.analytics_rules import SMALL_SHOP_BUYERS

    today = today or dt.date.today()
    with db.session() as session:
        params = read_params(session)
        cut = read_cutoffs(session)
        row = session.execute(
            text(
                f"""
                SELECT count(*),
                       coalesce(sum(order_count > 0), 0),
                       coalesce(sum(order_count), 0),
                       coalesce(sum(order_count >= 2), 0),
                       coalesce(sum(order_count > 0
                           AND :today - {_DAY.format(col="last_order_at")} > :churn), 0),
                       coalesce(sum(churn_warning), 0),
                       coalesce(sum(total_spend_fen), 0),
                       coalesce(sum(clv_fen), 0),
                       sum(CASE WHEN order_count >= 2 THEN
                           ({_DAY.format(col="last_order_at")}
                            - {_DAY.format(col="first_order_at")}) * 1.0 / (order_count - 1)
                           END)
                FROM customers NOT INDEXED WHERE deleted_at IS NULL
                """
            ),
            {"today": today.toordinal(), "churn": params.churn_days},
        ).one()
        if cut is not None and cut.computed_on == today.toordinal():
            base, returned = cut.retention_buyers, cut.retention_returned
        else:
            base, returned = retention_counts(session, today)
        counts = class_counts(session)
    customers, buyers, orders, repeat, churned, warnings, spend, equity = map(int, row[:8])
    # Days between orders are a ratio, not money: float is fine, shown to 0.1 day.
    avg_interval = Decimal(f"{row[8] / repeat:.1f}") if repeat else None
    return ShopSummary(
        today=today,
        computed_on=dt.date.fromordinal(cut.computed_on) if cut else None,
        customers=customers,
        buyers=buyers,
        orders=orders,
        repeat_buyers=repeat,
        repeat_rate=_ratio(repeat, buyers),
        retention_base=base,
        retention_returned=returned,
        retention_rate=_ratio(returned, base),
        churned=churned,
        churn_rate=_ratio(churned, buyers),
        churn_warnings=warnings,
        avg_interval_days=avg_interval,
        avg_order_value=(
            (Decimal(spend) / Decimal(orders) / 100).quantize(Decimal("0.01")) if orders else None
        ),
        total_spend=Decimal(spend) / 100,
        customer_equity=Decimal(equity) / 100,
        counts=counts,
        too_little_data=buyers < SMALL_SHOP_BUYERS,
    )
