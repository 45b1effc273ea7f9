"""Member tiers (会员等级): the editable list, rules, upgrades, the yearly review, locks.

A customer's tier follows one basis the owner picks (cumulative spend, spend in the last
12 months or this calendar year, points earned by orders, or order count). Upgrades
happen as soon as a threshold is crossed; downgrades only at the yearly review (if the
policy says so), where a tier's keep threshold (保级) holds it. Locked customers never
move by rule. Every change is kept in ``tier_changes`` with its reason: ``rule``
(automatic upgrade), ``review`` (yearly review), ``rule_change`` (the owner edited the
rules) or ``manual``. Promotions pay each passed tier's entry reward once per customer,
skipped tiers included.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Customer
from crmdesk.models.membership import Tier, TierChange
from crmdesk.services import points
from crmdesk.services.settings import read_settings
from crmdesk.services.validation import fen_to_yuan

BASES = ("total_spend", "spend_12m", "spend_year", "points_earned", "order_count")
MONEY_BASES = ("total_spend", "spend_12m", "spend_year")
DOWNGRADE_POLICIES = ("never", "yearly")
DEFAULT_TIERS = (
    ("普通会员", "#8c8c8c", 0, "节日问候"),
    ("银卡会员", "#a6a9b6", 50_000, "节日小礼品"),
    ("金卡会员", "#d4a017", 200_000, "年度礼品"),
    ("钻石会员", "#3c8dbc", 500_000, "年度礼品与专属客服"),
)
CUSTOMERS = Customer.__table__
CHANGES = TierChange.__table__


@dataclass(frozen=True)
class TierRules:
    """How tiers are decided: the basis, the downgrade policy and the yearly review."""

    basis: str = "total_spend"
    downgrade: str = "never"
    review_date: str = "01-01"  # MM-DD
    keep_applies: bool = True


@dataclass(frozen=True)
class TierInput:
    """A tier as the editor holds it; thresholds in the basis unit (yuan, points, orders)."""

    name: str
    threshold: Decimal
    id: int | None = None  # None: a new tier
    color: str = "#888888"
    keep_threshold: Decimal | None = None
    discount: Decimal = Decimal(10)  # 折: 9.5 means 95% of the price, 10 no discount
    points_multiplier: Decimal = Decimal(1)
    free_shipping: bool = False
    birthday_gift: str | None = None
    entry_reward_points: int = 0
    care_plan: str | None = None


@dataclass(frozen=True)
class TierRow:
    """A stored tier, its position (0 = lowest) and how many customers hold it."""

    id: int
    position: int
    data: TierInput
    members: int


@dataclass(frozen=True)
class TierMove:
    """One customer who moves (or would move) between tiers."""

    customer_id: int
    name: str
    from_tier: str | None
    to_tier: str | None
    value: Decimal  # the basis value that decided it, in the basis unit


@dataclass(frozen=True)
class TierPreview:
    """What applying new rules would do, before anything is written."""

    up: tuple[TierMove, ...]
    down: tuple[TierMove, ...]
    up_count: int
    down_count: int
    unchanged: int
    locked: int  # locked customers, left where they are
    members_after: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class TiersChanged:
    """What a tier operation changed."""

    customer_ids: tuple[int, ...] = ()
    up: int = 0
    down: int = 0
    reward_points: int = 0


@dataclass(frozen=True)
class TierChangeRow:
    """One line of a customer's tier history."""

    changed_at: dt.datetime
    from_tier: str | None
    to_tier: str | None
    reason: str  # rule, review, rule_change, manual
    note: str | None


@dataclass(frozen=True)
class TierSpec:
    """A tier as the evaluation needs it (thresholds in stored units)."""

    id: int | None
    position: int
    name: str
    threshold: int
    keep: int | None
    reward: int


# --- rules and units ------------------------------------------------------------------


def rules_from_settings(values: dict[str, Any]) -> TierRules:
    """TierRules from a settings dict; damaged values fall back to the defaults."""
    basis = values.get("tier_basis")
    downgrade = values.get("tier_downgrade")
    review = str(values.get("tier_review_date") or "01-01")
    return TierRules(
        basis=basis if basis in BASES else "total_spend",
        downgrade=downgrade if downgrade in DOWNGRADE_POLICIES else "never",
        review_date=review if review_day(review, 2001) else "01-01",
        keep_applies=bool(values.get("tier_keep_applies", True)),
    )


def read_rules(session: Session) -> TierRules:
    """The tier rules inside the caller's transaction."""
    return rules_from_settings(read_settings(session))


def review_day(mmdd: str, year: int) -> dt.date | None:
    try:
        month, day = (int(p) for p in mmdd.split("-"))
        if (month, day) == (2, 29):
            day = 29 if dt.date(year, 3, 1) - dt.timedelta(days=1) == dt.date(year, 2, 29) else 28
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


def to_stored(basis: str, value: Decimal | int | None, field_name: str) -> int | None:
    """A threshold in the basis unit (yuan, points, orders) as the stored integer."""
    if value is None:
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        amount = Decimal(-1)
    if not amount.is_finite() or amount < 0:
        raise ValidationError(
            translate("Membership", "A threshold must be a number of 0 or more."),
            field=field_name,
        )
    scaled = amount * 100 if basis in MONEY_BASES else amount
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            translate("Membership", "The threshold {value} has too many decimals.").format(
                value=value
            ),
            field=field_name,
        )
    return int(scaled)


def to_display(basis: str, value: int | None) -> Decimal | None:
    """A stored threshold or basis value in the basis unit (yuan for spend)."""
    if value is None:
        return None
    return fen_to_yuan(value) if basis in MONEY_BASES else Decimal(value)


# --- reading --------------------------------------------------------------------------


def _tier_input(t: Tier, basis: str) -> TierInput:
    return TierInput(
        id=t.id,
        name=t.name,
        color=t.color,
        threshold=to_display(basis, t.threshold) or Decimal(0),
        keep_threshold=to_display(basis, t.keep_threshold),
        discount=Decimal(t.discount_permille) / 100,
        points_multiplier=Decimal(t.points_multiplier_permille) / 1000,
        free_shipping=bool(t.free_shipping),
        birthday_gift=t.birthday_gift,
        entry_reward_points=t.entry_reward_points,
        care_plan=t.care_plan,
    )


def list_tiers_in(session: Session) -> list[TierRow]:
    """The tiers, lowest first, with member counts, inside the caller's transaction."""
    basis = read_rules(session).basis
    counts = dict(
        session.execute(
            text(
                "SELECT tier_id, COUNT(*) FROM customers WHERE deleted_at IS NULL"
                " AND tier_id IS NOT NULL GROUP BY tier_id"
            )
        ).all()
    )
    return [
        TierRow(id=t.id, position=i, data=_tier_input(t, basis), members=int(counts.get(t.id, 0)))
        for i, t in enumerate(session.scalars(select(Tier).order_by(Tier.position, Tier.id)))
    ]


def list_tiers(db: Database) -> list[TierRow]:
    """The tiers, lowest first, with how many customers hold each."""
    with db.session() as session:
        return list_tiers_in(session)


def get_rules(db: Database) -> TierRules:
    """The shop's tier rules."""
    with db.session() as session:
        return read_rules(session)


def stored_tiers(session: Session) -> list[TierSpec]:
    return [
        TierSpec(t.id, i, t.name, t.threshold, t.keep_threshold, t.entry_reward_points)
        for i, t in enumerate(session.scalars(select(Tier).order_by(Tier.position, Tier.id)))
    ]


def tier_history(db: Database, customer_id: int) -> list[TierChangeRow]:
    """A customer's tier changes, newest first."""
    with db.session() as session:
        points.customer_row(session, customer_id)
        names = dict(session.execute(select(Tier.id, Tier.name)).all())
        rows = session.execute(
            select(CHANGES)
            .where(CHANGES.c.customer_id == customer_id)
            .order_by(CHANGES.c.changed_at.desc(), CHANGES.c.id.desc())
        ).mappings()
        return [
            TierChangeRow(
                changed_at=r["changed_at"],
                from_tier=names.get(r["from_tier_id"]),
                to_tier=names.get(r["to_tier_id"]),
                reason=r["reason"],
                note=r["note"],
            )
            for r in rows
        ]
