"""Shop settings (name, thresholds, parameters), stored as JSON in the ``settings`` table."""

from __future__ import annotations

import copy
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Setting

#: Defaults of every shop setting (DESIGN §2). Keys are stable.
DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "is_demo": False,
    "churn_days": 365,
    "loyal_min_orders": 4,
    "loyal_min_orders_12m": 2,
    # customer analytics (crmdesk.services.analytics_rules.AnalyticsParams)
    "pyramid_vip_percent": 5,
    "pyramid_major_percent": 15,
    "pyramid_ordinary_percent": 30,
    "lifecycle_new_days": 90,
    "margin_percent": 30,
    "discount_rate_percent": 8,
    "clv_horizon_years": 5,
    # printed sheets, logs and exports show 138****8000 unless the owner asks otherwise
    "mask_phones": True,
    # register: columns shown (keys of crmdesk.services.register_columns.COLUMNS), in order
    "register_columns": [],
    # membership: tiers (crmdesk.services.tiers)
    "tier_basis": "total_spend",  # total_spend, spend_12m, spend_year, points_earned, order_count
    "tier_downgrade": "never",  # never, yearly
    "tier_review_date": "01-01",  # MM-DD of the yearly re-evaluation
    "tier_keep_applies": True,  # at the review, a tier's keep threshold (保级) holds it
    "tier_last_review": None,  # ISO date of the last yearly review run
    # membership: points (crmdesk.services.points)
    "points_per_yuan": "1",  # Decimal as text: points per valid yuan before the multiplier
    "points_freeze_days": 0,  # waiting period (冻结期) after the order date
    "points_expiry": "never",  # never, months, year_end_next
    "points_expiry_months": 24,
    "points_expiring_soon_days": 30,
    "points_award_historic": False,  # award orders placed before points_start_date
    "points_start_date": None,  # ISO date the scheme started; None: every order earns
    "points_bonus_join": 100,
    "points_bonus_birthday": 200,
    "points_bonus_survey": 50,
    "points_bonus_referral": 200,
    "points_bonus_review": 20,
}


def _decode(key: str, raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        # A damaged value must not stop the shop from opening: fall back to the default.
        return copy.deepcopy(DEFAULTS.get(key))


def read_settings(session: Session) -> dict[str, Any]:
    """Every setting with defaults filled in, read inside the caller's transaction."""
    values = copy.deepcopy(DEFAULTS)
    for key, raw in session.execute(select(Setting.key, Setting.value)):
        values[key] = _decode(key, raw)
    return values


def read_setting(session: Session, key: str) -> Any:
    """One setting (or its default) inside the caller's transaction."""
    raw = session.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    if raw is None:
        return copy.deepcopy(DEFAULTS.get(key))
    return _decode(key, raw)


def write_settings(session: Session, values: dict[str, Any]) -> None:
    """Store several settings inside the caller's transaction."""
    rows = []
    for key, value in values.items():
        if not isinstance(key, str) or not key:
            raise ValidationError(translate("Settings", "A setting needs a name."), field="key")
        try:
            rows.append({"key": key, "value": json.dumps(value, ensure_ascii=False)})
        except TypeError:
            raise ValidationError(
                translate("Settings", "The value of setting {key} cannot be stored.").format(
                    key=key
                ),
                field=key,
            ) from None
    if not rows:
        return
    stmt = sqlite_insert(Setting).values(rows)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=[Setting.key], set_={"value": stmt.excluded.value}
        )
    )


def get_setting(db: Database, key: str) -> Any:
    """The value of a setting, or its default."""
    with db.session() as session:
        return read_setting(session, key)


def set_settings(db: Database, values: dict[str, Any]) -> None:
    """Store several settings in one transaction."""
    with db.session() as session:
        write_settings(session, values)


def all_settings(db: Database) -> dict[str, Any]:
    """Every setting with defaults filled in."""
    with db.session() as session:
        return read_settings(session)
