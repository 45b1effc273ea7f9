"""Cell cleaning: wrappers, amounts, dates, ids and masks as the platforms write them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.services.importing import (
    CellValueError,
    clean_text,
    is_masked,
    normalise_header,
    parse_amount,
    parse_datetime,
    parse_id,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('="35153131473293579"', "35153131473293579"),
        ("'13925130165", "13925130165"),
        ("`7210448301122", "7210448301122"),
        ("\t", None),
        ("SKU-1\t", "SKU-1"),
        ("-", None),
        ("  张三 ", "张三"),
        ("\ufeff\u200b王五", "王五"),
        ("", None),
        (None, None),
        (13812345678.0, "13812345678"),
        (42, "42"),
        (datetime(2024, 3, 5, 9, 0), "2024-03-05 09:00:00"),
        ("a-b", "a-b"),
    ],
)
def test_clean_text(raw: object, expected: str | None) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("499.00（系统计算中，该值仅供参考）", Decimal("499.00")),
        ("¥1,299.50", Decimal("1299.50")),
        ("￥ 12", Decimal("12")),
        ("-3.5", Decimal("-3.5")),
        (".5", Decimal(".5")),
        ("12元", Decimal("12")),
        (0.1, Decimal("0.1")),
        (19.99, Decimal("19.99")),
        (7, Decimal(7)),
        ("-", None),
        ("\t", None),
        (None, None),
        ("'88.80", Decimal("88.80")),
    ],
)
def test_parse_amount(raw: object, expected: Decimal | None) -> None:
    assert parse_amount(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "约100", "1,2,3", "12.5.3", "1e5", True, float("nan")])
def test_parse_amount_refuses_non_amounts(raw: object) -> None:
    with pytest.raises(CellValueError):
        parse_amount(raw)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_parse_amount_round_trips_plain_and_decorated_text(amount: Decimal) -> None:
    text = f"{amount:f}"
    assert parse_amount(text) == amount
    assert parse_amount(f"¥{amount:,.2f}（仅供参考）") == amount


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_parse_amount_of_a_float_is_its_shortest_text(value: float) -> None:
    assert parse_amount(value) == Decimal(repr(value))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-05 14:30:00", datetime(2024, 3, 5, 14, 30)),
        ("2024-03-05 14:30", datetime(2024, 3, 5, 14, 30)),
        ("2024/3/5 9:05", datetime(2024, 3, 5, 9, 5)),
        ("2024.03.05", datetime(2024, 3, 5)),
        ("2024年3月5日", datetime(2024, 3, 5)),
        ("2024年3月5日 08:01:02", datetime(2024, 3, 5, 8, 1, 2)),
        ("2024-03-05T14:30:00+08:00", datetime(2024, 3, 5, 14, 30)),
        ("2026-05-01 10:00:00 +0200", datetime(2026, 5, 1, 16, 0)),
        ("2024-03-05T06:30:00Z", datetime(2024, 3, 5, 14, 30)),
        ("2024-03-05 14:30:00.250", datetime(2024, 3, 5, 14, 30, 0, 250000)),
        ("20240305", datetime(2024, 3, 5)),
        (20240305, datetime(2024, 3, 5)),
        (45356, datetime(2024, 3, 5)),
        (45356.5, datetime(2024, 3, 5, 12)),
        (1, datetime(1900, 1, 1)),
        (59, datetime(1900, 2, 28)),
        (61, datetime(1900, 3, 1)),
        (date(2024, 3, 5), datetime(2024, 3, 5)),
        ("\t", None),
        ("-", None),
    ],
)
def test_parse_datetime(raw: object, expected: datetime | None) -> None:
    assert parse_datetime(raw) == expected


@pytest.mark.parametrize(
    "raw", ["2024-13-01", "2023-02-29", "yesterday", "12:30", 60, 0, -5, 1e12, "2024-03-05 25:00"]
)
def test_parse_datetime_refuses_with_a_message(raw: object) -> None:
    with pytest.raises(CellValueError) as err:
        parse_datetime(raw)
    assert str(err.value)


@given(st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 30)))
def test_parse_datetime_reads_its_own_text_forms(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    assert parse_datetime(moment.strftime("%Y-%m-%d %H:%M:%S")) == moment
    assert parse_datetime(f"{moment.year}/{moment.month}/{moment.day}") == datetime(
        moment.year, moment.month, moment.day
    )
    assert parse_datetime(moment.isoformat()) == moment


@given(st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 30)))
def test_parse_datetime_of_an_excel_serial(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    delta = moment - datetime(1899, 12, 30)
    serial = delta.days + Decimal(delta.seconds) / 86400
    parsed = parse_datetime(float(serial))
    assert parsed is not None
    assert abs(parsed - moment) <= timedelta(seconds=1)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (13812345678.0, "13812345678"),
        (13812345678, "13812345678"),
        ('="5118609024991031607"', "5118609024991031607"),
        ("'13925130165", "13925130165"),
        ("13812345678.0", "13812345678"),
        ("1******6198", "1******6198"),
        (Decimal("123"), "123"),
        ("\t", None),
    ],
)
def test_parse_id(raw: object, expected: str | None) -> None:
    assert parse_id(raw) == expected


@pytest.mark.parametrize("raw", ["1.23E+18", "5.11860902499103E+18", 1.2345678901234568e18, 1e15])
def test_parse_id_refuses_excel_damage_and_asks_for_the_original(raw: object) -> None:
    with pytest.raises(CellValueError) as err:
        parse_id(raw)
    assert "original" in str(err.value)


@pytest.mark.parametrize(
    ("text", "masked"),
    [("张*", True), ("1******6198", True), ("138****8000", True), ("张三", False), (None, False)],
)
def test_is_masked(text: str | None, masked: bool) -> None:
    assert is_masked(text) is masked


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("收货地址 ", "收货地址"),
        ("\ufeff订单编号", "订单编号"),
        ("买家\u200b会员名", "买家会员名"),
        ("商品总价（元）", "商品总价(元)"),
        ("下单帐号", "下单账号"),
        ("收货 地址", "收货地址"),
        ("Customer  ID", "customer id"),
        ("\u3000手机\u3000", "手机"),
        (None, ""),
    ],
)
def test_normalise_header(raw: object, expected: str) -> None:
    assert normalise_header(raw) == expected


@given(st.text())
def test_normalise_header_is_idempotent(text: str) -> None:
    once = normalise_header(text)
    assert normalise_header(once) == once
    assert once == once.strip()
    assert "帐" not in once
    assert "\ufeff" not in once and "\u200b" not in once


@given(st.text(alphabet="收货地址订单（）() \u3000\ufeff\u200b帐账号", max_size=20))
def test_normalise_header_ignores_decoration(text: str) -> None:
    decorated = (
        "\ufeff " + text.replace("(", "（").replace(")", "）").replace("账", "帐") + " \u200b"
    )
    assert normalise_header(decorated) == normalise_header(text)
