"""Member tiers, tier history, the points ledger, rewards and redemptions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crmdesk.models.base import Base, utcnow

POINTS_KINDS = ("earn", "bonus", "redeem", "expire", "reverse", "adjust")


class Tier(Base):
    """A member tier (会员等级) with its threshold and benefits."""

    __tablename__ = "tiers"
    __table_args__ = (
        CheckConstraint("threshold >= 0", name="threshold"),
        CheckConstraint("keep_threshold IS NULL OR keep_threshold >= 0", name="keep_threshold"),
        CheckConstraint("discount_permille BETWEEN 1 AND 1000", name="discount"),
        CheckConstraint("points_multiplier_permille >= 0", name="multiplier"),
        CheckConstraint("entry_reward_points >= 0", name="entry_reward"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#888888")
    position: Mapped[int] = mapped_column(Integer)
    # in the basis' unit: fen for spend bases, points, or orders
    threshold: Mapped[int] = mapped_column(Integer, default=0)
    keep_threshold: Mapped[int | None] = mapped_column(Integer)
    discount_permille: Mapped[int] = mapped_column(Integer, default=1000)  # 950 = 9.5折
    points_multiplier_permille: Mapped[int] = mapped_column(Integer, default=1000)
    free_shipping: Mapped[bool] = mapped_column(Boolean, default=False)
    birthday_gift: Mapped[str | None] = mapped_column(String(200))
    entry_reward_points: Mapped[int] = mapped_column(Integer, default=0)
    care_plan: Mapped[str | None] = mapped_column(Text)


class TierChange(Base):
    """One change of a customer's tier: from, to, when, why."""

    __tablename__ = "tier_changes"
    __table_args__ = (
        CheckConstraint("reason IN ('rule', 'manual', 'rule_change', 'review')", name="reason"),
        Index("ix_tier_changes_customer", "customer_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    from_tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id", ondelete="SET NULL"))
    to_tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id", ondelete="SET NULL"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(12))
    note: Mapped[str | None] = mapped_column(String(400))


class PointsEntry(Base):
    """One append-only points ledger entry; the balance is the sum of entries."""

    __tablename__ = "points_ledger"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('earn', 'bonus', 'redeem', 'expire', 'reverse', 'adjust')", name="kind"
        ),
        CheckConstraint("points <> 0", name="nonzero"),
        Index("ix_points_ledger_customer", "customer_id", "created_at"),
        # One earn and one reversal per order, whatever is re-imported.
        Index(
            "uq_points_ledger_order_kind",
            "order_id",
            "kind",
            unique=True,
            sqlite_where=text("kind IN ('earn', 'reverse') AND order_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(10))
    bonus_kind: Mapped[str | None] = mapped_column(String(20))
    points: Mapped[int] = mapped_column(Integer)
    # No foreign key on purpose: the ledger is append-only and must outlive a removed order.
    order_id: Mapped[int | None] = mapped_column(Integer)
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("rewards.id"))
    available_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(400))


class Reward(Base):
    """An item of the rewards catalogue (礼品, 优惠券, 现金抵扣)."""

    __tablename__ = "rewards"
    __table_args__ = (
        CheckConstraint("kind IN ('gift', 'coupon', 'cash')", name="kind"),
        CheckConstraint("points_cost > 0", name="cost"),
        CheckConstraint("stock IS NULL OR stock >= 0", name="stock"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    points_cost: Mapped[int] = mapped_column(Integer)
    stock: Mapped[int | None] = mapped_column(Integer)  # None = unlimited
    value_fen: Mapped[int | None] = mapped_column(Integer)  # coupon / cash value
    per_order_cap_fen: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
