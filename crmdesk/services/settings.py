"""Shop settings (name, thresholds, parameters), stored as JSON in the ``settings`` table."""

from __future__ import annotations

from typing import Any

from crmdesk.db import Database

#: Defaults of every shop setting (DESIGN §2). Keys are stable.
DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "is_demo": False,
    "churn_days": 365,
    "loyal_min_orders": 4,
    "loyal_min_orders_12m": 2,
}


def get_setting(db: Database, key: str) -> Any:
    """The value of a setting, or its default."""
    raise NotImplementedError


def set_settings(db: Database, values: dict[str, Any]) -> None:
    """Store several settings in one transaction."""
    raise NotImplementedError


def all_settings(db: Database) -> dict[str, Any]:
    """Every setting with defaults filled in."""
    raise NotImplementedError
