"""Excel export: layout, formats, properties, no live formulas, round trip, no half files."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from crmdesk.db import Database
from crmdesk.errors import Cancelled
from crmdesk.services import customers as cust
from crmdesk.services import exporting, exporting_records
from crmdesk.services import orders as ords
from crmdesk.services.customers import AccountInput, CustomerInput
from crmdesk.services.importing.pipeline import analyse, run_import
from crmdesk.services.orders import ContactInput, OrderInput
from crmdesk.services.register import RegisterQuery
from crmdesk.services.settings import set_settings

ALL_COLUMNS = ["name", "phone", "accounts", "region", "tags", "status", "order_count",
               "total_spend", "last_order_at", "wechat", "birthday"]  # fmt: skip

#: Text that Excel would run as a formula if it were written as one.
PAYLOADS = [
    "=1+1",
    "+SUM(A1:A2)",
    "-2+3",
    "@SUM(A1)",
    '=HYPERLINK("http://example.com","点我")',
    "=cmd|' /C calc'!A0",
]


def _shop(db: Database) -> list[int]:
    set_settings(db, {"shop_name": "小王的茶叶店"})
    ids = []
    zhang = cust.create_customer(
        db,
        CustomerInput(
            name="张三",
            phone="13800138000",
            wechat="zs_wx",
            birthday=dt.date(1990, 5, 1),
            province="广东省",
            city="深圳市",
            district="南山区",
            accounts=(AccountInput("taobao", "tb_zhang"), AccountInput("jd", "jd_zhang")),
            tags=("VIP", "老客户"),
        ),
    )
    ids.append(zhang.id)
    li = cust.create_customer(
        db, CustomerInput(name="李四", phone="13900139000", province="北京市", city="北京市")
    )
    ids.append(li.id)
    ords.add_order(
        db,
        zhang.id,
        OrderInput(
            ordered_at=dt.datetime(2026, 1, 5, 10, 0),
            paid=Decimal("1299.50"),
            refund=Decimal("99.50"),
            platform="taobao",
            order_no="5118609024991031607",
            items_text="大红袍",
        ),
    )
    ords.add_contact(
        db,
        zhang.id,
        ContactInput(
            contacted_at=dt.datetime(2026, 1, 6, 9, 0),
            channel="phone",
            kind="follow_up",
            summary="回访：很满意",
            follow_up_on=dt.date(2026, 2, 1),
        ),
    )
    return ids


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return "".join(
            zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("xl/worksheets/")
        )


def test_customers_layout_formats_and_properties(db: Database, tmp_path: Path) -> None:
    _shop(db)
    out = tmp_path / "客户.xlsx"
    result = exporting.export_customers(
        db, out, RegisterQuery(sort_key="name", sort_desc=False), ALL_COLUMNS, mask_phones=False
    )
    assert result.rows == 2 and result.path == out
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:K3"
    assert all(cell.font.b for cell in ws[1])
    assert [c.value for c in ws[1]][:4] == ["Name", "Phone", "Platform / buyer ID", "Region"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    zhang = rows["张三"]
    assert zhang[1].value == "13800138000" and zhang[1].data_type == "s"
    assert zhang[2].value == "淘宝 tb_zhang; 京东 jd_zhang"
    assert zhang[3].value == "广东省 深圳市 南山区"
    assert zhang[4].value == "VIP、老客户"
    assert zhang[7].value == 1200 and "¥" in zhang[7].number_format
    assert zhang[8].value == dt.datetime(2026, 1, 5, 10, 0)
    assert zhang[8].number_format == "yyyy-mm-dd hh:mm"
    assert zhang[10].value == dt.datetime(1990, 5, 1) and zhang[10].number_format == "yyyy-mm-dd"
    assert rows["李四"][3].value == "北京市"
    assert ws.column_dimensions["C"].width > ws.column_dimensions["G"].width
    with zipfile.ZipFile(out) as zf:
        app = zf.read("docProps/app.xml").decode()
        core = zf.read("docProps/core.xml").decode()
    assert "小王的茶叶店" in app
    assert dt.date.today().isoformat() in core
    assert not list(tmp_path.glob("*.tmp*"))


def test_phones_masked_by_the_shop_setting(db: Database, tmp_path: Path) -> None:
    _shop(db)
    out = exporting.export_customers(db, tmp_path / "c.xlsx", columns=["name", "phone"]).path
    phones = {
        r[1] for r in openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)
    }
    assert phones == {"138****8000", "139****9000"}


def test_register_filter_and_order_are_reused(db: Database, tmp_path: Path) -> None:
    _shop(db)
    out = exporting.export_customers(
        db, tmp_path / "c.xlsx", RegisterQuery(search="zhang"), ["name"]
    ).path
    names = [
        r[0] for r in openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)
    ]
    assert names == ["张三"]


def test_exported_customers_import_back_unchanged(db: Database, tmp_path: Path) -> None:
    _shop(db)
    out = exporting.export_customers(
        db, tmp_path / "c.xlsx", columns=ALL_COLUMNS, mask_phones=False
    )
    plan = analyse(db, out.path)
    assert plan.kind == "customers" and plan.errors == ()
    assert set(plan.mapping) == {"name", "phone", "accounts", "region", "tags", "wechat",
                                 "birthday"}  # fmt: skip
    summary = run_import(db, plan)
    assert (summary.customers_created, summary.customers_updated, summary.customers_skipped) == (
        0, 0, 0,
    )  # fmt: skip
    assert summary.customers_unchanged == 2


def test_formula_injection_neutralised_and_values_come_back(db: Database, tmp_path: Path) -> None:
    for i, payload in enumerate(PAYLOADS):
        card = cust.create_customer(
            db,
            CustomerInput(
                name=payload,
                phone=f"1370000{i:04d}",
                wechat=payload,
                province=payload,
                accounts=(AccountInput("taobao", payload),),
                tags=(payload,),
                notes=payload,
            ),
        )
        ords.add_order(
            db,
            card.id,
            OrderInput(
                ordered_at=dt.datetime(2026, 1, 1),
                paid=Decimal(1),
                order_no=payload,
                items_text=payload,
                notes=payload,
            ),
        )
        ords.add_contact(
            db,
            card.id,
            ContactInput(
                contacted_at=dt.datetime(2026, 1, 2),
                channel="wechat",
                kind="inquiry",
                summary=payload,
                result=payload,
                resolution=payload,
            ),
        )
    files = [
        exporting.export_customers(db, tmp_path / "c.xlsx", columns=ALL_COLUMNS, mask_phones=False),
        exporting_records.export_orders(db, tmp_path / "o.xlsx"),
        exporting_records.export_contacts(db, tmp_path / "k.xlsx"),
    ]
    for result in files:
        xml = _sheet_xml(result.path)
        assert "<f>" not in xml and "<f " not in xml
        texts = {
            v for row in openpyxl.load_workbook(result.path).active.iter_rows(values_only=True)
            for v in row if isinstance(v, str)
        }  # fmt: skip
        assert set(PAYLOADS) <= texts, result.path.name

    # re-import the customer list: every payload comes back as it was, nothing changes
    plan = analyse(db, files[0].path)
    assert plan.errors == ()
    by_phone = {r.values["phone"]: r for r in plan.customers}
    for i, payload in enumerate(PAYLOADS):
        record = by_phone[f"1370000{i:04d}"]
        assert record.values["name"] == payload
        assert record.values["wechat"] == payload
        assert record.tags == (payload,)
        assert [a.buyer_id for a in record.accounts] == [payload]
    summary = run_import(db, plan)
    assert (summary.customers_created, summary.customers_updated) == (0, 0)
    assert summary.customers_unchanged == len(PAYLOADS)


def test_orders_and_contacts(db: Database, tmp_path: Path) -> None:
    _shop(db)
    orders = exporting_records.export_orders(db, tmp_path / "o.xlsx", mask_phones=False)
    ws = openpyxl.load_workbook(orders.path).active
    header = [c.value for c in ws[1]]
    row = dict(zip(header, next(ws.iter_rows(min_row=2, values_only=True)), strict=True))
    assert orders.rows == 1
    assert row["Order number"] == "5118609024991031607"
    assert row["Platform"] == "淘宝"
    assert row["Amount paid"] == 1299.5 and row["Refund"] == 99.5
    assert row["Status"] == "Completed"
    contacts = exporting_records.export_contacts(db, tmp_path / "k.xlsx")
    ws = openpyxl.load_workbook(contacts.path).active
    values = next(ws.iter_rows(min_row=2, values_only=True))
    assert values[:5] == (
        "张三",
        dt.datetime(2026, 1, 6, 9, 0),
        "Phone",
        "Follow-up",
        "回访：很满意",
    )
    assert values[6] == dt.datetime(2026, 2, 1)


def test_cancel_leaves_no_file(db: Database, tmp_path: Path) -> None:
    for i in range(3):
        cust.create_customer(db, CustomerInput(name=f"客户{i}"))
    out = tmp_path / "c.xlsx"
    out.write_bytes(b"the previous export")
    with pytest.raises(Cancelled):
        exporting.export_customers(db, out, columns=["name"], cancel=lambda: True)
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.xlsx", "shop.crmdesk",
                                                         "shop.crmdesk-shm", "shop.crmdesk-wal",
                                                         "shop.crmdesk.lock",
                                                         "shop.crmdesk.running"]  # fmt: skip


def test_disk_full_is_a_clear_error_and_leaves_no_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from crmdesk.errors import DiskFullError
    from crmdesk.reports import workbooks

    _shop(db)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(workbooks.os, "fsync", full)
    out = tmp_path / "c.xlsx"
    with pytest.raises(DiskFullError) as info:
        exporting.export_customers(db, out, columns=["name"])
    assert "c.xlsx" in str(info.value)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".xlsx" or ".tmp" in p.name]
