"""The address splitter: provinces, municipalities, autonomous regions, masks, Tmall cells."""

from __future__ import annotations

import pytest

from crmdesk.services.importing.address import (
    AddressParts,
    canonical_province,
    join_region,
    split_address,
    split_composite,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "广东省 广州市 越秀区 黄花岗街道先烈中路3101(510180)",
            AddressParts("广东省", "广州市", "越秀区", "黄花岗街道先烈中路3101", "510180"),
        ),
        ("广东深圳市福田区示例街道1号", AddressParts("广东省", "深圳市", "福田区", "示例街道1号")),
        ("北京 北京市 朝阳区 建国路1号", AddressParts("北京市", "北京市", "朝阳区", "建国路1号")),
        ("北京市朝阳区建国路1号", AddressParts("北京市", "北京市", "朝阳区", "建国路1号")),
        ("上海市 浦东新区", AddressParts("上海市", "上海市", "浦东新区")),
        ("重庆市 重庆市 渝中区 解放碑", AddressParts("重庆市", "重庆市", "渝中区", "解放碑")),
        (
            "内蒙古自治区 呼和浩特市 新城区 x路",
            AddressParts("内蒙古自治区", "呼和浩特市", "新城区", "x路"),
        ),
        (
            "新疆乌鲁木齐市天山区x路",
            AddressParts("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "x路"),
        ),
        (
            "内蒙古 锡林郭勒盟 正蓝旗 上都镇",
            AddressParts("内蒙古自治区", "锡林郭勒盟", "正蓝旗", "上都镇"),
        ),
        ("浙江省杭州市余杭区五常街道", AddressParts("浙江省", "杭州市", "余杭区", "五常街道")),
        (
            "湖北省恩施土家族苗族自治州恩施市舞阳坝",
            AddressParts("湖北省", "恩施土家族苗族自治州", "恩施市", "舞阳坝"),
        ),
        (
            "江苏省 南京市 建邺区 沙洲街道****",
            AddressParts("江苏省", "南京市", "建邺区", "沙洲街道****"),
        ),
        ("**** 深圳市 南山区 科技园", AddressParts(None, "深圳市", "南山区", "科技园")),
        ("广东省 深圳市", AddressParts("广东省", "深圳市")),
        ("科技园1号", AddressParts(detail="科技园1号")),
        ("", AddressParts()),
        (None, AddressParts()),
    ],
)
def test_split_address(text: str | None, expected: AddressParts) -> None:
    assert split_address(text) == expected


def test_region_round_trip() -> None:
    for province, city, district in [
        ("广东省", "深圳市", "南山区"),
        ("北京市", "北京市", "朝阳区"),
        ("广东省", "深圳市", None),
        ("广西壮族自治区", "南宁市", "青秀区"),
    ]:
        parts = split_address(join_region(province, city, district))
        assert (parts.province, parts.city, parts.district) == (province, city, district)
    assert join_region("北京市", "北京市", "朝阳区") == "北京市 朝阳区"


def test_canonical_province() -> None:
    assert canonical_province("广东") == "广东省"
    assert canonical_province("北京") == "北京市"
    assert canonical_province("宁夏") == "宁夏回族自治区"
    assert canonical_province("香港") == "香港特别行政区"
    assert canonical_province("Ontario") == "Ontario"
    assert canonical_province("  ") is None


def test_split_composite() -> None:
    got = split_composite("周强，86-13900000004，江苏省 扬州市 广陵区 示例地址")
    assert got is not None
    assert (got.name, got.phone, got.address) == (
        "周强",
        "13900000004",
        "江苏省 扬州市 广陵区 示例地址",
    )
    assert split_composite("江苏省 南京市 建邺区 沙洲街道****") is None
    assert split_composite("张三，李四，王五") is None
