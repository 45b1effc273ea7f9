"""Saved register views: stored as queries, listed after the ready-made ones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import customers, views
from crmdesk.services import register as reg
from crmdesk.services.customers import CustomerInput
from crmdesk.services.register import RegisterQuery

READY = [
    "ready:important_value",
    "ready:important_retain",
    "ready:churn_warning",
    "ready:lost_by_value",
    "ready:birthdays_this_month",
]


def test_query_round_trips_through_json() -> None:
    query = RegisterQuery(
        search="张",
        platforms=("taobao", "jd"),
        province="浙江省",
        tag_ids=(3,),
        statuses=("lost",),
        birthday_month=5,
        sort_key="clv",
        sort_desc=False,
        extra={
            "rfm_segments": ("important_value", "general_keep"),
            "churn_warning": True,
            "min_total_spend": Decimal("99.50"),
            "last_order_before": dt.datetime(2024, 1, 2, 3, 4, 5),
            "tag_names": ("VIP",),
        },
    )
    assert views.query_from_json(views.query_to_json(query)) == query


def test_damaged_json_gives_the_plain_register() -> None:
    assert views.query_from_json("not json") == RegisterQuery()
    assert views.query_from_json("[1, 2]") == RegisterQuery()
    odd = views.query_from_json('{"birthday_month": 13, "platforms": 5, "what": 1}')
    assert odd == RegisterQuery()


def test_ready_views_come_first_and_follow_the_month(db: Database) -> None:
    listed = views.list_views(db, dt.date(2025, 3, 9))
    assert [v.key for v in listed] == READY
    assert all(v.ready and v.view_id is None for v in listed)
    by_key = {v.key: v for v in listed}
    assert by_key["ready:birthdays_this_month"].query.birthday_month == 3
    assert by_key["ready:important_value"].query.extra == {"rfm_segments": ("important_value",)}
    assert by_key["ready:churn_warning"].query.extra == {"churn_warning": True}
    lost = by_key["ready:lost_by_value"].query
    assert (lost.statuses, lost.sort_key, lost.sort_desc) == (("lost",), "total_spend", True)
    assert views.list_views(db, dt.date(2025, 12, 1))[-1].query.birthday_month == 12


def test_save_rename_delete(db: Database) -> None:
    query = RegisterQuery(province="浙江省", extra={"value_classes": ("potential",), "ids": (1,)})
    saved = views.save_view(db, "  浙江 潜力客户 ", query)
    assert saved.name == "浙江 潜力客户" and not saved.ready
    # The filter is kept, never who matched it.
    assert saved.query == RegisterQuery(province="浙江省", extra={"value_classes": ("potential",)})
    other = views.save_view(db, "A first", RegisterQuery(statuses=("lost",)))
    assert [v.name for v in views.list_views(db)][len(READY) :] == ["A first", "浙江 潜力客户"]

    with pytest.raises(ValidationError):
        views.save_view(db, "A first", RegisterQuery())
    with pytest.raises(ValidationError):
        views.save_view(db, "   ", RegisterQuery())
    with pytest.raises(ValidationError):
        views.save_view(db, "x" * 101, RegisterQuery())
    replaced = views.save_view(db, "A first", RegisterQuery(search="王"), overwrite=True)
    assert replaced.view_id == other.view_id and replaced.query.search == "王"

    assert other.view_id is not None and saved.view_id is not None
    with pytest.raises(ValidationError):
        views.rename_view(db, other.view_id, "浙江 潜力客户")
    assert views.rename_view(db, other.view_id, "B").name == "B"
    views.delete_view(db, saved.view_id)
    assert [v.name for v in views.list_views(db) if not v.ready] == ["B"]
    with pytest.raises(NotFoundError):
        views.delete_view(db, saved.view_id)


def test_a_saved_view_updates_itself(db: Database) -> None:
    view = views.save_view(db, "浙江", RegisterQuery(province="浙江省"))
    assert reg.fetch_ids(db, view.query) == []
    card = customers.create_customer(db, CustomerInput(name="新客", province="浙江省"))
    again = next(v for v in views.list_views(db) if v.view_id == view.view_id)
    assert reg.fetch_ids(db, again.query) == [card.id]
