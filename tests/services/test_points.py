"""Points: earning once per order, proportional reversal, waiting period, expiry, bonuses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from crmdesk.db import Database
from crmdesk.errors import Cancelled, ValidationError
from crmdesk.models import Customer
from crmdesk.models.membership import PointsEntry
from crmdesk.services import (
    membership,
    orders,
    points,
    points_entries,
    points_lots,
    points_report,
    settings,
    tier_rules,
    tiers,
)
from crmdesk.services.orders import OrderInput

TODAY = dt.date.today()
NOW = dt.datetime.now().replace(microsecond=0)


def new_customer(db: Database, name: str = "王小明", **kw: object) -> int:
    with db.session() as session:
        return session.execute(
            insert(Customer).values(name=name, **kw).returning(Customer.id)
        ).scalar_one()


def add(db: Database, cid: int, paid: str, refund: str = "0", status: str = "completed",
        days_ago: int = 1, order_no: str | None = None) -> int:  # fmt: skip
    data = OrderInput(
        ordered_at=NOW - dt.timedelta(days=days_ago), paid=Decimal(paid), refund=Decimal(refund),
        status=status, order_no=order_no, platform="taobao" if order_no else "manual",
    )  # fmt: skip
    return orders.add_order(db, cid, data).extra["order_id"]


def change(db: Database, oid: int, cid: int, paid: str, refund: str = "0",
           status: str = "completed") -> None:  # fmt: skip
    row = next(o for o in orders.list_orders(db, cid) if o.id == oid)
    data = OrderInput(
        ordered_at=row.data.ordered_at, paid=Decimal(paid), refund=Decimal(refund), status=status,
        platform=row.data.platform, order_no=row.data.order_no,
    )  # fmt: skip
    orders.update_order(db, oid, data)


def entries(db: Database, cid: int) -> list[tuple[str, int, int | None]]:
    return [(e.kind, e.points, e.order_id) for e in points_entries.ledger(db, cid)]


def balance(db: Database, cid: int) -> int:
    with db.session() as session:
        cached = session.get(Customer, cid).points_balance  # type: ignore[union-attr]
        assert cached == points.balances(session, [cid])[cid]
        return cached


def test_an_order_earns_floor_of_valid_yuan_times_rate_times_multiplier(db: Database) -> None:
    settings.set_settings(db, {"points_per_yuan": "1.5"})
    cid = new_customer(db)
    add(db, cid, "99.99")
    # floor(99.99 × 1.5) = 149
    assert entries(db, cid) == [("earn", 149, entries(db, cid)[0][2])]
    assert balance(db, cid) == 149


def test_order_points_arithmetic_is_exact() -> None:
    assert points.order_points(10_000, Decimal(1), 1000) == 100
    assert points.order_points(10_001, Decimal("0.1"), 1500) == 15  # 100.01 × 0.1 × 1.5
    assert points.order_points(33, Decimal(3), 1000) == 0  # 0.99 yuan
    assert points.order_points(1_000_000_000, Decimal("0.3"), 1100) == 3_300_000


def test_tier_multiplier_applies(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    rows = tiers.list_tiers(db)
    edited = [r.data for r in rows]
    edited[0] = dataclasses.replace(edited[0], points_multiplier=Decimal("1.5"))
    tier_rules.save_tiers(db, edited)
    cid = new_customer(db)
    add(db, cid, "100", days_ago=0)
    assert [p for _k, p, _o in entries(db, cid)] == [150]


def test_reimport_and_resave_earn_nothing(db: Database) -> None:
    cid = new_customer(db)
    oid = add(db, cid, "200")
    change(db, oid, cid, "200")
    with db.session() as session:
        again = membership.after_orders_changed(session, [oid])
        assert again.points.points_earned == 0
        membership.after_orders_changed(session, None)
    assert entries(db, cid) == [("earn", 200, oid)]
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(
            insert(PointsEntry).values(customer_id=cid, kind="earn", points=5, order_id=oid)
        )


def test_closed_and_unpaid_orders_earn_nothing(db: Database) -> None:
    cid = new_customer(db)
    add(db, cid, "200", status="closed")
    add(db, cid, "200", status="unpaid")
    assert entries(db, cid) == []


def test_full_refund_reverses_exactly_what_was_earned(db: Database) -> None:
    settings.set_settings(db, {"points_per_yuan": "0.7"})
    cid = new_customer(db)
    oid = add(db, cid, "123.45")
    earned = entries(db, cid)[0][1]
    assert earned == 86
    change(db, oid, cid, "123.45", refund="123.45")
    assert entries(db, cid) == [("earn", 86, oid), ("reverse", -86, oid)]
    assert balance(db, cid) == 0


def test_partial_refund_reverses_proportionally(db: Database) -> None:
    cid = new_customer(db)
    oid = add(db, cid, "100")
    # keeps floor(100 × 70 / 100) = 70
    change(db, oid, cid, "100", refund="30")
    assert entries(db, cid)[-1] == ("reverse", -30, oid)
    # a further refund: keeps floor(100 × 33.33 / 100) = 33
    change(db, oid, cid, "100", refund="66.67")
    assert entries(db, cid)[-1] == ("adjust", -37, oid)
    # the refund undone (a typo): the points come back, never more than earned
    change(db, oid, cid, "100", refund="0")
    assert entries(db, cid)[-1] == ("adjust", 67, oid)
    assert balance(db, cid) == 100
    assert [k for k, _p, _o in entries(db, cid)].count("earn") == 1


def test_closing_or_removing_an_order_reverses_it(db: Database) -> None:
    cid = new_customer(db)
    a = add(db, cid, "50")
    b = add(db, cid, "80")
    change(db, a, cid, "50", status="closed")
    orders.delete_order(db, b)
    assert entries(db, cid) == [
        ("earn", 50, a), ("earn", 80, b), ("reverse", -50, a), ("reverse", -80, b)
    ]  # fmt: skip
    assert balance(db, cid) == 0


def test_reversal_of_spent_points_is_owed_and_settled_by_the_next_points(db: Database) -> None:
    cid = new_customer(db)
    oid = add(db, cid, "100")
    points_entries.adjust(db, cid, -90, "兑换了线下礼品")
    change(db, oid, cid, "100", refund="100")
    assert entries(db, cid)[-1] == ("reverse", -10, oid)
    assert balance(db, cid) == 0
    add(db, cid, "200")  # earns 200, of which 90 settle the reversal still owed
    assert entries(db, cid)[-1] == ("adjust", -90, oid)
    assert balance(db, cid) == 110
    with db.session() as session:  # settled: nothing more to do
        assert membership.after_orders_changed(session, None).points.points_reversed == 0


def test_historic_orders_earn_only_when_the_owner_says_so(db: Database) -> None:
    settings.set_settings(db, {"points_start_date": TODAY.isoformat()})
    cid = new_customer(db)
    old = add(db, cid, "100", days_ago=30)
    new = add(db, cid, "100", days_ago=0)
    assert entries(db, cid) == [("earn", 100, new)]
    settings.set_settings(db, {"points_award_historic": True})
    with db.session() as session:
        membership.after_orders_changed(session, None)
    assert entries(db, cid) == [("earn", 100, new), ("earn", 100, old)]


def test_waiting_period_holds_points_back_from_redemption(db: Database) -> None:
    settings.set_settings(db, {"points_freeze_days": 15})
    cid = new_customer(db)
    add(db, cid, "100", days_ago=3)
    add(db, cid, "50", days_ago=30)
    figures = points_lots.customer_points(db, cid, TODAY)
    assert (figures.balance, figures.available, figures.frozen) == (150, 50, 100)
    assert figures.next_available_on == (NOW - dt.timedelta(days=3)).date() + dt.timedelta(15)
    later = points_lots.customer_points(db, cid, TODAY + dt.timedelta(days=12))
    assert later.available == 150


def test_expiry_uses_oldest_points_first_and_runs_once(db: Database) -> None:
    settings.set_settings(db, {"points_expiry": "months", "points_expiry_months": 12})
    cid = new_customer(db)
    points_entries.add_bonus(db, cid, "join", today=TODAY)  # 100, expires in 12 months
    points_entries.adjust(db, cid, 60, "活动补发", today=TODAY + dt.timedelta(days=200))
    points_entries.adjust(db, cid, -70, "线下兑换", today=TODAY + dt.timedelta(days=201))
    # the 70 came out of the older 100: 30 left there, 60 in the newer lot
    soon = points_lots.customer_points(db, cid, points.add_months(TODAY, 12) - dt.timedelta(5))
    assert (soon.expiring_soon, soon.expiring_on) == (30, points.add_months(TODAY, 12))
    horizon = (points.add_months(TODAY, 12) - TODAY).days
    assert set(points_lots.customers_expiring_soon(db, TODAY, horizon)) == {cid}
    assert points_lots.customers_expiring_soon(db, TODAY, horizon - 1) == {}
    day = points.add_months(TODAY, 12) + dt.timedelta(days=1)
    result = points_lots.run_expiry(db, day)
    assert (result.points, result.customer_ids) == (30, (cid,))
    assert points_lots.run_expiry(db, day).points == 0
    assert balance(db, cid) == 60
    last = points.add_months(TODAY + dt.timedelta(days=200), 12) + dt.timedelta(days=1)
    assert points_lots.run_expiry(db, last).points == 60
    assert balance(db, cid) == 0


def test_year_end_next_policy() -> None:
    rules = points.PointsRules(expiry="year_end_next")
    assert points.expiry_for(rules, dt.date(2025, 3, 1)) == dt.date(2026, 12, 31)
    assert points.expiry_for(points.PointsRules(), dt.date(2025, 3, 1)) is None
    assert points.add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)


def test_cancelled_expiry_changes_nothing(db: Database) -> None:
    settings.set_settings(db, {"points_expiry": "months", "points_expiry_months": 1})
    cid = new_customer(db)
    points_entries.add_bonus(db, cid, "join", today=TODAY)
    with pytest.raises(Cancelled):
        points_lots.run_expiry(db, TODAY + dt.timedelta(days=40), cancel=lambda: True)
    assert balance(db, cid) == 100


def test_bonuses(db: Database) -> None:
    cid = new_customer(db, birthday_month=TODAY.month)
    other = new_customer(db, "李四", birthday_month=(TODAY.month % 12) + 1)
    assert points_entries.add_bonus(db, cid, "join") is not None
    assert points_entries.add_bonus(db, cid, "join") is None  # once per customer
    assert points_entries.add_bonus(db, cid, "birthday") is not None
    assert points_entries.add_bonus(db, cid, "birthday") is None  # once a year
    with pytest.raises(ValidationError):
        points_entries.add_bonus(db, other, "birthday")
    assert points_entries.add_bonus(db, cid, "review", 7).points == 7  # type: ignore[union-attr]
    assert balance(db, cid) == 100 + 200 + 7
    assert points_entries.award_birthday_bonuses(db) == ()


def test_birthday_bonuses_in_bulk(db: Database) -> None:
    a = new_customer(db, birthday_month=TODAY.month)
    new_customer(db, "李四", birthday_month=(TODAY.month % 12) + 1)
    assert points_entries.award_birthday_bonuses(db) == (a,)
    assert points_entries.award_birthday_bonuses(db) == ()


def test_adjustment_needs_a_reason_and_cannot_go_negative(db: Database) -> None:
    cid = new_customer(db)
    with pytest.raises(ValidationError):
        points_entries.adjust(db, cid, 10, "  ")
    with pytest.raises(ValidationError):
        points_entries.adjust(db, cid, -1, "扣分")
    assert points_entries.adjust(db, cid, 10, "补偿").balance == 10


def test_ledger_rows_cannot_be_changed_or_deleted(db: Database) -> None:
    cid = new_customer(db)
    points_entries.adjust(db, cid, 10, "补偿")
    for sql in ("UPDATE points_ledger SET points = 99", "DELETE FROM points_ledger"):
        with pytest.raises(IntegrityError), db.session() as session:
            session.execute(text(sql))
    assert balance(db, cid) == 10


def test_recompute_balances_finds_and_fixes_a_wrong_cache(db: Database) -> None:
    cid = new_customer(db)
    points_entries.adjust(db, cid, 10, "补偿")
    with db.session() as session:
        session.execute(text("UPDATE customers SET points_balance = 3 WHERE id = :c"), {"c": cid})
    fixes = points_entries.recompute_balances(db)
    assert [(f.customer_id, f.cached, f.ledger) for f in fixes] == [(cid, 3, 10)]
    assert points_entries.recompute_balances(db) == []


def test_summary_and_exports(db: Database, tmp_path: Path) -> None:
    cid = new_customer(db, name='=HYPERLINK("x")')
    oid = add(db, cid, "100", order_no="+1234567890123456789")
    change(db, oid, cid, "100", refund="40")
    points_entries.add_bonus(db, cid, "join")
    points_entries.adjust(db, cid, -10, "-扣分")
    summary = points_report.points_summary(db)
    assert (summary.issued, summary.earned, summary.bonus) == (200, 100, 100)
    assert (summary.reversed, summary.adjusted_down, summary.outstanding) == (40, 10, 150)
    assert summary.liability_value is None

    out = points_report.export_ledger(db, tmp_path / "ledger.xlsx")
    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert len(values) == 5
    assert values[1][2] == '=HYPERLINK("x")' and values[1][6] == "+1234567890123456789"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert [v[5] for v in values[1:]] == [100, -40, 100, -10]

    out = points_report.export_balances(db, tmp_path / "balances.xlsx")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][:4] == (cid, '=HYPERLINK("x")', None, 150)


def test_unknown_or_damaged_settings_fall_back() -> None:
    rules = points.rules_from_settings({"points_per_yuan": "abc", "points_expiry": "soon"})
    assert (rules.per_yuan, rules.expiry) == (Decimal(1), "never")


def test_save_rules_validates(db: Database) -> None:
    with pytest.raises(ValidationError):
        points.save_rules(db, points.PointsRules(per_yuan=Decimal(-1)))
    points.save_rules(db, points.PointsRules(per_yuan=Decimal("2"), freeze_days=7))
    assert points.get_rules(db).per_yuan == Decimal(2)


def _taobao_order(no: str, paid: str, status: str, refund: str = "0.00") -> dict[str, object]:
    return {
        "订单编号": f'="{no}"', "买家会员名": "tb_小王", "买家实际支付金额": paid,
        "订单状态": status, "收货人姓名": "王小明", "联系手机": "'13925130165",
        "收货地址 ": "广东省 广州市 越秀区 先烈中路3101号", "订单创建时间": "2024-07-08 00:42:32",
        "订单付款时间 ": "2024-07-08 00:43:10", "宝贝标题 ": "羊毛衫", "宝贝总数量": "1",
        "退款金额": refund,
    }  # fmt: skip


def test_import_awards_once_and_reverses_refunds(db: Database, tmp_path: Path) -> None:
    from importing.platform_files import TAOBAO_2017, fill, headers, write_csv

    from crmdesk.services.importing.pipeline import analyse, run_import

    def run(name: str, rows: list[dict[str, object]]) -> None:
        cols = headers(TAOBAO_2017)
        folder = tmp_path / name
        folder.mkdir()
        path = write_csv(folder / "ExportOrderList.csv", cols, fill(cols, rows), encoding="gbk")
        run_import(db, analyse(db, path))

    first = [
        _taobao_order("3515313147329357", "99.50", "交易成功"),
        _taobao_order("3515313147329358", "50.00", "卖家已发货,等待买家确认", refund="10.00"),
        _taobao_order("3515313147329359", "120.00", "交易关闭", refund="120.00"),
    ]
    run("a", first)
    with db.session() as session:
        cid = session.execute(text("SELECT id FROM customers")).scalar_one()
    assert sorted(p for _k, p, _o in entries(db, cid)) == [-10, 50, 99]
    run("b", first)  # the same file again: nothing more
    assert len(entries(db, cid)) == 3
    refunded = [_taobao_order("3515313147329357", "99.50", "交易关闭", refund="99.50")]
    run("c", refunded)
    assert entries(db, cid)[-1][:2] == ("reverse", -99)
    assert balance(db, cid) == 40


def test_a_removed_orders_id_is_never_reused(db: Database) -> None:
    """The ledger keeps naming a removed order; a new order must get its own id and earn."""
    cid = new_customer(db)
    first = add(db, cid, "30")
    orders.delete_order(db, first)
    second = add(db, cid, "40")
    assert second != first
    assert entries(db, cid) == [("earn", 30, first), ("reverse", -30, first), ("earn", 40, second)]
