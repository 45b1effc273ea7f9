"""The import wizard, walked like the owner: a customer workbook and a Taobao order CSV."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QWizard

from crmdesk.db import Database
from crmdesk.services import register
from crmdesk.services.importing import mapping as mappings
from crmdesk.services.register import RegisterQuery
from crmdesk.ui import tasks
from crmdesk.ui.import_models import PreviewModel, ProblemsModel
from crmdesk.ui.import_wizard import Choice, ImportWizard, analyse_choice
from crmdesk.ui.main_window import MainWindow

from .conftest import answer_input, on_next_modal
from .modal_helpers import type_text
from .test_register import choose

pytestmark = pytest.mark.gui

TAOBAO_HEADERS = (
    "订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,"
    "订单创建时间,订单付款时间,宝贝标题,宝贝总数量,退款金额"
)
TAOBAO_ROWS = (
    "1001,tb_wang,88.00,交易成功,王小明,浙江省 杭州市 西湖区 文三路1号,13800138001,"
    "2024-03-01 10:00:00,2024-03-01 10:05:00,羊毛围巾,1,0",
    "1002,tb_li,abc,交易成功,李丽,广东省 深圳市 南山区 科技园,13800138002,"
    "2024-03-02 11:00:00,2024-03-02 11:01:00,手套,2,0",
    "1003,tb_zhao,120.50,卖家已发货，等待买家确认,赵强,北京市 北京市 朝阳区 建国路,13800138003,"
    "2024-03-03 12:00:00,2024-03-03 12:00:30,帽子,1,0",
)


def taobao_csv(folder: Path) -> Path:
    """A Taobao order export as the platform writes it: GBK, row 3 with a broken amount."""
    path = folder / "ExportOrderList202403.csv"
    path.write_bytes("\n".join((TAOBAO_HEADERS, *TAOBAO_ROWS)).encode("gbk"))
    return path


def customer_xlsx(folder: Path) -> Path:
    """A customer list: a matching 张三, two new customers, a bad phone and a warning."""
    path = folder / "客户名单.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(("姓名", "手机", "性别", "省份", "城市", "标签"))
    sheet.append(("陈静", "13700001111", "女", "浙江省", "杭州市", "老客户"))
    sheet.append(("刘洋", "13700002222", "男", "江苏省", "南京市", ""))
    sheet.append(("周杰", "12345", "男", "", "", ""))
    sheet.append(("张三", "13800138000", "未知", "浙江省", "温州市", ""))
    workbook.save(path)
    return path


def click_next(qtbot, wizard: QWizard) -> None:
    """Press Next (or Import on the commit page)."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_path(qtbot, wizard: ImportWizard, path: Path) -> None:
    edit = wizard.file_page.path_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, str(path))


def choose_from_menu(qtbot, window: MainWindow, action_name: str) -> None:
    """Open the Data menu with the mouse and click one of its items."""
    bar = window.menuBar()
    menu = window.findChild(QMenu, "dataMenu")
    assert menu is not None
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    action = window.findChild(QAction, action_name)
    assert action is not None and action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def table_rows(view) -> list[list[str]]:
    """Every cell the table shows, row by row."""
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(view) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


@pytest.fixture
def wizard(qtbot, db: Database, sync_tasks: None) -> ImportWizard:
    dialog = ImportWizard(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_taobao_csv_walk_through(qtbot, wizard: ImportWizard, db: Database, tmp_path, monkeypatch):
    source = taobao_csv(tmp_path)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_path(qtbot, wizard, source)
    click_next(qtbot, wizard)

    page = wizard.sheet_page
    assert wizard.currentPage() is page
    assert page.detected_label.text() == "Recognised as a Taobao order export."
    assert page.kind_combo.currentText() == "Platform order export"
    assert "订单编号" in page.headers_label.text()
    assert "gb18030" in page.file_label.text()
    click_next(qtbot, wizard)

    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    assert mapping.combos["order_no"].currentText() == "订单编号"
    assert mapping.combos["amount"].currentText() == "买家实际支付金额"
    assert mapping.combos["unit_price"].currentText() == "(not imported)"
    click_next(qtbot, wizard)

    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    counts = preview.counts_label.text()
    assert "3 rows in the file: 2 can be imported, 1 have errors" in counts
    assert table_rows(preview.problems_table) == [
        ["3", "买家实际支付金额", "Error", "“abc” is not an amount."]
    ]
    shown = table_rows(preview.preview_table)
    order_column = headers(preview.preview_table).index("Order number")
    assert [r[order_column] for r in shown] == ["1001", "1003"]
    assert "¥88.00" in shown[0]
    click_next(qtbot, wizard)

    duplicates = wizard.duplicates_page
    assert wizard.currentPage() is duplicates
    assert duplicates.group_box.isHidden()  # orders always match by account and order number
    assert register.count_customers(db, RegisterQuery()) == 0
    click_next(qtbot, wizard)

    summary = wizard.summary_page
    assert wizard.currentPage() is summary
    assert summary.figures["orders_added"].text() == "2"
    assert summary.figures["customers_created"].text() == "2"
    assert summary.figures["rows_rejected"].text() == "1"
    rows = register.fetch_page(db, RegisterQuery(sort_key="name", sort_desc=False), 0, 10)
    assert sorted(r.name for r in rows) == ["王小明", "赵强"]

    out = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(summary.rejected_button, Qt.MouseButton.LeftButton)
    assert str(out) in summary.saved_label.text()
    sheet = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Row" and values[0][-1] == "Reason"
    assert values[1][0] == 3 and values[1][1] == "1002"
    assert "abc" in values[1][-1]


def test_customer_list_from_the_data_menu(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    source = customer_xlsx(tmp_path)
    choose_from_menu(qtbot, main_window, "importAction")
    wizard = main_window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    type_path(qtbot, wizard, source)
    click_next(qtbot, wizard)
    assert wizard.sheet_page.kind_combo.currentText() == "Customer list"
    assert wizard.sheet_page.sheet_combo.currentText() == "客户"
    assert wizard.sheet_page.header_spin.value() == 1
    click_next(qtbot, wizard)

    page = wizard.mapping_page
    assert page.combos["name"].currentText() == "姓名"
    assert page.combos["phone"].currentText() == "手机"

    on_next_modal(lambda dialog: answer_input(dialog, "我的客户表"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.preset_combo.currentText() == "我的客户表"
    saved = mappings.get_preset(wizard.db, "我的客户表")
    assert saved.kind == "customers" and saved.mapping["phone"] == "手机"
    click_next(qtbot, wizard)

    problems = table_rows(wizard.preview_page.problems_table)
    assert problems[0][:3] == ["4", "手机", "Error"]
    assert any(p[:3] == ["5", "性别", "Warning"] for p in problems)
    assert "2 can be imported" not in wizard.preview_page.counts_label.text()
    assert "3 can be imported, 1 have errors" in wizard.preview_page.counts_label.text()
    click_next(qtbot, wizard)
    assert wizard.duplicates_page.update_radio.isChecked()
    click_next(qtbot, wizard)

    figures = {k: v.text() for k, v in wizard.summary_page.figures.items()}
    assert figures["customers_created"] == "2"
    assert figures["customers_updated"] == "1"
    assert figures["rows_rejected"] == "1"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    view = main_window.register
    model = view.table.model()
    column = view.model.column_of("name")
    shown = {model.index(r, column).data() for r in range(model.rowCount())}
    assert {"陈静", "刘洋", "张三"} <= shown and "周杰" not in shown
    assert main_window.count_label.text() == "7 customers"


def test_hostile_file_keeps_the_owner_on_the_file_page(
    qtbot, wizard: ImportWizard, tmp_path: Path
) -> None:
    broken = tmp_path / "orders.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    type_path(qtbot, wizard, broken)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    message = wizard.file_page.message
    assert message.isVisible() and message.text()
    assert "Traceback" not in message.text()

    type_path(qtbot, wizard, tmp_path / "missing.csv")
    assert not message.isVisible()  # typing clears the old message
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert message.text() == f"There is no file {tmp_path / 'missing.csv'}."

    type_path(qtbot, wizard, taobao_csv(tmp_path))
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.sheet_page


def test_changing_the_platform_reads_the_file_again(
    qtbot, wizard: ImportWizard, tmp_path: Path
) -> None:
    type_path(qtbot, wizard, taobao_csv(tmp_path))
    click_next(qtbot, wizard)
    page = wizard.sheet_page
    page.kind_combo.setFocus()
    qtbot.keyClick(page.kind_combo, Qt.Key.Key_Up)
    assert page.kind_combo.currentText() == "Customer list"
    assert not page.platform_combo.isEnabled()
    assert "look like a Taobao order export" in page.detected_label.text()
    click_next(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.kind == "customers"
    assert wizard.mapping_page.combos["name"].currentText() == "收货人姓名"


def test_cancelling_the_import_changes_nothing(
    qtbot, db: Database, shop, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    started = threading.Event()

    def slow_backup(_reason: str) -> None:
        started.set()
        release.wait(10)

    wizard = ImportWizard(db, before_import=slow_backup)
    qtbot.addWidget(wizard)
    wizard.show()
    type_path(qtbot, wizard, customer_xlsx(tmp_path))
    click_next(qtbot, wizard)
    for page in (wizard.sheet_page, wizard.mapping_page, wizard.preview_page):
        qtbot.waitUntil(lambda p=page: wizard.currentPage() is p, timeout=5000)
        click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.duplicates_page, timeout=5000)
    before = register.count_customers(db, RegisterQuery())
    click_next(qtbot, wizard)

    def visible_progress() -> QProgressDialog | None:
        # Earlier steps' progress dialogs may linger, closed, until Qt deletes them.
        shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: visible_progress() is not None, timeout=5000)
    progress = visible_progress()
    assert progress is not None
    assert started.wait(5)
    qtbot.mouseClick(progress.findChild(type(wizard.button(QWizard.WizardButton.NextButton))),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    release.set()
    qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=10000)
    tasks.task_pool().waitForDone()
    assert wizard.currentPage() is wizard.duplicates_page
    assert wizard.duplicates_page.message.text() == (
        "The import was cancelled; nothing was changed."
    )
    assert register.count_customers(db, RegisterQuery()) == before == 5
    assert wizard.summary is None


def test_models_pass_the_qt_model_tester(qtmodeltester, db: Database, tmp_path: Path) -> None:
    plan = analyse_choice(db, Choice(taobao_csv(tmp_path)), lambda *a: None, lambda: False)
    preview = PreviewModel()
    preview.set_plan(plan)
    qtmodeltester.check(preview, force_py=True)
    assert preview.rowCount() == 2
    problems = ProblemsModel()
    problems.set_problems(plan.problems)
    qtmodeltester.check(problems, force_py=True)
    assert problems.text(0, 3) == "“abc” is not an amount."


def test_mapping_changes_and_presets(qtbot, wizard: ImportWizard, tmp_path, monkeypatch) -> None:
    source = customer_xlsx(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path_edit.text() == str(source)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    on_next_modal(lambda dialog: answer_input(dialog, "带手机"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    choose(qtbot, page.combos["phone"], "(not imported)")
    assert "手机" in page.unmapped_label.text()
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    assert "4 can be imported, 0 have errors" in wizard.preview_page.counts_label.text()
    assert all(row[1] != "手机" for row in table_rows(wizard.preview_page.problems_table))
    assert "Phone" not in headers(wizard.preview_page.preview_table)

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert page.combos["phone"].currentText() == "(not imported)"
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    assert page.combos["phone"].currentText() == "手机"
    choose(qtbot, page.combos["name"], "(not imported)")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.message.text() == "Choose the column for Name."


def test_wrong_platform_is_explained_on_the_sheet_page(
    qtbot, wizard: ImportWizard, tmp_path: Path
) -> None:
    type_path(qtbot, wizard, taobao_csv(tmp_path))
    click_next(qtbot, wizard)
    page = wizard.sheet_page
    choose(qtbot, page.platform_combo, "JD")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.message.isVisible()
    assert page.message.text() == (
        "This file has no order number column, so it is not a JD order export."
    )
    choose(qtbot, page.platform_combo, "Tmall")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.plan is not None and wizard.plan.platform == "tmall"
