"""The customer-analytics rules of DESIGN §2 as pure functions: no database, no Qt.

Shop-wide yardsticks (score cut-offs, means, the median, retention) are gathered once in
:class:`Cutoffs` by :func:`compute_cutoffs`; each customer is then classified against
them by :func:`classify`. The bulk recompute and the one-customer refresh both call
:func:`classify`, so with the same cut-offs they cannot disagree.

Ranks ("by quintile", "top 5%") use one rule throughout: a customer's place among the
buyers is the share of buyers below them plus half of those tied with them (the
mid-rank). Equal values therefore always share a class, a single buyer or a shop where
everyone is equal lands in the middle (score 3, 普通客户), and with many distinct values
the classes are exact quintiles / percentages.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, astuple, dataclass, fields
from decimal import Decimal
from fractions import Fraction
from typing import Any

from crmdesk.i18n import QT_TRANSLATE_NOOP

#: Below this many buyers, shop-wide yardsticks rest on too little data.
SMALL_SHOP_BUYERS = 20
#: A relationship this many days old counts as a year (CLV, lifecycle).
YEAR_DAYS = 365

RFM_SEGMENTS = (
    "important_value",
    "important_develop",
    "important_keep",
    "important_retain",
    "general_value",
    "general_develop",
    "general_keep",
    "general_retain",
)
PYRAMID_LEVELS = ("vip", "major", "ordinary", "small")
VALUE_CLASSES = ("most_valuable", "high_value", "potential", "low_value")
LIFECYCLE_STAGES = ("exploration", "formation", "stability", "decline")
LOYALTY_TYPES = ("none", "inertia", "latent", "absolute")

#: (R high, F high, M high) -> RFM segment.
_SEGMENT_OF = {
    (True, True, True): "important_value",
    (True, False, True): "important_develop",
    (False, True, True): "important_keep",
    (False, False, True): "important_retain",
    (True, True, False): "general_value",
    (True, False, False): "general_develop",
    (False, True, False): "general_keep",
    (False, False, False): "general_retain",
}

#: Chinese display names, for the command line and exports that run without Qt.
LABELS_ZH: dict[str, dict[str, str]] = {
    "rfm_segment": {
        "important_value": "重要价值客户",
        "important_develop": "重要发展客户",
        "important_keep": "重要保持客户",
        "important_retain": "重要挽留客户",
        "general_value": "一般价值客户",
        "general_develop": "一般发展客户",
        "general_keep": "一般保持客户",
        "general_retain": "一般挽留客户",
    },
    "pyramid_level": {
        "vip": "VIP客户",
        "major": "主要客户",
        "ordinary": "普通客户",
        "small": "小客户",
    },
    "value_class": {
        "most_valuable": "最有价值客户",
        "high_value": "高价值低潜力客户",
        "potential": "潜力客户",
        "low_value": "低价值客户",
    },
    "lifecycle_stage": {
        "exploration": "考察期",
        "formation": "形成期",
        "stability": "稳定期",
        "decline": "退化期",
    },
    "loyalty_type": {
        "none": "非忠诚",
        "inertia": "惯性忠诚",
        "latent": "潜在忠诚",
        "absolute": "绝对忠诚",
    },
}

#: What to do with each value-matrix class, in Chinese (the English text is in analytics_text).
VALUE_STRATEGIES_ZH = {
    "most_valuable": "重点投入：保持并发展关系，专属服务、新品优先、会员升级。",
    "high_value": "维持：定期关怀、会员权益，防止流失，不必过多投入增长。",
    "potential": "培养：推荐相关商品，用优惠券、组合套装促其复购，让消费增长。",
    "low_value": "低成本服务：群发消息和常规优惠，不做额外投入。",
}


@dataclass(frozen=True)
class AnalyticsParams:
    """Every threshold and parameter of the analytics (DESIGN §2), as the owner sets them."""

    churn_days: int = 365
    loyal_min_orders: int = 4
    loyal_min_orders_12m: int = 2
    pyramid_vip_percent: int = 5
    pyramid_major_percent: int = 15
    pyramid_ordinary_percent: int = 30
    lifecycle_new_days: int = 90
    margin_percent: Decimal = Decimal(30)
    discount_rate_percent: Decimal = Decimal(8)
    clv_horizon_years: int = 5

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> AnalyticsParams:
        """Read the parameters out of a settings dict (defaults for missing keys)."""
        out: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in values or values[f.name] is None:
                continue
            raw = values[f.name]
            try:
                if f.name in ("margin_percent", "discount_rate_percent"):
                    out[f.name] = Decimal(str(raw))
                else:
                    out[f.name] = int(raw)
            except (ArithmeticError, TypeError, ValueError):
                continue  # a damaged value must not stop the shop: the default applies
        return cls(**out)

    def to_settings(self) -> dict[str, Any]:
        """The settings dict to store (Decimals as text unless whole numbers)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if isinstance(value, Decimal):
                out[key] = int(value) if value == value.to_integral_value() else str(value)
            else:
                out[key] = value
        return out

    def problems(self) -> list[tuple[str, str]]:
        """(field, English message) for every value out of range; empty when all is well.

        The caller translates a message with ``translate("Analytics", message)``.
        """
        days = QT_TRANSLATE_NOOP("Analytics", "Enter a number of days from 1 to 36500.")
        orders = QT_TRANSLATE_NOOP("Analytics", "Enter a number of orders from 1 to 1000.")
        percent = QT_TRANSLATE_NOOP("Analytics", "Enter a percentage from 0 to 100.")
        over = QT_TRANSLATE_NOOP("Analytics", "The pyramid shares add up to over 100%.")
        years = QT_TRANSLATE_NOOP("Analytics", "Enter a number of years from 1 to 50.")
        found: list[tuple[str, str]] = []
        for name in ("churn_days", "lifecycle_new_days"):
            if not 1 <= getattr(self, name) <= 36500:
                found.append((name, days))
        for name in ("loyal_min_orders", "loyal_min_orders_12m"):
            if not 1 <= getattr(self, name) <= 1000:
                found.append((name, orders))
        cuts = ("pyramid_vip_percent", "pyramid_major_percent", "pyramid_ordinary_percent")
        for name in cuts:
            if not 0 <= getattr(self, name) <= 100:
                found.append((name, percent))
        if sum(getattr(self, n) for n in cuts) > 100:
            found.append(("pyramid_ordinary_percent", over))
        if not Decimal(0) <= self.margin_percent <= Decimal(100):
            found.append(("margin_percent", percent))
        if not Decimal(0) <= self.discount_rate_percent <= Decimal(100):
            found.append(("discount_rate_percent", percent))
        if not 1 <= self.clv_horizon_years <= 50:
            found.append(("clv_horizon_years", years))
        return found


# --- ranks ---------------------------------------------------------------------------


def _mid_rank_thresholds(values: Iterable[int], levels: int, level_of: Any) -> list[int | None]:
    """For class k = 2..levels, the least value whose class is k or more (None if none).

    A value's class is ``level_of(2 × below + tied, 2 × n)``: its mid-rank position, which
    grows with the value, so each threshold is found by binary search over the sorted
    values rather than by classifying every one of 100,000 buyers.
    """
    ranked = sorted(values)
    n2 = 2 * len(ranked)

    def class_at(i: int) -> int:
        v = ranked[i]
        lo = bisect_left(ranked, v)
        return level_of(lo + bisect_right(ranked, v), n2)

    out: list[int | None] = []
    for k in range(2, levels + 1):
        lo, hi = 0, len(ranked)
        while lo < hi:  # first index whose class is at least k
            mid = (lo + hi) // 2
            if class_at(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        out.append(ranked[lo] if lo < len(ranked) else None)
    return out


def quintile_thresholds(values: Iterable[int]) -> list[int | None]:
    """Least values scoring 2, 3, 4, 5 when each value scores by its mid-rank quintile.

    Score = 1 + floor(5 × (below + tied/2) / n), at most 5, where ``below`` buyers have a
    smaller value and ``tied`` the same value.
    """
    return _mid_rank_thresholds(values, 5, lambda pos2, n2: min(5, 1 + (5 * pos2) // n2))


def score(value: int, thresholds: Sequence[int | None]) -> int:
    """The 1–5 score of ``value``: one plus the number of thresholds it reaches."""
    return 1 + sum(1 for t in thresholds if t is not None and value >= t)


def pyramid_thresholds(spends: Iterable[int], params: AnalyticsParams) -> list[int | None]:
    """Least spends that are ordinary, major, VIP (in that order) by the mid-rank share."""
    vip = params.pyramid_vip_percent
    major = vip + params.pyramid_major_percent
    ordinary = major + params.pyramid_ordinary_percent

    def level(pos2: int, n2: int) -> int:
        # pos2 / n2 is the share of buyers below; VIP when at least 1 - vip% are below.
        if 100 * pos2 >= (100 - vip) * n2:
            return 4
        if 100 * pos2 >= (100 - major) * n2:
            return 3
        if 100 * pos2 >= (100 - ordinary) * n2:
            return 2
        return 1

    return _mid_rank_thresholds(spends, 4, level)


def pyramid_level(spend: int, thresholds: Sequence[int | None]) -> str:
    """'vip', 'major', 'ordinary' or 'small' for a total spend."""
    return ("small", "ordinary", "major", "vip")[score(spend, thresholds) - 1]


# --- shop-wide yardsticks --------------------------------------------------------------


@dataclass(frozen=True)
class Cutoffs:
    """Shop-wide yardsticks of one full recompute; stored as JSON in settings."""

    computed_on: int  # date ordinal of the day they describe
    buyers: int
    r_thresholds: tuple[int | None, ...]  # on last-order day ordinal (later = better)
    f_thresholds: tuple[int | None, ...]
    m_thresholds: tuple[int | None, ...]
    last_day_sum: int  # mean last-order day = last_day_sum / buyers
    order_sum: int
    spend_sum: int
    spend12_median_x2: int  # twice the buyers' median 12-month spend
    pyramid_thresholds: tuple[int | None, ...]
    retention_buyers: int  # last year's buyers
    retention_returned: int  # ... of whom bought again this year
    repeat_buyers: int  # buyers with 2+ orders (the fallback retention estimate)

    @property
    def retention(self) -> Decimal:
        """Retention rate r as a fraction; repeat-purchase rate when last year had no buyer."""
        if self.retention_buyers:
            return Decimal(self.retention_returned) / Decimal(self.retention_buyers)
        if self.buyers:
            return Decimal(self.repeat_buyers) / Decimal(self.buyers)
        return Decimal(0)

    @property
    def retention_measured(self) -> bool:
        """False when retention had to be estimated (no buyer last year)."""
        return self.retention_buyers > 0

    def to_json(self) -> dict[str, Any]:
        """A JSON-able dict."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Cutoffs:
        """Back from :meth:`to_json` output."""
        values = {
            f.name: tuple(raw[f.name]) if isinstance(raw[f.name], list) else raw[f.name]
            for f in fields(cls)
        }
        return cls(**values)


@dataclass(frozen=True)
class Inputs:
    """One customer's stored figures that the analytics read."""

    customer_id: int
    order_count: int
    total_spend_fen: int
    first_day: int | None  # date ordinal of the first valid order
    last_day: int | None
    median_interval_days: int | None
    spend_12m_fen: int
    orders_12m: int
    spend_6m_fen: int
    spend_prev6m_fen: int
    category_count: int
    referred: bool


def compute_cutoffs(
    buyers: Sequence[Inputs],
    params: AnalyticsParams,
    today: int,
    retention_buyers: int,
    retention_returned: int,
) -> Cutoffs:
    """The yardsticks of the buying customers ``buyers`` (order_count > 0)."""
    buyers = [b for b in buyers if b.first_day is not None and b.last_day is not None]
    return cutoffs_from_columns(
        [b.last_day for b in buyers],  # type: ignore[misc]
        [b.order_count for b in buyers],
        [b.total_spend_fen for b in buyers],
        [b.spend_12m_fen for b in buyers],
        params,
        today,
        retention_buyers,
        retention_returned,
    )


def cutoffs_from_columns(
    last_days: list[int],
    orders: list[int],
    spends: list[int],
    spends_12m: list[int],
    params: AnalyticsParams,
    today: int,
    retention_buyers: int,
    retention_returned: int,
) -> Cutoffs:
    """:func:`compute_cutoffs` from the buyers' columns (the bulk run's form)."""
    n = len(orders)
    s12 = sorted(spends_12m)
    if n == 0:
        median_x2 = 0
    elif n % 2:
        median_x2 = 2 * s12[n // 2]
    else:
        median_x2 = s12[n // 2 - 1] + s12[n // 2]
    return Cutoffs(
        computed_on=today,
        buyers=n,
        r_thresholds=tuple(quintile_thresholds(last_days)),
        f_thresholds=tuple(quintile_thresholds(orders)),
        m_thresholds=tuple(quintile_thresholds(spends)),
        last_day_sum=sum(last_days),
        order_sum=sum(orders),
        spend_sum=sum(spends),
        spend12_median_x2=median_x2,
        pyramid_thresholds=tuple(pyramid_thresholds(spends, params)),
        retention_buyers=retention_buyers,
        retention_returned=retention_returned,
        repeat_buyers=sum(1 for f in orders if f >= 2),
    )


# --- one customer ----------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """The stored analytics of one customer (None where it does not apply)."""

    r_days: int | None
    r_score: int | None
    f_score: int | None
    m_score: int | None
    rfm_segment: str | None
    pyramid_level: str | None
    value_class: str | None
    lifecycle_stage: str | None
    clv_fen: int | None
    loyalty_type: str | None


#: The columns of :class:`Result`, in the order they are stored.
RESULT_COLUMNS = tuple(f.name for f in fields(Result))

NON_BUYER = Result(None, None, None, None, None, None, None, "exploration", None, None)


def clv_factor(params: AnalyticsParams, retention: Decimal) -> Decimal:
    """margin × Σ_{t=1..N} r^(t−1) / (1+d)^t: CLV per yuan of annual value."""
    d = Decimal(1) + params.discount_rate_percent / Decimal(100)
    total = Decimal(0)
    kept = Decimal(1)  # r^(t-1), built up by multiplication (Decimal refuses 0 ** 0)
    for t in range(1, params.clv_horizon_years + 1):
        total += kept / d**t
        kept *= retention
    return params.margin_percent / Decimal(100) * total


def annual_value_fen(total_spend_fen: int, first_day: int, today: int) -> Decimal:
    """Average order value × orders per year = spend ÷ years of relationship (at least 1)."""
    days = max(YEAR_DAYS, today - first_day)
    return Decimal(total_spend_fen * YEAR_DAYS) / Decimal(days)


def clv_fen(total_spend_fen: int, first_day: int, today: int, factor: Decimal) -> int:
    """Customer lifetime value in fen: annual value × factor, exactly, rounded half up."""
    num, den = Fraction(factor).as_integer_ratio()
    days = max(YEAR_DAYS, today - first_day)
    return (2 * YEAR_DAYS * num * total_spend_fen + days * den) // (2 * days * den)


def overdue(inputs: Inputs, today: int) -> bool:
    """The churn-warning rule: more days since the last order than twice the median gap."""
    return (
        inputs.last_day is not None
        and inputs.median_interval_days is not None
        and today - inputs.last_day > 2 * inputs.median_interval_days
    )


def spend_dropped(inputs: Inputs) -> bool:
    """Spend in the last 6 months under half of the 6 months before."""
    return 2 * inputs.spend_6m_fen < inputs.spend_prev6m_fen


def lifecycle_stage(inputs: Inputs, params: AnalyticsParams, today: int) -> str:
    """Exploration, formation, stability or decline (see the module's explanation text)."""
    if inputs.order_count == 0 or inputs.first_day is None or inputs.last_day is None:
        return "exploration"
    age = today - inputs.first_day
    if age < params.lifecycle_new_days:
        return "exploration"
    if (
        overdue(inputs, today)
        or today - inputs.last_day > params.churn_days
        or spend_dropped(inputs)
        or inputs.order_count < 2
    ):
        return "decline"
    return "stability" if age >= YEAR_DAYS else "formation"


def growth_high(inputs: Inputs) -> bool:
    """Growth potential: 6-month spend up, 2+ categories, or referred someone."""
    return (
        inputs.spend_6m_fen > inputs.spend_prev6m_fen
        or inputs.category_count >= 2
        or inputs.referred
    )


def rfm_highs(inputs: Inputs, cut: Cutoffs) -> tuple[bool, bool, bool]:
    """(R, F, M) at or above the buyers' mean (R: at least as recent as the mean)."""
    n = cut.buyers
    if n == 0:
        return True, True, True
    return (
        (inputs.last_day or 0) * n >= cut.last_day_sum,
        inputs.order_count * n >= cut.order_sum,
        inputs.total_spend_fen * n >= cut.spend_sum,
    )


class Classifier:
    """Classifies customers against fixed yardsticks; built once per run, used per row.

    Works on plain tuples in the field order of :class:`Inputs` and returns tuples in
    the order of :data:`RESULT_COLUMNS`, because the bulk run classifies 100,000 rows.
    """

    def __init__(self, cut: Cutoffs, params: AnalyticsParams, today: int, factor: Decimal) -> None:
        self.today = today
        self.n = cut.buyers
        self.cut = cut
        self.r_th = [t for t in cut.r_thresholds if t is not None]
        self.f_th = [t for t in cut.f_thresholds if t is not None]
        self.m_th = [t for t in cut.m_thresholds if t is not None]
        self.p_th = [t for t in cut.pyramid_thresholds if t is not None]
        self.params = params
        num, den = Fraction(factor).as_integer_ratio()
        self.clv_num = 2 * YEAR_DAYS * num
        self.clv_den = den

    def row(self, values: tuple[Any, ...]) -> tuple[Any, ...]:
        """Stored figures (RESULT_COLUMNS order) for one Inputs-ordered tuple."""
        _, count, total, first, last, median, s12, o12, s6, sp6, cats, referred = values
        if count <= 0 or first is None or last is None:
            return _NON_BUYER_ROW
        cut, params, today, n = self.cut, self.params, self.today, self.n
        r_days = today - last
        age = today - first
        if n:
            highs = (last * n >= cut.last_day_sum, count * n >= cut.order_sum)
            m_high = total * n >= cut.spend_sum
        else:
            highs, m_high = (True, True), True
        segment = _SEGMENT_OF[(*highs, m_high)]
        growth = s6 > sp6 or cats >= 2 or bool(referred)
        if 2 * s12 >= cut.spend12_median_x2:
            value = "most_valuable" if growth else "high_value"
        else:
            value = "potential" if growth else "low_value"
        if age < params.lifecycle_new_days:
            stage = "exploration"
        elif (
            (median is not None and r_days > 2 * median)
            or r_days > params.churn_days
            or 2 * s6 < sp6
            or count < 2
        ):
            stage = "decline"
        else:
            stage = "stability" if age >= YEAR_DAYS else "formation"
        days = age if age > YEAR_DAYS else YEAR_DAYS
        clv = (self.clv_num * total + days * self.clv_den) // (2 * days * self.clv_den)
        behaviour = o12 >= params.loyal_min_orders_12m
        loyalty = ("none", "latent", "inertia", "absolute")[2 * behaviour + bool(referred)]
        return (
            r_days,
            1 + bisect_right(self.r_th, last),
            1 + bisect_right(self.f_th, count),
            1 + bisect_right(self.m_th, total),
            segment,
            _PYRAMID_UP[bisect_right(self.p_th, total)],
            value,
            stage,
            clv,
            loyalty,
        )


_PYRAMID_UP = ("small", "ordinary", "major", "vip")
_NON_BUYER_ROW = astuple(NON_BUYER)


def classify(
    inputs: Inputs, cut: Cutoffs, params: AnalyticsParams, today: int, factor: Decimal
) -> Result:
    """Every stored figure of one customer, against the shop's yardsticks ``cut``.

    ``factor`` is :func:`clv_factor` of ``params`` and ``cut.retention``. The rules are
    those of :func:`lifecycle_stage`, :func:`rfm_highs`, :func:`growth_high`,
    :func:`score`, :func:`pyramid_level` and :func:`clv_fen`, inlined in
    :class:`Classifier` for speed (a test holds them equal).
    """
    return Result(*Classifier(cut, params, today, factor).row(astuple(inputs)))
