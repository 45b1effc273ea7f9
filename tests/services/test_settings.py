"""Shop settings: defaults, storing JSON values, reading inside a transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.services import settings


def test_defaults_until_set(db: Database) -> None:
    assert settings.get_setting(db, "churn_days") == 365
    assert settings.get_setting(db, "no_such_key") is None
    settings.set_settings(
        db, {"churn_days": 180, "shop_name": "小店", "register_columns": ["name"]}
    )
    settings.set_settings(db, {"churn_days": 200})
    values = settings.all_settings(db)
    assert values["churn_days"] == 200
    assert values["shop_name"] == "小店"
    assert values["register_columns"] == ["name"]
    assert values["loyal_min_orders"] == 4
    with db.session() as s:
        assert settings.read_settings(s)["churn_days"] == 200
        assert settings.read_setting(s, "shop_name") == "小店"


def test_defaults_are_not_shared_between_calls(db: Database) -> None:
    settings.all_settings(db)["register_columns"].append("phone")
    assert settings.get_setting(db, "register_columns") == []


def test_damaged_value_falls_back_to_default(db: Database) -> None:
    with db.session() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('churn_days', '{oops')"))
    assert settings.get_setting(db, "churn_days") == 365


def test_values_that_are_not_json_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="cannot be stored"):
        settings.set_settings(db, {"churn_days": 1, "bad": object()})
    assert settings.get_setting(db, "churn_days") == 365
