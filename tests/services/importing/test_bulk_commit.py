"""The import's bulk write path: driver-level inserts and a first import's index rebuild."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Table, select, text

from crmdesk.db import Database
from crmdesk.models import Customer
from crmdesk.services.derived_text import refresh_derived_text
from crmdesk.services.importing import commit, matching
from crmdesk.services.importing.pipeline import analyse, run_import

from .dbcheck import indexes, integrity
from .platform_files import TAOBAO_2017, fill, headers, write_csv, write_xlsx

HEADERS = ["姓名", "手机", "生日", "标签", "平台", "买家ID"]


def _rows(count: int) -> list[list[object]]:
    return [
        [f"客户{i}", f"135{i:08d}", "1990-05-20", "老客户", "淘宝", f"tb_{i}"] for i in range(count)
    ]


def test_big_first_import_rebuilds_every_index(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "BIG_INSERT", 50)
    before = indexes(db)
    assert any(sql and "customers" in sql for _, sql in before)
    dropped: list[str] = []
    original = matching.MatchState.restore_indexes

    def spy(self: matching.MatchState, table: Table | None = None) -> None:
        for name, sqls in self.dropped_indexes.items():
            if table is None or name == table.name:
                dropped.extend(sqls)
        original(self, table)

    monkeypatch.setattr(matching.MatchState, "restore_indexes", spy)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", HEADERS, _rows(300)))
    summary = run_import(db, plan)
    assert summary.customers_created == 300
    assert len(dropped) >= 10  # the customers' indexes went, and came back:
    assert indexes(db) == before
    assert integrity(db) == "ok"
    with db.session() as s:
        first = s.execute(select(Customer).where(Customer.name == "客户7")).scalar_one()
        assert first.birthday == dt.date(1990, 5, 20)
        assert first.birthday_month == 5
        assert first.phone == "13500000007"
        assert first.kind == "person" and first.relationship_status == "potential"
        assert first.name_pinyin and "tb_7" in first.search_text
        assert isinstance(first.created_at, dt.datetime)


def test_failure_after_the_indexes_were_dropped_keeps_them(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "BIG_INSERT", 50)
    before = indexes(db)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", HEADERS, _rows(300)))

    def broken(session: object, ids: object = None) -> int:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(commit, "refresh_derived_text", broken)
    with pytest.raises(RuntimeError):
        run_import(db, plan)
    assert indexes(db) == before
    with db.session() as s:
        assert s.execute(select(Customer.id)).first() is None


def test_small_import_into_a_bigger_shop_keeps_the_indexes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_import(db, analyse(db, write_xlsx(tmp_path / "a.xlsx", HEADERS, _rows(200))))
    monkeypatch.setattr(matching, "BIG_INSERT", 50)
    dropped: list[int] = []
    original = matching.MatchState._drop_indexes

    def spy(self: matching.MatchState) -> None:
        dropped.append(1)
        original(self)

    monkeypatch.setattr(matching.MatchState, "_drop_indexes", spy)
    rows = [[f"新客{i}", f"136{i:08d}", None, None, None, None] for i in range(60)]
    summary = run_import(db, analyse(db, write_xlsx(tmp_path / "b.xlsx", HEADERS, rows)))
    assert summary.customers_created == 60
    assert dropped == []  # 60 new beside 200 old: indexes are kept and filled as usual
    assert integrity(db) == "ok"


def _derived(db: Database) -> dict[int, tuple[object, ...]]:
    with db.session() as s:
        rows = s.execute(
            select(
                Customer.id,
                Customer.name_pinyin,
                Customer.search_text,
                Customer.accounts_text,
                Customer.birthday_month,
            )
        )
        return {r[0]: tuple(r[1:]) for r in rows}


def test_new_customers_are_inserted_with_their_derived_text(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = ["姓名", "手机", "微信", "生日", "平台", "买家ID", "买家昵称"]
    run_import(
        db,
        analyse(
            db,
            write_xlsx(
                tmp_path / "a.xlsx",
                headers,
                [["老王", "13900000001", None, None, "淘宝", "tb_old", None]],
            ),
        ),
    )
    with db.session() as s:
        old_id = s.execute(select(Customer.id)).scalar_one()
    rows = [
        ["张三", "13500000001", "WX_Zhang", "1990-05-20", "淘宝", "tb_zs", "小张"],
        # The same buyer again with a new nick: the last one is the one kept.
        ["张三", "13500000001", None, None, "淘宝", "tb_zs", "张张"],
        ["李四", "13500000002", None, None, "京东", "jd_ls", None],
        # Matches the existing card by phone: it gains an account and is refreshed.
        ["老王", "13900000001", "wang_wx", None, "京东", "jd_wang", None],
    ]
    refreshed: list[set[int]] = []
    original = commit.refresh_derived_text

    def spy(session: object, ids: object = None) -> int:
        refreshed.append(set(ids))  # type: ignore[call-overload]
        return original(session, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(commit, "refresh_derived_text", spy)
    summary = run_import(db, analyse(db, write_xlsx(tmp_path / "b.xlsx", headers, rows)))
    assert summary.customers_created == 2 and summary.customers_updated == 1
    assert refreshed == [{old_id}]  # new cards were written once, with their text
    imported = _derived(db)
    with db.session() as s:
        zhang = s.execute(select(Customer).where(Customer.name == "张三")).scalar_one()
        assert zhang.name_pinyin == "zhangsan"
        assert zhang.birthday_month == 5
        assert zhang.accounts_text == "淘宝 tb_zs"
        assert "张张" in zhang.search_text and "小张" not in zhang.search_text
        assert "wx_zhang" in zhang.search_text and "zs" in zhang.search_text
        # The trigram index holds the inserted text (its insert trigger skips only '').
        found = s.execute(
            text("SELECT rowid FROM customer_search WHERE customer_search MATCH '\"angsan\"'")
        ).scalars()
        assert list(found) == [zhang.id]
        refresh_derived_text(s, None)
    assert _derived(db) == imported  # the same as a full rebuild computes


def _taobao_orders(tmp_path: Path, name: str, count: int, first: int = 0) -> Path:
    cols = headers(TAOBAO_2017)
    rows = [
        {
            "订单编号": f'="3515313147329{n:05d}"',
            "买家会员名": f"tb_buyer{n % 40}",
            "买家实际支付金额": "50.00",
            "订单状态": "交易成功",
            "收货人姓名": f"买家{n % 40}",
            "联系手机": f"'1392513{n % 40:04d}",
            "订单创建时间": "2024-08-01 10:00:00",
            "订单付款时间 ": "2024-08-01 10:01:00",
            "宝贝标题 ": "围巾",
            "宝贝总数量": "1",
        }
        for n in range(first, first + count)
    ]
    return write_csv(tmp_path / name, cols, fill(cols, rows), encoding="gbk")


def test_big_first_order_import_rebuilds_the_order_indexes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "BIG_INSERT", 50)
    before = indexes(db)
    dropped: list[str] = []
    original = matching.MatchState.restore_indexes

    def spy(self: matching.MatchState, table: Table | None = None) -> None:
        for name, sqls in self.dropped_indexes.items():
            if table is None or name == table.name:
                dropped.extend(sqls)
        original(self, table)

    monkeypatch.setattr(matching.MatchState, "restore_indexes", spy)
    summary = run_import(db, analyse(db, _taobao_orders(tmp_path, "a.csv", 120)))
    assert (summary.orders_added, summary.customers_created) == (120, 40)
    assert any("ON orders" in sql for sql in dropped)
    assert indexes(db) == before
    assert integrity(db) == "ok"
    with db.session() as s:
        spend = s.execute(select(Customer.total_spend_fen).where(Customer.name == "买家7"))
        assert spend.scalar_one() == 3 * 5000  # the figures read the rebuilt indexes
    # A smaller import into the shop that now holds them keeps the indexes live.
    dropped.clear()
    summary = run_import(db, analyse(db, _taobao_orders(tmp_path, "b.csv", 60, first=500)))
    assert summary.orders_added == 60
    assert not any("ON orders" in sql for sql in dropped)
    assert indexes(db) == before


def test_order_and_item_rows_name_every_column() -> None:
    # The order commit writes rows as bare tuples: a column it left out would get NULL
    # instead of its default, silently.
    assert set(commit._ORDER_COLUMNS) == set(matching.ORDERS.c.keys())
    assert set(commit._ITEM_COLUMNS) == set(matching.ITEMS.c.keys()) - {"id"}
