"""Orders and their line items."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crmdesk.models.base import Base, utcnow

#: Order states. Valid (counting) orders are paid, shipped or completed.
ORDER_STATUSES = ("unpaid", "paid", "shipped", "completed", "closed")
VALID_ORDER_STATUSES = ("paid", "shipped", "completed")
#: SQL condition of a valid order; queries repeat it word for word to use the partial index.
VALID_ORDER_SQL = "status IN ('paid', 'shipped', 'completed') AND paid_fen > refund_fen"


class Order(Base):
    """One order; a valid order is paid and not closed, and worth paid minus refunds."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("platform", "order_no"),
        CheckConstraint("paid_fen >= 0", name="paid_nonneg"),
        CheckConstraint("refund_fen >= 0", name="refund_nonneg"),
        CheckConstraint("refund_fen <= paid_fen", name="refund_le_paid"),
        CheckConstraint(
            "status IN ('unpaid', 'paid', 'shipped', 'completed', 'closed')", name="status"
        ),
        Index("ix_orders_customer_time", "customer_id", "ordered_at"),
        Index("ix_orders_time", "ordered_at"),
        # Valid orders per customer in time order, covering what the figures need: the
        # bulk recompute reads it without sorting or touching the table rows.
        Index(
            "ix_orders_valid_customer_time",
            "customer_id",
            "ordered_at",
            "paid_fen",
            "refund_fen",
            "category",
            sqlite_where=text(VALID_ORDER_SQL),
        ),
        # Never reuse the id of a removed order: points ledger entries keep naming it.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20), default="manual")
    # Text, never a number: platform ids are 17-19 digits and Excel mangles them.
    order_no: Mapped[str | None] = mapped_column(String(80))
    ordered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    paid_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)
    refund_fen: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="completed")
    items_text: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(100))
    receiver_name: Mapped[str | None] = mapped_column(String(100))
    receiver_phone: Mapped[str | None] = mapped_column(String(40))
    receiver_address: Mapped[str | None] = mapped_column(String(400))
    notes: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class OrderItem(Base):
    """One product line (SKU) of an order."""

    __tablename__ = "order_items"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity"),
        CheckConstraint("amount_fen >= 0", name="amount"),
        Index("ix_order_items_order", "order_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(400))
    sku: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
