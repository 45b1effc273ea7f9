"""Stored per-customer order figures and relationship status, kept right as orders change.

``recompute_customers`` is the incremental path (one card's edit); ``recompute_all`` the
bulk path (after an import), done in set-based SQL, not per-row Python. Both run the
same statements; the incremental one restricts them to a temp table of customer ids.

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

from crmdesk.models.order import VALID_ORDER_STATUSES
from crmdesk.services import settings as shop_settings

_VALID_STATUSES_SQL = ", ".join(f"'{s}'" for s in VALID_ORDER_STATUSES)

# Day number of a stored datetime, equal to Python's date.toordinal().
_DAY = "CAST(julianday(date({col})) - 1721424.5 AS INTEGER)"

_TEMP_TABLES = ("_stats_ids", "_stats_vo", "_stats_agg", "_stats_med", "_stats_cat")


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
    _recompute(session, ids, today or dt.date.today())


def recompute_all(session: Session, today: dt.date | None = None) -> None:
    """The same for every customer, in bulk SQL."""
    _recompute(session, None, today or dt.date.today())


def _params(session: Session, today: dt.date) -> dict[str, Any]:
    values = shop_settings.read_settings(session)
    return {
        "today": today.toordinal(),
        "start12": months_before(today, 12).toordinal(),
        "start6": months_before(today, 6).toordinal(),
        "churn_days": int(values["churn_days"]),
        "loyal_n": int(values["loyal_min_orders"]),
        "loyal_n12": int(values["loyal_min_orders_12m"]),
    }


def _drop_temp(session: Session) -> None:
    for name in _TEMP_TABLES:
        session.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))


def _recompute(session: Session, ids: list[int] | None, today: dt.date) -> None:
    # Pending ORM changes (a new order on the card) must be in the tables we read.
    session.flush()
    params = _params(session, today)
    _drop_temp(session)
    try:
        only = ""
        if ids is not None:
            session.execute(text("CREATE TEMP TABLE _stats_ids (id INTEGER PRIMARY KEY)"))
            session.execute(
                text("INSERT OR IGNORE INTO temp._stats_ids (id) VALUES (:id)"),
                [{"id": i} for i in ids],
            )
            only = "AND o.customer_id IN (SELECT id FROM temp._stats_ids)"
        _run_statements(session, only, params, restricted=ids is not None)
    finally:
        _drop_temp(session)
    # The rows changed behind the ORM's back: make loaded customers re-read them.
    session.expire_all()


def _run_statements(
    session: Session, only: str, params: dict[str, Any], *, restricted: bool
) -> None:
    day = _DAY.format(col="o.ordered_at")
    session.execute(
        text(
            f"""
            CREATE TEMP TABLE _stats_vo AS
            SELECT o.id AS id, o.customer_id AS customer_id, o.ordered_at AS ordered_at,
                   {day} AS d, o.paid_fen - o.refund_fen AS v, o.category AS category
            FROM orders AS o
            WHERE o.status IN ({_VALID_STATUSES_SQL}) AND o.paid_fen - o.refund_fen > 0 {only}
            """
        )
    )
    session.execute(
        text(
            """
            CREATE TEMP TABLE _stats_agg AS
            SELECT customer_id,
                   COUNT(*) AS n,
                   SUM(v) AS total,
                   MIN(ordered_at) AS first_at,
                   MAX(ordered_at) AS last_at,
                   MAX(d) AS last_d,
                   SUM(CASE WHEN d >= :start12 THEN v ELSE 0 END) AS s12,
                   SUM(CASE WHEN d >= :start12 THEN 1 ELSE 0 END) AS n12,
                   SUM(CASE WHEN d >= :start6 THEN v ELSE 0 END) AS s6,
                   SUM(CASE WHEN d >= :start12 AND d < :start6 THEN v ELSE 0 END) AS sp6
            FROM temp._stats_vo
            GROUP BY customer_id
            """
        ),
        params,
    )
    session.execute(text("CREATE UNIQUE INDEX temp._stats_agg_id ON _stats_agg (customer_id)"))
    # Median gap: rank each customer's gaps; the middle one or two rows give the median.
    session.execute(
        text(
            """
            CREATE TEMP TABLE _stats_med AS
            WITH g AS (
                SELECT customer_id,
                       d - LAG(d) OVER (PARTITION BY customer_id ORDER BY ordered_at, id) AS gap
                FROM temp._stats_vo
            ), r AS (
                SELECT customer_id, gap,
                       ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY gap) AS rn,
                       COUNT(*) OVER (PARTITION BY customer_id) AS cnt
                FROM g WHERE gap IS NOT NULL
            )
            SELECT customer_id, (MIN(gap) + MAX(gap) + 1) / 2 AS med
            FROM r WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2)
            GROUP BY customer_id
            """
        )
    )
    session.execute(text("CREATE UNIQUE INDEX temp._stats_med_id ON _stats_med (customer_id)"))
    session.execute(
        text(
            """
            CREATE TEMP TABLE _stats_cat AS
            SELECT customer_id, COUNT(DISTINCT cat) AS k FROM (
                SELECT customer_id, trim(category) AS cat FROM temp._stats_vo
                WHERE category IS NOT NULL AND trim(category) <> ''
                UNION ALL
                SELECT vo.customer_id, trim(i.category) FROM order_items AS i
                JOIN temp._stats_vo AS vo ON vo.id = i.order_id
                WHERE i.category IS NOT NULL AND trim(i.category) <> ''
            )
            GROUP BY customer_id
            """
        )
    )
    session.execute(text("CREATE UNIQUE INDEX temp._stats_cat_id ON _stats_cat (customer_id)"))
    where = "WHERE c.id IN (SELECT id FROM temp._stats_ids)" if restricted else ""
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
                churn_warning = (
                    x.n > 0 AND x.med IS NOT NULL AND x.days > 2 * x.med
                    AND x.status NOT IN ('lost', 'non_customer')
                )
            FROM (
                SELECT c.id AS id,
                       coalesce(a.n, 0) AS n, coalesce(a.total, 0) AS total,
                       a.first_at AS first_at, a.last_at AS last_at, m.med AS med,
                       coalesce(a.s12, 0) AS s12, coalesce(a.n12, 0) AS n12,
                       coalesce(a.s6, 0) AS s6, coalesce(a.sp6, 0) AS sp6,
                       coalesce(k.k, 0) AS k,
                       :today - a.last_d AS days,
                       CASE
                           WHEN c.status_override = 'non_customer' THEN 'non_customer'
                           WHEN a.n IS NULL THEN
                               CASE WHEN c.status_override = 'target'
                                    THEN 'target' ELSE 'potential' END
                           WHEN :today - a.last_d > :churn_days THEN 'lost'
                           WHEN a.n >= :loyal_n AND a.n12 >= :loyal_n12 THEN 'loyal'
                           WHEN a.n >= 2 THEN 'repeat'
                           ELSE 'first'
                       END AS status
                FROM customers AS c
                LEFT JOIN temp._stats_agg AS a ON a.customer_id = c.id
                LEFT JOIN temp._stats_med AS m ON m.customer_id = c.id
                LEFT JOIN temp._stats_cat AS k ON k.customer_id = c.id
                {where}
            ) AS x
            WHERE customers.id = x.id
            """
        ),
        params,
    )
