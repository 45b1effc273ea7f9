"""The fast paths of the customer import give exactly what the long ways give.

Rows made of awkward cells (wrappers, spaces, invisible characters, numbers for ids,
masked and foreign phones, impossible birthdays, unknown platforms, long texts...)
are planned twice: as shipped, and with the fast path switched off so that every row
goes through ``_customer_row``. Records (with the order of their fields), problems
(with their order), rejected rows and counts must be identical. clean_text, parse_id,
normalise_phone and validate_name are compared with their long ways over every
character of the Basic Multilingual Plane's common blocks, alone and in company.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.errors import ValidationError
from crmdesk.services.importing import customer_rows
from crmdesk.services.importing.cells import clean_text, clean_texts, parse_id
from crmdesk.services.importing.records import is_blank
from crmdesk.services.importing.table import CellValueError, RawTable
from crmdesk.services.validation import PhoneValue, normalise_phone, validate_name

_TODAY = dt.date.today()

_NAMES = [
    "张三", " 张三 ", "张\u200b三", '="张三"', "'张三", "`李四", "-", "", None, "a  b", "Ann Lee",
    "Ａｂｃ", "x" * 101, "x" * 100, 123, 1.5, 2.0, "张三\t", "\ufeff李四", "—", "－", "--",
    "李\u3000四", True, dt.date(2020, 1, 2), "王五\xa0", "\t", "赵六\n", "=", "'", "=\"\"",
    Decimal("7"), "ｱｲｳ", "e\u0301", "张三,李四",
]  # fmt: skip
_PHONES = [
    "13812345678", "138 1234 5678", "+8613812345678", "1381234567", "138****5678",
    13812345678, 13812345678.0, "13812345678.0", "1.38E+10", "010-12345678", "", None,
    "abc", "１３８１２３４５６７８", "13812345678\n", " 13812345678", "19912345678",
    "12812345678", "0571-88888888-123", "400-123-4567", "1" * 41, "8613812345678",
    "13812345678 ", "'13812345678", '="13812345678"', "1381234567８", Decimal("13812345678"),
    float("nan"), "+13812345678", "13812345678转12",
]  # fmt: skip
_IDS = [
    "tb_123", "123456", "1.23E+18", "+12", "-", "12.0", 12, 1.5e20, None, "", '="0012"',
    "'0012", "٣٤", "0012", " 99 ", 12.5, Decimal("12.50"), True, "abc\u200b", "x" * 300,
    "-12", "1e5", "12.", "pdd123", "o7JCqH7aWY2TYGIAd1JmFE", "-1e5", "-12.0", "+3.0",
]  # fmt: skip
_PLATFORMS = [
    "淘宝", "taobao", "Taobao", "unknown", "", None, "抖音", " 京东 ", "拼多多", "tmall", 1,
]  # fmt: skip
_BIRTHDAYS = [
    dt.date(1990, 1, 1), dt.date(1899, 1, 1), dt.date(2999, 1, 1), dt.datetime(1990, 1, 1, 5),
    "1990-01-01", "bad", 33000, 33000.5, None, "", _TODAY, _TODAY + dt.timedelta(days=1),
    dt.date(1900, 1, 1), "20000229", "2001-02-29", True, "-", " 1990/1/2 ", 60,
]  # fmt: skip
_GENDERS = ["男", "女", "M", "x", "", None, " female ", "Male", "先生", 1]
_KINDS = ["个人", "企业", "Company", "foo", None, "", " 公司 "]
_EMAILS = ["a@b.com", "bad", None, " a@b.com ", "", "a@@b.com", "x" * 200 + "@b.com", "ａ@b.com"]
_PROVINCES = ["广东", "广东省", "xx", None, " 北京 ", "", "内蒙古", "新疆", 5]
_REGIONS = ["广东省 深圳市 南山区", "北京市朝阳区", None, "", "上海", "浙江省杭州市西湖区", "xx"]
_TEXTS = [
    "科技园1号", None, "", "x" * 401, "x" * 41, "x" * 40, " 南山区 ", "深圳市",
    "广东省深圳市南山区1号", "北京市朝阳区", "某某路\u200b1号", 42, "-", "a\nb",
    "深圳市南山区科技园1号",
]  # fmt: skip
_TAGS = [
    "a,b", "a，b、c", "(a,b)", "x" * 61, None, ",,", "a;a", "", " VIP ", "【a,b】c", '"a,b',
    "t,t,t",
]  # fmt: skip
_ACCOUNTS = [
    "淘宝 tb1", "淘宝: tb1; 京东 jd2", "bogus", "淘宝 tb…", None, "淘宝:", "",
    "抖音：dy1\n拼多多 p", " ; ", "Taobao tb2", "淘宝 :tb3",
]  # fmt: skip

_POOLS: dict[str, list[object]] = {
    "name": _NAMES,
    "buyer_nick": _NAMES,
    "buyer_id": _IDS,
    "phone": _PHONES,
    "platform": _PLATFORMS,
    "birthday": _BIRTHDAYS,
    "gender": _GENDERS,
    "kind": _KINDS,
    "email": _EMAILS,
    "province": _PROVINCES,
    "region": _REGIONS,
    "tags": _TAGS,
    "accounts": _ACCOUNTS,
    "wechat": _TEXTS,
    "district": _TEXTS,
    "city": _TEXTS,
    "address": _TEXTS,
    "source_channel": _TEXTS,
    "company": _TEXTS,
    "notes": _TEXTS,
    "industry": _TEXTS,
    "contact_person": _TEXTS,
    "position": _TEXTS,
    "preferences": _TEXTS,
    "interests": _TEXTS,
}
#: Values nearly every real row holds: most rows take the fast path.
_COMMON: dict[str, object] = {
    "name": "张三",
    "buyer_nick": "小张",
    "buyer_id": "tb_zhang",
    "phone": "13812345678",
    "platform": "淘宝",
    "birthday": dt.date(1990, 5, 1),
    "gender": "男",
    "kind": "个人",
    "email": "a@b.com",
    "province": "广东",
    "region": "广东省 深圳市 南山区",
    "tags": "VIP、老客户",
    "accounts": "淘宝 tb1",
}


def _table(rng: random.Random, fields: list[str], rows: int) -> RawTable:
    headers = (*(f"h_{f}" for f in fields), "extra")
    body: list[tuple[object, ...]] = []
    for _ in range(rows):
        shape = rng.random()
        if shape < 0.05:
            body.append(tuple(rng.choice([None, "", " ", "-", "\t"]) for _ in headers))
            continue
        # Mostly one or two odd cells in an ordinary row, so that each odd value is
        # met alone as well as with others.
        odd = set(rng.sample(fields, min(len(fields), rng.choice([0, 1, 1, 1, 2, 3]))))
        if rng.random() < 0.1:
            odd = set(fields)
        cells = []
        for f in fields:
            if f in odd:
                cells.append(rng.choice(_POOLS[f]))
            else:
                cells.append(_COMMON.get(f, "深圳市"))
        cells.append(rng.choice([None, "x", 1]))
        row = tuple(cells)
        if shape < 0.08:
            row = row[: rng.randrange(len(row) + 1)]  # a short row (hand-made tables)
        body.append(row)
    return RawTable(
        path=Path("fuzz.xlsx"),
        file_format="xlsx",
        encoding=None,
        sheet="Sheet1",
        sheets=(),
        rows=tuple(body),
        first_row_number=2,
        header_row_number=1,
        headers=headers,
        raw_headers=headers,
        blank_rows=0,
        total_rows=len(body),
        warnings=(),
    )


def _slow_reader(index: dict[str, int]):  # type: ignore[no-untyped-def]
    return lambda cells, number: None


def _plan(table: RawTable, mapping: dict[str, str]):  # type: ignore[no-untyped-def]
    return customer_rows.plan_customers(table, None, mapping, None, None)


_FIELD_SETS = [
    list(_POOLS),
    ["name", "address"],  # the address alone is split into province, city...
    ["buyer_nick", "address", "district"],
    ["name", "address", "city", "wechat"],
    ["buyer_id", "platform", "address", "region"],
    ["name", "buyer_nick", "platform"],
    ["buyer_id"],
    ["name", "phone", "birthday", "email", "kind", "gender", "tags", "accounts"],
]


@pytest.mark.parametrize("seed", range(16))
def test_fast_path_gives_what_the_row_by_row_path_gives(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    fields = [f for f in _POOLS if rng.random() < 0.6] or ["name"]
    if seed < len(_FIELD_SETS):
        fields = list(_FIELD_SETS[seed])
    if not {"name", "buyer_nick", "buyer_id"} & set(fields):
        fields.append("buyer_nick")
    rng.shuffle(fields)
    table = _table(rng, fields, 2000)
    mapping = {f: f"h_{f}" for f in fields}
    fast = _plan(table, mapping)
    with monkeypatch.context() as m:
        m.setattr(customer_rows, "_fast_reader", _slow_reader)
        slow = _plan(table, mapping)
    assert fast.problems == slow.problems
    assert fast.rejected == slow.rejected
    assert fast.customers == slow.customers
    # dicts compare without their order; the order of the fields must match too
    assert [list(c.values.items()) for c in fast.customers] == [
        list(c.values.items()) for c in slow.customers
    ]
    assert [[type(v) for v in c.values.values()] for c in fast.customers] == [
        [type(v) for v in c.values.values()] for c in slow.customers
    ]
    assert fast == slow
    assert fast.accepted_rows > 100  # the fast path was really taken


def _every_pool_value() -> list[object]:
    seen: list[object] = []
    for pool in _POOLS.values():
        seen.extend(pool)
    return seen


_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"), None)
_STRIP = " \t\r\n\u3000\xa0\v\f"


def _reference_strip(text: str) -> str:
    return text.translate(_INVISIBLE).strip(_STRIP)


def _reference_clean_text(value: object) -> str | None:
    """clean_text as it was written before its fast paths, for text."""
    if not isinstance(value, str) or type(value) is not str:
        return clean_text(value)
    text = _reference_strip(value)
    first = text[:1]
    if first == "=" and len(text) >= 3 and text[1] == '"' and text[-1] == '"':
        text = _reference_strip(text[2:-1].replace('""', '"'))
        first = text[:1]
    if first == "'" or first == "`":
        text = _reference_strip(text[1:])
    return None if text in {"", "-", "－", "--", "—"} else text


def test_clean_text_and_clean_texts_agree_with_the_plain_steps() -> None:
    values = _every_pool_value()
    chars = [chr(c) for c in range(0x3100)] + [chr(c) for c in range(0xFE00, 0x10000)]
    values += chars + [c + "a" for c in chars] + ["a" + c for c in chars]
    values += ["a" + c + "b" for c in chars] + [c + c for c in chars]
    values += ["=\"''x\"", '="\'"', '\'="x"', "' - ", '="\u200b-"', "\u200b'x", "x\u3000"]
    expected = [_reference_clean_text(v) for v in values]
    assert [clean_text(v) for v in values] == expected
    assert clean_texts(values) == expected


class _Text(str):
    """A str the fast paths (``type(x) is str``) leave alone: it takes the long way."""


def _outcome(function, value: object) -> object:  # type: ignore[no-untyped-def]
    try:
        result = function(value)
    except (CellValueError, ValidationError) as exc:
        return (type(exc), str(exc))
    return (type(result), result)


def _texts() -> list[str]:
    chars = [chr(c) for c in range(0x3100)] + [chr(c) for c in range(0xFE00, 0x10000)]
    texts = [v for v in _every_pool_value() if isinstance(v, str)]
    texts += chars + [c + "a" for c in chars] + ["a" + c for c in chars]
    texts += ["a" + c + "b" for c in chars]
    digits = "0123456789"
    texts += [f"1{a}{b}12345678" for a in digits for b in digits + "*-. ０"]
    texts += [f"{a}3812345678" for a in digits + "+-"] + ["138123456789", "1381234567"]
    texts += ["+1.5e3", "²3", "٣٤.0", "１２.0", "12.0", "-12.0", "1e5", "0086138"]
    return texts


def test_parse_id_fast_path_agrees_with_the_long_way() -> None:
    for text in _texts():
        assert _outcome(parse_id, text) == _outcome(parse_id, _Text(text)), repr(text)


def test_normalise_phone_fast_path_agrees_with_the_long_way() -> None:
    for text in _texts():
        fast = _outcome(normalise_phone, text)
        assert fast == _outcome(normalise_phone, _Text(text)), repr(text)
        if fast[0] is PhoneValue:
            assert type(fast[1].text) is str  # type: ignore[index]


def test_validate_name_fast_path_agrees_with_the_long_way() -> None:
    for text in [*_texts(), "x" * 100, "x" * 101, "Ａｂｃ", "e\u0301", "ｱｲｳ", "a  b", " a"]:
        fast = _outcome(validate_name, text)
        assert fast == _outcome(validate_name, _Text(text)), repr(text)


def test_blank_rows_are_still_blank() -> None:
    for cells in [(), (None,), ("",), (" ", "-"), ("\t", None, "—"), ("\u200b",)]:
        assert is_blank(cells)
    for cells in [(0,), (None, "x"), ("-", 1.5), (dt.date(2020, 1, 1),), (False,)]:
        assert not is_blank(cells)
