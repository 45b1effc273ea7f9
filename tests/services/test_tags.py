"""Tag list: counts, rename (and merge by renaming), delete."""

from __future__ import annotations

import pytest

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import customers as cust
from crmdesk.services import tags
from crmdesk.services.customers import CustomerInput


def test_list_rename_merge_delete(db: Database) -> None:
    a = cust.create_customer(db, CustomerInput(name="甲", tags=("VIP", "老客户"))).id
    b = cust.create_customer(db, CustomerInput(name="乙", tags=("vip",))).id
    c = cust.create_customer(db, CustomerInput(name="丙", tags=("VIP",))).id
    cust.delete_customers(db, [c])
    listed = {t.name: t.customer_count for t in tags.list_tags(db)}
    assert listed == {"VIP": 1, "vip": 1, "老客户": 1}

    by_name = {t.name: t.id for t in tags.list_tags(db)}
    assert tags.rename_tag(db, by_name["vip"], "VIP").customer_ids == (b,)
    assert {t.name: t.customer_count for t in tags.list_tags(db)} == {"VIP": 2, "老客户": 1}
    assert cust.get_customer(db, b).data.tags == ("VIP",)

    assert tags.rename_tag(db, by_name["老客户"], "回头客").customer_ids == (a,)
    assert cust.get_customer(db, a).data.tags == ("VIP", "回头客")
    with pytest.raises(ValidationError, match="A tag needs a name"):
        tags.rename_tag(db, by_name["VIP"], " ")
    with pytest.raises(NotFoundError):
        tags.rename_tag(db, by_name["vip"], "x")

    assert tags.delete_tag(db, by_name["VIP"]).customer_ids == (a, b, c)
    assert [t.name for t in tags.list_tags(db)] == ["回头客"]
    assert cust.get_customer(db, b).data.tags == ()
