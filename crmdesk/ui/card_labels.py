"""Owner-facing names of the card's coded values (order status, contact channel, ...)."""

from __future__ import annotations

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


def card_title(relationship_status: str) -> str:
    """Which survey card this is, from the relationship status (DESIGN §2)."""
    if relationship_status in ("first", "repeat", "loyal"):
        return _t("Existing customer survey card")
    if relationship_status == "lost":
        return _t("Lost customer survey card")
    return _t("Potential customer survey card")
