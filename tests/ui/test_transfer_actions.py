"""The Data menu's exports and import template, each workbook read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crmdesk.db import Database
from crmdesk.services import orders
from crmdesk.services.orders import ContactInput
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.transfer_actions import visible_columns

from .conftest import click_button, on_next_modal
from .modal_helpers import answer_message_box
from .test_import_wizard import choose_from_menu
from .test_register import choose, names

pytestmark = pytest.mark.gui


def save_to(monkeypatch, path: Path) -> list[str]:
    """The file dialog answers ``path``; returns the suggested names it was shown."""
    suggested: list[str] = []

    def answer(_parent, _title, start, *_args, **_kwargs):
        suggested.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def sheet_values(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


def header_titles(window: MainWindow) -> list[str]:
    """The register's visible column titles, left to right."""
    header = window.register.table.horizontalHeader()
    model = window.register.table.model()
    logical = sorted(range(header.count()), key=header.visualIndex)
    return [
        model.headerData(i, header.orientation()) for i in logical if not header.isSectionHidden(i)
    ]


def test_export_register_as_shown(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch):
    view = main_window.register
    choose(qtbot, view.province_filter, "浙江省")
    shown = names(view)
    assert sorted(shown) == ["张三", "王小美"]
    header = view.table.horizontalHeader()
    header.setSectionHidden(view.model.column_of("status"), True)
    header.setSectionHidden(view.model.column_of("wechat"), False)
    out = tmp_path / "exports" / "zhejiang"
    out.parent.mkdir()
    suggested = save_to(monkeypatch, out)

    text = answer_message_box(
        qtbot, "OK", lambda: choose_from_menu(qtbot, main_window, "exportRegisterAction")
    )
    written = out.with_suffix(".xlsx")
    assert suggested and suggested[0].endswith(f"Customers {dt.date.today().isoformat()}.xlsx")
    assert text == f"2 customers were saved to:\n{written}"
    assert str(written) in main_window.statusBar().currentMessage()
    values = sheet_values(written)
    titles = header_titles(main_window)
    assert values[0] == titles
    assert "Status" not in titles and "WeChat" in titles
    name_col = titles.index("Name")
    assert [row[name_col] for row in values[1:]] == shown
    row = values[1 + shown.index("王小美")]
    assert row[titles.index("WeChat")] == "xiaomei"
    assert visible_columns(view.layout_state())[0] == "name"


def test_export_orders_of_the_filtered_customers(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    choose(qtbot, main_window.register.province_filter, "浙江省")
    out = tmp_path / "orders.xlsx"
    save_to(monkeypatch, out)
    text = answer_message_box(
        qtbot, "OK", lambda: choose_from_menu(qtbot, main_window, "exportOrdersAction")
    )
    assert text == f"5 orders were saved to:\n{out}"
    values = sheet_values(out)
    assert values[0][:3] == ["Order number", "Platform", "Customer"]
    assert sorted({row[2] for row in values[1:]}) == ["张三", "王小美"]


def test_export_contact_records(
    qtbot, main_window: MainWindow, db: Database, shop, tmp_path: Path, monkeypatch
) -> None:
    orders.add_contact(
        db,
        shop["李四"],
        ContactInput(dt.datetime(2024, 5, 1, 9, 30), "phone", "follow_up", "=回访满意度"),
    )
    out = tmp_path / "contacts.xlsx"
    save_to(monkeypatch, out)
    text = answer_message_box(
        qtbot, "OK", lambda: choose_from_menu(qtbot, main_window, "exportContactsAction")
    )
    assert text == f"1 contact records were saved to:\n{out}"
    values = sheet_values(out)
    assert values[1][0] == "李四"
    assert values[1][4] == "=回访满意度"  # text, never a formula
    assert openpyxl.load_workbook(out).active.cell(2, 5).data_type == "s"


def test_save_import_template(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch):
    out = tmp_path / "模板.xlsx"
    save_to(monkeypatch, out)
    text = answer_message_box(
        qtbot, "OK", lambda: choose_from_menu(qtbot, main_window, "templateAction")
    )
    assert text == f"The import template was saved to:\n{out}"
    assert sheet_values(out)[0][:2] == ["姓名", "手机"]


def test_cancelled_file_dialog_writes_nothing(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    choose_from_menu(qtbot, main_window, "exportRegisterAction")
    assert main_window.statusBar().currentMessage() == ""
    assert list(tmp_path.glob("*.xlsx")) == []


def test_export_error_is_shown(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    save_to(monkeypatch, blocker / "customers.xlsx")
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        click_button(box, QMessageBox.StandardButton.Ok)

    on_next_modal(read)
    choose_from_menu(qtbot, main_window, "exportRegisterAction")
    assert len(shown) == 1
    assert shown[0].startswith(f"{blocker / 'customers.xlsx'} could not be written: ")
    assert shown[0].endswith(". Choose another folder or name.")
