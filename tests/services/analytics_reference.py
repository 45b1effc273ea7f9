"""The customer analytics of DESIGN §2 computed the slow, obvious way, for the tests.

Works from order lists with Fractions and plain loops; nothing here imports the product's
analytics code, so the tests compare two independent computations.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import statistics
from dataclasses import dataclass
from fractions import Fraction

from crmdesk.services.stats import months_before

TODAY = dt.date(2026, 11, 23)
VALID = ("paid", "shipped", "completed")


@dataclass(frozen=True)
class Ord:
    """An order of a generated history."""

    at: dt.datetime
    paid: int
    refund: int = 0
    status: str = "completed"
    category: str | None = None


@dataclass(frozen=True)
class Params:
    """The analytics parameters (DESIGN defaults)."""

    churn_days: int = 365
    loyal_min_orders_12m: int = 2
    vip: int = 5
    major: int = 15
    ordinary: int = 30
    new_days: int = 90
    margin: Fraction = Fraction(30, 100)
    discount: Fraction = Fraction(8, 100)
    horizon: int = 5


def at(days_ago: int, hour: int = 12, today: dt.date = TODAY) -> dt.datetime:
    """A moment ``days_ago`` days before ``today``."""
    return dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour, 30))


@dataclass(frozen=True)
class Facts:
    """Per-customer facts read off the orders."""

    n: int
    total: int
    first: dt.date | None
    last: dt.date | None
    median: int | None
    s12: int
    o12: int
    s6: int
    sp6: int
    cats: int
    referred: bool


def facts(orders: list[Ord], referred: bool, today: dt.date) -> Facts:
    """The stored order figures, computed from one customer's orders."""
    valid = sorted(
        (o for o in orders if o.status in VALID and o.paid > o.refund), key=lambda o: o.at
    )
    s12_start, s6_start = months_before(today, 12), months_before(today, 6)
    gaps = [(b.at.date() - a.at.date()).days for a, b in itertools.pairwise(valid)]
    return Facts(
        n=len(valid),
        total=sum(o.paid - o.refund for o in valid),
        first=valid[0].at.date() if valid else None,
        last=valid[-1].at.date() if valid else None,
        median=math.floor(statistics.median(gaps) + 0.5) if gaps else None,
        s12=sum(o.paid - o.refund for o in valid if o.at.date() >= s12_start),
        o12=sum(1 for o in valid if o.at.date() >= s12_start),
        s6=sum(o.paid - o.refund for o in valid if o.at.date() >= s6_start),
        sp6=sum(o.paid - o.refund for o in valid if s12_start <= o.at.date() < s6_start),
        cats=len({o.category for o in valid if o.category}),
        referred=referred,
    )


def mid_rank(value: int, population: list[int]) -> Fraction:
    """Share of the population below ``value`` plus half the share equal to it."""
    below = sum(1 for v in population if v < value)
    equal = sum(1 for v in population if v == value)
    return Fraction(2 * below + equal, 2 * len(population))


def quintile(value: int, population: list[int]) -> int:
    """1..5 by mid-rank quintile."""
    return min(5, 1 + math.floor(5 * mid_rank(value, population)))


def retention(histories: dict[int, list[Ord]], today: dt.date) -> tuple[int, int]:
    """(last year's buyers, of whom bought again this year)."""
    start12, start24 = months_before(today, 12), months_before(today, 24)
    base = returned = 0
    for orders in histories.values():
        days = [o.at.date() for o in orders if o.status in VALID and o.paid > o.refund]
        if any(start24 <= d < start12 for d in days):
            base += 1
            returned += any(d >= start12 for d in days)
    return base, returned


def expected(
    histories: dict[int, list[Ord]],
    referred: set[int],
    today: dt.date = TODAY,
    p: Params = Params(),
) -> dict[int, dict[str, object]]:
    """Every stored analytics figure per customer id."""
    f = {cid: facts(orders, cid in referred, today) for cid, orders in histories.items()}
    buyers = [x for x in f.values() if x.n > 0]
    lasts = [x.last.toordinal() for x in buyers]  # type: ignore[union-attr]
    counts = [x.n for x in buyers]
    spends = [x.total for x in buyers]
    s12s = [x.s12 for x in buyers]
    mean_r = Fraction(sum((today - x.last).days for x in buyers), len(buyers) or 1)  # type: ignore[operator]
    mean_f = Fraction(sum(counts), len(buyers) or 1)
    mean_m = Fraction(sum(spends), len(buyers) or 1)
    median12 = Fraction(statistics.median(s12s)) if buyers else Fraction(0)
    base, returned = retention(histories, today)
    if base:
        r = Fraction(returned, base)
    elif buyers:
        r = Fraction(sum(1 for c in counts if c >= 2), len(buyers))
    else:
        r = Fraction(0)
    factor = p.margin * sum(
        (r ** (t - 1) / (1 + p.discount) ** t for t in range(1, p.horizon + 1)), Fraction(0)
    )
    out: dict[int, dict[str, object]] = {}
    for cid, x in f.items():
        if x.n == 0:
            out[cid] = {
                "r_days": None,
                "r_score": None,
                "f_score": None,
                "m_score": None,
                "rfm_segment": None,
                "pyramid_level": None,
                "value_class": None,
                "lifecycle_stage": "exploration",
                "clv_fen": None,
                "loyalty_type": None,
            }
            continue
        assert x.last is not None and x.first is not None
        r_days = (today - x.last).days
        age = (today - x.first).days
        r_hi, f_hi, m_hi = r_days <= mean_r, x.n >= mean_f, x.total >= mean_m
        segment = ("important_" if m_hi else "general_") + {
            (True, True): "value",
            (True, False): "develop",
            (False, True): "keep",
            (False, False): "retain",
        }[(r_hi, f_hi)]
        share = mid_rank(x.total, spends)
        if share >= 1 - Fraction(p.vip, 100):
            level = "vip"
        elif share >= 1 - Fraction(p.vip + p.major, 100):
            level = "major"
        elif share >= 1 - Fraction(p.vip + p.major + p.ordinary, 100):
            level = "ordinary"
        else:
            level = "small"
        growth = x.s6 > x.sp6 or x.cats >= 2 or x.referred
        if x.s12 >= median12:
            value = "most_valuable" if growth else "high_value"
        else:
            value = "potential" if growth else "low_value"
        overdue = x.median is not None and r_days > 2 * x.median
        if age < p.new_days:
            stage = "exploration"
        elif overdue or r_days > p.churn_days or 2 * x.s6 < x.sp6 or x.n < 2:
            stage = "decline"
        elif age >= 365:
            stage = "stability"
        else:
            stage = "formation"
        annual = Fraction(x.total) / max(Fraction(1), Fraction(age, 365))
        clv = annual * factor
        behaviour = x.o12 >= p.loyal_min_orders_12m
        loyalty = {
            (False, False): "none",
            (True, False): "inertia",
            (False, True): "latent",
            (True, True): "absolute",
        }[(behaviour, x.referred)]
        out[cid] = {
            "r_days": r_days,
            "r_score": quintile(x.last.toordinal(), lasts),
            "f_score": quintile(x.n, counts),
            "m_score": quintile(x.total, spends),
            "rfm_segment": segment,
            "pyramid_level": level,
            "value_class": value,
            "lifecycle_stage": stage,
            "clv_fen": math.floor(clv + Fraction(1, 2)),
            "loyalty_type": loyalty,
        }
    return out
