"""How values look on screen: money, dates, relationship statuses, platform names."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from crmdesk.services.platforms import platform


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def money(value: Decimal | None) -> str:
    """``Decimal("1234.5")`` -> ``¥1,234.50``; None -> empty."""
    if value is None:
        return ""
    cents = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents):,.2f}"


def date_text(value: dt.date | dt.datetime | None) -> str:
    """A date as ``2024-03-05`` (datetimes lose their time); None -> empty."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def datetime_text(value: dt.datetime | None) -> str:
    """A moment as ``2024-03-05 14:30``; None -> empty."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M")


def status_names() -> dict[str, str]:
    """Relationship status key -> owner-facing name, in the order of the lifecycle."""
    return {
        "potential": _tr("Status", "Potential customer"),
        "target": _tr("Status", "Target customer"),
        "first": _tr("Status", "First-time buyer"),
        "repeat": _tr("Status", "Repeat buyer"),
        "loyal": _tr("Status", "Loyal customer"),
        "lost": _tr("Status", "Lost customer"),
        "non_customer": _tr("Status", "Non-customer"),
    }


def status_name(key: str) -> str:
    """The owner-facing name of a relationship status (unknown keys shown as they are)."""
    return status_names().get(key, key)


def platform_names() -> dict[str, str]:
    """Platform key -> owner-facing name."""
    return {
        "taobao": _tr("Platform", "Taobao"),
        "tmall": _tr("Platform", "Tmall"),
        "jd": _tr("Platform", "JD"),
        "pdd": _tr("Platform", "Pinduoduo"),
        "douyin": _tr("Platform", "Douyin"),
        "kuaishou": _tr("Platform", "Kuaishou"),
        "youzan": _tr("Platform", "Youzan"),
        "wechat": _tr("Platform", "WeChat shop"),
        "offline": _tr("Platform", "Offline"),
        "manual": _tr("Platform", "Entered by hand"),
    }


def platform_name(key: str) -> str:
    """The owner-facing name of a platform key."""
    return platform_names().get(key) or platform(key).name


def column_titles() -> dict[str, str]:
    """Register column key -> translated header title."""
    return {
        "name": _tr("RegisterColumn", "Name"),
        "phone": _tr("RegisterColumn", "Phone"),
        "accounts": _tr("RegisterColumn", "Platform / buyer ID"),
        "region": _tr("RegisterColumn", "Region"),
        "tags": _tr("RegisterColumn", "Tags"),
        "status": _tr("RegisterColumn", "Status"),
        "order_count": _tr("RegisterColumn", "Orders"),
        "total_spend": _tr("RegisterColumn", "Total spend"),
        "first_order_at": _tr("RegisterColumn", "First order"),
        "last_order_at": _tr("RegisterColumn", "Last order"),
        "created_at": _tr("RegisterColumn", "Created"),
        "wechat": _tr("RegisterColumn", "WeChat"),
        "birthday": _tr("RegisterColumn", "Birthday"),
        **analytics_column_titles(),
        "tier": _tr("RegisterColumn", "Tier"),
        "points_balance": _tr("RegisterColumn", "Points"),
    }


def analytics_column_titles() -> dict[str, str]:
    """Register column key -> translated title of the analytics columns (as on the card)."""
    from crmdesk.services.analytics_text import analytics_columns

    titles = {c.key: c.title for c in analytics_columns()}
    titles["clv"] = titles.pop("clv_fen")
    return titles


def month_name(month: int) -> str:
    """The owner-facing name of a month number 1..12."""
    return _tr("Month", "Month {n}").format(n=month)
