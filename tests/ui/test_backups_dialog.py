"""The backups page: the list, Back up now, Restore (after confirming), Show folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from crmdesk.db import Database
from crmdesk.errors import DiskFullError
from crmdesk.paths import AppPaths
from crmdesk.services import backup as bk
from crmdesk.ui.backups import COL_CUSTOMERS, COL_ORDERS, COL_REASON, BackupsDialog

pytestmark = pytest.mark.gui


def _dialog(qtbot, db: Database, paths: AppPaths) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(db, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _row_texts(dialog: BackupsDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def _click_row(qtbot, dialog: BackupsDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = dialog.table.visualItemRect(dialog.table.item(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_back_up_now_shows_a_new_row(
    qtbot, db: Database, shop: dict[str, int], paths: AppPaths, sync_tasks: None
) -> None:
    dialog = _dialog(qtbot, db, paths)
    assert dialog.table.rowCount() == 0
    assert dialog.status_label.text() == "No backups yet."
    assert not dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)

    assert dialog.table.rowCount() == 1
    texts = _row_texts(dialog, 0)
    assert texts[COL_REASON] == "By hand"
    assert (texts[COL_CUSTOMERS], texts[COL_ORDERS]) == ("5", "7")
    assert dialog.status_label.text() == "Backed up and checked: 5 customers, 7 orders."
    assert dialog.restore_button.isEnabled()  # the new backup is selected
    (info,) = bk.list_backups(paths.backups_dir, db.path)
    assert bk.verify_backup(info.path) == []

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2


def test_restore_asks_first_then_emits_restore_requested(
    qtbot, db: Database, shop: dict[str, int], paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = bk.create_backup(db, paths.backups_dir, bk.ON_CLOSE)
    bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    dialog = _dialog(qtbot, db, paths)
    assert [_row_texts(dialog, r)[COL_REASON] for r in range(2)] == ["By hand", "On closing"]

    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    emitted: list[Path] = []
    dialog.restoreRequested.connect(emitted.append)

    _click_row(qtbot, dialog, 1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert emitted == [] and dialog.isVisible()  # cancelled: nothing happens
    assert "5 customers, 7 orders" in asked[0] and "undo" in asked[0]

    with qtbot.waitSignal(dialog.restoreRequested, timeout=1000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [older.path]
    assert emitted == [older.path]
    assert not dialog.isVisible()


def test_show_folder_opens_this_shops_backup_folder(
    qtbot, db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _dialog(qtbot, db, paths)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    folder = bk.backup_folder(paths.backups_dir, db.path)
    assert [Path(u.toLocalFile()) for u in opened] == [folder]
    assert folder.is_dir()
    assert str(folder) in dialog.folder_label.text()


def test_a_failed_backup_is_explained_and_leaves_the_list_alone(
    qtbot, db: Database, paths: AppPaths, sync_tasks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFullError("The disk is full.")

    monkeypatch.setattr(bk, "create_backup", full)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    dialog = _dialog(qtbot, db, paths)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert warned == ["The disk is full."]
    assert dialog.status_label.text() == "The backup was not made."
    assert dialog.table.rowCount() == 0
    assert dialog.backup_button.isEnabled()
