"""Properties of the pure analytics rules: partitions, monotone scores, graceful small shops."""

from __future__ import annotations

import math
from collections import Counter
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.services.analytics_rules import (
    LIFECYCLE_STAGES,
    LOYALTY_TYPES,
    PYRAMID_LEVELS,
    RFM_SEGMENTS,
    VALUE_CLASSES,
    AnalyticsParams,
    Cutoffs,
    Inputs,
    annual_value_fen,
    classify,
    clv_factor,
    clv_fen,
    compute_cutoffs,
    growth_high,
    lifecycle_stage,
    pyramid_level,
    pyramid_thresholds,
    quintile_thresholds,
    rfm_highs,
    score,
)

TODAY = 740_000
PARAMS = AnalyticsParams()

values_strategy = st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=60)


def reference_quintile(value: int, population: list[int]) -> int:
    """Score by mid-rank: pandas' rank(method='average') - 0.5, over n, in fifths."""
    below = sum(v < value for v in population)
    tied = sum(v == value for v in population)
    return min(5, 1 + math.floor(5 * Fraction(2 * below + tied, 2 * len(population))))


@given(values_strategy)
def test_scores_follow_the_mid_rank_quintile(values: list[int]) -> None:
    thresholds = quintile_thresholds(values)
    for v in values:
        assert score(v, thresholds) == reference_quintile(v, values)


@given(values_strategy, st.integers(-5, 60), st.integers(-5, 60))
def test_scores_are_monotone(values: list[int], a: int, b: int) -> None:
    thresholds = quintile_thresholds(values)
    lo, hi = sorted((a, b))
    assert 1 <= score(lo, thresholds) <= score(hi, thresholds) <= 5


@given(values_strategy, st.integers(0, 59), st.integers(1, 20))
def test_raising_one_value_never_lowers_its_score(values: list[int], i: int, up: int) -> None:
    i %= len(values)
    before = score(values[i], quintile_thresholds(values))
    raised = [*values[:i], values[i] + up, *values[i + 1 :]]
    assert score(raised[i], quintile_thresholds(raised)) >= before


def test_distinct_values_split_into_exact_fifths() -> None:
    values = list(range(100))
    counts = Counter(score(v, quintile_thresholds(values)) for v in values)
    assert counts == {1: 20, 2: 20, 3: 20, 4: 20, 5: 20}


def test_small_and_tied_populations_sit_in_the_middle() -> None:
    assert score(7, quintile_thresholds([7])) == 3
    assert {score(v, quintile_thresholds([4] * 9)) for v in [4]} == {3}
    assert [score(v, quintile_thresholds([1, 2])) for v in (1, 2)] == [2, 4]
    assert [score(v, quintile_thresholds([1, 2, 3])) for v in (1, 2, 3)] == [1, 3, 5]
    # ties at a quintile edge: eight 1s of 16 fill the first fifth and spill over; they
    # all take the score of their middle rank (4 of 16 below the middle -> score 2)
    values = [1] * 8 + list(range(2, 10))
    th = quintile_thresholds(values)
    assert [score(v, th) for v in values[:9]] == [2] * 8 + [3]


def test_pyramid_shares_are_exact_for_many_buyers() -> None:
    spends = list(range(1, 201))
    th = pyramid_thresholds(spends, PARAMS)
    counts = Counter(pyramid_level(s, th) for s in spends)
    assert counts == {"vip": 10, "major": 30, "ordinary": 60, "small": 100}


@given(st.lists(st.integers(0, 30), min_size=1, max_size=80))
def test_pyramid_is_monotone_and_ties_share_a_level(spends: list[int]) -> None:
    th = pyramid_thresholds(spends, PARAMS)
    order = {k: i for i, k in enumerate(reversed(PYRAMID_LEVELS))}
    ranked = sorted(spends)
    levels = [order[pyramid_level(s, th)] for s in ranked]
    assert levels == sorted(levels)
    by_value: dict[int, set[str]] = {}
    for s in spends:
        by_value.setdefault(s, set()).add(pyramid_level(s, th))
    assert all(len(v) == 1 for v in by_value.values())
    # never more VIPs than the VIP share (rounded to the nearest whole buyer, ties aside)
    if len(set(spends)) == len(spends):
        assert sum(pyramid_level(s, th) == "vip" for s in spends) <= math.ceil(len(spends) * 0.05)


inputs_strategy = st.builds(
    lambda cid, n, total, first, gap, med, s12, o12, s6, sp6, cats, ref: Inputs(
        cid,
        n,
        total if n else 0,
        TODAY - first if n else None,
        TODAY - first + min(gap, first) if n else None,
        med if n >= 2 else None,
        s12,
        o12,
        s6,
        sp6,
        cats,
        ref,
    ),
    st.integers(1, 10_000),
    st.integers(0, 8),
    st.integers(1, 10**6),
    st.integers(0, 1500),
    st.integers(0, 1500),
    st.integers(0, 400),
    st.integers(0, 10**5),
    st.integers(0, 6),
    st.integers(0, 10**5),
    st.integers(0, 10**5),
    st.integers(0, 4),
    st.booleans(),
)


def _cut(inputs: list[Inputs]) -> Cutoffs:
    buyers = [i for i in inputs if i.order_count > 0]
    return compute_cutoffs(buyers, PARAMS, TODAY, 10, 4)


@given(st.lists(inputs_strategy, min_size=1, max_size=40))
def test_classes_partition_the_buyers(inputs: list[Inputs]) -> None:
    cut = _cut(inputs)
    factor = clv_factor(PARAMS, cut.retention)
    for i in inputs:
        res = classify(i, cut, PARAMS, TODAY, factor)
        assert res.lifecycle_stage in LIFECYCLE_STAGES
        if i.order_count == 0:
            assert res.rfm_segment is None and res.clv_fen is None
            continue
        assert res.rfm_segment in RFM_SEGMENTS
        assert res.pyramid_level in PYRAMID_LEVELS
        assert res.value_class in VALUE_CLASSES
        assert res.loyalty_type in LOYALTY_TYPES
        assert res.r_score in range(1, 6)
        assert res.clv_fen is not None and res.clv_fen >= 0


@given(st.lists(inputs_strategy, min_size=1, max_size=40), st.integers(1, 10**6))
def test_more_spend_never_lowers_m_or_pyramid_or_clv(inputs: list[Inputs], extra: int) -> None:
    cut = _cut(inputs)
    factor = clv_factor(PARAMS, cut.retention)
    rank = {k: i for i, k in enumerate(reversed(PYRAMID_LEVELS))}
    for i in inputs:
        if not i.order_count:
            continue
        a = classify(i, cut, PARAMS, TODAY, factor)
        richer = Inputs(**{**i.__dict__, "total_spend_fen": i.total_spend_fen + extra})
        b = classify(richer, cut, PARAMS, TODAY, factor)
        assert b.m_score >= a.m_score  # type: ignore[operator]
        assert rank[b.pyramid_level] >= rank[a.pyramid_level]  # type: ignore[index]
        assert b.clv_fen >= a.clv_fen  # type: ignore[operator]


def test_clv_factor_by_hand() -> None:
    # r = 0.5, d = 10%, N = 3, margin 20%: 0.2 × (1/1.1 + 0.5/1.21 + 0.25/1.331)
    params = AnalyticsParams(
        margin_percent=Decimal(20), discount_rate_percent=Decimal(10), clv_horizon_years=3
    )
    want = 0.2 * (1 / 1.1 + 0.5 / 1.21 + 0.25 / 1.331)
    assert abs(float(clv_factor(params, Decimal("0.5"))) - want) < 1e-12
    assert float(clv_factor(params, Decimal(0))) == 0.2 / 1.1


def test_cutoffs_survive_json() -> None:
    cut = _cut(
        [
            Inputs(1, 2, 500, TODAY - 30, TODAY - 3, 27, 500, 2, 500, 0, 1, False),
            Inputs(2, 0, 0, None, None, None, 0, 0, 0, 0, 0, False),
        ]
    )
    assert Cutoffs.from_json(cut.to_json()) == cut


def test_params_round_trip_and_checks() -> None:
    params = AnalyticsParams(margin_percent=Decimal("32.5"), clv_horizon_years=7)
    stored = params.to_settings()
    assert stored["margin_percent"] == "32.5" and stored["discount_rate_percent"] == 8
    assert AnalyticsParams.from_settings(stored) == params
    damaged = AnalyticsParams.from_settings({"margin_percent": "abc", "churn_days": [1]})
    assert damaged == AnalyticsParams()
    assert params.problems() == []
    bad = AnalyticsParams(pyramid_vip_percent=50, pyramid_major_percent=40, lifecycle_new_days=0)
    assert {f for f, _ in bad.problems()} == {"pyramid_ordinary_percent", "lifecycle_new_days"}


@given(st.lists(inputs_strategy, min_size=1, max_size=30))
def test_the_fast_classifier_agrees_with_the_rules_the_card_explains(
    inputs: list[Inputs],
) -> None:
    cut = _cut(inputs)
    factor = clv_factor(PARAMS, cut.retention)
    segments = {
        (True, True, True): "important_value",
        (True, False, True): "important_develop",
        (False, True, True): "important_keep",
        (False, False, True): "important_retain",
        (True, True, False): "general_value",
        (True, False, False): "general_develop",
        (False, True, False): "general_keep",
        (False, False, False): "general_retain",
    }
    for i in inputs:
        res = classify(i, cut, PARAMS, TODAY, factor)
        assert res.lifecycle_stage == lifecycle_stage(i, PARAMS, TODAY)
        if not i.order_count:
            continue
        assert i.first_day is not None and i.last_day is not None
        assert res.r_score == score(i.last_day, cut.r_thresholds)
        assert res.f_score == score(i.order_count, cut.f_thresholds)
        assert res.m_score == score(i.total_spend_fen, cut.m_thresholds)
        assert res.rfm_segment == segments[rfm_highs(i, cut)]
        assert res.pyramid_level == pyramid_level(i.total_spend_fen, cut.pyramid_thresholds)
        current = 2 * i.spend_12m_fen >= cut.spend12_median_x2
        assert (
            res.value_class
            == {
                (True, True): "most_valuable",
                (True, False): "high_value",
                (False, True): "potential",
                (False, False): "low_value",
            }[(current, growth_high(i))]
        )
        assert res.clv_fen == clv_fen(i.total_spend_fen, i.first_day, TODAY, factor)
        annual = annual_value_fen(i.total_spend_fen, i.first_day, TODAY)
        assert abs(annual * factor - res.clv_fen) <= Decimal("0.5")
