"""Platform order exports end to end: real files in, orders and matched customers out."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from crmdesk.db import Database
from crmdesk.models import Customer, CustomerAccount, ImportBatch, Order, OrderItem
from crmdesk.services.importing.pipeline import analyse, export_rejected, run_import

from .platform_files import (
    DOUYIN_74,
    JD_80,
    KUAISHOU_61,
    PDD_B,
    QIANNIU_21,
    TAOBAO_2017,
    WECHAT_57,
    YOUZAN_59,
    fill,
    headers,
    write_csv,
    write_xlsx,
)


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _orders(db: Database) -> dict[str, Order]:
    with db.session() as s:
        return {o.order_no: o for o in s.execute(select(Order)).scalars()}


def _customers(db: Database) -> list[Customer]:
    with db.session() as s:
        return list(s.execute(select(Customer).order_by(Customer.id)).scalars())


def _taobao_rows() -> list[dict[str, object]]:
    return [
        {
            "订单编号": '="35153131473293579"',
            "买家会员名": "tb_小王",
            "买家实际支付金额": "99.50",
            "订单状态": "交易成功",
            "收货人姓名": "王小明",
            "收货地址 ": "广东省 广州市 越秀区 黄花岗街道先烈中路3101号(510180)",
            "联系手机": "'13925130165",
            "订单创建时间": "2017-07-08 00:42:32",
            "订单付款时间 ": "2017-07-08 00:43:10",
            "宝贝标题 ": "羊毛衫",
            "宝贝总数量": "1",
            "退款金额": "0.00",
            "订单关闭原因": "订单未关闭",
        },
        {
            "订单编号": '="35153131473293580"',
            "买家会员名": "tb_小王",
            "买家实际支付金额": "50.00",
            "订单状态": "卖家已发货,等待买家确认",
            "收货人姓名": "王小明",
            "收货地址 ": "广东省 广州市 越秀区 黄花岗街道先烈中路3101号(510180)",
            "联系手机": "'13925130165",
            "订单创建时间": "2017-08-01 10:00:00",
            "订单付款时间 ": "2017-08-01 10:01:00",
            "宝贝标题 ": "围巾",
            "宝贝总数量": "2",
            "退款金额": "10.00",
        },
        {
            "订单编号": '="35153131473293581"',
            "买家会员名": "tb_lisi",
            "买家实际支付金额": "120.00",
            "订单状态": "交易关闭",
            "收货人姓名": "李*",
            "收货地址 ": "北京 北京市 朝阳区 建国路1号",
            "联系手机": "1******6198",
            "订单创建时间": "2017-08-02 10:00:00",
            "宝贝标题 ": "外套",
            "宝贝总数量": "1",
            "退款金额": "120.00",
            "订单关闭原因": "买家不想买了",
        },
    ]


def _taobao_file(tmp_path: Path, rows: list[dict[str, object]] | None = None) -> Path:
    cols = headers(TAOBAO_2017)
    return write_csv(
        tmp_path / "ExportOrderList201903121048.csv",
        cols,
        fill(cols, rows if rows is not None else _taobao_rows()),
        encoding="gbk",
    )


def test_taobao_legacy_gbk_csv(db: Database, tmp_path: Path) -> None:
    path = _taobao_file(tmp_path)
    plan = analyse(db, path)
    assert (plan.kind, plan.platform, plan.detected_platform) == ("orders", "taobao", "taobao")
    assert plan.encoding and plan.encoding.lower().replace("-", "") in ("gb18030", "gbk")
    assert plan.errors == ()
    assert (plan.total_rows, plan.accepted_rows, plan.rejected_rows) == (3, 3, 0)

    summary = run_import(db, plan)
    assert (summary.orders_added, summary.customers_created) == (3, 2)
    orders = _orders(db)
    first = orders["35153131473293579"]
    assert (first.paid_fen, first.refund_fen, first.status) == (9950, 0, "completed")
    assert orders["35153131473293580"].status == "shipped"
    assert orders["35153131473293580"].refund_fen == 1000
    closed = orders["35153131473293581"]
    assert (closed.status, closed.refund_fen, closed.paid_fen) == ("closed", 12000, 12000)

    wang, li = _customers(db)
    assert (wang.name, wang.phone, wang.phone_masked) == ("王小明", "13925130165", False)
    assert (wang.province, wang.city, wang.district) == ("广东省", "广州市", "越秀区")
    assert wang.address == "黄花岗街道先烈中路3101号"
    # closed orders are kept but do not count; the refund reduces the value
    assert (wang.order_count, wang.total_spend_fen) == (2, 9950 + 5000 - 1000)
    assert (li.name, li.phone, li.phone_masked) == ("李*", "1******6198", True)
    assert (li.order_count, li.total_spend_fen) == (0, 0)
    assert "tb_小王" in wang.search_text
    with db.session() as s:
        accounts = set(s.execute(select(CustomerAccount.platform, CustomerAccount.buyer_id)).all())
    assert accounts == {("taobao", "tb_小王"), ("taobao", "tb_lisi")}
    assert _count(db, ImportBatch) == 1


def test_same_file_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = _taobao_file(tmp_path)
    run_import(db, analyse(db, path))
    before = [(c.id, c.name, c.phone, c.updated_at, c.total_spend_fen) for c in _customers(db)]
    plan = analyse(db, path)
    assert plan.existing_orders == 3
    summary = run_import(db, plan)
    assert (summary.orders_added, summary.orders_updated, summary.orders_unchanged) == (0, 0, 3)
    assert (summary.customers_created, summary.customers_updated) == (0, 0)
    assert summary.customers_unchanged == 2
    after = [(c.id, c.name, c.phone, c.updated_at, c.total_spend_fen) for c in _customers(db)]
    assert after == before
    assert (_count(db, Order), _count(db, OrderItem)) == (3, 3)


def test_overlapping_exports_update_changed_orders(db: Database, tmp_path: Path) -> None:
    rows = _taobao_rows()
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    run_import(db, analyse(db, _taobao_file(first_dir, rows[:2])))
    later = [dict(r) for r in rows[1:]]
    later[0]["订单状态"] = "交易成功"  # the shipped order was received since
    summary = run_import(db, analyse(db, _taobao_file(second_dir, later)))
    assert (summary.orders_added, summary.orders_updated, summary.orders_unchanged) == (1, 1, 0)
    assert _orders(db)["35153131473293580"].status == "completed"
    assert _count(db, Order) == 3


def test_qianniu_xlsx_composite_and_masked_addresses(db: Database, tmp_path: Path) -> None:
    cols = headers(QIANNIU_21)
    rows = [
        {
            "订单编号": "5118609024991031607",
            "买家实付金额": "88.00",
            "订单状态": "交易成功",
            "收货地址": "周强，86-13900000004，江苏省 扬州市 广陵区 示例地址",
            "订单创建时间": "2026-01-05 09:00:00",
            "商品标题": "茶叶,茶杯",
            "宝贝总数量": "2",
        },
        {
            "订单编号": "5118609024991031608",
            "买家实付金额": "30.00",
            "订单状态": "买家已付款，等待卖家发货",
            "收货地址": "江苏省 南京市 建邺区 沙洲街道****",
            "订单创建时间": "2026-01-06 09:00:00",
            "商品标题": "茶叶",
        },
    ]
    path = write_xlsx(tmp_path / "订单表.xlsx", cols, fill(cols, rows))
    plan = analyse(db, path, platform="tmall")
    assert plan.platform == "tmall" and plan.errors == ()
    summary = run_import(db, plan)
    assert summary.orders_added == 2
    zhou, masked = _customers(db)
    assert (zhou.name, zhou.phone, zhou.city) == ("周强", "13900000004", "扬州市")
    assert masked.province == "江苏省" and masked.district == "建邺区"
    assert masked.phone is None
    assert masked.name  # a name is made up from the order when the export has none
    assert _orders(db)["5118609024991031607"].order_no == "5118609024991031607"


def test_pinduoduo_xlsx_tab_padding_one_row_per_sku(db: Database, tmp_path: Path) -> None:
    cols = headers(PDD_B)
    base = {
        "订单号": "240305-123456789012345\t",
        "订单状态": "已发货，待签收",
        "支付时间": "2024-03-05 14:30\t",
        "订单成交时间": "2024-03-05 14:29:58",
        "省": "****",
        "市": "\t",
        "用户购买手机号": "\t",
        "售后状态": "无售后或售后取消",
    }
    rows = [
        {**base, "商品": "保温杯", "商品规格": "红色", "商品数量(件)": "1",
         "用户实付金额(元)": "29.90", "商家编码-规格维度": "CUP-R\t"},
        {**base, "商品": "保温杯", "商品规格": "蓝色", "商品数量(件)": "2",
         "用户实付金额(元)": "59.80", "商家编码-规格维度": "CUP-B\t", "售后状态": "退款成功"},
        {**base, "订单号": "240306-999", "订单状态": "已取消", "支付时间": "\t",
         "商品": "杯盖", "用户实付金额(元)": "5.00"},
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "pdd.xlsx", cols, fill(cols, rows, empty="\t"))
    plan = analyse(db, path)
    assert plan.platform == "pdd" and plan.errors == ()
    assert len(plan.orders) == 2 and plan.accepted_rows == 3
    summary = run_import(db, plan)
    assert summary.orders_added == 2
    # no buyer id and no phone: nothing to match on, one new customer per order
    assert summary.customers_created == 2
    orders = _orders(db)
    cup = orders["240305-123456789012345"]
    assert (cup.paid_fen, cup.refund_fen, cup.status) == (8970, 5980, "shipped")
    cancelled = orders["240306-999"]
    assert cancelled.status == "closed" and cancelled.paid_at is None
    with db.session() as s:
        items = s.execute(
            select(OrderItem.sku, OrderItem.quantity, OrderItem.amount_fen)
            .where(OrderItem.order_id == cup.id)
            .order_by(OrderItem.id)
        ).all()
    assert items == [("红色", 1, 2990), ("蓝色", 2, 5980)]


def test_jd_rows_per_sku_and_masked_phone_never_matches(db: Database, tmp_path: Path) -> None:
    cols = headers(JD_80)
    order = {
        "订单号": "301234567890",
        "下单时间": "2026-01-31 08:06:59",
        "付款确认时间": "2026-01-31 08:07:10",
        "应付金额": "499.00",
        "商家应收": "499.00（系统计算中，该值仅供参考）",
        "订单状态": "等待出库",
        "下单帐号": "jd_buyer_a",
        "客户姓名": "赵六",
        "客户地址": "广东深圳市福田区示例街道1号",
        "联系电话": "1******6198",
    }
    rows = [
        {**order, "商品名称": "耳机", "订购数量": "1", "京东价": "399.00", "商品ID": "100"},
        {**order, "商品名称": "耳机套", "订购数量": "2", "京东价": "50.00", "商品ID": "101"},
        {
            **order,
            "订单号": "301234567891",
            "下单帐号": "jd_buyer_b",
            "客户姓名": "钱七",
            "订单状态": "(删除)已完成",
            "商品名称": "耳机",
        },
    ]
    path = write_xlsx(tmp_path / "jd.xlsx", cols, fill(cols, rows))
    plan = analyse(db, path)
    assert plan.platform == "jd" and plan.errors == ()
    run_import(db, plan)
    orders = _orders(db)
    first = orders["301234567890"]
    assert first.paid_fen == 49900  # the order total repeated on each SKU row counts once
    assert first.status == "paid"
    assert orders["301234567891"].status == "closed"
    customers = _customers(db)
    # both buyers share the masked phone 1******6198: still two customers
    assert [c.name for c in customers] == ["赵六", "钱七"]
    assert customers[0].province == "广东省" and customers[0].district == "福田区"


def test_douyin_csv_dash_empties_and_sub_orders(db: Database, tmp_path: Path) -> None:
    cols = headers(DOUYIN_74)
    base = {
        "主订单编号": "6920000000000000001",
        "收件人": "孙*",
        "收件人手机号": "138****8000",
        "省": "浙江省",
        "市": "杭州市",
        "区": "余杭区",
        "街道": "五常街道",
        "详细地址": "文一西路1号",
        "订单提交时间": "2026-09-22 10:00:00",
        "支付完成时间": "2026-09-22 10:00:30",
        "订单状态": "已完成",
        "售后状态": "-",
    }
    rows = [
        {**base, "子订单编号": "`6920000000000000011", "选购商品": "面膜", "商品数量": "1",
         "订单应付金额": "59.00"},
        {**base, "子订单编号": "`6920000000000000012", "选购商品": "面霜", "商品数量": "1",
         "订单应付金额": "41.00", "售后状态": "退款成功"},
        # the same sub-order again (two overlapping exports pasted together)
        {**base, "子订单编号": "`6920000000000000012", "选购商品": "面霜", "商品数量": "1",
         "订单应付金额": "41.00", "售后状态": "退款成功"},
    ]  # fmt: skip
    path = write_csv(tmp_path / "1727000000_orders.csv", cols, fill(cols, rows, empty="-"))
    plan = analyse(db, path)
    assert plan.platform == "douyin" and plan.errors == ()
    run_import(db, plan)
    order = _orders(db)["6920000000000000001"]
    assert (order.paid_fen, order.refund_fen, order.status) == (10000, 4100, "completed")
    (customer,) = _customers(db)
    assert (customer.name, customer.phone_masked, customer.city) == ("孙*", True, "杭州市")
    assert customer.address == "五常街道 文一西路1号"
    assert customer.total_spend_fen == 5900


def test_youzan_full_phone_matches_across_platforms(db: Database, tmp_path: Path) -> None:
    run_import(db, analyse(db, _taobao_file(tmp_path)))
    cols = headers(YOUZAN_59)
    rows = [
        {
            "订单号": "E20250720164254000001",
            "订单状态": "交易成功",
            "订单创建时间": "2025-07-20 16:42:54",
            "买家付款时间": "2025-07-20 16:43:00",
            "订单实付金额": "¥1,299.50",
            "订单已退款金额": "¥299.50",
            "订单退款状态": "部分退款",
            "全部商品名称": "大衣",
            "收货人/提货人": "王小明",
            "收货人手机号/提货人手机号": "13925130165",
            "买家昵称": "有赞小王",
        }
    ]
    path = write_csv(tmp_path / "youzan.csv", cols, fill(cols, rows))
    plan = analyse(db, path)
    assert plan.platform == "youzan"
    summary = run_import(db, plan)
    assert (summary.customers_created, summary.customers_updated) == (0, 1)
    wang = _customers(db)[0]
    assert wang.total_spend_fen == 9950 + 5000 - 1000 + 100000
    with db.session() as s:
        platforms = set(
            s.execute(
                select(CustomerAccount.platform).where(CustomerAccount.customer_id == wang.id)
            ).scalars()
        )
    assert platforms == {"taobao", "youzan"}


@pytest.mark.parametrize(
    ("spec", "row", "platform"),
    [
        (
            KUAISHOU_61,
            {"订单号": "2412345", "订单创建时间": "2026-02-01 10:00:00", "订单状态": "交易成功",
             "实付款": "10.00", "收货人姓名": "周*", "收货人电话": "150****1234",
             "收货地址-省": "四川省", "收货地址-市": "成都市", "商品名称": "辣酱"},
            "kuaishou",
        ),
        (
            WECHAT_57,
            {"订单号": "3700001", "订单下单时间": "2026-02-01 10:00:00", "订单状态": "已完成",
             "订单实际支付金额": "10.00", "收件人姓名": "吴九", "收件人手机": "13700001111",
             "省": "湖南省", "市": "长沙市", "商品名称": "茶", "商品已退款金额": "2.00"},
            "wechat",
        ),
    ],
)  # fmt: skip
def test_kuaishou_and_wechat_recognised(
    db: Database, tmp_path: Path, spec: str, row: dict[str, object], platform: str
) -> None:
    cols = headers(spec)
    path = write_xlsx(tmp_path / f"{platform}.xlsx", cols, fill(cols, [row]))
    plan = analyse(db, path)
    assert plan.platform == platform and plan.errors == ()
    summary = run_import(db, plan)
    assert summary.orders_added == 1
    (order,) = _orders(db).values()
    assert (order.paid_fen, order.status, order.platform) == (1000, "completed", platform)


def test_bad_rows_listed_by_row_and_column_and_exported(db: Database, tmp_path: Path) -> None:
    rows = _taobao_rows()
    rows[1]["买家实际支付金额"] = "abc"
    rows[2]["订单编号"] = "3.51531314732936E+16"  # re-saved in Excel: digits lost
    path = _taobao_file(tmp_path, rows)
    plan = analyse(db, path)
    errors = {(p.row, p.column) for p in plan.errors}
    assert errors == {(3, "买家实际支付金额"), (4, "订单编号")}
    assert "abc" in next(p.reason for p in plan.errors if p.row == 3)
    assert "Excel" in next(p.reason for p in plan.errors if p.row == 4)
    assert (plan.accepted_rows, plan.rejected_rows) == (1, 2)
    assert plan.total_rows == plan.blank_rows + plan.accepted_rows + plan.rejected_rows

    out = export_rejected(plan, tmp_path / "rejected.xlsx")
    ws = openpyxl.load_workbook(out).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "Row" and values[0][-1] == "Reason"
    assert [v[0] for v in values[1:]] == [3, 4]
    assert "abc" in values[1][-1] and "买家实际支付金额" in values[1][-1]

    summary = run_import(db, plan)
    assert (summary.orders_added, summary.rows_rejected) == (1, 2)


def test_unknown_status_is_a_warning(db: Database, tmp_path: Path) -> None:
    rows = _taobao_rows()[:1]
    rows[0]["订单状态"] = "神秘状态"
    plan = analyse(db, _taobao_file(tmp_path, rows))
    assert plan.errors == ()
    (warning,) = [p for p in plan.problems if p.severity == "warning"]
    assert (warning.row, warning.column) == (2, "订单状态") and "神秘状态" in warning.reason
    run_import(db, plan)
    assert _orders(db)["35153131473293579"].status == "paid"  # it has a payment time


def test_order_of_a_card_in_the_recycle_bin_restores_it(db: Database, tmp_path: Path) -> None:
    from crmdesk.services.customers import delete_customers

    rows = _taobao_rows()
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    run_import(db, analyse(db, _taobao_file(first_dir, rows[:1])))
    (wang,) = _customers(db)
    delete_customers(db, [wang.id])

    path = _taobao_file(second_dir, rows[1:])
    summary = run_import(db, analyse(db, path))
    assert summary.customers_restored == 1
    assert (summary.customers_created, summary.customers_updated) == (1, 0)
    assert summary.customers_unchanged == 0
    assert summary.orders_added == 2
    assert wang.id in summary.customer_ids
    assert any("王小明" in n and "recycle bin" in n for n in summary.notes)
    restored = next(c for c in _customers(db) if c.id == wang.id)
    assert restored.deleted_at is None
    assert _orders(db)["35153131473293580"].customer_id == wang.id
    assert (restored.order_count, restored.total_spend_fen) == (2, 9950 + 5000 - 1000)

    again = run_import(db, analyse(db, path))
    assert (again.customers_restored, again.orders_added, again.orders_unchanged) == (0, 0, 2)
    assert again.notes == ()


def test_membership_sees_only_the_orders_the_import_wrote(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.services import membership

    calls: list[list[int]] = []
    real = membership.after_orders_changed

    def spy(session, order_ids, *args, **kwargs):  # type: ignore[no-untyped-def]
        assert order_ids is not None
        calls.append(sorted(order_ids))
        return real(session, order_ids, *args, **kwargs)

    monkeypatch.setattr(membership, "after_orders_changed", spy)
    rows = _taobao_rows()
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    run_import(db, analyse(db, _taobao_file(first_dir, rows[:2])))
    first = {no: o.id for no, o in _orders(db).items()}
    assert calls == [sorted(first.values())]

    run_import(db, analyse(db, _taobao_file(first_dir, rows[:2])))  # nothing changed
    assert len(calls) == 1

    later = [dict(r) for r in rows[1:]]
    later[0]["订单状态"] = "交易成功"
    run_import(db, analyse(db, _taobao_file(second_dir, later)))
    new = _orders(db)["35153131473293581"].id
    assert calls[1] == sorted([first["35153131473293580"], new])
