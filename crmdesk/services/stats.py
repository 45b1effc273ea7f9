"""Stored per-customer order figures and relationship status, kept right as orders change.

``recompute_customers`` is the incremental path (one card's edit); ``recompute_all`` the
bulk path (after an import). Both run the same statements, the incremental one restricted
to a temp table of customer ids: GROUP BY queries over the partial covering index of
valid orders, one streaming pass over that index for the median intervals, and one
UPDATE that writes only the customers whose figures changed. About 3 s for 100,000
customers and 1,000,000 orders (``python -m benchmarks.bench --only recompute``).

Definitions (DESIGN §2):

- A valid order has status paid, shipped or completed and ``paid - refund > 0``; its
  value is ``paid - refund``. Everything below counts valid orders only.
- Days are calendar days of the local order time. The 12-month window starts on the
  same day twelve calendar months before ``today``; the 6-month window likewise, and
  "the previous 6 months" is the half-year before that.
- The median purchase interval is the median of the day gaps between consecutive valid
  orders (same-day orders give a gap of 0); with an even number of gaps the two middle
  ones are averaged and rounded half up. Fewer than two orders: no median.
- Relationship status: 'non_customer' set by hand always wins; with no valid order the
  customer is 'target' when so marked, else 'potential'; otherwise 'lost' when the last
  order is more than ``churn_days`` ago, 'loyal' with at least ``loyal_min_orders``
  orders of which ``loyal_min_orders_12m`` in the last 12 months, 'repeat' with two or
  more, else 'first'.
- Churn warning: the customer has orders, a known median interval, and more days since
  the last order than twice that median; never for lost customers or non-customers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmdesk.i18n import translate
from crmdesk.models.order import VALID_ORDER_SQL
from crmdesk.services import settings as shop_settings
from crmdesk.services.bulk import json_ids
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel, no_progress

# Day number of a stored datetime, equal to Python's date.toordinal().
_DAY = "CAST(julianday(date({col})) - 1721424.5 AS INTEGER)"

# Named so SQLite cannot prefer the narrower ix_orders_customer_time, whose every entry
# costs a table-row lookup (its planner does, once ANALYZE statistics exist).
_VALID_ORDERS = "orders INDEXED BY ix_orders_valid_customer_time"

_TEMP_TABLES = ("_stats_ids", "_stats_agg", "_stats_med", "_stats_cat")


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def recompute_customers(
    session: Session, customer_ids: Iterable[int], today: dt.date | None = None
) -> None:
    """Recompute order count, spend, first/last order, median interval, status for these."""
    ids = sorted({int(i) for i in customer_ids})
    if not ids:
        return
    _recompute(session, ids, today or dt.date.today(), no_progress, None)


def recompute_all(
    session: Session,
    today: dt.date | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> None:
    """The same for every customer, in bulk SQL (reports 4 steps; cancel rolls back)."""
    _recompute(session, None, today or dt.date.today(), progress or no_progress, cancel)


def _params(session: Session, today: dt.date) -> dict[str, Any]:
    values = shop_settings.read_settings(session)
    return {
        "today": today.toordinal(),
        # Stored datetimes are ISO text, so a window start compares as 'YYYY-MM-DD'.
        "start12": months_before(today, 12).isoformat(),
        "start6": months_before(today, 6).isoformat(),
        "churn_days": int(values["churn_days"]),
        "loyal_n": int(values["loyal_min_orders"]),
        "loyal_n12": int(values["loyal_min_orders_12m"]),
    }


def _drop_temp(session: Session) -> None:
    for name in _TEMP_TABLES:
        session.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))


def _recompute(
    session: Session,
    ids: list[int] | None,
    today: dt.date,
    progress: ProgressFn,
    cancel: CancelFn | None,
) -> None:
    # Pending ORM changes (a new order on the card) must be in the tables we read.
    session.flush()
    params = _params(session, today)
    _drop_temp(session)
    try:
        only = ""
        if ids is not None:
            session.execute(text("CREATE TEMP TABLE _stats_ids (id INTEGER PRIMARY KEY)"))
            # One statement for any number of ids (an import names 100,000s).
            session.execute(
                text(
                    "INSERT OR IGNORE INTO temp._stats_ids (id) SELECT value FROM json_each(:ids)"
                ),
                {"ids": json_ids(ids)},
            )
            only = "AND customer_id IN (SELECT id FROM temp._stats_ids)"
        _run_statements(session, only, params, ids is not None, progress, cancel)
    finally:
        _drop_temp(session)
    # The rows changed behind the ORM's back: make loaded customers re-read them.
    session.expire_all()


def _run_statements(
    session: Session,
    only: str,
    params: dict[str, Any],
    restricted: bool,
    progress: ProgressFn,
    cancel: CancelFn | None,
) -> None:
    steps = 4
    progress(0, steps, translate("Stats", "Adding up orders…"))
    # Every read of orders filters on VALID_ORDER_SQL word for word, so SQLite reads the
    # partial covering index ix_orders_valid_customer_time: already in customer and time
    # order, no sort and no table rows.
    session.execute(
        text(
            f"""
            CREATE TEMP TABLE _stats_agg AS
            SELECT customer_id,
                   COUNT(*) AS n,
                   SUM(paid_fen - refund_fen) AS total,
                   MIN(ordered_at) AS first_at,
                   MAX(ordered_at) AS last_at,
                   SUM(CASE WHEN ordered_at >= :start12 THEN paid_fen - refund_fen END) AS s12,
                   SUM(ordered_at >= :start12) AS n12,
                   SUM(CASE WHEN ordered_at >= :start6 THEN paid_fen - refund_fen END) AS s6,
                   SUM(CASE WHEN ordered_at >= :start12 AND ordered_at < :start6
                            THEN paid_fen - refund_fen END) AS sp6
            FROM {_VALID_ORDERS}
            WHERE {VALID_ORDER_SQL} {only}
            GROUP BY customer_id
            """
        ),
        params,
    )
    session.execute(text("CREATE UNIQUE INDEX temp._stats_agg_id ON _stats_agg (customer_id)"))
    check_cancel(cancel)
    progress(1, steps, translate("Stats", "Measuring purchase intervals…"))
    _median_intervals(session, only)
    check_cancel(cancel)
    progress(2, steps, translate("Stats", "Counting categories…"))
    session.execute(
        text(
            f"""
            CREATE TEMP TABLE _stats_cat AS
            SELECT customer_id, COUNT(DISTINCT cat) AS k FROM (
                SELECT customer_id, trim(category) AS cat FROM {_VALID_ORDERS}
                WHERE {VALID_ORDER_SQL} {only}
                  AND category IS NOT NULL AND trim(category) <> ''
                UNION ALL
                SELECT customer_id, trim(i.category) FROM orders
                JOIN order_items AS i ON i.order_id = orders.id
                WHERE {VALID_ORDER_SQL} {only}
                  AND i.category IS NOT NULL AND trim(i.category) <> ''
            )
            GROUP BY customer_id
            """
        )
    )
    session.execute(text("CREATE UNIQUE INDEX temp._stats_cat_id ON _stats_cat (customer_id)"))
    check_cancel(cancel)
    progress(3, steps, translate("Stats", "Updating customers…"))
    where = "WHERE c.id IN (SELECT id FROM temp._stats_ids)" if restricted else ""
    last_day = _DAY.format(col="a.last_at")
    # Only rows whose figures differ are written: after an import most customers are
    # unchanged, and every written row also rewrites several register indexes.
    session.execute(
        text(
            f"""
            UPDATE customers SET
                order_count = x.n,
                total_spend_fen = x.total,
                first_order_at = x.first_at,
                last_order_at = x.last_at,
                median_interval_days = x.med,
                spend_12m_fen = x.s12,
                orders_12m = x.n12,
                spend_6m_fen = x.s6,
                spend_prev6m_fen = x.sp6,
                category_count = x.k,
                relationship_status = x.status,
                churn_warning = x.warning
            FROM (
                SELECT y.*,
                       (y.n > 0 AND y.med IS NOT NULL AND y.days > 2 * y.med
                        AND y.status NOT IN ('lost', 'non_customer')) AS warning
                FROM (
                    SELECT c.id AS id,
                           coalesce(a.n, 0) AS n, coalesce(a.total, 0) AS total,
                           a.first_at AS first_at, a.last_at AS last_at, m.med AS med,
                           coalesce(a.s12, 0) AS s12, coalesce(a.n12, 0) AS n12,
                           coalesce(a.s6, 0) AS s6, coalesce(a.sp6, 0) AS sp6,
                           coalesce(k.k, 0) AS k,
                           :today - {last_day} AS days,
                           CASE
                               WHEN c.status_override = 'non_customer' THEN 'non_customer'
                               WHEN a.n IS NULL THEN
                                   CASE WHEN c.status_override = 'target'
                                        THEN 'target' ELSE 'potential' END
                               WHEN :today - {last_day} > :churn_days THEN 'lost'
                               WHEN a.n >= :loyal_n AND a.n12 >= :loyal_n12 THEN 'loyal'
                               WHEN a.n >= 2 THEN 'repeat'
                               ELSE 'first'
                           END AS status
                    FROM customers AS c
                    LEFT JOIN temp._stats_agg AS a ON a.customer_id = c.id
                    LEFT JOIN temp._stats_med AS m ON m.customer_id = c.id
                    LEFT JOIN temp._stats_cat AS k ON k.customer_id = c.id
                    {where}
                ) AS y
            ) AS x
            WHERE customers.id = x.id AND (
                customers.order_count IS NOT x.n
                OR customers.total_spend_fen IS NOT x.total
                OR customers.first_order_at IS NOT x.first_at
                OR customers.last_order_at IS NOT x.last_at
                OR customers.median_interval_days IS NOT x.med
                OR customers.spend_12m_fen IS NOT x.s12
                OR customers.orders_12m IS NOT x.n12
                OR customers.spend_6m_fen IS NOT x.s6
                OR customers.spend_prev6m_fen IS NOT x.sp6
                OR customers.category_count IS NOT x.k
                OR customers.relationship_status IS NOT x.status
                OR customers.churn_warning IS NOT x.warning
            )
            """
        ),
        params,
    )
    progress(steps, steps, translate("Stats", "Customer figures are up to date."))


def _median_intervals(session: Session, only: str) -> None:
    """Fill temp._stats_med with each customer's median gap in days between valid orders.

    One pass over valid orders in customer and time order (the covering index), through
    the driver's cursor: a per-customer median is a sort of a few gaps, which Python does
    faster than SQLite's two window sorts over every order.
    """
    session.execute(
        text("CREATE TEMP TABLE _stats_med (customer_id INTEGER PRIMARY KEY, med INTEGER)")
    )
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    ordinal: dict[str, int] = {}
    medians: list[tuple[int, int]] = []
    current: int | None = None
    previous = 0
    gaps: list[int] = []
    try:
        rows = cursor.execute(
            f"SELECT customer_id, substr(ordered_at, 1, 10) FROM {_VALID_ORDERS}"
            f" WHERE {VALID_ORDER_SQL} {only} ORDER BY customer_id, ordered_at"
        )
        for customer_id, day_text in rows:
            day = ordinal.get(day_text)
            if day is None:
                day = ordinal[day_text] = dt.date.fromisoformat(day_text).toordinal()
            if customer_id != current:
                if gaps:
                    medians.append((current, _median(gaps)))  # type: ignore[arg-type]
                    gaps = []
                current = customer_id
            else:
                gaps.append(day - previous)
            previous = day
        if gaps:
            medians.append((current, _median(gaps)))  # type: ignore[arg-type]
        cursor.executemany("INSERT INTO temp._stats_med (customer_id, med) VALUES (?, ?)", medians)
    finally:
        cursor.close()


def _median(gaps: list[int]) -> int:
    """Median of whole-day gaps; between the two middle ones, rounded half up."""
    gaps.sort()
    n = len(gaps)
    return (gaps[(n - 1) // 2] + gaps[n // 2] + 1) // 2
