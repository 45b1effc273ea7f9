"""Membership at full scale: awarding every order, tier re-evaluation, expiry, recompute.

Everything runs in one transaction that is rolled back, so the cached benchmark database
is left as it was. The order of the steps builds what the next one needs: tiers, a
ledger of about one entry per valid order, then expiry over that ledger.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from benchmarks.registry import Context, Result, section
from crmdesk.models.membership import Tier
from crmdesk.services import points_lots, points_orders, tier_eval, tiers
from crmdesk.services.settings import write_settings

NAME = "membership"


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


@section(NAME)
def membership_section(ctx: Context) -> list[Result]:
    """Tiers and points over every customer and order, rolled back afterwards."""
    today = dt.date.today()
    db = ctx.open()
    results: list[Result] = []
    try:
        with db.session_factory() as session:
            if not session.execute(text("SELECT 1 FROM tiers LIMIT 1")).first():
                for i, (name, color, threshold, care) in enumerate(tiers.DEFAULT_TIERS):
                    session.add(
                        Tier(
                            name=name,
                            color=color,
                            position=i,
                            threshold=threshold,
                            care_plan=care,
                            points_multiplier_permille=1000 + 250 * i,
                        )
                    )
                session.flush()
            write_settings(session, {"points_expiry": "months", "points_expiry_months": 12})

            secs, changed = _timed(lambda: tier_eval.evaluate_customers(session, None, today))
            results.append(
                Result(
                    NAME,
                    "tiers: first evaluation, every customer",
                    secs,
                    note=f"{len(changed.customer_ids):,} customers placed",
                )
            )

            secs, applied = _timed(
                lambda: points_orders.apply_orders_to_points(session, None, today)
            )
            results.append(
                Result(
                    NAME,
                    "points: award every valid order",
                    secs,
                    note=f"{applied.orders_earned:,} earn entries",
                )
            )

            secs, again = _timed(lambda: points_orders.apply_orders_to_points(session, None, today))
            assert again.orders_earned == 0 and again.points_reversed == 0
            results.append(Result(NAME, "points: re-run over every order (no-op check)", secs))

            secs, changed = _timed(lambda: tier_eval.evaluate_customers(session, None, today))
            results.append(
                Result(
                    NAME,
                    "tiers: re-evaluate every customer (upgrades)",
                    secs,
                    note=f"{len(changed.customer_ids):,} moved",
                )
            )

            stored = tiers.stored_tiers(session)
            secs, review = _timed(
                lambda: tier_eval.plan_moves(session, stored, "spend_12m", None, today, "review")
            )
            results.append(
                Result(
                    NAME,
                    "tiers: yearly review plan, last-12-month spend",
                    secs,
                    note=f"{len(review[0]):,} would move",
                )
            )

            later = today + dt.timedelta(days=400)
            secs, expired = _timed(lambda: points_lots.expire_in(session, later))
            results.append(
                Result(
                    NAME,
                    "points: expiry run, every customer",
                    secs,
                    note=f"{len(expired.customer_ids):,} customers, {expired.points:,} points",
                )
            )

            secs, _ = _timed(
                lambda: session.execute(
                    text(
                        "SELECT c.id FROM customers c LEFT JOIN (SELECT customer_id,"
                        " SUM(points) AS total FROM points_ledger GROUP BY customer_id) s"
                        " ON s.customer_id = c.id"
                        " WHERE c.points_balance <> COALESCE(s.total, 0)"
                    )
                ).all()
            )
            entries = session.execute(text("SELECT COUNT(*) FROM points_ledger")).scalar()
            results.append(
                Result(
                    NAME,
                    "points: check every balance against the ledger",
                    secs,
                    note=f"{entries:,} ledger entries",
                )
            )
            session.rollback()
    finally:
        db.close()
    return results
