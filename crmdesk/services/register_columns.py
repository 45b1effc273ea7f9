"""The register's columns: keys, titles and what each one sorts by in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.models import Customer
from crmdesk.models.membership import Tier


@dataclass(frozen=True)
class Column:
    """A register column: key, English title (translated by the UI), sortable or not."""

    key: str
    title: str
    sortable: bool = True
    default_visible: bool = True


#: Columns the owner can show. Keys are stable (saved layouts refer to them).
COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("RegisterColumn", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("RegisterColumn", "Phone")),
    Column("accounts", QT_TRANSLATE_NOOP("RegisterColumn", "Platform / buyer ID")),
    Column("region", QT_TRANSLATE_NOOP("RegisterColumn", "Region")),
    Column("tags", QT_TRANSLATE_NOOP("RegisterColumn", "Tags"), sortable=False),
    Column("status", QT_TRANSLATE_NOOP("RegisterColumn", "Status")),
    Column("order_count", QT_TRANSLATE_NOOP("RegisterColumn", "Orders")),
    Column("total_spend", QT_TRANSLATE_NOOP("RegisterColumn", "Total spend")),
    Column(
        "first_order_at", QT_TRANSLATE_NOOP("RegisterColumn", "First order"), default_visible=False
    ),
    Column("last_order_at", QT_TRANSLATE_NOOP("RegisterColumn", "Last order")),
    Column("created_at", QT_TRANSLATE_NOOP("RegisterColumn", "Created"), default_visible=False),
    Column("wechat", QT_TRANSLATE_NOOP("RegisterColumn", "WeChat"), default_visible=False),
    Column("birthday", QT_TRANSLATE_NOOP("RegisterColumn", "Birthday"), default_visible=False),
    # The stored analytics figures (crmdesk.services.analytics); titles as on the card.
    Column(
        "churn_warning", QT_TRANSLATE_NOOP("RegisterColumn", "Churn warning"), default_visible=False
    ),
    Column(
        "r_days",
        QT_TRANSLATE_NOOP("RegisterColumn", "Days since last order"),
        default_visible=False,
    ),
    Column("r_score", QT_TRANSLATE_NOOP("RegisterColumn", "R score"), default_visible=False),
    Column("f_score", QT_TRANSLATE_NOOP("RegisterColumn", "F score"), default_visible=False),
    Column("m_score", QT_TRANSLATE_NOOP("RegisterColumn", "M score"), default_visible=False),
    Column(
        "rfm_segment", QT_TRANSLATE_NOOP("RegisterColumn", "RFM segment"), default_visible=False
    ),
    Column(
        "pyramid_level",
        QT_TRANSLATE_NOOP("RegisterColumn", "Customer pyramid"),
        default_visible=False,
    ),
    Column(
        "value_class", QT_TRANSLATE_NOOP("RegisterColumn", "Value matrix"), default_visible=False
    ),
    Column(
        "lifecycle_stage",
        QT_TRANSLATE_NOOP("RegisterColumn", "Lifecycle stage"),
        default_visible=False,
    ),
    Column(
        "clv", QT_TRANSLATE_NOOP("RegisterColumn", "Customer lifetime value"), default_visible=False
    ),
    Column("loyalty_type", QT_TRANSLATE_NOOP("RegisterColumn", "Loyalty"), default_visible=False),
    # Membership (crmdesk.services.tiers, crmdesk.services.points).
    Column("tier", QT_TRANSLATE_NOOP("RegisterColumn", "Tier")),
    Column("points_balance", QT_TRANSLATE_NOOP("RegisterColumn", "Points"), default_visible=False),
)
#: The analytics columns, in the order the card shows the figures.
ANALYTICS_COLUMNS: tuple[str, ...] = (
    "churn_warning", "r_days", "r_score", "f_score", "m_score", "rfm_segment", "pyramid_level",
    "value_class", "lifecycle_stage", "clv", "loyalty_type",
)  # fmt: skip
#: Analytics column key -> classification (a kind of analytics_text.label) for class keys.
ANALYTICS_KINDS: dict[str, str] = {
    "r_score": "r_score",
    "f_score": "f_score",
    "m_score": "m_score",
    "rfm_segment": "rfm_segment",
    "pyramid_level": "pyramid_level",
    "value_class": "value_class",
    "lifecycle_stage": "lifecycle_stage",
    "loyalty_type": "loyalty_type",
}

_c = Customer.__table__.c

#: ORDER BY expressions per sortable column key.
SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "name": (_c.name_pinyin, _c.name),
    "phone": (_c.phone,),
    "accounts": (_c.accounts_text,),
    "region": (_c.province, _c.city),
    "status": (_c.relationship_status,),
    "order_count": (_c.order_count,),
    "total_spend": (_c.total_spend_fen,),
    "first_order_at": (_c.first_order_at,),
    "last_order_at": (_c.last_order_at,),
    "created_at": (_c.created_at,),
    "wechat": (_c.wechat,),
    "birthday": (_c.birthday,),
    # Unindexed: a full sort of 100,000 rows by one of these takes well under a second.
    "churn_warning": (_c.churn_warning,),
    "r_days": (_c.r_days,),
    "r_score": (_c.r_score,),
    "f_score": (_c.f_score,),
    "m_score": (_c.m_score,),
    "rfm_segment": (_c.rfm_segment,),
    "pyramid_level": (_c.pyramid_level,),
    "value_class": (_c.value_class,),
    "lifecycle_stage": (_c.lifecycle_stage,),
    "clv": (_c.clv_fen,),
    "loyalty_type": (_c.loyalty_type,),
    # Tiers sort by their rank, not their name.
    "tier": (select(Tier.position).where(Tier.id == _c.tier_id).scalar_subquery(),),
    "points_balance": (_c.points_balance,),
}
#: Columns that can hold NULL (sorted last either way).
NULLABLE_COLUMNS = {
    "phone", "region", "first_order_at", "last_order_at", "wechat", "birthday", "r_days",
    "r_score", "f_score", "m_score", "rfm_segment", "pyramid_level", "value_class",
    "lifecycle_stage", "clv", "loyalty_type", "tier",
}  # fmt: skip
