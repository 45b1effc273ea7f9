"""Customer lists: suggested mapping, duplicates, problems by row, all-or-nothing commit."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.db import Database
from crmdesk.errors import Cancelled, ValidationError
from crmdesk.models import Customer, CustomerAccount, CustomerTag, ImportBatch, Tag
from crmdesk.services import customers as cust
from crmdesk.services.customers import AccountInput, CustomerInput
from crmdesk.services.importing import ImportFileError
from crmdesk.services.importing.pipeline import analyse, run_import

from .platform_files import write_csv, write_xlsx

CN_HEADERS = [
    "姓名", "手机", "微信", "性别", "生日", "省份", "城市", "区县", "详细地址",
    "平台", "买家ID", "买家昵称", "标签", "来源渠道", "公司", "备注",
]  # fmt: skip


def _cn_rows() -> list[list[object]]:
    return [
        ["张三", "138 0013 8000", "zs_wx", "男", "1990-05-01", "广东省", "深圳市", "南山区",
         "科技园1号", "淘宝", "tb_zhang", "小张", "VIP、老客户", "朋友介绍", "", "爱喝茶"],
        ["李四", "13900139000", "", "女", "", "北京", "北京市", "朝阳区", "", "京东",
         "jd_li", "", "老客户;团购", "", "李氏贸易", ""],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["王五", "12345", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ]  # fmt: skip


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _by_name(db: Database) -> dict[str, Customer]:
    with db.session() as s:
        return {c.name: c for c in s.execute(select(Customer)).scalars()}


def _tags(db: Database, customer_id: int) -> set[str]:
    with db.session() as s:
        return set(
            s.execute(
                select(Tag.name)
                .join(CustomerTag, CustomerTag.tag_id == Tag.id)
                .where(CustomerTag.customer_id == customer_id)
            ).scalars()
        )


def _fingerprint(db: Database) -> str:
    """Every row of every table (the import must leave them exactly as they were)."""
    con = sqlite3.connect(db.path)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in sorted(tables):
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


def test_chinese_list_mapped_and_imported(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "客户.xlsx", CN_HEADERS, _cn_rows(), title_rows=["客户名单"])
    plan = analyse(db, path)
    assert plan.kind == "customers" and plan.platform is None
    assert plan.mapping == {
        "name": "姓名", "phone": "手机", "wechat": "微信", "gender": "性别",
        "birthday": "生日", "province": "省份", "city": "城市", "district": "区县",
        "address": "详细地址", "platform": "平台", "buyer_id": "买家ID",
        "buyer_nick": "买家昵称", "tags": "标签", "source_channel": "来源渠道",
        "company": "公司", "notes": "备注",
    }  # fmt: skip
    assert plan.header_row == 2
    # row 6 has an impossible phone; row 5 is blank
    (error,) = plan.errors
    assert (error.row, error.column) == (6, "手机") and "12345" in error.reason
    assert (plan.total_rows, plan.blank_rows, plan.accepted_rows, plan.rejected_rows) == (
        4, 1, 2, 1,
    )  # fmt: skip

    summary = run_import(db, plan)
    assert (summary.customers_created, summary.rows_rejected) == (2, 1)
    people = _by_name(db)
    zhang = people["张三"]
    assert (zhang.phone, zhang.wechat, zhang.gender) == ("13800138000", "zs_wx", "M")
    assert zhang.birthday == dt.date(1990, 5, 1) and zhang.birthday_month == 5
    assert (zhang.province, zhang.city, zhang.district, zhang.address) == (
        "广东省", "深圳市", "南山区", "科技园1号",
    )  # fmt: skip
    assert (zhang.source_channel, zhang.notes) == ("朋友介绍", "爱喝茶")
    assert _tags(db, zhang.id) == {"VIP", "老客户"}
    assert _tags(db, people["李四"].id) == {"老客户", "团购"}
    assert people["李四"].province == "北京市" and people["李四"].company == "李氏贸易"
    assert "zhangsan" in zhang.search_text and "tb_zhang" in zhang.search_text
    with db.session() as s:
        accounts = set(
            s.execute(
                select(
                    CustomerAccount.platform, CustomerAccount.buyer_id, CustomerAccount.buyer_nick
                )
            ).all()
        )
    assert accounts == {("taobao", "tb_zhang", "小张"), ("jd", "jd_li", None)}
    assert _count(db, Tag) == 3


def test_english_headers_and_gbk_csv(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "list.csv",
        ["Name", "Mobile", "E-mail", "Address", "Tags", "Notes"],
        [
            [
                "赵六",
                "+86 139-0013-9001",
                "zl@example.com",
                "浙江省杭州市西湖区文三路1号",
                "VIP",
                "x",
            ]
        ],
        encoding="gbk",
    )
    plan = analyse(db, path, kind="customers")
    assert set(plan.mapping) == {"name", "phone", "email", "address", "tags", "notes"}
    run_import(db, plan)
    zhao = _by_name(db)["赵六"]
    assert (zhao.phone, zhao.email) == ("13900139001", "zl@example.com")
    assert (zhao.province, zhao.city, zhao.district, zhao.address) == (
        "浙江省", "杭州市", "西湖区", "文三路1号",
    )  # fmt: skip


def _existing(db: Database) -> int:
    card = cust.create_customer(
        db,
        CustomerInput(
            name="张三",
            phone="13800138000",
            notes="老备注",
            accounts=(AccountInput("taobao", "tb_zhang", "小张"),),
        ),
    )
    return card.id


def test_duplicates_update(db: Database, tmp_path: Path) -> None:
    cid = _existing(db)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", CN_HEADERS, _cn_rows()[:2]))
    assert plan.existing_customers == 1
    summary = run_import(db, plan, on_duplicate="update")
    assert (summary.customers_created, summary.customers_updated) == (1, 1)
    zhang = _by_name(db)["张三"]
    assert zhang.id == cid
    assert (zhang.notes, zhang.wechat, zhang.city) == ("爱喝茶", "zs_wx", "深圳市")
    assert _count(db, Customer) == 2
    # the same list again: nothing left to change
    again = run_import(db, analyse(db, write_xlsx(tmp_path / "d.xlsx", CN_HEADERS, _cn_rows()[:2])))
    assert (again.customers_created, again.customers_updated, again.customers_unchanged) == (
        0, 0, 2,
    )  # fmt: skip


def test_duplicates_skip(db: Database, tmp_path: Path) -> None:
    _existing(db)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", CN_HEADERS, _cn_rows()[:2]))
    summary = run_import(db, plan, on_duplicate="skip")
    assert (summary.customers_created, summary.customers_skipped, summary.customers_updated) == (
        1, 1, 0,
    )  # fmt: skip
    assert _by_name(db)["张三"].notes == "老备注"


def test_duplicates_create(db: Database, tmp_path: Path) -> None:
    _existing(db)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", CN_HEADERS, _cn_rows()[:2]))
    summary = run_import(db, plan, on_duplicate="create")
    assert summary.customers_created == 2
    assert _count(db, Customer) == 3
    # the buyer id stays with its first card (platform + buyer id is unique)
    assert any("tb_zhang" in n for n in summary.notes)
    assert _count(db, CustomerAccount) == 2


def test_duplicate_rows_in_one_file_make_one_customer(db: Database, tmp_path: Path) -> None:
    rows = [["周一", "13700001111"], ["周一", "137 0000 1111"]]
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", ["姓名", "电话"], rows))
    summary = run_import(db, plan)
    assert summary.customers_created == 1
    assert _count(db, Customer) == 1


def test_owner_mapping_replaces_the_suggestion(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", ["客户", "号码", "地区"], [["陈二", "13600001111", "x"]])
    plan = analyse(db, path, mapping={"name": "客户", "phone": "号码"})
    assert plan.mapping == {"name": "客户", "phone": "号码"}
    assert plan.unmapped_headers == ("地区",)
    run_import(db, plan)
    assert _by_name(db)["陈二"].phone == "13600001111"
    with pytest.raises(ValidationError):
        analyse(db, path, mapping={"name": "没有这一列"})
    with pytest.raises(ValidationError):
        analyse(db, path, mapping={"phone": "号码"})  # no name column at all


def test_unreadable_file_raises(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(ImportFileError):
        analyse(db, bad)


def test_cancel_leaves_database_exactly_as_it_was(db: Database, tmp_path: Path) -> None:
    _existing(db)
    rows = [[f"客户{i}", f"135{i:08d}", "新标签"] for i in range(3000)]
    plan = analyse(db, write_xlsx(tmp_path / "big.xlsx", ["姓名", "手机", "标签"], rows))
    before = _fingerprint(db)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2  # after the matching started

    with pytest.raises(Cancelled):
        run_import(db, plan, cancel=cancel)
    assert calls > 2
    assert _fingerprint(db) == before
    assert _count(db, ImportBatch) == 0


def test_error_at_the_end_rolls_everything_back(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _existing(db)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", CN_HEADERS, _cn_rows()[:2]))
    before = _fingerprint(db)
    from crmdesk.services import stats

    def broken(session: object, today: object = None) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(stats, "recompute_all", broken)
    with pytest.raises(RuntimeError):
        run_import(db, plan)
    assert _fingerprint(db) == before


def test_progress_is_reported(db: Database, tmp_path: Path) -> None:
    rows = [[f"客户{i}", f"135{i:08d}"] for i in range(50)]
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", ["姓名", "手机"], rows))
    seen: list[str] = []
    run_import(db, plan, progress=lambda done, total, message="": seen.append(message))
    assert seen and all(isinstance(m, str) and m for m in seen)
    assert _count(db, Customer) == 50


def test_unknown_duplicate_choice_is_refused(db: Database, tmp_path: Path) -> None:
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", ["姓名"], [["甲"]]))
    with pytest.raises(ValidationError):
        run_import(db, plan, on_duplicate="merge")
    assert _count(db, Customer) == 0


def test_cancel_while_analysing(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", ["姓名"], [["甲"], ["乙"]])
    with pytest.raises(Cancelled):
        analyse(db, path, cancel=lambda: True)


def test_batch_records_the_summary(db: Database, tmp_path: Path) -> None:
    import json

    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", CN_HEADERS, _cn_rows()))
    summary = run_import(db, plan)
    with db.session() as s:
        batch = s.execute(select(ImportBatch)).scalar_one()
    assert batch.id == summary.batch_id
    assert (batch.kind, batch.platform) == ("customers", None)
    assert batch.file_name.endswith("c.xlsx")
    recorded = json.loads(batch.summary_json)
    assert recorded["customers_created"] == 2 and recorded["rows_rejected"] == 1


def test_buyer_id_without_platform_is_a_warning(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", ["姓名", "买家ID"], [["甲", "buyer_a"]])
    plan = analyse(db, path)
    assert plan.errors == ()
    (warning,) = plan.problems
    assert (warning.row, warning.column, warning.severity) == (2, "买家ID", "warning")
    run_import(db, plan)
    assert _count(db, Customer) == 1 and _count(db, CustomerAccount) == 0
