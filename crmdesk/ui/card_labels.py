"""Owner-facing names of the card's coded values (order status, contact channel, ...)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("CardLabels", text)


def order_status_names() -> dict[str, str]:
    """Order status key -> translated name, in the order the owner picks them."""
    return {
        "unpaid": _t("Unpaid"),
        "paid": _t("Paid"),
        "shipped": _t("Shipped"),
        "completed": _t("Completed"),
        "closed": _t("Closed"),
    }


def channel_names() -> dict[str, str]:
    """Contact channel key -> translated name."""
    return {
        "phone": _t("Phone"),
        "wechat": _t("WeChat"),
        "platform": _t("Platform message"),
        "sms": _t("SMS"),
        "email": _t("E-mail"),
        "visit": _t("Visit"),
    }


def contact_kind_names() -> dict[str, str]:
    """Contact kind key -> translated name."""
    return {
        "inquiry": _t("Inquiry"),
        "follow_up": _t("Follow-up"),
        "care": _t("Care"),
        "marketing": _t("Marketing"),
        "after_sales": _t("After-sales"),
        "complaint": _t("Complaint"),
        "win_back": _t("Win-back"),
    }


def complaint_status_names() -> dict[str, str]:
    """Complaint status key -> translated name."""
    return {
        "open": _t("Open"),
        "in_progress": _t("In progress"),
        "resolved": _t("Resolved"),
    }


def lost_reason_names() -> dict[str, str]:
    """Reason for leaving key -> translated name."""
    return {
        "price": _t("Price"),
        "quality": _t("Quality"),
        "service": _t("Service"),
        "logistics": _t("Logistics"),
        "competitor": _t("Competitor"),
        "no_need": _t("No longer needed"),
        "other": _t("Other"),
    }


def platform_names() -> dict[str, str]:
    """Platform key -> translated English name, from the services' platform list."""
    from crmdesk.services.platforms import PLATFORMS

    return {p.key: QCoreApplication.translate("Platforms", p.name) for p in PLATFORMS}


def platform_name(key: str) -> str:
    """The translated name of one platform (unknown keys shown as they are)."""
    return platform_names().get(key, key)


def card_title(relationship_status: str) -> str:
    """Which survey card this is, from the relationship status (DESIGN §2)."""
    if relationship_status in ("first", "repeat", "loyal"):
        return _t("Existing customer survey card")
    if relationship_status == "lost":
        return _t("Lost customer survey card")
    return _t("Potential customer survey card")


def status_name(status: str) -> str:
    """The translated relationship status name."""
    names = {
        "potential": _t("Potential customer"),
        "target": _t("Target customer"),
        "first": _t("First-time buyer"),
        "repeat": _t("Repeat buyer"),
        "loyal": _t("Loyal customer"),
        "lost": _t("Lost customer"),
        "non_customer": _t("Non-customer"),
    }
    return names.get(status, status)


def money(amount: Decimal) -> str:
    """¥1,234.50."""
    return f"¥{amount:,.2f}"


def date_text(value: dt.date | dt.datetime | None) -> str:
    """2024-05-01, or an empty string."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def datetime_text(value: dt.datetime | None) -> str:
    """2024-05-01 14:30, or an empty string."""
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")
