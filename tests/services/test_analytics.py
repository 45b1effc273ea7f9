"""Stored customer analytics, end to end: orders -> stats -> analytics, against a reference."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal
from fractions import Fraction

import pytest
from analytics_helpers import add_customer, build_shop, random_history, recompute, stored
from analytics_reference import TODAY, Ord, Params, at, expected, facts, retention
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from crmdesk.db import Database
from crmdesk.errors import Cancelled, ValidationError
from crmdesk.models import Customer, Order, Setting
from crmdesk.services import analytics, stats
from crmdesk.services.analytics_rules import AnalyticsParams
from crmdesk.services.settings import read_setting

EDGE_CASES: dict[str, list[Ord]] = {
    "no orders": [],
    "one order": [Ord(at(10), 9990, category="茶叶")],
    "one old order": [Ord(at(200), 9990)],
    "same-day orders": [Ord(at(40, 9), 1000), Ord(at(40, 18), 2000), Ord(at(40, 20), 500)],
    "refunds and closed orders": [
        Ord(at(300), 5000, refund=5000),
        Ord(at(200), 5000, refund=1234),
        Ord(at(100), 8000, status="closed"),
        Ord(at(90), 8000, status="unpaid"),
        Ord(at(80), 3000, status="shipped"),
    ],
    "only refunded": [Ord(at(30), 5000, refund=5000)],
    "only closed": [Ord(at(30), 5000, status="closed")],
    "loyal regular": [
        Ord(at(d), 10000, category=c)
        for d, c in ((700, "茶"), (500, "具"), (200, "茶"), (20, "茶"))
    ],
    "lost": [Ord(at(d), 10000) for d in (900, 800, 400)],
    "overdue against own rhythm": [Ord(at(d), 10000) for d in (130, 120, 110, 100)],
    "spend dropped": [Ord(at(300), 50000), Ord(at(250), 50000), Ord(at(20), 1000)],
    "formation": [Ord(at(200), 3000), Ord(at(100), 3000), Ord(at(10), 3000)],
    # Equal values on purpose: ties at quintile and pyramid edges share a class.
    "tie a": [Ord(at(60), 5000)],
    "tie b": [Ord(at(60), 5000)],
    "tie c": [Ord(at(60), 5000)],
    "tie d": [Ord(at(60), 5000)],
}


def test_edge_cases_match_the_reference(db: Database) -> None:
    histories, referred = build_shop(db, list(EDGE_CASES.values()), [None, 0, 1] + [None] * 13)
    run = recompute(db)
    want = expected(histories, referred)
    assert stored(db) == want
    assert run.buyers == sum(1 for o in histories.values() if facts(o, False, TODAY).n)
    named = dict(zip(EDGE_CASES, histories, strict=True))
    got = stored(db)
    ties = {got[named[k]]["m_score"] for k in ("tie a", "tie b", "tie c", "tie d")}
    assert len(ties) == 1
    assert got[named["no orders"]]["lifecycle_stage"] == "exploration"
    assert got[named["only refunded"]]["r_days"] is None
    assert got[named["same-day orders"]]["r_days"] == 40
    assert got[named["overdue against own rhythm"]]["lifecycle_stage"] == "decline"
    assert got[named["loyal regular"]]["lifecycle_stage"] == "stability"
    assert got[named["formation"]]["lifecycle_stage"] == "formation"
    assert got[named["one order"]]["lifecycle_stage"] == "exploration"
    assert got[named["spend dropped"]]["lifecycle_stage"] == "decline"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_shop_matches_the_reference(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    n = 150
    histories, referred = build_shop(
        db,
        [random_history(rng) for _ in range(n)],
        [rng.randrange(n) if rng.random() < 0.1 else None for _ in range(n)],
    )
    recompute(db)
    assert stored(db) == expected(histories, referred)


def test_a_deleted_customer_is_not_a_yardstick(db: Database) -> None:
    rng = random.Random(7)
    histories, referred = build_shop(db, [random_history(rng) for _ in range(40)])
    gone = add_customer(db, [Ord(at(1), 10_000_000)], name="删除")
    with db.session() as session:
        session.execute(
            update(Customer).where(Customer.id == gone).values(deleted_at=dt.datetime(2026, 1, 1))
        )
    recompute(db)
    assert stored(db) == expected(histories, referred)


def test_shop_parameters_are_used(db: Database) -> None:
    rng = random.Random(11)
    histories, referred = build_shop(db, [random_history(rng) for _ in range(60)])
    params = AnalyticsParams(
        churn_days=200,
        loyal_min_orders_12m=3,
        pyramid_vip_percent=10,
        pyramid_major_percent=20,
        pyramid_ordinary_percent=40,
        lifecycle_new_days=30,
        margin_percent=Decimal("42.5"),
        discount_rate_percent=Decimal(12),
        clv_horizon_years=3,
    )
    analytics.set_analytics_params(db, params, TODAY)
    ref = Params(
        churn_days=200,
        loyal_min_orders_12m=3,
        vip=10,
        major=20,
        ordinary=40,
        new_days=30,
        margin=Fraction(425, 1000),
        discount=Fraction(12, 100),
        horizon=3,
    )
    assert stored(db) == expected(histories, referred, p=ref)
    assert analytics.analytics_params(db) == params


def test_clv_worked_by_hand(db: Database) -> None:
    # Two years of history, ¥2,000 spent: annual value ¥1,000. Nobody bought the year
    # before last year's window, so r falls back to the repeat rate: 1 of 1 buyer = 100%.
    cid = add_customer(db, [Ord(at(730), 100_000), Ord(at(10), 100_000)])
    recompute(db)
    # 0.3 × 1000 × (1/1.08 + 1/1.08² + … + 1/1.08⁵) = 300 × 3.99271 = ¥1,197.81
    assert stored(db)[cid]["clv_fen"] == 119781


def test_retention_reference_and_summary(db: Database) -> None:
    rng = random.Random(5)
    histories, referred = build_shop(db, [random_history(rng) for _ in range(120)])
    run = recompute(db)
    base, returned = retention(histories, TODAY)
    assert (run.cutoffs.retention_buyers, run.cutoffs.retention_returned) == (base, returned)
    summary = analytics.shop_summary(db, TODAY)
    f = [facts(o, False, TODAY) for o in histories.values()]
    buyers = [x for x in f if x.n]
    assert summary.buyers == len(buyers)
    assert summary.orders == sum(x.n for x in buyers)
    assert summary.repeat_rate == Decimal(sum(x.n >= 2 for x in buyers)) / len(buyers)
    assert summary.retention_rate == Decimal(returned) / base
    lost = sum((TODAY - x.last).days > 365 for x in buyers)  # type: ignore[operator]
    assert summary.churned == lost
    assert summary.churn_rate == Decimal(lost) / len(buyers)
    intervals = [Fraction((x.last - x.first).days, x.n - 1) for x in buyers if x.n >= 2]  # type: ignore[operator]
    assert summary.avg_interval_days == Decimal(f"{float(sum(intervals) / len(intervals)):.1f}")
    aov = Decimal(sum(x.total for x in buyers)) / sum(x.n for x in buyers) / 100
    assert summary.avg_order_value == aov.quantize(Decimal("0.01"))
    want = expected(histories, referred)
    equity = sum(v["clv_fen"] or 0 for v in want.values())  # type: ignore[misc]
    assert summary.customer_equity == Decimal(equity) / 100
    for kind in ("rfm_segment", "pyramid_level", "value_class", "lifecycle_stage", "loyalty_type"):
        counts = summary.counts[kind]
        for key, count in counts.items():
            assert count == sum(1 for v in want.values() if v[kind] == key), (kind, key)
    assert sum(summary.counts["rfm_segment"].values()) == len(buyers)
    assert summary.too_little_data is False


def test_empty_shop(db: Database) -> None:
    run = recompute(db)
    assert run.buyers == 0 and run.customers == 0
    summary = analytics.shop_summary(db, TODAY)
    assert summary.buyers == 0
    assert summary.repeat_rate is None and summary.avg_order_value is None
    assert summary.customer_equity == 0
    assert summary.too_little_data is True


def test_small_shops_land_in_the_middle(db: Database) -> None:
    one = add_customer(db, [Ord(at(10), 5000)])
    recompute(db)
    got = stored(db)[one]
    assert (got["r_score"], got["f_score"], got["m_score"]) == (3, 3, 3)
    assert got["pyramid_level"] == "ordinary"
    two = add_customer(db, [Ord(at(100), 1000)])
    recompute(db)
    got = stored(db)
    assert (got[one]["m_score"], got[two]["m_score"]) == (4, 2)
    assert (got[one]["r_score"], got[two]["r_score"]) == (4, 2)


def test_a_new_day_brings_figures_up_to_date(db: Database) -> None:
    cid = add_customer(db, [Ord(at(d), 5000) for d in range(120, 0, -10)])
    assert analytics.ensure_current(db, TODAY) is True
    assert analytics.ensure_current(db, TODAY) is False
    assert stored(db)[cid]["r_days"] == 10
    assert stored(db)[cid]["lifecycle_stage"] == "formation"
    later = TODAY + dt.timedelta(days=30)
    assert analytics.ensure_current(db, later) is True
    assert stored(db)[cid]["r_days"] == 40
    assert analytics.last_full_recompute(db) == later
    with db.session() as session:
        warning = session.execute(
            select(Customer.churn_warning).where(Customer.id == cid)
        ).scalar_one()
    assert warning is True  # 40 days since, usual interval 10: the stats moved too
    assert stored(db)[cid]["lifecycle_stage"] == "decline"


def test_an_order_edit_updates_that_customer_at_once(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The incremental path big shops take (small shops recompute everything).
    monkeypatch.setattr(analytics, "EXACT_RECOMPUTE_BELOW_BUYERS", 0)
    rng = random.Random(3)
    histories, _ = build_shop(db, [random_history(rng) for _ in range(50)])
    recompute(db)
    before = stored(db)
    cid = next(iter(histories))
    new = Ord(at(0), 123_456)
    with db.session() as session:
        session.execute(
            insert(Order).values(
                customer_id=cid, order_no="new", ordered_at=new.at, paid_fen=new.paid
            )
        )
        stats.recompute_customers(session, [cid], today=TODAY)
        analytics.refresh_customer_analytics(session, cid, today=TODAY)
    after = stored(db)
    assert after[cid]["r_days"] == 0
    assert after[cid] != before[cid]
    assert {k: v for k, v in after.items() if k != cid} == {
        k: v for k, v in before.items() if k != cid
    }


def test_refresh_without_yardsticks_runs_the_full_recompute(db: Database) -> None:
    cid = add_customer(db, [Ord(at(3), 5000)])
    with db.session() as session:
        stats.recompute_customers(session, [cid], today=TODAY)
        analytics.refresh_customer_analytics(session, cid, today=TODAY)
        assert read_setting(session, analytics.CUTOFFS_KEY)["buyers"] == 1
    assert stored(db)[cid]["r_score"] == 3


def test_cancel_leaves_everything_as_it_was(db: Database) -> None:
    rng = random.Random(9)
    build_shop(db, [random_history(rng) for _ in range(30)])
    with pytest.raises(Cancelled):
        analytics.recompute_analytics(db, TODAY, cancel=lambda: True)
    assert all(v["lifecycle_stage"] is None for v in stored(db).values())
    assert analytics.last_full_recompute(db) is None


def test_progress_is_reported(db: Database) -> None:
    rng = random.Random(2)
    build_shop(db, [random_history(rng) for _ in range(30)])
    seen: list[tuple[int, int]] = []
    analytics.recompute_analytics(db, TODAY, progress=lambda d, t, m="": seen.append((d, t)))
    assert seen[-1] == (30, 30)


def test_changing_a_parameter_reports_what_moved(db: Database) -> None:
    rng = random.Random(4)
    build_shop(db, [random_history(rng) for _ in range(80)])
    recompute(db)
    before = stored(db)
    params = analytics.analytics_params(db)
    diff = analytics.set_analytics_params(
        db, dataclasses.replace(params, pyramid_vip_percent=25), TODAY
    )
    after = stored(db)
    movers = {c for c in before if before[c]["pyramid_level"] != after[c]["pyramid_level"]}
    assert movers, "a bigger VIP share must move someone"
    assert diff.moved_by_kind["pyramid_level"] == len(movers)
    assert {m.customer_id for m in diff.moved if m.kind == "pyramid_level"} == movers
    assert all(m.name.startswith("客户") for m in diff.moved)
    assert diff.moved_by_kind["rfm_segment"] == 0
    assert diff.counts_after["pyramid_level"]["vip"] > diff.counts_before["pyramid_level"]["vip"]
    assert diff.params_before == params and diff.params_after.pyramid_vip_percent == 25
    # churn_days moves relationship statuses too (the stats are recomputed with it)
    diff = analytics.set_analytics_params(db, dataclasses.replace(params, churn_days=60), TODAY)
    assert (
        diff.counts_after["relationship_status"]["lost"]
        > diff.counts_before["relationship_status"]["lost"]
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"pyramid_vip_percent": 60, "pyramid_major_percent": 50}, "pyramid_ordinary_percent"),
        ({"margin_percent": Decimal(120)}, "margin_percent"),
        ({"churn_days": 0}, "churn_days"),
        ({"clv_horizon_years": 0}, "clv_horizon_years"),
    ],
)
def test_bad_parameters_are_refused(db: Database, change: dict[str, object], field: str) -> None:
    params = dataclasses.replace(AnalyticsParams(), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as err:
        analytics.set_analytics_params(db, params, TODAY)
    assert err.value.field == field
    assert analytics.analytics_params(db) == AnalyticsParams()


# --- properties -------------------------------------------------------------------------

order_strategy = st.builds(
    lambda d, h, paid, refund_part, status, cat: Ord(
        at(d, h), paid, paid * refund_part // 4, status, cat
    ),
    st.integers(min_value=0, max_value=900),
    st.integers(min_value=0, max_value=23),
    st.sampled_from((100, 5000, 5000, 12_000, 99_900)),
    st.sampled_from((0, 0, 0, 1, 4)),
    st.sampled_from(("completed", "completed", "paid", "closed")),
    st.sampled_from((None, "茶叶", "茶具")),
)
shop_strategy = st.lists(st.lists(order_strategy, max_size=6), min_size=1, max_size=12)


def test_bulk_equals_incremental(db: Database) -> None:
    """Refreshing customers one by one against the stored yardsticks gives the bulk result."""

    @settings(max_examples=30, deadline=None)
    @given(shop=shop_strategy, pick=st.integers(min_value=0, max_value=11))
    def check(shop: list[list[Ord]], pick: int) -> None:
        with db.session() as session:
            session.execute(delete(Customer))
            session.execute(delete(Setting))
        histories, referred = build_shop(db, shop)
        recompute(db)
        bulk = stored(db)
        assert bulk == expected(histories, referred)
        # spoil the stored figures, then repair customer by customer
        with db.session() as session:
            session.execute(update(Customer).values(r_score=9, rfm_segment="x", clv_fen=-1))
        for cid in histories:
            with db.session() as session:
                analytics.refresh_customer_analytics(session, cid, today=TODAY)
        assert stored(db) == bulk
        # An edit that leaves the shop-wide yardsticks as they were (new categories on
        # one customer's orders, and someone now names them as referrer): refreshing
        # that customer alone gives exactly what a bulk run gives.
        ids = list(histories)
        cid, other = ids[pick % len(ids)], ids[(pick + 1) % len(ids)]
        with db.session() as session:
            cut_before = analytics.read_cutoffs(session)
            session.execute(
                update(Order).where(Order.customer_id == cid).values(category=Order.order_no)
            )
            if other != cid:
                session.execute(
                    update(Customer).where(Customer.id == other).values(referrer_id=cid)
                )
            stats.recompute_customers(session, [cid], today=TODAY)
            analytics.refresh_customer_analytics(session, cid, today=TODAY)
        incremental = stored(db)
        run = recompute(db)
        assert run.cutoffs == cut_before
        assert stored(db) == incremental
        histories[cid] = [
            dataclasses.replace(o, category=f"{cid}-{n}") for n, o in enumerate(histories[cid])
        ]
        assert incremental == expected(histories, referred | ({cid} if other != cid else set()))
        # An edit that moves the yardsticks (all of one customer's orders gone): the
        # incremental result still equals bulk whenever the yardsticks happen to hold.
        with db.session() as session:
            session.execute(delete(Order).where(Order.customer_id == cid))
            cut_before = analytics.read_cutoffs(session)
            stats.recompute_customers(session, [cid], today=TODAY)
            analytics.refresh_customer_analytics(session, cid, today=TODAY)
        incremental = stored(db)
        run = recompute(db)
        if run.cutoffs == cut_before:
            assert stored(db) == incremental

    check()


def test_a_new_small_shop_is_measured_against_its_real_buyers_at_once(db) -> None:
    """The first orders of a new shop must not be compared with an empty yardstick."""
    import datetime as dt
    from decimal import Decimal

    from crmdesk.services import analytics, customers, orders

    today = dt.date.today()
    ids = [
        customers.create_customer(db, customers.CustomerInput(name=name)).id
        for name in ("甲", "乙", "丙")
    ]
    for n, cid in enumerate(ids):
        orders.add_order(
            db,
            cid,
            orders.OrderInput(
                ordered_at=dt.datetime.combine(today - dt.timedelta(days=10 * (n + 1)), dt.time(9)),
                paid=Decimal(100 * (n + 1)),
            ),
        )
    with db.session() as session:
        cut = analytics.read_cutoffs(session)
    assert cut is not None and cut.buyers == 3
    assert analytics.ensure_current(db, today) is False  # already describes today
