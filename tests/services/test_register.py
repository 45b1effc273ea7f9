"""The register: search, filters, sorting, paging, bulk tags, filter choices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.services import customers as cust
from crmdesk.services import register as reg
from crmdesk.services import tags
from crmdesk.services.customers import AccountInput, CustomerInput
from crmdesk.services.register import RegisterQuery
from crmdesk.services.register_columns import COLUMNS


def make(db: Database, name: str, **fields: object) -> int:
    return cust.create_customer(db, CustomerInput(name=name, **fields)).id  # type: ignore[arg-type]


def set_figures(db: Database, cid: int, spend_fen: int, orders: int, last: str | None) -> None:
    """Stored order figures as the stats service would leave them."""
    with db.session() as s:
        s.execute(
            text(
                "UPDATE customers SET total_spend_fen = :f, order_count = :n, last_order_at = :l"
                " WHERE id = :i"
            ),
            {"f": spend_fen, "n": orders, "l": last, "i": cid},
        )


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    ids = {
        "张三": make(
            db, "张三", phone="13800138000", province="浙江省", city="杭州市",
            birthday=dt.date(1990, 3, 8), accounts=(AccountInput("taobao", "tb_zs"),),
            tags=("VIP",), wechat="zs_wechat",
        ),
        "李四": make(
            db, "李四", phone="0571-88888888", province="江苏省",
            accounts=(AccountInput("jd", "jd_ls", "四哥"),), tags=("VIP", "老客户"),
        ),
        "王五": make(db, "王五", province="浙江省", city="宁波市", birthday=dt.date(1985, 3, 1)),
        "Amy": make(db, "Amy", phone="138****1234", accounts=(AccountInput("pdd", "amy_pdd"),)),
        "赵六": make(db, "赵六", status_override="non_customer"),
    }  # fmt: skip
    set_figures(db, ids["张三"], 50000, 3, "2025-06-01 10:00:00")
    set_figures(db, ids["李四"], 120000, 5, "2025-01-01 10:00:00")
    set_figures(db, ids["王五"], 800, 1, "2024-01-01 10:00:00")
    return ids


def names(db: Database, query: RegisterQuery) -> list[str]:
    return [r.name for r in reg.fetch_page(db, query, 0, 100)]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("zs", ["张三"]),
        ("zhangsan", ["张三"]),
        ("ZhangSan", ["张三"]),
        ("张", ["张三"]),
        ("138 0013", ["张三"]),
        ("88888888", ["李四"]),
        ("jd_ls", ["李四"]),
        ("四哥", ["李四"]),
        ("zs_wechat", ["张三"]),
        ("amy", ["Amy"]),
        ("1234", ["Amy"]),
        ("100%", []),
        ("s_", ["张三"]),  # not a wildcard: only zs_wechat, not "si" or "san"
        ("nobody", []),
    ],
)
def test_search_by_name_pinyin_phone_buyer_id_wechat(
    db: Database, shop: dict[str, int], typed: str, found: list[str]
) -> None:
    query = RegisterQuery(search=typed)
    assert names(db, query) == found
    assert reg.count_customers(db, query) == len(found)


def test_filters(db: Database, shop: dict[str, int]) -> None:
    by_name = RegisterQuery(sort_key="name", sort_desc=False)
    assert names(db, by_name) == ["Amy", "李四", "王五", "张三", "赵六"]
    assert names(db, RegisterQuery(province="浙江省", sort_key="name", sort_desc=False)) == [
        "王五",
        "张三",
    ]
    assert names(db, RegisterQuery(platforms=("taobao", "pdd"), sort_key="name")) == [
        "张三",
        "Amy",
    ]
    choices = reg.filter_choices(db)
    assert choices == {
        "platforms": ["jd", "pdd", "taobao"],
        "provinces": ["江苏省", "浙江省"],
        "tags": ["VIP", "老客户"],
    }
    with db.session() as s:
        old_id = s.execute(text("SELECT id FROM tags WHERE name = '老客户'")).scalar_one()
    assert names(db, RegisterQuery(tag_ids=(old_id,))) == ["李四"]
    assert names(db, RegisterQuery(statuses=("non_customer",))) == ["赵六"]
    assert names(db, RegisterQuery(birthday_month=3, sort_key="name", sort_desc=False)) == [
        "王五",
        "张三",
    ]
    spend = RegisterQuery(
        extra={"min_total_spend": "500", "unknown_key": 1}, sort_key="total_spend"
    )
    assert names(db, spend) == ["李四", "张三"]
    assert reg.count_customers(db, RegisterQuery(province="浙江省", platforms=("taobao",))) == 1
    assert reg.count_customers(db, RegisterQuery(tag_ids=(old_id,))) == 1


def test_sorting_every_sortable_column_with_nulls_last(db: Database, shop: dict[str, int]) -> None:
    desc = RegisterQuery(sort_key="total_spend")
    assert names(db, desc)[:3] == ["李四", "张三", "王五"]
    rows = reg.fetch_page(db, desc, 0, 1)
    assert rows[0].total_spend == Decimal("1200.00")
    asc_last = RegisterQuery(sort_key="last_order_at", sort_desc=False)
    assert names(db, asc_last)[:3] == ["王五", "李四", "张三"]
    desc_last = RegisterQuery(sort_key="last_order_at")
    assert names(db, desc_last)[:3] == ["张三", "李四", "王五"]
    for query in (asc_last, desc_last):
        assert {r.last_order_at for r in reg.fetch_page(db, query, 3, 10)} == {None}
    for column in COLUMNS:
        if not column.sortable:
            continue
        for desc_flag in (False, True):
            query = RegisterQuery(sort_key=column.key, sort_desc=desc_flag)
            ids = reg.fetch_ids(db, query)
            assert sorted(ids) == sorted(shop.values()), column.key
            assert [r.id for r in reg.fetch_page(db, query, 0, 100)] == ids


def test_ties_break_by_id_so_pages_never_overlap(db: Database) -> None:
    for i in range(25):
        make(db, f"客户{i:02d}")
    query = RegisterQuery(sort_key="total_spend")  # every spend is 0
    pages = [r.id for offset in range(0, 25, 10) for r in reg.fetch_page(db, query, offset, 10)]
    assert len(pages) == len(set(pages)) == 25
    assert pages == sorted(pages, reverse=True)
    assert reg.count_customers(db, RegisterQuery(), cap=10) == 11
    assert reg.count_customers(db, RegisterQuery(search="客户"), cap=100) == 25


def test_rows_carry_display_values(db: Database, shop: dict[str, int]) -> None:
    row = reg.fetch_page(db, RegisterQuery(search="李四"), 0, 1)[0]
    assert row.accounts == "京东 jd_ls"
    assert row.region == "江苏省"
    assert row.tags == ("VIP", "老客户")
    assert row.phone == "0571-88888888"
    assert row.order_count == 5
    amy = reg.fetch_page(db, RegisterQuery(search="amy"), 0, 1)[0]
    assert amy.phone_masked
    zs = reg.fetch_page(db, RegisterQuery(search="zs"), 0, 1)[0]
    assert zs.region == "浙江省 杭州市"
    assert zs.wechat == "zs_wechat"
    assert zs.birthday == dt.date(1990, 3, 8)


def test_deleted_cards_leave_the_register(db: Database, shop: dict[str, int]) -> None:
    cust.delete_customers(db, [shop["张三"]])
    assert "张三" not in names(db, RegisterQuery())
    assert names(db, RegisterQuery(search="zs")) == []
    assert names(db, RegisterQuery(deleted=True)) == ["张三"]
    assert reg.count_customers(db, RegisterQuery()) == 4


def test_bulk_tags(db: Database, shop: dict[str, int]) -> None:
    targets = [shop["张三"], shop["王五"]]
    changed = tags.add_tag(db, targets, " 回头客 ")
    assert changed.customer_ids == tuple(sorted(targets))
    assert tags.add_tag(db, targets, "回头客").customer_ids == ()
    assert cust.get_customer(db, shop["王五"]).data.tags == ("回头客",)
    assert tags.remove_tag(db, [shop["张三"], shop["李四"]], "VIP").customer_ids == tuple(
        sorted([shop["张三"], shop["李四"]])
    )
    assert cust.get_customer(db, shop["张三"]).data.tags == ("回头客",)
    assert tags.remove_tag(db, targets, "no such tag").customer_ids == ()
    with pytest.raises(ValidationError, match="A tag needs a name"):
        tags.add_tag(db, targets, "  ")


def test_select_ids_is_the_register_as_shown(db: Database, shop: dict[str, int]) -> None:
    query = RegisterQuery(province="浙江省", sort_key="total_spend")
    with db.session() as s:
        ids = list(s.execute(reg.select_ids(query)).scalars())
    assert ids == [shop["张三"], shop["王五"]] == reg.fetch_ids(db, query)
