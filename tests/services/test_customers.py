"""Customer cards: create, edit, duplicates, recycle bin, purge and merge."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select, text

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.models import ContactRecord, Customer, Order, PointsEntry
from crmdesk.services import customers as svc
from crmdesk.services.customers import AccountInput, CustomerInput, ImportantDateInput
from crmdesk.services.duplicates import find_duplicates


def make(db: Database, name: str = "张三", **fields: object) -> svc.CustomerCard:
    return svc.create_customer(db, CustomerInput(name=name, **fields))  # type: ignore[arg-type]


def add_order(db: Database, customer_id: int, paid_fen: int, when: dt.datetime, no: str) -> int:
    with db.session() as s:
        order = Order(
            customer_id=customer_id,
            platform="taobao",
            order_no=no,
            ordered_at=when,
            paid_fen=paid_fen,
            status="completed",
        )
        s.add(order)
        s.flush()
        return order.id


def test_create_stores_normalised_fields_and_derived_text(db: Database) -> None:
    card = make(
        db,
        " 张三 ",
        phone="+86 138 0013 8000",
        birthday=dt.date(1990, 3, 8),
        province="浙江省",
        city="杭州市",
        accounts=(AccountInput("taobao", " tb_buyer01 ", "小张"), AccountInput("jd", "jd_xx")),
        tags=("VIP", " 老客户 ", "VIP"),
        important_dates=(ImportantDateInput("结婚纪念日", 10, 1),),
    )
    assert card.data.name == "张三"
    assert card.data.phone == "13800138000"
    assert not card.phone_masked
    assert card.data.tags == ("VIP", "老客户")
    assert card.data.accounts == (
        AccountInput("taobao", "tb_buyer01", "小张"),
        AccountInput("jd", "jd_xx", None),
    )
    assert card.data.important_dates[0].label == "结婚纪念日"
    assert card.relationship_status == "potential"
    assert card.order_count == 0
    assert card.total_spend == Decimal("0.00")
    assert card.deleted_at is None
    with db.session() as s:
        row = s.get(Customer, card.id)
        assert row is not None
        assert row.name_pinyin == "zhangsan"
        assert row.birthday_month == 3
        assert row.accounts_text == "淘宝 tb_buyer01; 京东 jd_xx"
        for needle in ("zhangsan", "zs", "13800138000", "tb_buyer01", "小张", "jd_xx"):
            assert needle in row.search_text


def test_masked_phone_is_kept_and_marked(db: Database) -> None:
    card = make(db, phone="138****1234")
    assert card.data.phone == "138****1234"
    assert card.phone_masked


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"name": "  "}, "name", "Name is required"),
        ({"phone": "12345"}, "phone", "not a valid phone number"),
        ({"birthday": dt.date.today() + dt.timedelta(days=1)}, "birthday", "in the future"),
        ({"email": "nope"}, "email", "not an e-mail address"),
        ({"gender": "X"}, "gender", "not one of the choices"),
        ({"status_override": "loyal"}, "status_override", "not one of the choices"),
        ({"accounts": (AccountInput("taobao", " "),)}, "accounts", "needs a buyer ID"),
        ({"accounts": (AccountInput("ebay", "x"),)}, "accounts", "Choose the platform"),
        ({"tags": ("",)}, "tags", "A tag needs a name"),
        (
            {"important_dates": (ImportantDateInput("生日", 2, 30),)},
            "important_dates",
            "2/30 is not a date",
        ),
        ({"province": "省" * 41}, "province", "too long"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    db: Database, fields: dict[str, object], field: str, words: str
) -> None:
    data = dataclasses.replace(CustomerInput(name="张三"), **fields)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as err:
        svc.create_customer(db, data)
    assert err.value.field == field
    assert words in str(err.value)
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Customer)).scalar_one() == 0


def test_update_replaces_accounts_tags_and_dates(db: Database) -> None:
    card = make(
        db,
        accounts=(AccountInput("taobao", "tb1"), AccountInput("pdd", "p1")),
        tags=("A", "B"),
        important_dates=(ImportantDateInput("纪念日", 5, 20),),
    )
    data = dataclasses.replace(
        card.data,
        name="张三丰",
        phone="0571-88888888",
        accounts=(AccountInput("taobao", "tb1", "新昵称"), AccountInput("douyin", "dy1")),
        tags=("B", "C"),
        important_dates=(),
        birthday=dt.date(1985, 12, 1),
    )
    updated = svc.update_customer(db, card.id, data)
    assert updated.data.name == "张三丰"
    assert updated.data.phone == "0571-88888888"
    assert updated.data.tags == ("B", "C")
    assert updated.data.accounts == (
        AccountInput("taobao", "tb1", "新昵称"),
        AccountInput("douyin", "dy1"),
    )
    assert updated.data.important_dates == ()
    with db.session() as s:
        row = s.get(Customer, card.id)
        assert row is not None
        assert row.name_pinyin == "zhangsanfeng"
        assert row.accounts_text == "淘宝 tb1; 抖店 dy1"
        assert "p1" not in row.search_text
        assert "zsf" in row.search_text
        assert row.birthday_month == 12


def test_status_override_decides_the_status(db: Database) -> None:
    card = make(db, status_override="target")
    assert card.relationship_status == "target"
    card = svc.update_customer(db, card.id, dataclasses.replace(card.data, status_override=None))
    assert card.relationship_status == "potential"


def test_get_missing_customer(db: Database) -> None:
    with pytest.raises(NotFoundError, match="#99"):
        svc.get_customer(db, 99)
    with pytest.raises(NotFoundError):
        svc.update_customer(db, 99, CustomerInput(name="x"))


def test_duplicates_by_full_phone_or_buyer_id(db: Database) -> None:
    first = make(db, phone="13800138000", accounts=(AccountInput("taobao", "tb1"),))
    make(db, "李四", phone="138****8000")
    hits = find_duplicates(db, "138 0013 8000", ())
    assert [(h.customer_id, h.reason, h.detail) for h in hits] == [
        (first.id, "phone", "13800138000")
    ]
    hits = find_duplicates(db, None, (AccountInput("taobao", "tb1"),))
    assert [(h.customer_id, h.name, h.reason, h.detail) for h in hits] == [
        (first.id, "张三", "account", "淘宝: tb1")
    ]
    # Masked numbers never count as the same phone; the card itself is not its duplicate.
    assert find_duplicates(db, "138****8000", ()) == []
    assert find_duplicates(db, "13800138000", (), exclude_id=first.id) == []
    assert find_duplicates(db, "not a phone", (AccountInput("jd", "tb1"),)) == []
    svc.delete_customers(db, [first.id])
    assert find_duplicates(db, "13800138000", (AccountInput("taobao", "tb1"),)) == []


def test_buyer_id_of_another_card_is_refused(db: Database) -> None:
    first = make(db, accounts=(AccountInput("taobao", "tb1"),))
    with pytest.raises(ValidationError, match=r"already belongs to 张三 \(#1\)") as err:
        make(db, "李四", accounts=(AccountInput("taobao", "tb1"),))
    assert err.value.field == "accounts"
    svc.delete_customers(db, [first.id])
    with pytest.raises(ValidationError, match="recycle bin"):
        make(db, "李四", accounts=(AccountInput("taobao", "tb1"),))
    # the same buyer id on another platform is another buyer
    assert make(db, "王五", accounts=(AccountInput("jd", "tb1"),)).id


def test_recycle_bin_round_trip(db: Database) -> None:
    a = make(db, "甲")
    b = make(db, "乙")
    changed = svc.delete_customers(db, [a.id, b.id, a.id])
    assert changed.deleted == (a.id, b.id)
    assert svc.delete_customers(db, [a.id]).deleted == ()
    assert [d.name for d in svc.list_deleted(db)] == ["乙", "甲"]
    assert svc.get_customer(db, a.id).deleted_at is not None
    assert svc.restore_customers(db, [a.id]).customer_ids == (a.id,)
    assert svc.get_customer(db, a.id).deleted_at is None
    assert [d.id for d in svc.list_deleted(db)] == [b.id]


def test_purge_only_from_the_bin_and_leaves_no_bytes(db: Database) -> None:
    live = make(db, "留下")
    gone = make(
        db,
        "欧阳锋",
        phone="13912345678",
        address="白驼山庄九十九号",
        accounts=(AccountInput("taobao", "ouyang_secret"),),
    )
    order_id = add_order(db, gone.id, 10000, dt.datetime(2025, 1, 1), "T1")
    with db.session() as s:
        s.add(PointsEntry(customer_id=gone.id, kind="earn", points=100, order_id=order_id))
        s.add(ContactRecord(customer_id=gone.id, channel="phone", kind="care", summary="x"))
    assert svc.purge_customers(db, [live.id, gone.id]).deleted == ()
    svc.delete_customers(db, [gone.id])
    assert svc.purge_customers(db, [live.id, gone.id]).deleted == (gone.id,)
    with pytest.raises(NotFoundError):
        svc.get_customer(db, gone.id)
    with db.session() as s:
        for table in ("orders", "points_ledger", "contact_records", "customer_accounts"):
            assert s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
    blob = db.path.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    if wal.exists():
        blob += wal.read_bytes()
    for secret in ("13912345678", "白驼山庄九十九号", "ouyang_secret", "欧阳锋"):
        assert secret.encode() not in blob
    assert "留下".encode() in blob


def test_merge_moves_everything_to_the_kept_card(db: Database) -> None:
    keep = make(
        db, "张三", phone="138****8000", tags=("VIP",), accounts=(AccountInput("taobao", "tb1"),),
        important_dates=(ImportantDateInput("纪念日", 5, 20),), notes="爱喝茶",
    )  # fmt: skip
    other = make(
        db, "张三(京东)", phone="13800138000", wechat="zs_wx", birthday=dt.date(1990, 1, 2),
        tags=("VIP", "京东"), accounts=(AccountInput("jd", "jd1"),),
        important_dates=(ImportantDateInput("纪念日", 5, 20), ImportantDateInput("孩子生日", 6, 1)),
        notes="怕冷",
    )  # fmt: skip
    referred = make(db, "王五", referrer_id=other.id)
    o1 = add_order(db, keep.id, 5000, dt.datetime(2025, 1, 1), "K1")
    o2 = add_order(db, other.id, 7000, dt.datetime(2025, 2, 1), "O1")
    with db.session() as s:
        s.add(PointsEntry(customer_id=keep.id, kind="earn", points=50, order_id=o1))
        s.add(PointsEntry(customer_id=other.id, kind="earn", points=70, order_id=o2))
        s.add(PointsEntry(customer_id=other.id, kind="redeem", points=-20, note="礼品"))
        s.execute(text("UPDATE customers SET points_balance = 50 WHERE id = :i"), {"i": keep.id})
        s.execute(text("UPDATE customers SET points_balance = 50 WHERE id = :i"), {"i": other.id})
        s.add(ContactRecord(customer_id=other.id, channel="wechat", kind="care", summary="问候"))

    merged = svc.merge_customers(db, keep.id, other.id)

    assert merged.id == keep.id
    assert merged.data.name == "张三"
    assert merged.data.phone == "13800138000"  # the full number beats the masked one
    assert not merged.phone_masked
    assert merged.data.wechat == "zs_wx"
    assert merged.data.birthday == dt.date(1990, 1, 2)
    assert merged.data.notes == "爱喝茶\n怕冷"
    assert merged.data.tags == ("VIP", "京东")
    assert {(a.platform, a.buyer_id) for a in merged.data.accounts} == {
        ("taobao", "tb1"),
        ("jd", "jd1"),
    }
    assert sorted(d.label for d in merged.data.important_dates) == ["孩子生日", "纪念日"]
    assert merged.order_count == 2
    assert merged.total_spend == Decimal("120.00")
    assert merged.points_balance == 100
    with pytest.raises(NotFoundError):
        svc.get_customer(db, other.id)
    assert svc.get_customer(db, referred.id).data.referrer_id == keep.id
    with db.session() as s:
        ledger = s.execute(
            select(PointsEntry.customer_id, PointsEntry.points, PointsEntry.order_id)
        ).all()
        assert sorted(ledger, key=lambda r: r[1]) == [
            (keep.id, -20, None), (keep.id, 50, o1), (keep.id, 70, o2),
        ]  # fmt: skip
        assert (
            s.execute(
                select(func.count())
                .select_from(ContactRecord)
                .where(ContactRecord.customer_id == keep.id)
            ).scalar_one()
            == 1
        )
        row = s.get(Customer, keep.id)
        assert row is not None
        assert "jd1" in row.search_text
        assert "zs_wx" in row.search_text
        # the append-only ledger still refuses changes afterwards
        with pytest.raises(Exception, match="cannot be changed"):
            s.execute(text("UPDATE points_ledger SET points = 1"))


def test_merge_needs_two_cards(db: Database) -> None:
    card = make(db)
    with pytest.raises(ValidationError, match="two different cards"):
        svc.merge_customers(db, card.id, card.id)
    with pytest.raises(NotFoundError):
        svc.merge_customers(db, card.id, 42)
    assert svc.get_customer(db, card.id).data.name == "张三"


def test_refresh_derived_text_in_bulk_after_raw_inserts(db: Database) -> None:
    """The importer inserts rows directly and then asks for the text columns once."""
    with db.session() as s:
        s.execute(
            insert(Customer.__table__),
            [
                {
                    "id": i,
                    "name": f"李{i}",
                    "phone": f"139{i:08d}",
                    "birthday": dt.date(1990, i % 9 + 1, 1),
                }
                for i in range(1, 1201)
            ],
        )
        s.execute(
            text(
                "INSERT INTO customer_accounts (customer_id, platform, buyer_id)"
                " VALUES (:i, 'pdd', :b)"
            ),
            [{"i": i, "b": f"pdd_{i}"} for i in range(1, 1201)],
        )
        assert svc.refresh_derived_text(s, range(1, 1201)) == 1200
    with db.session() as s:
        row = s.get(Customer, 1111)
        assert row is not None
        assert row.accounts_text == "拼多多 pdd_1111"
        assert row.name_pinyin.startswith("li")
        assert "pdd_1111" in row.search_text
        assert "13900001111" in row.search_text
        assert row.birthday_month == 1111 % 9 + 1
