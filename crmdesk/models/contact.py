"""Contact records (接触记录): every call, message, visit or complaint."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crmdesk.models.base import Base, utcnow

CONTACT_CHANNELS = ("phone", "wechat", "platform", "sms", "email", "visit")
CONTACT_KINDS = (
    "inquiry",
    "follow_up",
    "care",
    "marketing",
    "after_sales",
    "complaint",
    "win_back",
)
COMPLAINT_STATUSES = ("open", "in_progress", "resolved")


class ContactRecord(Base):
    """One contact with a customer; complaints carry a status and resolution."""

    __tablename__ = "contact_records"
    __table_args__ = (
        CheckConstraint(
            "channel IN ('phone', 'wechat', 'platform', 'sms', 'email', 'visit')", name="channel"
        ),
        CheckConstraint(
            "kind IN ('inquiry', 'follow_up', 'care', 'marketing', 'after_sales', 'complaint',"
            " 'win_back')",
            name="kind",
        ),
        CheckConstraint(
            "complaint_status IS NULL OR complaint_status IN ('open', 'in_progress', 'resolved')",
            name="complaint_status",
        ),
        Index("ix_contact_records_customer_time", "customer_id", "contacted_at"),
        Index("ix_contact_records_follow_up", "follow_up_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contacted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(12))
    summary: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    complaint_status: Mapped[str | None] = mapped_column(String(12))
    resolution: Mapped[str | None] = mapped_column(Text)
