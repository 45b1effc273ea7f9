"""Stored order figures and relationship status, checked against a plain Python computation."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import statistics
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from crmdesk.db import Database
from crmdesk.errors import Cancelled
from crmdesk.models import Customer, Order, OrderItem
from crmdesk.services import stats
from crmdesk.services.settings import write_settings

TODAY = dt.date(2026, 11, 23)
FIGURES = (
    "order_count",
    "total_spend_fen",
    "first_order_at",
    "last_order_at",
    "median_interval_days",
    "spend_12m_fen",
    "orders_12m",
    "spend_6m_fen",
    "spend_prev6m_fen",
    "category_count",
    "relationship_status",
    "churn_warning",
)


@dataclass(frozen=True)
class Ord:
    """An order of a generated history."""

    at: dt.datetime
    paid: int
    refund: int = 0
    status: str = "completed"
    category: str | None = None
    item_categories: tuple[str, ...] = ()


def expected(
    orders: list[Ord],
    override: str | None,
    today: dt.date = TODAY,
    churn_days: int = 365,
    loyal_n: int = 4,
    loyal_n12: int = 2,
) -> dict[str, object]:
    """The figures as DESIGN §2 defines them, computed the slow obvious way."""
    valid = sorted(
        (o for o in orders if o.status in ("paid", "shipped", "completed") and o.paid > o.refund),
        key=lambda o: o.at,
    )
    start12 = stats.months_before(today, 12)
    start6 = stats.months_before(today, 6)
    values = [o.paid - o.refund for o in valid]
    in12 = [o for o in valid if o.at.date() >= start12]
    gaps = [(b.at.date() - a.at.date()).days for a, b in itertools.pairwise(valid)]
    median = math.floor(statistics.median(gaps) + 0.5) if gaps else None
    categories = {
        c.strip() for o in valid for c in (o.category, *o.item_categories) if c and c.strip()
    }
    days = (today - valid[-1].at.date()).days if valid else None
    if override == "non_customer":
        status = "non_customer"
    elif not valid:
        status = "target" if override == "target" else "potential"
    elif days > churn_days:
        status = "lost"
    elif len(valid) >= loyal_n and len(in12) >= loyal_n12:
        status = "loyal"
    elif len(valid) >= 2:
        status = "repeat"
    else:
        status = "first"
    warning = (
        bool(valid)
        and median is not None
        and days > 2 * median
        and status not in ("lost", "non_customer")
    )
    return {
        "order_count": len(valid),
        "total_spend_fen": sum(values),
        "first_order_at": valid[0].at if valid else None,
        "last_order_at": valid[-1].at if valid else None,
        "median_interval_days": median,
        "spend_12m_fen": sum(o.paid - o.refund for o in in12),
        "orders_12m": len(in12),
        "spend_6m_fen": sum(o.paid - o.refund for o in valid if o.at.date() >= start6),
        "spend_prev6m_fen": sum(
            o.paid - o.refund for o in valid if start12 <= o.at.date() < start6
        ),
        "category_count": len(categories),
        "relationship_status": status,
        "churn_warning": warning,
    }


def add_customer(
    db: Database, orders: list[Ord], override: str | None = None, name: str = "客户"
) -> int:
    with db.session() as session:
        cid = session.execute(
            insert(Customer).values(name=name, status_override=override).returning(Customer.id)
        ).scalar_one()
        for n, o in enumerate(orders):
            oid = session.execute(
                insert(Order)
                .values(
                    customer_id=cid,
                    order_no=f"{cid}-{n}",
                    ordered_at=o.at,
                    paid_fen=o.paid,
                    refund_fen=o.refund,
                    status=o.status,
                    category=o.category,
                )
                .returning(Order.id)
            ).scalar_one()
            for cat in o.item_categories:
                session.execute(insert(OrderItem).values(order_id=oid, title="商品", category=cat))
    return cid


def figures(db: Database, cid: int) -> dict[str, object]:
    with db.session() as session:
        row = session.execute(
            select(*(getattr(Customer, f) for f in FIGURES)).where(Customer.id == cid)
        ).one()
    return dict(zip(FIGURES, row, strict=True))


def at(days_ago: int, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour, 30))


CASES = {
    "no orders": ([], None),
    "no orders, marked target": ([], "target"),
    "one order": ([Ord(at(10), 9990, category="茶叶")], None),
    "one order, marked target": ([Ord(at(10), 9990)], "target"),
    "marked non-customer with orders": ([Ord(at(10), 100), Ord(at(5), 100)], "non_customer"),
    "same-day orders": ([Ord(at(40, 9), 1000), Ord(at(40, 18), 2000), Ord(at(40, 20), 500)], None),
    "refunds and closed orders": (
        [
            Ord(at(300), 5000, refund=5000),  # fully refunded: counts for nothing
            Ord(at(200), 5000, refund=1234),
            Ord(at(100), 8000, status="closed"),
            Ord(at(90), 8000, status="unpaid"),
            Ord(at(80), 3000, status="shipped"),
            Ord(at(2), 0, status="paid"),  # nothing paid: not a purchase
        ],
        None,
    ),
    "loyal": ([Ord(at(d), 10000) for d in (700, 500, 200, 20)], None),
    "four orders but only one lately": ([Ord(at(d), 10000) for d in (700, 600, 500, 20)], None),
    "lost": ([Ord(at(d), 10000) for d in (900, 800, 400)], None),
    "overdue against own rhythm": ([Ord(at(d), 10000) for d in (130, 120, 110, 100)], None),
    "even number of gaps rounds half up": ([Ord(at(d), 100) for d in (10, 9, 7)], None),
    "categories from orders and items": (
        [
            Ord(at(30), 100, category="茶叶", item_categories=("茶具", " 茶叶 ")),
            Ord(at(20), 100, category="零食"),
            Ord(at(10), 100, status="closed", category="家电"),
        ],
        None,
    ),
    "windows": ([Ord(at(d), 100 * (i + 1)) for i, d in enumerate((400, 300, 200, 100, 1))], None),
}


@pytest.mark.parametrize("case", CASES)
def test_figures_match_the_rules(db: Database, case: str) -> None:
    orders, override = CASES[case]
    cid = add_customer(db, orders, override)
    with db.session() as session:
        stats.recompute_all(session, today=TODAY)
    assert figures(db, cid) == expected(orders, override)
    with db.session() as session:
        session.execute(update(Customer).values(order_count=99, relationship_status="loyal"))
        stats.recompute_customers(session, [cid], today=TODAY)
    assert figures(db, cid) == expected(orders, override)


def test_worked_example(db: Database) -> None:
    """A history worked out by hand, so the reference itself is checked too."""
    orders = [
        Ord(at(100), 10000),
        Ord(at(60), 5000, refund=1000),
        Ord(at(58), 2000, status="closed"),
        Ord(at(40), 3000),
    ]
    cid = add_customer(db, orders)
    with db.session() as session:
        stats.recompute_all(session, today=TODAY)
    got = figures(db, cid)
    assert got["order_count"] == 3
    assert got["total_spend_fen"] == 17000
    assert got["median_interval_days"] == 30  # gaps 40 and 20
    assert got["spend_6m_fen"] == 17000
    assert got["relationship_status"] == "repeat"
    assert got["churn_warning"] is False  # 40 days since, not more than 60


def test_thresholds_come_from_shop_settings(db: Database) -> None:
    orders = [Ord(at(d), 10000) for d in (100, 80, 60, 45)]
    cid = add_customer(db, orders)
    with db.session() as session:
        stats.recompute_all(session, today=TODAY)
    assert figures(db, cid)["relationship_status"] == "loyal"
    with db.session() as session:
        write_settings(session, {"churn_days": 30})
        stats.recompute_all(session, today=TODAY)
    assert figures(db, cid)["relationship_status"] == "lost"
    with db.session() as session:
        write_settings(session, {"churn_days": 365, "loyal_min_orders": 5})
        stats.recompute_customers(session, [cid], today=TODAY)
    assert figures(db, cid) == expected(orders, None, loyal_n=5)
    assert figures(db, cid)["relationship_status"] == "repeat"


def test_months_before_clamps_to_month_end() -> None:
    assert stats.months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert stats.months_before(dt.date(2024, 2, 29), 12) == dt.date(2023, 2, 28)
    assert stats.months_before(dt.date(2026, 1, 15), 6) == dt.date(2025, 7, 15)
    assert stats.months_before(dt.date(2026, 11, 23), 12) == dt.date(2025, 11, 23)


def test_recompute_customers_touches_only_those(db: Database) -> None:
    a = add_customer(db, [Ord(at(5), 100)], name="甲")
    b = add_customer(db, [Ord(at(5), 100)], name="乙")
    with db.session() as session:
        stats.recompute_customers(session, [a], today=TODAY)
    assert figures(db, a)["order_count"] == 1
    assert figures(db, b)["order_count"] == 0
    assert figures(db, b)["relationship_status"] == "potential"


order_strategy = st.builds(
    Ord,
    at=st.builds(
        lambda d, m: (
            dt.datetime.combine(TODAY - dt.timedelta(days=d), dt.time()) + dt.timedelta(minutes=m)
        ),
        st.integers(min_value=-3, max_value=1200),
        st.integers(min_value=0, max_value=24 * 60 - 1),
    ),
    paid=st.integers(min_value=0, max_value=500_000),
    refund=st.just(0) | st.integers(min_value=0, max_value=500_000),
    status=st.sampled_from(("unpaid", "paid", "shipped", "completed", "closed")),
    category=st.none() | st.sampled_from(("茶叶", "茶具", "零食", " ")),
    item_categories=st.lists(st.sampled_from(("茶叶", "礼盒", "")), max_size=2).map(tuple),
).map(lambda o: Ord(o.at, o.paid, min(o.refund, o.paid), o.status, o.category, o.item_categories))

history_strategy = st.lists(
    st.tuples(
        st.lists(order_strategy, max_size=8),
        st.sampled_from((None, None, "target", "non_customer")),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(histories=history_strategy, today_shift=st.integers(min_value=0, max_value=400))
def test_bulk_and_incremental_agree_with_the_rules(
    db: Database, histories: list[tuple[list[Ord], str | None]], today_shift: int
) -> None:
    today = TODAY + dt.timedelta(days=today_shift)
    with db.session() as session:
        session.execute(delete(Customer))
    ids = [add_customer(db, orders, override) for orders, override in histories]
    with db.session() as session:
        stats.recompute_all(session, today=today)
    bulk = {cid: figures(db, cid) for cid in ids}
    for cid, (orders, override) in zip(ids, histories, strict=True):
        assert bulk[cid] == expected(orders, override, today=today)
    # Spoil every stored figure, then repair one customer at a time.
    with db.session() as session:
        session.execute(
            update(Customer).values(
                order_count=77,
                total_spend_fen=1,
                median_interval_days=3,
                category_count=9,
                relationship_status="lost",
                churn_warning=True,
            )
        )
    for cid in ids:
        with db.session() as session:
            stats.recompute_customers(session, [cid], today=today)
        assert figures(db, cid) == bulk[cid]


def test_churn_warning_fires_before_lost(db: Database) -> None:
    steady = add_customer(db, [Ord(at(d), 100) for d in (100, 90, 80, 70)], name="规律")
    overdue = add_customer(db, [Ord(at(d), 100) for d in (130, 120, 110, 100)], name="逾期")
    gone = add_customer(db, [Ord(at(d), 100) for d in (430, 420, 410, 400)], name="流失")
    with db.session() as session:
        stats.recompute_all(session, today=TODAY)
    # 70 and 100 days since the last order, against a 10-day rhythm.
    assert figures(db, steady)["churn_warning"] is True
    assert figures(db, overdue)["churn_warning"] is True
    assert figures(db, gone)["churn_warning"] is False  # lost already: no warning
    assert figures(db, gone)["relationship_status"] == "lost"
    recent = add_customer(db, [Ord(at(d), 100) for d in (35, 25, 15)], name="按时")
    with db.session() as session:
        stats.recompute_customers(session, [recent], today=TODAY)
    assert figures(db, recent)["median_interval_days"] == 10
    assert figures(db, recent)["churn_warning"] is False  # 15 days, not more than 20


def test_recompute_all_reports_progress_and_can_be_cancelled(db: Database) -> None:
    cid = add_customer(db, [Ord(at(5), 100)])
    with pytest.raises(Cancelled), db.session() as session:
        stats.recompute_all(session, today=TODAY, cancel=lambda: True)
    assert figures(db, cid)["order_count"] == 0  # rolled back with the caller's transaction
    seen: list[tuple[int, int]] = []
    with db.session() as session:
        stats.recompute_all(
            session,
            today=TODAY,
            progress=lambda done, total, message="": seen.append((done, total)),
        )
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert figures(db, cid)["order_count"] == 1
