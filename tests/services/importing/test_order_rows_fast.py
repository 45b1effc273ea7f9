"""plan_orders reads columns at once and builds orders of one row directly: same plans.

The reference below is the planner as it was, one RowReader per row and every order
through _order_from_rows. Random tables of every platform, with the cells exports get
wrong (wrappers, masks, damaged ids, bad amounts and dates, workbook numbers, short
rows, repeated order and sub-order numbers), must give the very same plan: orders,
problems in their order, rejected rows, counts and progress reports.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.services import validation
from crmdesk.services.importing import order_cells, order_rows
from crmdesk.services.importing.address import (
    _take_postcode,
    address_parts,
    split_address,
    split_composite,
)
from crmdesk.services.importing.cells import is_masked
from crmdesk.services.importing.headers import normalise_header
from crmdesk.services.importing.platform_presets import PRESETS, PlatformPreset, resolve_fields
from crmdesk.services.importing.records import (
    ImportPlan,
    RejectedRow,
    RowProblem,
    RowReader,
    headers_index,
    is_blank,
    rejected_row,
    tick,
)
from crmdesk.services.importing.table import RawTable, SheetInfo
from crmdesk.services.importing.textread import iter_csv

# --- the reference: the planner as it was ----------------------------------------------


def _reference_row(row: RowReader) -> order_rows._OrderRow:
    v: dict[str, object] = {}
    v["order_no"] = row.ident("order_no")
    if not v["order_no"] and not row.failed:
        row.error("order_no", translate("Import", "The order number is missing."))
    v["sub_order_no"] = row.ident("sub_order_no")
    v["buyer_id"] = row.ident("buyer_id")
    for key in (
        "receiver_name",
        "address",
        "province",
        "city",
        "district",
        "street",
        "status",
        "refund_status",
        "item_title",
        "sku",
        "buyer_remark",
        "seller_remark",
        "buyer_nick",
    ):
        v[key] = row.text(key)
    for key in ("province", "city", "district"):
        if v[key] and is_masked(str(v[key])):
            v[key] = None
    v["ordered_at"] = row.moment("ordered_at")
    v["paid_at"] = row.moment("paid_at")
    v["amount"] = row.amount("amount")
    v["refund"] = row.amount("refund")
    v["unit_price"] = row.amount("unit_price")
    quantity = row.text("quantity")
    v["quantity"] = 1
    if quantity:
        try:
            q = Decimal(quantity)
            v["quantity"] = int(q) if q == q.to_integral_value() and q >= 0 else 1
        except ArithmeticError:
            row.warn(
                "quantity",
                translate("Import", "“{v}” is not a quantity; 1 was used.").format(v=quantity),
            )
    composite = split_composite(str(v["address"])) if v["address"] else None
    if composite is not None:
        v["address"] = composite.address
        v["receiver_name"] = v["receiver_name"] or composite.name
    phone = row.phone("phone", strict=False) if row.has("phone") else None
    if phone is None and composite is not None and composite.phone:
        try:
            phone = validation.normalise_phone(composite.phone)
        except ValidationError:
            phone = None
    v["phone"] = phone
    if v["receiver_name"] and len(str(v["receiver_name"])) > 100:
        row.warn("receiver_name", translate("Import", "The name is too long; it was cut."))
        v["receiver_name"] = str(v["receiver_name"])[:100]
    return order_rows._OrderRow(row.number, row.cells, v, row.problems)


def reference_plan(
    table: RawTable, p: PlatformPreset, progress: list[tuple[object, ...]]
) -> tuple[object, ...]:
    """What plan_orders gave before: every row read alone, every order the general way."""
    chosen = resolve_fields(p, table.raw_headers)
    index = headers_index(table, chosen)
    groups: dict[str, list[order_rows._OrderRow]] = {}
    problems: list[RowProblem] = []
    rejected: list[RejectedRow] = []
    blank = 0
    for i, cells in enumerate(table.rows):
        tick(i, len(table.rows), lambda *a: progress.append(a), None)
        if is_blank(cells):
            blank += 1
            continue
        row = RowReader(table.row_number(i), cells, index)
        row.headers = chosen
        parsed = _reference_row(row)
        if row.failed and not parsed.values["order_no"]:
            problems.extend(row.problems)
            rejected.append(rejected_row(row))
            continue
        groups.setdefault(str(parsed.values["order_no"]), []).append(parsed)
    orders: list[object] = []
    accepted = 0
    for rows in groups.values():
        accepted += order_rows._take_group(p, rows, chosen, problems, rejected, orders)  # type: ignore[arg-type]
    rejected.sort(key=lambda r: r.row)
    problems.sort(key=lambda pr: pr.row)
    return blank, accepted, tuple(problems), tuple(orders), tuple(rejected)


def _plan(table: RawTable, p: PlatformPreset, progress: list[tuple[object, ...]]) -> ImportPlan:
    return order_rows.plan_orders(None, table, p, None, None, lambda *a: progress.append(a), None)


# --- random exports --------------------------------------------------------------------

_POOLS: dict[str, list[object]] = {
    "id": ['="35153131473293579"', "123", "  456 ", "1.23E+18", "789.0", None, "", "-", 123,
           1.5e18, 12.0, "abc", "240305-12345", '=""', "\u200b77", Decimal("5.50"), True, "'0012"],
    "text": ["王秀燕", "张*", "-", " \t", '="x"', "'abc", "\u200bfoo", None, "", "名" * 101, 5, 1.5,
             True, dt.datetime(2024, 1, 2, 3, 4, 5), "＊", "\u3000b\xa0", "—"],
    "address": ["广东省 深圳市 龙岗区 新华路484号(207192)", "广东深圳市福田区示例街道1号",
                "周强，86-13900000004，江苏省 扬州市 广陵区 示例地址",
                "北京市 北京市 朝阳区 x(100000)",
                "a,b,c", None, "****", "李四,13900000005,上海市 浦东新区 某路", "王五，12345，广州",
                "张三，138****0000，浙江省 杭州市 西湖区 y", "黑龙江省哈尔滨市南岗区1号", "-"],
    "region": ["广东", "广东省", "*", "北京", None, "Ontario", "深圳市", "福田区", "-", "  上海 "],
    "time": ["2024-01-01 08:01:00", "2024/3/5 9:05", "2024-02-30 00:00:00", "20240305", "bad", None,
             45000.5, dt.datetime(2024, 5, 6, 7, 8, 9), "2024-01-01T08:01:00+00:00",
             "2024-01-01 08:01", dt.date(2023, 1, 2), "'2024-01-01 08:01:00", "2024-13-01 00:00:00",
             "-", 20240305, True],
    "amount": ["39.90", "¥1,299.50", "1.005", "-5", "abc", "0", None, 12.345, 10, True, "1e5",
               "0.001", "499.00（系统计算中…）", "0.00", "007.5", "-", Decimal("2.5"), 3.0,
               "12.3.4", "99999999999999.99", "1.999", float("nan"), "５.00"],
    "qty": ["1", "2", "1.5", "abc", "-1", None, "3.0", 2, "sNaN", "Infinity", "1_000", 2.5, True],
    "phone": ["'13534234785", "'131****6023", "12345", "+1 555", "0571-88888888", None, "1.23E+10",
              "86-13900000004", "13900000004.0", 13800000000, "1" * 50, "abc", "-", "138●●●●1234"],
    "refund_status": ["退款成功", "退货退款", None, "无", " 已退款 "],
    "title": ["桂花乌龙 三角包 30包", "旅行茶具套装 便携", None, "T" * 450, "-"],
    "sku": ["A1", "B2", None, "S" * 250],
    "remark": [None, "note", "备注，很长", "-"],
}  # fmt: skip
_KIND = {
    "order_no": "id", "sub_order_no": "id", "buyer_id": "id", "buyer_nick": "text",
    "receiver_name": "text", "phone": "phone", "address": "address", "province": "region",
    "city": "region", "district": "region", "street": "text", "postcode": "text", "email": "text",
    "ordered_at": "time", "paid_at": "time", "amount": "amount", "refund": "amount",
    "status": "status", "refund_status": "refund_status", "close_reason": "text",
    "item_title": "title", "sku": "sku", "quantity": "qty", "unit_price": "amount",
    "buyer_remark": "remark", "seller_remark": "remark",
}  # fmt: skip


def _cell(rng: random.Random, kind: str, p: PlatformPreset, nice: float) -> object:
    if nice and rng.random() < nice:  # the values a clean export holds
        if kind == "time":
            day, minute = rng.randint(1, 28), rng.randint(0, 59)
            return (
                f"2024-{rng.randint(1, 12):02d}-{day:02d} {rng.randint(0, 23):02d}:{minute:02d}:00"
            )
        if kind == "amount":
            return f"{rng.randint(0, 500)}.{rng.randint(0, 99):02d}"
        if kind == "status":
            return rng.choice(list(p.statuses))
        return rng.choice(_POOLS[kind][:2])
    if kind == "status":
        return rng.choice(
            [*p.statuses, "暂停", "(删除)xx", None, " 交易 成功 ", "未知", "退款成功"]
        )
    return rng.choice(_POOLS[kind])


def _table(rng: random.Random, p: PlatformPreset, n: int, nice: float) -> RawTable:
    headers = [p.fields[f][0] for f in p.fields] + ["其他列"]
    rng.shuffle(headers)
    at = {h: i for i, h in enumerate(headers)}
    same_width = rng.random() < 0.5
    numbers = [f'="{rng.randrange(10**8, 10**9)}"' for _ in range(max(1, n // 3))]
    rows: list[tuple[object, ...]] = []
    for _ in range(n):
        if rng.random() < 0.04:
            rows.append(tuple(rng.choice([None, "", " ", "-", "\t"]) for _ in headers))
            continue
        row: list[object] = [None] * len(headers)
        if rng.random() < 0.03:
            row[at["其他列"]] = "x"  # a row with nothing in the mapped columns
        else:
            for f in p.fields:
                if f == "order_no":
                    if not nice:
                        value = (
                            rng.choice(numbers) if rng.random() < 0.4 else _cell(rng, "id", p, 0)
                        )
                    elif rng.random() < 0.2:
                        value = rng.choice(numbers)  # an order of several rows
                    elif same_width:
                        value = f'="{rng.randrange(10**8, 10**9)}"'
                    else:
                        value = str(rng.randrange(10**9))
                elif f == "sub_order_no":
                    value = rng.choice(["s1", "s2", None, '="s3"'])
                else:
                    value = _cell(rng, _KIND[f], p, nice)
                row[at[p.fields[f][0]]] = value
        if rng.random() < 0.02:
            row = row[: rng.randrange(len(row))]  # a short row
        rows.append(tuple(row))
    raw = tuple(headers)
    return RawTable(
        path=Path("orders.csv"),
        file_format="csv",
        encoding="utf-8",
        sheet=None,
        sheets=(SheetInfo("orders", 0, False),),
        rows=tuple(rows),
        first_row_number=2,
        header_row_number=1,
        headers=tuple(normalise_header(h) for h in raw),
        raw_headers=raw,
        blank_rows=0,
        total_rows=len(rows),
        warnings=(),
    )


@pytest.mark.parametrize("seed", range(36))
def test_plans_as_before(seed: int) -> None:
    rng = random.Random(seed)
    p = PRESETS[seed % len(PRESETS)]
    nice = (0.0, 0.9, 0.99, 1.0)[seed % 4]
    table = _table(rng, p, 2300 if seed % 9 == 0 else rng.choice([1, 7, 150]), nice)
    before: list[tuple[object, ...]] = []
    after: list[tuple[object, ...]] = []
    plan = _plan(table, p, after)
    blank, accepted, problems, orders, rejected = reference_plan(table, p, before)
    assert plan.problems == problems
    assert plan.orders == orders
    assert [list(o.customer) for o in plan.orders] == [list(o.customer) for o in orders]  # type: ignore[attr-defined]
    assert plan.rejected == rejected
    assert (plan.blank_rows, plan.accepted_rows, plan.rejected_rows) == (
        blank,
        accepted,
        len(rejected),
    )
    assert after == before


def test_many_orders_of_one_row_as_before() -> None:
    """A clean export of one row per order: the direct path, over several chunks."""
    rng = random.Random(7)
    p = PRESETS[0]
    table = _table(rng, p, 4500, 1.0)
    plan = _plan(table, p, [])
    blank, accepted, problems, orders, rejected = reference_plan(table, p, [])
    assert len(plan.orders) > 3000
    assert (plan.problems, plan.orders, plan.rejected) == (problems, orders, rejected)
    assert (plan.blank_rows, plan.accepted_rows) == (blank, accepted)


# --- the fast paths against what they replace ------------------------------------------

_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\Z")
_WRAPPED = re.compile(r'="[0-9]+"\Z')


def _mutated(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.choice([0, 0, 1, 2])):
        k = rng.randrange(len(chars) + 1)
        odd = rng.choice([*'0-: ="\n', "１", "x", "٣"])
        if rng.random() < 0.4 and chars:
            chars[min(k, len(chars) - 1)] = odd
        elif rng.random() < 0.5:
            chars.insert(k, odd)
        elif chars:
            del chars[min(k, len(chars) - 1)]
    return "".join(chars)


def test_all_in_form_is_the_regex() -> None:
    rng = random.Random(1)
    for _ in range(20000):
        times = [_mutated(rng, "2024-03-05 14:30:00") for _ in range(rng.randint(1, 4))]
        expected = all(_MOMENT.match(t) for t in times)
        assert order_cells._all_in_form(times, "9999-99-99 99:99:99") == expected, times
        ids = [_mutated(rng, '="123456789"') for _ in range(rng.randint(1, 4))]
        form = '="' + "9" * 9 + '"'
        expected = all(_WRAPPED.match(i) and len(i) == len(form) for i in ids)
        assert order_cells._all_in_form(ids, form) == expected, ids


def test_phones_as_ident_and_normalise_phone() -> None:
    def reference(raw: object) -> tuple[object, object]:
        text, problem = order_cells._ident(raw)
        if problem is not None or not text:
            return None, problem
        try:
            return validation.normalise_phone(str(text)), None
        except ValidationError as exc:
            reason = str(exc) + " " + translate("Import", "The phone was left out.")
            return None, (reason, "warning")

    rng = random.Random(2)
    parts = [*"0123456789*'- +.eE", "１", "●", "\t", "86", "138", "****"]
    for _ in range(20000):
        raw = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.3:
            raw = "'1" + rng.choice("3456789") + "".join(rng.choices("0123456789*", k=9))
        if rng.random() < 0.02:
            raw = "'" + "1" * rng.randint(38, 42) + "*"
        assert order_cells._phone(raw) == reference(raw), raw


def test_postcode_is_the_regex() -> None:
    postcode = re.compile(r"\s*[(（]\s*(\d{6})\s*[)）]\s*$")
    rng = random.Random(3)
    parts = [*"0123456789()（） ab", "１", "٣"]
    for _ in range(50000):
        value = " ".join("".join(rng.choice(parts) for _ in range(rng.randint(0, 14))).split())
        match = postcode.search(value)
        expected = (match.group(1), value[: match.start()].strip()) if match else (None, value)
        assert _take_postcode(value) == expected, value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "广东省 广州市 越秀区 黄花岗街道…(510180)",
            ("广东省", "广州市", "越秀区", "黄花岗街道…", "510180"),
        ),
        ("广东深圳市福田区示例街道1号", ("广东省", "深圳市", "福田区", "示例街道1号", None)),
        ("北京市朝阳区 建国路 1 号", ("北京市", "北京市", "朝阳区", "建国路 1 号", None)),
        (
            "  浙江省\u3000杭州市  西湖区 ( 310000 ) ",
            ("浙江省", "杭州市", "西湖区", None, "310000"),
        ),
        (
            "上海市 市辖区 浦东新区 x（２０００００）",
            ("上海市", "上海市", "浦东新区", "x", "２０００００"),
        ),
        ("**** 深圳市 南山区", (None, "深圳市", "南山区", None, None)),
        ("", (None, None, None, None, None)),
    ],
)
def test_address_parts(text: str, expected: tuple[str | None, ...]) -> None:
    assert address_parts(text) == expected
    parts = split_address(text)  # the same, as the card's fields
    assert (parts.province, parts.city, parts.district, parts.detail, parts.postcode) == expected


def test_csv_empty_cells_are_none(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text('订单编号,备注,金额\n"1","",3\n,,\n"=""2""",x,\n', "utf-8")
    assert list(iter_csv(path, "utf-8")) == [
        ["订单编号", "备注", "金额"],
        ["1", None, "3"],
        [None, None, None],
        ['="2"', "x", None],
    ]
