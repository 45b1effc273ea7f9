"""Customer analytics in the owner's words: class names, strategies, and the card's analysis.

:func:`explain_customer` gives every figure of one customer with its inputs and the rule
that produced it, e.g. "Last purchase 35 days ago, shop average 80 days → R high", and
says when a figure rests on too little data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import text

from crmdesk.db import Database
from crmdesk.errors import NotFoundError
from crmdesk.i18n import translate
from crmdesk.services.analytics import (
    SELECT_INPUTS,
    read_cutoffs,
    read_params,
    retention_counts,
    row_inputs,
)
from crmdesk.services.analytics_rules import (
    LABELS_ZH,
    SMALL_SHOP_BUYERS,
    VALUE_STRATEGIES_ZH,
    YEAR_DAYS,
    AnalyticsParams,
    Cutoffs,
    Inputs,
    Result,
    annual_value_fen,
    classify,
    clv_factor,
    compute_cutoffs,
    growth_high,
    overdue,
    rfm_highs,
    spend_dropped,
)


def _t(text_: str) -> str:
    return translate("Analytics", text_)


def labels(kind: str) -> dict[str, str]:
    """Class key -> translated display name for one classification."""
    if kind == "rfm_segment":
        return {
            "important_value": _t("Important value"),
            "important_develop": _t("Important to develop"),
            "important_keep": _t("Important to keep"),
            "important_retain": _t("Important to win back"),
            "general_value": _t("General value"),
            "general_develop": _t("General to develop"),
            "general_keep": _t("General to keep"),
            "general_retain": _t("General to win back"),
        }
    if kind == "pyramid_level":
        return {
            "vip": _t("VIP customer"),
            "major": _t("Major customer"),
            "ordinary": _t("Ordinary customer"),
            "small": _t("Small customer"),
        }
    if kind == "value_class":
        return {
            "most_valuable": _t("Most valuable"),
            "high_value": _t("High value, low potential"),
            "potential": _t("Low value, high potential"),
            "low_value": _t("Low value, low potential"),
        }
    if kind == "lifecycle_stage":
        return {
            "exploration": _t("Exploration"),
            "formation": _t("Formation"),
            "stability": _t("Stability"),
            "decline": _t("Decline"),
        }
    if kind == "loyalty_type":
        return {
            "none": _t("Not loyal"),
            "inertia": _t("Inertia loyalty"),
            "latent": _t("Latent loyalty"),
            "absolute": _t("Absolute loyalty"),
        }
    if kind == "relationship_status":
        # Same context and source text as the UI's status names: one translation.
        return {
            "potential": translate("Status", "Potential customer"),
            "target": translate("Status", "Target customer"),
            "first": translate("Status", "First-time buyer"),
            "repeat": translate("Status", "Repeat buyer"),
            "loyal": translate("Status", "Loyal customer"),
            "lost": translate("Status", "Lost customer"),
            "non_customer": translate("Status", "Non-customer"),
        }
    if kind in ("r_score", "f_score", "m_score"):
        return {str(s): str(s) for s in range(1, 6)}
    raise KeyError(kind)


def label(kind: str, key: str | None) -> str:
    """The translated display name of a class key (empty for None, unknown keys as-is)."""
    if key is None:
        return ""
    return labels(kind).get(key, key)


def label_zh(kind: str, key: str | None) -> str:
    """The Chinese display name of a class key, without any translator installed."""
    if key is None:
        return ""
    return LABELS_ZH.get(kind, {}).get(key, key)


def strategy(value_class: str) -> str:
    """What the owner should do with a value-matrix class (translated)."""
    return {
        "most_valuable": _t(
            "Invest most here: keep and grow the relationship with personal service, "
            "first look at new products and member upgrades."
        ),
        "high_value": _t(
            "Keep what you have: regular care and member benefits so they do not drift "
            "away; do not overspend on growth."
        ),
        "potential": _t(
            "Develop: recommend related products and give a reason to come back "
            "(coupons, bundles) so their spend grows."
        ),
        "low_value": _t("Serve at low cost: group messages and standard offers, no extra effort."),
    }[value_class]


def strategy_zh(value_class: str) -> str:
    """The Chinese strategy text, without any translator installed."""
    return VALUE_STRATEGIES_ZH[value_class]


# --- the card's analysis section -------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One figure on the card: its value, what went in, and the rule in words."""

    key: str  # 'status', 'churn_warning', 'r', 'f', 'm', 'rfm_segment', 'pyramid_level',
    # 'value_class', 'lifecycle_stage', 'clv', 'loyalty_type'
    title: str
    value: object  # the raw value (class key, number, Decimal yuan, bool) or None
    value_text: str
    inputs: tuple[tuple[str, str], ...]  # (what, value) pairs in the owner's words
    rule: str
    too_little_data: bool = False
    note: str = ""


@dataclass(frozen=True)
class CustomerAnalysis:
    """Every analysis figure of one customer, as the card's analysis section shows them."""

    customer_id: int
    today: dt.date
    computed_on: dt.date  # the day of the shop-wide yardsticks used
    is_buyer: bool
    buyers: int  # how many buyers the shop-wide yardsticks rest on
    result: Result
    figures: tuple[Figure, ...]

    def figure(self, key: str) -> Figure:
        """The figure with this key."""
        return next(f for f in self.figures if f.key == key)


def _yuan(fen: int | Decimal) -> str:
    value = (Decimal(fen) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"¥{value:,.2f}"


def _num(value: Decimal | float, places: str = "0.1") -> str:
    return str(Decimal(str(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP))


def _high(flag: bool) -> str:
    return _t("high") if flag else _t("low")


def _yes(flag: bool) -> str:
    return _t("yes") if flag else _t("no")


def _cutoff_text(thresholds: tuple[int | None, ...], fmt: object) -> str:
    parts = []
    for score, t in zip((2, 3, 4, 5), thresholds, strict=True):
        if t is not None:
            parts.append(_t("{score}: {limit}").format(score=score, limit=fmt(t)))  # type: ignore[operator]
    return " · ".join(reversed(parts)) or _t("everyone scores 1")


def explain_customer(
    db: Database, customer_id: int, today: dt.date | None = None
) -> CustomerAnalysis:
    """Every figure of one customer with inputs and rule, against the stored yardsticks."""
    today = today or dt.date.today()
    with db.session() as session:
        params = read_params(session)
        row = session.connection().exec_driver_sql(
            f"{SELECT_INPUTS} WHERE c.id = ?", (customer_id,)
        )
        found = row.first()
        if found is None:
            raise NotFoundError(_t("This customer no longer exists."))
        status, warning = session.execute(
            text("SELECT relationship_status, churn_warning FROM customers WHERE id = :id"),
            {"id": customer_id},
        ).one()
        cut = read_cutoffs(session)
        if cut is None:
            rows = session.execute(text(SELECT_INPUTS)).all()
            buyers = [row_inputs(r) for r in rows if (r[2] or 0) > 0 and not r[1]]
            cut = compute_cutoffs(
                buyers, params, today.toordinal(), *retention_counts(session, today)
            )
    inputs = row_inputs(found)
    day = today.toordinal()
    factor = clv_factor(params, cut.retention)
    result = classify(inputs, cut, params, day, factor)
    figures = _figures(inputs, result, cut, params, day, factor, status, bool(warning))
    return CustomerAnalysis(
        customer_id=customer_id,
        today=today,
        computed_on=dt.date.fromordinal(cut.computed_on),
        is_buyer=inputs.order_count > 0,
        buyers=cut.buyers,
        result=result,
        figures=figures,
    )


def _figures(
    inp: Inputs,
    res: Result,
    cut: Cutoffs,
    params: AnalyticsParams,
    day: int,
    factor: Decimal,
    status: str,
    warning: bool,
) -> tuple[Figure, ...]:
    figures = [_status_figure(inp, params, day, status), _warning_figure(inp, day, warning)]
    if inp.order_count > 0 and inp.last_day is not None and inp.first_day is not None:
        figures += _rfm_figures(inp, res, cut)
        figures.append(_pyramid_figure(inp, res, cut, params))
        figures.append(_value_figure(inp, res, cut))
    figures.append(_lifecycle_figure(inp, res, params, day))
    if inp.order_count > 0 and inp.first_day is not None:
        figures.append(_clv_figure(inp, res, cut, params, day, factor))
        figures.append(_loyalty_figure(inp, res, params))
    return tuple(figures)


def _status_figure(inp: Inputs, params: AnalyticsParams, day: int, status: str) -> Figure:
    days = day - inp.last_day if inp.last_day is not None else None
    rules = {
        "potential": _t("No valid order yet → potential customer."),
        "target": _t("No valid order yet, and you marked them to pursue → target customer."),
        "first": _t("One valid order → first-time buyer."),
        "repeat": _t(
            "{n} valid orders (two or more); loyal needs {min} orders with {min12} in the "
            "last 12 months → repeat buyer."
        ),
        "loyal": _t(
            "{n} valid orders, {n12} of them in the last 12 months (loyal from {min} and "
            "{min12}) → loyal customer."
        ),
        "lost": _t("No order for {days} days, more than the churn limit of {churn} days → lost."),
        "non_customer": _t("You marked this person as not a customer."),
    }
    rule = rules.get(status, "").format(
        n=inp.order_count,
        n12=inp.orders_12m,
        min=params.loyal_min_orders,
        min12=params.loyal_min_orders_12m,
        days=days,
        churn=params.churn_days,
    )
    return Figure(
        key="status",
        title=_t("Relationship status"),
        value=status,
        value_text=label("relationship_status", status),
        inputs=(
            (_t("Valid orders"), str(inp.order_count)),
            (_t("Orders in the last 12 months"), str(inp.orders_12m)),
            (_t("Days since the last order"), "" if days is None else str(days)),
            (_t("Churn limit"), _t("{days} days").format(days=params.churn_days)),
        ),
        rule=rule,
    )


def _warning_figure(inp: Inputs, day: int, warning: bool) -> Figure:
    median = inp.median_interval_days
    days = day - inp.last_day if inp.last_day is not None else None
    if median is None:
        rule = _t("Fewer than two orders: no usual buying interval yet, so no warning.")
    elif warning:
        rule = _t(
            "Last order {days} days ago, more than twice the usual interval of {median} days "
            "({twice} days) → churn warning."
        ).format(days=days, median=median, twice=2 * median)
    elif overdue(inp, day):
        rule = _t(
            "Overdue against the usual interval of {median} days, but already lost or marked "
            "not a customer, so no warning."
        ).format(median=median)
    else:
        rule = _t(
            "Last order {days} days ago, within twice the usual interval of {median} days "
            "({twice} days) → no warning."
        ).format(days=days, median=median, twice=2 * median)
    return Figure(
        key="churn_warning",
        title=_t("Churn warning"),
        value=warning,
        value_text=_yes(warning),
        inputs=(
            (_t("Days since the last order"), "" if days is None else str(days)),
            (_t("Usual interval (median)"), "" if median is None else str(median)),
        ),
        rule=rule,
        too_little_data=inp.order_count < 3,
        note=_t("The usual interval rests on a single gap between two orders.")
        if inp.order_count == 2
        else "",
    )


def _small_shop_note(cut: Cutoffs) -> str:
    if cut.buyers >= SMALL_SHOP_BUYERS:
        return ""
    return _t(
        "Only {n} buyers so far: the shop averages and fifths move a lot with each new buyer."
    ).format(n=cut.buyers)


def _rfm_figures(inp: Inputs, res: Result, cut: Cutoffs) -> list[Figure]:
    assert inp.last_day is not None
    n = cut.buyers or 1
    r_high, f_high, m_high = rfm_highs(inp, cut)
    small = cut.buyers < SMALL_SHOP_BUYERS
    note = _small_shop_note(cut)
    mean_days = Decimal(cut.computed_on) - Decimal(cut.last_day_sum) / n
    mean_orders = Decimal(cut.order_sum) / n
    mean_spend = Decimal(cut.spend_sum) / n
    on = cut.computed_on
    r = Figure(
        key="r",
        title=_t("Recency (R)"),
        value=res.r_days,
        value_text=_t("{days} days ago, score {score}").format(days=res.r_days, score=res.r_score),
        inputs=(
            (_t("Last purchase"), dt.date.fromordinal(inp.last_day).isoformat()),
            (_t("Shop average"), _t("{days} days").format(days=_num(mean_days))),
            (
                _t("Score cut-offs"),
                _cutoff_text(cut.r_thresholds, lambda t: _t("≤ {d} days").format(d=on - t)),
            ),
        ),
        rule=_t(
            "Last purchase {days} days ago, shop average {mean} days → R {high}. "
            "Among buyers this is score {score} of 5 (5 = the most recent fifth)."
        ).format(days=res.r_days, mean=_num(mean_days), high=_high(r_high), score=res.r_score),
        too_little_data=small,
        note=note,
    )
    f = Figure(
        key="f",
        title=_t("Frequency (F)"),
        value=inp.order_count,
        value_text=_t("{n} orders, score {score}").format(n=inp.order_count, score=res.f_score),
        inputs=(
            (_t("Valid orders"), str(inp.order_count)),
            (_t("Shop average"), _num(mean_orders, "0.01")),
            (
                _t("Score cut-offs"),
                _cutoff_text(cut.f_thresholds, lambda t: _t("≥ {n} orders").format(n=t)),
            ),
        ),
        rule=_t(
            "{n} valid orders, shop average {mean} → F {high}. Score {score} of 5 "
            "(equal order counts share a score)."
        ).format(
            n=inp.order_count, mean=_num(mean_orders, "0.01"), high=_high(f_high), score=res.f_score
        ),
        too_little_data=small,
        note=note,
    )
    m = Figure(
        key="m",
        title=_t("Monetary (M)"),
        value=Decimal(inp.total_spend_fen) / 100,
        value_text=_t("{spend}, score {score}").format(
            spend=_yuan(inp.total_spend_fen), score=res.m_score
        ),
        inputs=(
            (_t("Total spend"), _yuan(inp.total_spend_fen)),
            (_t("Shop average"), _yuan(mean_spend)),
            (_t("Score cut-offs"), _cutoff_text(cut.m_thresholds, lambda t: f"≥ {_yuan(t)}")),
        ),
        rule=_t(
            "Spent {spend} in total, shop average {mean} → M {high}. Score {score} of 5."
        ).format(
            spend=_yuan(inp.total_spend_fen),
            mean=_yuan(mean_spend),
            high=_high(m_high),
            score=res.m_score,
        ),
        too_little_data=small,
        note=note,
    )
    segment = Figure(
        key="rfm_segment",
        title=_t("RFM segment"),
        value=res.rfm_segment,
        value_text=label("rfm_segment", res.rfm_segment),
        inputs=((_t("R"), _high(r_high)), (_t("F"), _high(f_high)), (_t("M"), _high(m_high))),
        rule=_t(
            "Each of R, F and M is compared with the average of the shop's {n} buyers (at or "
            "above average counts as high): R {r}, F {f}, M {m} → {segment}."
        ).format(
            n=cut.buyers,
            r=_high(r_high),
            f=_high(f_high),
            m=_high(m_high),
            segment=label("rfm_segment", res.rfm_segment),
        ),
        too_little_data=small,
        note=note,
    )
    return [r, f, m, segment]


def _pyramid_figure(inp: Inputs, res: Result, cut: Cutoffs, params: AnalyticsParams) -> Figure:
    names = ("ordinary", "major", "vip")
    starts = [
        (label("pyramid_level", k), _yuan(t) if t is not None else _t("nobody"))
        for k, t in zip(names, cut.pyramid_thresholds, strict=True)
    ]
    return Figure(
        key="pyramid_level",
        title=_t("Customer pyramid"),
        value=res.pyramid_level,
        value_text=label("pyramid_level", res.pyramid_level),
        inputs=(
            (_t("Total spend"), _yuan(inp.total_spend_fen)),
            *((_t("{level} from").format(level=name), start) for name, start in reversed(starts)),
        ),
        rule=_t(
            "Buyers ranked by total spend: top {vip}% VIP, next {major}% major, next "
            "{ordinary}% ordinary, the rest small (equal spends share a level). "
            "Spent {spend} → {level}."
        ).format(
            vip=params.pyramid_vip_percent,
            major=params.pyramid_major_percent,
            ordinary=params.pyramid_ordinary_percent,
            spend=_yuan(inp.total_spend_fen),
            level=label("pyramid_level", res.pyramid_level),
        ),
        too_little_data=cut.buyers < SMALL_SHOP_BUYERS,
        note=_small_shop_note(cut),
    )


def _value_figure(inp: Inputs, res: Result, cut: Cutoffs) -> Figure:
    current = 2 * inp.spend_12m_fen >= cut.spend12_median_x2
    growth = growth_high(inp)
    assert res.value_class is not None
    return Figure(
        key="value_class",
        title=_t("Value matrix"),
        value=res.value_class,
        value_text=label("value_class", res.value_class),
        inputs=(
            (_t("Spend in the last 12 months"), _yuan(inp.spend_12m_fen)),
            (_t("Buyers' median"), _yuan(Decimal(cut.spend12_median_x2) / 2)),
            (_t("Last 6 months"), _yuan(inp.spend_6m_fen)),
            (_t("The 6 months before"), _yuan(inp.spend_prev6m_fen)),
            (_t("Product categories bought"), str(inp.category_count)),
            (_t("Referred someone"), _yes(inp.referred)),
        ),
        rule=_t(
            "Current value {current}: 12-month spend {s12} against the buyers' median {median}. "
            "Growth potential {growth}: high when the last 6 months beat the 6 before, or 2+ "
            "categories, or a referral. → {cls}. {strategy}"
        ).format(
            current=_high(current),
            s12=_yuan(inp.spend_12m_fen),
            median=_yuan(Decimal(cut.spend12_median_x2) / 2),
            growth=_high(growth),
            cls=label("value_class", res.value_class),
            strategy=strategy(res.value_class),
        ),
        too_little_data=cut.buyers < SMALL_SHOP_BUYERS,
        note=_t("Satisfaction is not surveyed yet, so it does not count towards potential."),
    )


def _lifecycle_figure(inp: Inputs, res: Result, params: AnalyticsParams, day: int) -> Figure:
    stage = res.lifecycle_stage
    age = day - inp.first_day if inp.first_day is not None else None
    days = day - inp.last_day if inp.last_day is not None else None
    fmt = {
        "age": age,
        "days": days,
        "window": params.lifecycle_new_days,
        "median": inp.median_interval_days,
        "churn": params.churn_days,
        "s6": _yuan(inp.spend_6m_fen),
        "sp6": _yuan(inp.spend_prev6m_fen),
        "n": inp.order_count,
    }
    if inp.order_count == 0 or age is None:
        rule = _t("No valid order yet → exploration.")
    elif stage == "exploration":
        rule = _t("First order {age} days ago, under {window} days → exploration.")
    elif stage == "stability":
        rule = _t(
            "{n} orders over {age} days (a year or more), buying regularly, not overdue "
            "→ stability."
        )
    elif stage == "formation":
        rule = _t(
            "{n} orders over {age} days (under a year), buying no less than before → formation."
        )
    elif overdue(inp, day):
        rule = _t(
            "{days} days since the last order, more than twice the usual interval of {median} "
            "days → decline."
        )
    elif days is not None and days > params.churn_days:
        rule = _t("{days} days since the last order, more than {churn} days → decline.")
    elif spend_dropped(inp):
        rule = _t("Spent {s6} in the last 6 months, under half of the {sp6} before → decline.")
    else:
        rule = _t("Only one order, {age} days ago, and no second one → decline.")
    return Figure(
        key="lifecycle_stage",
        title=_t("Lifecycle stage"),
        value=stage,
        value_text=label("lifecycle_stage", stage),
        inputs=(
            (_t("Days since the first order"), "" if age is None else str(age)),
            (_t("Days since the last order"), "" if days is None else str(days)),
            (_t("Valid orders"), str(inp.order_count)),
            (_t("Last 6 months"), _yuan(inp.spend_6m_fen)),
            (_t("The 6 months before"), _yuan(inp.spend_prev6m_fen)),
        ),
        rule=rule.format(**fmt),
        too_little_data=0 < inp.order_count < 2,
    )


def _clv_figure(
    inp: Inputs,
    res: Result,
    cut: Cutoffs,
    params: AnalyticsParams,
    day: int,
    factor: Decimal,
) -> Figure:
    assert inp.first_day is not None and res.clv_fen is not None
    years = Decimal(max(YEAR_DAYS, day - inp.first_day)) / YEAR_DAYS
    annual = annual_value_fen(inp.total_spend_fen, inp.first_day, day)
    r = cut.retention * 100
    if cut.retention_measured:
        basis = _t("{r}% of last year's {base} buyers bought again this year").format(
            r=_num(r), base=cut.retention_buyers
        )
    else:
        basis = _t("{r}% estimated from the repeat-purchase rate (no buyers last year)").format(
            r=_num(r)
        )
    thin = inp.order_count < 2 or day - inp.first_day < YEAR_DAYS
    return Figure(
        key="clv",
        title=_t("Customer lifetime value"),
        value=Decimal(res.clv_fen) / 100,
        value_text=_yuan(res.clv_fen),
        inputs=(
            (_t("Total spend"), _yuan(inp.total_spend_fen)),
            (_t("Years as a customer (at least 1)"), _num(years, "0.01")),
            (_t("Annual value"), _yuan(annual)),
            (_t("Gross margin"), f"{params.margin_percent}%"),
            (_t("Retention rate r"), basis),
            (_t("Discount rate d"), f"{params.discount_rate_percent}%"),
            (_t("Horizon N"), _t("{n} years").format(n=params.clv_horizon_years)),
        ),
        rule=_t(
            "Annual value {annual} = {spend} ÷ {years} years. CLV = sum over t = 1…{n} of "
            "{margin}% × annual value × r^(t−1) ÷ (1 + {d}%)^t with r = {r}% → {clv}."
        ).format(
            annual=_yuan(annual),
            spend=_yuan(inp.total_spend_fen),
            years=_num(years, "0.01"),
            n=params.clv_horizon_years,
            margin=params.margin_percent,
            d=params.discount_rate_percent,
            r=_num(r),
            clv=_yuan(res.clv_fen),
        ),
        too_little_data=thin or cut.retention_buyers < SMALL_SHOP_BUYERS,
        note=_t("Fewer than two orders or under a year of history: a rough estimate.")
        if thin
        else "",
    )


def _loyalty_figure(inp: Inputs, res: Result, params: AnalyticsParams) -> Figure:
    behaviour = inp.orders_12m >= params.loyal_min_orders_12m
    if inp.referred:
        attitude = _t("high: has referred a customer")
        note = ""
    else:
        attitude = _t("low: no referral (satisfaction is not surveyed yet)")
        note = _t(
            "Attitude is not measured yet: without surveys only referrals count, so this "
            "type rests on buying behaviour."
        )
    return Figure(
        key="loyalty_type",
        title=_t("Loyalty"),
        value=res.loyalty_type,
        value_text=label("loyalty_type", res.loyalty_type),
        inputs=(
            (_t("Orders in the last 12 months"), str(inp.orders_12m)),
            (_t("Referred someone"), _yes(inp.referred)),
        ),
        rule=_t(
            "Behaviour {behaviour}: {n12} orders in the last 12 months (high from {min12}). "
            "Attitude {attitude}. → {type}."
        ).format(
            behaviour=_high(behaviour),
            n12=inp.orders_12m,
            min12=params.loyal_min_orders_12m,
            attitude=attitude,
            type=label("loyalty_type", res.loyalty_type),
        ),
        note=note,
    )


# --- for the register and exports --------------------------------------------------------


@dataclass(frozen=True)
class AnalyticsColumn:
    """A stored analytics figure as a register/export column: key = customers column."""

    key: str
    title: str  # translated
    kind: str | None  # a key of CLASS_KINDS when the value is a class key (see ``label``)
    money: bool = False  # stored in fen; show as yuan


def analytics_columns() -> tuple[AnalyticsColumn, ...]:
    """Every stored analytics figure, in the order the card shows them."""
    return (
        AnalyticsColumn("churn_warning", _t("Churn warning"), None),
        AnalyticsColumn("r_days", _t("Days since last order"), None),
        AnalyticsColumn("r_score", _t("R score"), "r_score"),
        AnalyticsColumn("f_score", _t("F score"), "f_score"),
        AnalyticsColumn("m_score", _t("M score"), "m_score"),
        AnalyticsColumn("rfm_segment", _t("RFM segment"), "rfm_segment"),
        AnalyticsColumn("pyramid_level", _t("Customer pyramid"), "pyramid_level"),
        AnalyticsColumn("value_class", _t("Value matrix"), "value_class"),
        AnalyticsColumn("lifecycle_stage", _t("Lifecycle stage"), "lifecycle_stage"),
        AnalyticsColumn("clv_fen", _t("Customer lifetime value"), None, money=True),
        AnalyticsColumn("loyalty_type", _t("Loyalty"), "loyalty_type"),
    )


@dataclass(frozen=True)
class ReadyView:
    """A ready-made register view: stored column -> accepted values, and a sort order."""

    key: str
    title: str  # translated
    filters: tuple[tuple[str, tuple[object, ...]], ...]
    sort_column: str
    sort_desc: bool = True


def ready_views(today: dt.date | None = None) -> tuple[ReadyView, ...]:
    """重要价值客户, 重要挽留客户, 流失预警, 流失客户按价值, 本月生日."""
    month = (today or dt.date.today()).month
    return (
        ReadyView(
            "important_value",
            label("rfm_segment", "important_value"),
            (("rfm_segment", ("important_value",)),),
            "clv_fen",
        ),
        ReadyView(
            "important_retain",
            label("rfm_segment", "important_retain"),
            (("rfm_segment", ("important_retain",)),),
            "total_spend_fen",
        ),
        ReadyView("churn_warning", _t("Churn warning"), (("churn_warning", (True,)),), "r_days"),
        ReadyView(
            "lost_by_value",
            _t("Lost customers by value"),
            (("relationship_status", ("lost",)),),
            "total_spend_fen",
        ),
        ReadyView(
            "birthdays_this_month",
            _t("Birthdays this month"),
            (("birthday_month", (month,)),),
            "birthday",
            sort_desc=False,
        ),
    )
