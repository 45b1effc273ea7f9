"""The customer aggregate: customer, platform accounts, tags, important dates."""

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from crmdesk.models.base import Base, utcnow

#: The trigram index of ``customers.search_text`` (rowid = customer id): an FTS5 table
#: the migration creates and triggers on customers keep current. Not an ORM table.
SEARCH_INDEX = "customer_search"


def include_in_schema_comparison(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic ``include_object`` hook: leave out the search index and its shadow tables."""
    is_index = name is not None and (name == SEARCH_INDEX or name.startswith(SEARCH_INDEX + "_"))
    return not (type_ == "table" and reflected and is_index)


class Customer(Base):
    """One customer card (客户资料卡) with the derived figures the register sorts on."""

    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("kind IN ('person', 'company')", name="kind"),
        CheckConstraint("gender IS NULL OR gender IN ('M', 'F')", name="gender"),
        CheckConstraint("order_count >= 0", name="order_count"),
        CheckConstraint("total_spend_fen >= 0", name="total_spend"),
        CheckConstraint("points_balance >= 0", name="points_balance"),
        CheckConstraint(
            "status_override IS NULL OR status_override IN ('target', 'non_customer')",
            name="status_override",
        ),
        Index("ix_customers_deleted_name", "deleted_at", "name_pinyin"),
        Index("ix_customers_phone", "phone"),
        Index("ix_customers_total_spend", "total_spend_fen"),
        Index("ix_customers_last_order", "last_order_at"),
        Index("ix_customers_created", "created_at"),
        Index("ix_customers_status", "relationship_status"),
        Index("ix_customers_birthday_month", "birthday_month"),
        # The register's search scans this index instead of the wide table rows.
        Index("ix_customers_search", "deleted_at", "search_text"),
        # Sorting the register by these columns reads the first page from an index.
        Index("ix_customers_order_count", "order_count"),
        Index("ix_customers_first_order", "first_order_at"),
        Index("ix_customers_accounts", "accounts_text"),
        Index("ix_customers_region", "province", "city"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # --- basic (基本信息)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default="person")
    gender: Mapped[str | None] = mapped_column(String(1))
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_masked: Mapped[bool] = mapped_column(Boolean, default=False)
    wechat: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    province: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(40))
    district: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(400))
    source_channel: Mapped[str | None] = mapped_column(String(100))
    referrer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    company: Mapped[str | None] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(100))
    contact_person: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[str | None] = mapped_column(String(100))
    # --- attitude (态度信息)
    preferences: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # --- lost customers (流失客户调查)
    lost_reason: Mapped[str | None] = mapped_column(String(40))
    # --- relationship status: derived unless overridden by hand
    status_override: Mapped[str | None] = mapped_column(String(20))
    relationship_status: Mapped[str] = mapped_column(String(20), default="potential")
    churn_warning: Mapped[bool] = mapped_column(Boolean, default=False)
    # --- search: name, full pinyin, initials, phone, wechat, buyer ids, lower-cased
    name_pinyin: Mapped[str] = mapped_column(String(400), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    accounts_text: Mapped[str] = mapped_column(String(400), default="")
    # --- stored order statistics (kept right when orders change)
    order_count: Mapped[int] = mapped_column(Integer, default=0)
    total_spend_fen: Mapped[int] = mapped_column(Integer, default=0)
    first_order_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_order_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    median_interval_days: Mapped[int | None] = mapped_column(Integer)
    spend_12m_fen: Mapped[int] = mapped_column(Integer, default=0)
    orders_12m: Mapped[int] = mapped_column(Integer, default=0)
    spend_6m_fen: Mapped[int] = mapped_column(Integer, default=0)
    spend_prev6m_fen: Mapped[int] = mapped_column(Integer, default=0)
    category_count: Mapped[int] = mapped_column(Integer, default=0)
    # --- analytics (RFM, pyramid, value matrix, lifecycle, CLV, loyalty)
    r_days: Mapped[int | None] = mapped_column(Integer)
    r_score: Mapped[int | None] = mapped_column(Integer)
    f_score: Mapped[int | None] = mapped_column(Integer)
    m_score: Mapped[int | None] = mapped_column(Integer)
    rfm_segment: Mapped[str | None] = mapped_column(String(20))
    pyramid_level: Mapped[str | None] = mapped_column(String(20))
    value_class: Mapped[str | None] = mapped_column(String(20))
    lifecycle_stage: Mapped[str | None] = mapped_column(String(20))
    clv_fen: Mapped[int | None] = mapped_column(Integer)
    loyalty_type: Mapped[str | None] = mapped_column(String(20))
    # --- membership
    tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id", ondelete="SET NULL"))
    tier_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    tier_lock_reason: Mapped[str | None] = mapped_column(String(200))
    points_balance: Mapped[int] = mapped_column(Integer, default=0)
    # --- bookkeeping
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CustomerAccount(Base):
    """A customer's buyer account on one selling platform (淘宝 buyer id, 拼多多 nickname...)."""

    __tablename__ = "customer_accounts"
    __table_args__ = (
        UniqueConstraint("platform", "buyer_id"),
        Index("ix_customer_accounts_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    buyer_id: Mapped[str] = mapped_column(String(200))
    buyer_nick: Mapped[str | None] = mapped_column(String(200))


class Tag(Base):
    """A label the owner puts on customers."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class CustomerTag(Base):
    """Which customer carries which tag."""

    __tablename__ = "customer_tags"
    __table_args__ = (Index("ix_customer_tags_tag", "tag_id", "customer_id"),)

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class ImportantDate(Base):
    """An important date on a card (anniversary, child's birthday...), repeating yearly."""

    __tablename__ = "important_dates"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("day BETWEEN 1 AND 31", name="day"),
        CheckConstraint("remind_days_before >= 0", name="remind_days"),
        Index("ix_important_dates_customer", "customer_id"),
        Index("ix_important_dates_month_day", "month", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    remind_days_before: Mapped[int] = mapped_column(Integer, default=7)
