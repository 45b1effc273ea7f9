"""Column mapping: suggestions from header names, platform recognition, saved presets."""

from __future__ import annotations

import pytest

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services.importing.mapping import (
    delete_preset,
    get_preset,
    list_presets,
    save_preset,
    suggest_customer_mapping,
)
from crmdesk.services.importing.platform_presets import (
    detect_platform,
    guess_status,
    preset,
    resolve_fields,
)

from .platform_files import (
    DOUYIN_74,
    JD_80,
    KUAISHOU_61,
    PDD_B,
    QIANNIU_21,
    TAOBAO_2017,
    WECHAT_57,
    YOUZAN_59,
    headers,
)


def test_suggest_chinese_and_english_names() -> None:
    got = suggest_customer_mapping(
        [
            "客户姓名",
            "手机号码",
            "微信号",
            "出生日期",
            "省",
            "市",
            "区",
            "收货地址",
            "客户标签",
            "Company",
        ]
    )
    assert got == {
        "name": "客户姓名", "phone": "手机号码", "wechat": "微信号", "birthday": "出生日期",
        "province": "省", "city": "市", "district": "区", "address": "收货地址",
        "tags": "客户标签", "company": "Company",
    }  # fmt: skip
    assert suggest_customer_mapping(["Name", "Phone", "WeChat", "Tags"]) == {
        "name": "Name", "phone": "Phone", "wechat": "WeChat", "tags": "Tags",
    }  # fmt: skip


def test_suggest_contained_names_and_each_column_once() -> None:
    got = suggest_customer_mapping(["会员手机号", "姓名", "姓名", "不认识的列"])
    assert got == {"phone": "会员手机号", "name": "姓名"}


def test_register_export_titles_are_known() -> None:
    got = suggest_customer_mapping(["Name", "Phone", "Platform / buyer ID", "Region", "Orders"])
    assert got == {
        "name": "Name", "phone": "Phone", "accounts": "Platform / buyer ID", "region": "Region",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("spec", "platform"),
    [
        (TAOBAO_2017, "taobao"),
        (QIANNIU_21, "taobao"),
        (JD_80, "jd"),
        (PDD_B, "pdd"),
        (DOUYIN_74, "douyin"),
        (KUAISHOU_61, "kuaishou"),
        (YOUZAN_59, "youzan"),
        (WECHAT_57, "wechat"),
    ],
)
def test_detect_platform_from_full_headers(spec: str, platform: str) -> None:
    assert detect_platform(headers(spec)).platform == platform


def test_detect_platform_needs_evidence() -> None:
    assert detect_platform(["姓名", "手机", "订单号"]).platform is None
    assert detect_platform([]).platform is None


def test_resolve_fields_picks_the_first_alternative_present() -> None:
    got = resolve_fields(preset("taobao"), tuple(headers(TAOBAO_2017)))
    assert got["order_no"] == "订单编号"
    assert got["address"] == "收货地址 "
    assert got["amount"] == "买家实际支付金额"
    got = resolve_fields(
        preset("pdd"), ("订单号", "商品总价（元）", "用户实付金额(元)", "商家实收金额(元)")
    )
    assert got["amount"] == "用户实付金额(元)"


def test_status_texts() -> None:
    taobao = preset("taobao")
    assert taobao.status_of("买家已付款,等待卖家发货") == "paid"
    assert taobao.status_of("卖家已发货，等待买家确认") == "shipped"
    assert taobao.status_of("交易关闭") == "closed"
    jd = preset("jd")
    assert jd.status_of("(删除)已完成") == "closed"
    assert jd.status_of("等待确认收货") == "shipped"
    assert jd.status_of("暂停") is None
    assert preset("douyin").status_of("已关闭") == "closed"
    assert guess_status("已发货，待签收") == "shipped"
    assert guess_status("交易成功了") == "completed"
    assert guess_status("看不懂") is None


def test_presets_save_list_replace_delete(db: Database) -> None:
    first = save_preset(db, "我的客户表", "customers", {"name": "客户", "phone": "号码"})
    save_preset(db, "京东订单", "orders", {"order_no": "订单号"}, platform="jd")
    assert [p.name for p in list_presets(db)] == ["京东订单", "我的客户表"]
    assert [p.name for p in list_presets(db, kind="orders")] == ["京东订单"]
    assert get_preset(db, "京东订单").platform == "jd"
    again = save_preset(db, "我的客户表", "customers", {"name": "姓名"})
    assert again.id == first.id and again.mapping == {"name": "姓名"}
    delete_preset(db, first.id)
    assert [p.name for p in list_presets(db)] == ["京东订单"]
    with pytest.raises(NotFoundError):
        get_preset(db, "我的客户表")
    with pytest.raises(ValidationError):
        save_preset(db, "  ", "customers", {})
    with pytest.raises(ValidationError):
        save_preset(db, "x", "products", {})
