"""The import's figures and points in bulk: the same rows as the per-customer paths.

The points of new buyers are written by one SQL statement per stretch of chunks
(points_orders._earn_fresh) instead of _sync_chunk; the analytics classify non-buyers in
one UPDATE; an import on a day whose figures are current recomputes only the cards it
touched. Each is held here to the result of the general path.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from crmdesk.db import Database, open_database
from crmdesk.models import Customer, Order
from crmdesk.services import (
    analytics,
    membership,
    points,
    points_orders,
    settings,
    stats,
    tier_rules,
    tiers,
)
from crmdesk.services.importing.pipeline import analyse, run_import

from .dbcheck import indexes
from .platform_files import TAOBAO_2017, fill, headers, write_csv, write_xlsx

TODAY = dt.date.today()
#: Timestamps differ from run to run; their form is checked, their value is not.
MOMENTS = {"created_at", "updated_at", "changed_at", "imported_at"}
STAMP = "____-__-__ __:__:__.______"


@pytest.fixture
def twin(tmp_path: Path) -> Iterator[Database]:
    """A second shop file, to run the general path on the same data."""
    database = open_database(tmp_path / "twin.crmdesk")
    yield database
    database.close()


def _table(db: Database, name: str) -> list[tuple[Any, ...]]:
    """Every row of a table in id order, timestamps reduced to their form."""
    con = sqlite3.connect(db.path)
    try:
        cursor = con.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
        columns = [d[0] for d in cursor.description]
        out = []
        for row in cursor:
            out.append(
                tuple(
                    "".join("_" if ch.isdigit() else ch for ch in v)
                    if c in MOMENTS and isinstance(v, str)
                    else v
                    for c, v in zip(columns, row, strict=True)
                )
            )
        return out
    finally:
        con.close()


def _shop(db: Database, *, historic_start: bool = True, with_tiers: bool = True) -> None:
    """Rules that exercise every part of an earn: rate, waiting period, expiry, tiers."""
    rules = points.PointsRules(
        per_yuan=Decimal("1.5"),
        freeze_days=7,
        expiry="months",
        expiry_months=12,
        award_historic=False,
        start_date=TODAY - dt.timedelta(days=200) if historic_start else None,
    )
    points.save_rules(db, rules)
    if with_tiers:
        tier_rules.apply_rules(
            db,
            [
                tiers.TierInput("铜", Decimal(0), points_multiplier=Decimal("0.8")),
                tiers.TierInput(
                    "银", Decimal(300), points_multiplier=Decimal("1.2"), entry_reward_points=30
                ),
                tiers.TierInput(
                    "金", Decimal(900), points_multiplier=Decimal(2), entry_reward_points=90
                ),
            ],
            tiers.TierRules(basis="total_spend"),
        )


def _orders(db: Database, count: int, prefix: str = "NO") -> list[int]:
    """``count`` customers with a mix of orders written in bulk, as an import writes them."""
    statuses = ("completed", "shipped", "paid", "closed", "unpaid")
    now = dt.datetime.combine(TODAY, dt.time(9, 30))
    ids = []
    with db.session() as session:
        for i in range(count):
            cid = session.execute(
                insert(Customer).values(name=f"客户{i}").returning(Customer.id)
            ).scalar_one()
            for k in range(i % 4 + 1):
                paid = (i * 7919 + k * 104729) % 150_000 + (i % 3) * 40
                refund = 0
                if (i + k) % 5 == 0:
                    refund = paid // 3  # partly refunded: earns, then reverses a third
                elif (i + k) % 11 == 0:
                    refund = paid
                ids.append(
                    session.execute(
                        insert(Order)
                        .values(
                            customer_id=cid,
                            order_no=None if (i + k) % 13 == 0 else f"{prefix}{i}-{k}",
                            ordered_at=now - dt.timedelta(days=(i * 37 + k * 91) % 400),
                            paid_fen=paid,
                            refund_fen=refund,
                            status=statuses[(i + 2 * k) % 5 if (i + k) % 3 == 0 else 0],
                        )
                        .returning(Order.id)
                    ).scalar_one()
                )
    return ids


def _spy_bulk(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What each call of the bulk path answered (True: it wrote the stretch)."""
    answers: list[bool] = []
    bulk = points_orders._earn_fresh

    def spy(*args: Any) -> bool:
        answers.append(bulk(*args))
        return answers[-1]

    monkeypatch.setattr(points_orders, "_earn_fresh", spy)
    return answers


def _after_orders(db: Database, order_ids: list[int]) -> membership.OrdersApplied:
    with db.session() as session:
        stats.recompute_all(session, TODAY)
        return membership.after_orders_changed(session, order_ids, TODAY)


@pytest.mark.parametrize("chunk", [500, 7])
@pytest.mark.parametrize("historic_start", [True, False])
def test_bulk_earning_writes_what_the_general_path_writes(
    db: Database,
    twin: Database,
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
    historic_start: bool,
) -> None:
    small = points.chunks

    def chunks(values: Any, size: int = chunk) -> Any:
        return small(values, size)

    # Small chunks: many stretches, reversals in some of them, tiers moving.
    monkeypatch.setattr(points_orders, "chunks", chunks)
    for shop in (db, twin):
        _shop(shop, historic_start=historic_start)
    ids = _orders(db, 60)
    assert _orders(twin, 60) == ids
    answers = _spy_bulk(monkeypatch)
    fast = _after_orders(db, ids)
    assert answers == [True]  # every chunk without entries: one stretch
    monkeypatch.setattr(points_orders, "_earn_fresh", lambda *args: False)
    general = _after_orders(twin, ids)
    assert fast == general
    assert fast.points.orders_earned > 0 and fast.points.points_reversed > 0
    for table in ("points_ledger", "customers", "tier_changes"):
        assert _table(db, table) == _table(twin, table)
    assert {r[2] for r in _table(db, "points_ledger")} == {STAMP}


def test_an_amount_too_large_for_sql_integers_takes_the_general_path(
    db: Database, twin: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _spy_bulk(monkeypatch)
    for shop in (db, twin):
        settings.set_settings(shop, {"points_per_yuan": "3"})
    ids = []
    for shop in (db, twin):
        with shop.session() as session:
            cid = session.execute(
                insert(Customer).values(name="大客户").returning(Customer.id)
            ).scalar_one()
            ids = [
                session.execute(
                    insert(Order)
                    .values(customer_id=cid, ordered_at=dt.datetime(2024, 1, 1), paid_fen=fen,
                            refund_fen=fen // 7)
                    .returning(Order.id)
                ).scalar_one()
                for fen in (4_000_000_000_000_000, 12_345)
            ]  # fmt: skip
    _after_orders(db, ids)
    assert written == [False]
    monkeypatch.setattr(points_orders, "_earn_fresh", lambda *args: False)
    _after_orders(twin, ids)
    assert _table(db, "points_ledger") == _table(twin, "points_ledger")
    earned = [r[5] for r in _table(db, "points_ledger") if r[3] == "earn"]
    assert earned == [4_000_000_000_000_000 * 3 // 100, 370]


def test_buyers_with_entries_and_new_buyers_together(
    db: Database, twin: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks of customers with entries go the general way, the others in bulk, in order."""
    small = points.chunks
    monkeypatch.setattr(points_orders, "chunks", lambda values, size=5: small(values, size))
    for shop in (db, twin):
        _shop(shop)
    first = _orders(db, 12)
    assert _orders(twin, 12) == first
    _after_orders(db, first)
    monkeypatch.setattr(points_orders, "_earn_fresh", lambda *args: False)
    _after_orders(twin, first)
    monkeypatch.undo()
    monkeypatch.setattr(points_orders, "chunks", lambda values, size=5: small(values, size))
    for shop in (db, twin):
        with shop.session() as session:  # refunds on old buyers, then 30 new buyers
            session.execute(text("UPDATE orders SET refund_fen = paid_fen / 2 WHERE id % 3 = 0"))
    more = first + _orders(db, 30, "NEW")
    assert first + _orders(twin, 30, "NEW") == more
    answers = _spy_bulk(monkeypatch)
    _after_orders(db, more)
    assert answers == [True]  # the old buyers' chunks first, then the new ones in bulk
    monkeypatch.setattr(points_orders, "_earn_fresh", lambda *args: False)
    _after_orders(twin, more)
    for table in ("points_ledger", "customers", "tier_changes"):
        assert _table(db, table) == _table(twin, table)


# --- figures after an import --------------------------------------------------------


def _taobao(no: str, buyer: str, paid: str, phone: str, day: int) -> dict[str, object]:
    return {
        "订单编号": f'="{no}"', "买家会员名": buyer, "买家实际支付金额": paid,
        "订单状态": "交易成功", "收货人姓名": f"买家{buyer}", "联系手机": f"'{phone}",
        "收货地址 ": "广东省 广州市 越秀区 先烈中路3101号",
        "订单创建时间": f"{TODAY - dt.timedelta(days=day)} 10:42:32",
        "订单付款时间 ": f"{TODAY - dt.timedelta(days=day)} 10:43:10",
        "宝贝标题 ": "羊毛衫", "宝贝总数量": "1", "退款金额": "0.00",
    }  # fmt: skip


def _import_orders(db: Database, tmp_path: Path, count: int, name: str = "orders") -> None:
    cols = headers(TAOBAO_2017)
    rows = [
        _taobao(f"35{i:014d}", f"tb_{i % (count // 2 + 1)}", f"{10 + i * 3 % 700}.50",
                f"139{i % (count // 2 + 1):08d}", i * 17 % 500)
        for i in range(count)
    ]  # fmt: skip
    folder = tmp_path / name
    folder.mkdir()
    run_import(db, analyse(db, write_csv(folder / "ExportOrderList.csv", cols, fill(cols, rows))))


def _import_customers(db: Database, tmp_path: Path, first: int, count: int) -> None:
    """A customer list: phones from ``first`` on (those of earlier buyers match them)."""
    rows = [
        [f"客户{i}", f"139{i:08d}", "1990-05-20", "老客户", "淘宝", f"list_{i}"]
        for i in range(first, first + count)
    ]
    path = write_xlsx(
        tmp_path / f"list{first}.xlsx", ["姓名", "手机", "生日", "标签", "平台", "买家ID"], rows
    )
    run_import(db, analyse(db, path))


def _full_recompute_changes(db: Database) -> list[tuple[Any, ...]]:
    """Customers a full recompute of every figure would still change (rolled back)."""
    before = _table(db, "customers")
    with db.session() as session:
        stats.recompute_all(session, TODAY)
        analytics.recompute_analytics_in_session(session, TODAY)
        after = [tuple(r) for r in session.execute(text("SELECT * FROM customers ORDER BY id"))]
        session.rollback()
    return [b for a, b in zip(before, after, strict=True) if a[:-3] != b[:-3]]


@pytest.mark.parametrize("current_below", [2000, 1])
def test_a_customer_list_gets_the_figures_of_a_full_recompute(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, current_below: int
) -> None:
    # current_below=1: the shop counts as big, the import recomputes only its own cards.
    monkeypatch.setattr(analytics, "EXACT_RECOMPUTE_BELOW_BUYERS", current_below)
    recomputed: list[str] = []
    for name in ("recompute_all", "recompute_customers"):
        original = getattr(stats, name)

        def spy(*args: Any, _original: Any = original, _name: str = name, **kw: Any) -> Any:
            recomputed.append(_name)
            return _original(*args, **kw)

        monkeypatch.setattr(stats, name, spy)
    _import_orders(db, tmp_path, 80)
    assert recomputed == ["recompute_all"]  # the shop's first figures
    _import_customers(db, tmp_path, 20, 60)  # 20 buyers again, 40 new cards
    expected = "recompute_customers" if current_below == 1 else "recompute_all"
    assert recomputed[-1] == expected
    assert _full_recompute_changes(db) == []
    with db.session() as session:
        new = session.execute(
            text("SELECT lifecycle_stage, relationship_status FROM customers WHERE name = '客户70'")
        ).one()
    assert tuple(new) == ("exploration", "potential")
    _import_orders(db, tmp_path, 30, "more")
    assert _full_recompute_changes(db) == []


def test_an_import_on_a_new_day_recomputes_every_card(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analytics, "EXACT_RECOMPUTE_BELOW_BUYERS", 1)
    _import_orders(db, tmp_path, 80)
    with db.session() as session:
        cut = analytics.read_cutoffs(session)
        assert cut is not None and analytics.figures_current(session, TODAY)
        # The figures of yesterday: one card's count is stale, the yardsticks are older.
        stale = cut.to_json() | {"computed_on": cut.computed_on - 1}
        settings.write_settings(session, {analytics.CUTOFFS_KEY: stale})
        session.execute(text("UPDATE customers SET order_count = 99 WHERE id = 1"))
        assert not analytics.figures_current(session, TODAY)
    _import_customers(db, tmp_path, 500, 5)  # five new cards, none of them card 1
    with db.session() as session:
        assert (
            session.execute(text("SELECT order_count FROM customers WHERE id = 1")).scalar() != 99
        )
        cut = analytics.read_cutoffs(session)
        assert cut is not None and cut.computed_on == TODAY.toordinal()
    assert _full_recompute_changes(db) == []


def test_non_buyers_are_classified_in_one_statement(db: Database) -> None:
    with db.session() as session:
        session.execute(insert(Customer), [{"name": f"客户{i}"} for i in range(5)])
        session.execute(text("UPDATE customers SET lifecycle_stage = 'decline' WHERE id = 2"))
        run = analytics.recompute_analytics_in_session(session, TODAY)
        assert (run.customers, run.changed, run.buyers) == (5, 5, 0)
        again = analytics.recompute_analytics_in_session(session, TODAY)
        assert again.changed == 0
        rows = session.execute(
            text(f"SELECT {', '.join(analytics.RESULT_COLUMNS)} FROM customers")
        ).all()
    assert {tuple(r) for r in rows} == {
        (None, None, None, None, None, None, None, "exploration", None, None)
    }


def test_a_big_first_order_import_builds_every_index_after_the_figures(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.services.importing import matching

    monkeypatch.setattr(matching, "BIG_INSERT", 10)
    before = indexes(db)
    present: dict[str, list[str]] = {}
    for name in ("recompute_all", "recompute_analytics_in_session"):
        module = stats if name == "recompute_all" else analytics
        original = getattr(module, name)

        def spy(session: Any, *args: Any, _original: Any = original, _name: str = name,
                **kw: Any) -> Any:  # fmt: skip
            present[_name] = [
                r[0]
                for r in session.execute(
                    text("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND sql NOT NULL")
                )
            ]
            return _original(session, *args, **kw)

        monkeypatch.setattr(module, name, spy)
    _import_orders(db, tmp_path, 40)
    # The figures read the orders' indexes and write the new cards without the customers'.
    assert "orders" in present["recompute_all"]
    assert "customers" not in present["recompute_analytics_in_session"]
    assert indexes(db) == before
    con = sqlite3.connect(db.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert _full_recompute_changes(db) == []
