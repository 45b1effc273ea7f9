"""Orders and contact records on a card: validation, listing, and the figures they keep."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.models import Customer, OrderItem
from crmdesk.services import orders, stats
from crmdesk.services.orders import ContactInput, OrderInput

NOW = dt.datetime.now().replace(microsecond=0)


def new_customer(db: Database, name: str = "王小明", override: str | None = None) -> int:
    with db.session() as session:
        return session.execute(
            insert(Customer).values(name=name, status_override=override).returning(Customer.id)
        ).scalar_one()


def card(db: Database, cid: int) -> Customer:
    with db.session() as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        session.expunge(customer)
        return customer


def order(days_ago: int = 1, paid: str = "100.00", **kw: object) -> OrderInput:
    return OrderInput(ordered_at=NOW - dt.timedelta(days=days_ago), paid=Decimal(paid), **kw)


def test_adding_orders_updates_the_card(db: Database) -> None:
    cid = new_customer(db)
    assert card(db, cid).relationship_status == "potential"

    changed = orders.add_order(db, cid, order(30, "199.90", category="茶叶"))
    assert changed.customer_ids == (cid,)
    c = card(db, cid)
    assert (c.order_count, c.total_spend_fen, c.relationship_status) == (1, 19990, "first")

    orders.add_order(db, cid, order(10, "50.10", refund=Decimal("20.10"), platform="taobao"))
    c = card(db, cid)
    assert (c.order_count, c.total_spend_fen, c.relationship_status) == (2, 22990, "repeat")
    assert c.median_interval_days == 20
    assert c.last_order_at == NOW - dt.timedelta(days=10)


def test_closed_and_refunded_orders_do_not_count(db: Database) -> None:
    cid = new_customer(db)
    orders.add_order(db, cid, order(5, "80", status="closed"))
    orders.add_order(db, cid, order(4, "80", refund=Decimal("80")))
    orders.add_order(db, cid, order(3, "80", status="unpaid"))
    c = card(db, cid)
    assert (c.order_count, c.total_spend_fen, c.relationship_status) == (0, 0, "potential")
    listed = orders.list_orders(db, cid)
    assert [o.is_valid for o in listed] == [False, False, False]


def test_list_is_newest_first_with_yuan_amounts(db: Database) -> None:
    cid = new_customer(db)
    orders.add_order(db, cid, order(20, "12.5", order_no="A1", platform="jd"))
    orders.add_order(db, cid, order(2, "0.01", items_text="红茶 x1"))
    listed = orders.list_orders(db, cid)
    assert [o.data.paid for o in listed] == [Decimal("0.01"), Decimal("12.50")]
    assert listed[1].data.order_no == "A1"
    assert listed[1].data.platform == "jd"
    assert listed[0].data.items_text == "红茶 x1"
    assert all(o.is_valid for o in listed)


def test_update_and_delete_keep_figures_right(db: Database) -> None:
    cid = new_customer(db)
    first = orders.add_order(db, cid, order(40, "100")).extra["order_id"]
    orders.add_order(db, cid, order(10, "300"))
    assert card(db, cid).total_spend_fen == 40000

    orders.update_order(db, first, order(40, "100", status="closed"))
    c = card(db, cid)
    assert (c.order_count, c.total_spend_fen, c.relationship_status) == (1, 30000, "first")

    orders.update_order(db, first, order(40, "150"))
    assert card(db, cid).total_spend_fen == 45000

    changed = orders.delete_order(db, first)
    assert changed.customer_ids == (cid,)
    c = card(db, cid)
    assert (c.order_count, c.total_spend_fen) == (1, 30000)
    assert c.first_order_at == NOW - dt.timedelta(days=10)


def test_deleting_an_order_removes_its_items(db: Database) -> None:
    cid = new_customer(db)
    oid = orders.add_order(db, cid, order()).extra["order_id"]
    with db.session() as session:
        session.execute(insert(OrderItem).values(order_id=oid, title="红茶", category="茶叶"))
    orders.delete_order(db, oid)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(OrderItem)) == 0


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (order(paid="-1"), "paid", "negative"),
        (order(refund=Decimal("-0.5")), "refund", "negative"),
        (order(paid="1.234"), "paid", "decimals"),
        (order(paid="10", refund=Decimal("10.01")), "refund", "more than the paid amount"),
        (order(status="shipping"), "status", "shipping"),
        (order(platform="ebay"), "platform", "ebay"),
        (order(order_no="x" * 81), "order_no", "too long"),
        (order(days_ago=-30), "ordered_at", "future"),
    ],
)
def test_bad_orders_are_refused_naming_the_field(
    db: Database, data: OrderInput, field: str, words: str
) -> None:
    cid = new_customer(db)
    with pytest.raises(ValidationError) as err:
        orders.add_order(db, cid, data)
    assert err.value.field == field
    assert words in str(err.value)
    assert orders.list_orders(db, cid) == []


def test_order_number_is_unique_per_platform(db: Database) -> None:
    a = new_customer(db, "张伟")
    b = new_customer(db, "李娜")
    orders.add_order(db, a, order(order_no="2026112300001", platform="taobao"))
    # The same number on another platform is another order.
    orders.add_order(db, b, order(order_no="2026112300001", platform="pdd"))
    with pytest.raises(ValidationError) as err:
        orders.add_order(db, b, order(order_no=" 2026112300001 ", platform="taobao"))
    assert err.value.field == "order_no"
    assert "2026112300001" in str(err.value)
    assert "淘宝" in str(err.value)
    assert "张伟" in str(err.value)
    # Saving an order with its own number is fine.
    oid = orders.list_orders(db, a)[0].id
    orders.update_order(db, oid, order(order_no="2026112300001", platform="taobao", paid="5"))
    assert orders.list_orders(db, a)[0].data.paid == Decimal("5.00")


def test_missing_customer_or_order(db: Database) -> None:
    with pytest.raises(NotFoundError):
        orders.add_order(db, 999, order())
    with pytest.raises(NotFoundError):
        orders.update_order(db, 999, order())
    with pytest.raises(NotFoundError):
        orders.delete_order(db, 999)
    with pytest.raises(NotFoundError):
        orders.list_orders(db, 999)


def test_target_override_gives_way_to_a_first_order(db: Database) -> None:
    cid = new_customer(db, override="target")
    with db.session() as session:
        stats.recompute_customers(session, [cid])
    assert card(db, cid).relationship_status == "target"
    oid = orders.add_order(db, cid, order()).extra["order_id"]
    assert card(db, cid).relationship_status == "first"
    orders.delete_order(db, oid)
    assert card(db, cid).relationship_status == "target"


def contact(**kw: object) -> ContactInput:
    values: dict[str, object] = {
        "contacted_at": NOW,
        "channel": "wechat",
        "kind": "follow_up",
        "summary": "回访新茶口感",
    }
    values.update(kw)
    return ContactInput(**values)  # type: ignore[arg-type]


def test_contacts_add_list_update_delete(db: Database) -> None:
    cid = new_customer(db)
    first = orders.add_contact(db, cid, contact(contacted_at=NOW - dt.timedelta(days=3)))
    orders.add_contact(
        db,
        cid,
        contact(kind="complaint", channel="phone", summary="包装破损", follow_up_on=NOW.date()),
    )
    listed = orders.list_contacts(db, cid)
    assert [c.data.summary for c in listed] == ["包装破损", "回访新茶口感"]
    assert listed[0].data.complaint_status == "open"  # a new complaint is open
    assert listed[0].data.follow_up_on == NOW.date()

    cid_changed = orders.update_contact(
        db,
        listed[0].id,
        contact(
            kind="complaint", summary="包装破损", complaint_status="resolved", resolution="补发"
        ),
    )
    assert cid_changed.customer_ids == (cid,)
    assert orders.list_contacts(db, cid)[0].data.resolution == "补发"

    orders.delete_contact(db, first.extra["contact_id"])
    assert [c.data.summary for c in orders.list_contacts(db, cid)] == ["包装破损"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (contact(channel="pigeon"), "channel"),
        (contact(kind="gossip"), "kind"),
        (contact(summary="   "), "summary"),
        (contact(complaint_status="open"), "complaint_status"),
        (contact(kind="complaint", complaint_status="forgotten"), "complaint_status"),
    ],
)
def test_bad_contacts_are_refused(db: Database, data: ContactInput, field: str) -> None:
    cid = new_customer(db)
    with pytest.raises(ValidationError) as err:
        orders.add_contact(db, cid, data)
    assert err.value.field == field
    assert orders.list_contacts(db, cid) == []
