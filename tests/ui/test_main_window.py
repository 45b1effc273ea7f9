"""The application shell: start-up choices, title, menus, shortcuts, tasks, errors, language."""

from __future__ import annotations

import argparse
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from crmdesk.db import Database, open_database
from crmdesk.errors import Cancelled, ValidationError
from crmdesk.paths import AppPaths
from crmdesk.services import customers, settings
from crmdesk.services.customers import CustomerInput
from crmdesk.ui import formatting, tasks
from crmdesk.ui.backups import BackupsDialog
from crmdesk.ui.errors import setup_logging, show_error
from crmdesk.ui.first_run import FirstRunDialog
from crmdesk.ui.i18n import install_language
from crmdesk.ui.main_window import MainWindow

from .conftest import (
    answer_input,
    click_button,
    make_shop,
    on_next_modal,
    reactivate,
    type_text,
)

pytestmark = pytest.mark.gui


def gui_args(tmp_path: Path, *extra: str) -> argparse.Namespace:
    """The parsed command line of ``crmdesk`` with the data folder in tmp_path."""
    args = argparse.Namespace(
        db=None, data_dir=str(tmp_path / "data"), lang="en", demo=False, first_run_demo=False
    )
    rest = list(extra)
    while rest:
        flag = rest.pop(0)
        if flag == "--db":
            args.db = rest.pop(0)
        elif flag == "--demo":
            args.demo = True
        elif flag == "--first-run-demo":
            args.first_run_demo = True
    return args


def test_cli_flags_reach_the_app(tmp_path: Path) -> None:
    from crmdesk.cli import build_parser

    args = build_parser().parse_args(
        ["--demo", "--db", str(tmp_path / "d.crmdesk"), "--lang", "en", "--first-run-demo"]
    )
    assert args.command is None
    assert (args.demo, args.first_run_demo, args.lang) == (True, True, "en")


@pytest.fixture
def started(qtbot, sync_tasks):
    """Start the app like ``crmdesk`` does; closes every window it opened afterwards."""
    from crmdesk.app import start

    windows: list[MainWindow] = []

    def run(args: argparse.Namespace, qsettings: QSettings | None = None) -> MainWindow | None:
        window = start(args, qsettings)
        if window is not None:
            windows.append(window)
        return window

    yield run
    for window in windows:
        window.close()


def test_demo_flag_creates_and_opens_the_demo_shop(started, tmp_path: Path, monkeypatch) -> None:
    import crmdesk.services.demo as demo

    real = demo.create_demo_shop
    monkeypatch.setattr(
        demo,
        "create_demo_shop",
        lambda db, **kw: real(db, customers=60, orders=200, **kw),
    )
    path = tmp_path / "demo.crmdesk"
    window = started(gui_args(tmp_path, "--demo", "--db", str(path)))
    assert window is not None and window.isVisible()
    assert "demo shop" in window.windowTitle()
    assert window.demo_banner.isVisible()
    assert window.count_label.text() == "60 customers"
    assert window.register.model.rowCount() == 60
    window.close()

    # Opened again: the same demo, not a second helping of made-up customers.
    window = started(gui_args(tmp_path, "--demo", "--db", str(path)))
    assert window.count_label.text() == "60 customers"


def test_demo_never_mixes_with_a_real_shop(started, tmp_path: Path) -> None:
    path = tmp_path / "real.crmdesk"
    db = open_database(path)
    make_shop(db)
    db.close()
    seen: list[str] = []

    def ok(box: QWidget) -> None:
        seen.append(box.text())
        click_button(box, QMessageBox.StandardButton.Ok)

    on_next_modal(ok)
    window = started(gui_args(tmp_path, "--demo", "--db", str(path)))
    assert seen and "holds a real shop" in seen[0]
    assert "demo" not in window.windowTitle()
    assert window.count_label.text() == "5 customers"


def test_db_flag_opens_or_creates_and_is_remembered(started, tmp_path: Path) -> None:
    path = tmp_path / "mine.crmdesk"
    window = started(gui_args(tmp_path, "--db", str(path)))
    assert path.exists()
    assert window.windowTitle() == "mine — crmdesk"
    assert window.count_label.text() == "0 customers"
    window.close()
    # Next start without --db: the last opened file again.
    window = started(gui_args(tmp_path))
    assert window.db.path == path.resolve()


def test_first_run_demo_without_a_shop_opens_the_demo(started, tmp_path: Path, monkeypatch) -> None:
    import crmdesk.services.demo as demo

    real = demo.create_demo_shop
    monkeypatch.setattr(
        demo, "create_demo_shop", lambda db, **kw: real(db, customers=20, orders=50, **kw)
    )
    window = started(gui_args(tmp_path, "--first-run-demo"))
    assert window.db.path == AppPaths(tmp_path / "data").demo_db
    assert window.is_demo
    assert window.count_label.text() == "20 customers"


def test_first_run_demo_opens_the_real_shop_when_it_exists(started, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    db = open_database(paths.default_db)
    settings.set_settings(db, {"shop_name": "小美手工皂"})
    db.close()
    window = started(gui_args(tmp_path, "--first-run-demo"))
    assert window.db.path == paths.default_db
    assert window.windowTitle() == "小美手工皂 — crmdesk"
    assert not window.demo_banner.isVisible()


def test_first_start_asks_and_starts_a_new_shop(qtbot, started, tmp_path: Path) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        assert not dialog.new_button.isEnabled()
        type_text(qtbot, dialog.shop_name, "小美手工皂")
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)

    on_next_modal(fill)
    window = started(gui_args(tmp_path))
    paths = AppPaths(tmp_path / "data")
    assert window.db.path == paths.default_db
    assert window.windowTitle() == "小美手工皂 — crmdesk"
    assert settings.get_setting(window.db, "shop_name") == "小美手工皂"


def test_first_start_quit(qtbot, started, tmp_path: Path) -> None:
    on_next_modal(lambda dialog: qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton))
    assert started(gui_args(tmp_path)) is None
    assert not AppPaths(tmp_path / "data").default_db.exists()


def test_window_geometry_is_remembered(qtbot, main_window: MainWindow, paths, qsettings) -> None:
    main_window.resize(780, 520)  # within the offscreen screen (800x600)
    main_window.close()
    again = MainWindow(paths, qsettings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 520)


def test_shortcuts(qtbot, main_window: MainWindow, db: Database) -> None:
    view = main_window.register
    view.table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    customers.create_customer(db, CustomerInput(name="刚加的"))
    assert main_window.count_label.text() == "5 customers"
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    assert main_window.count_label.text() == "6 customers"
    assert main_window.new_customer_action.shortcut().toString() == "Ctrl+N"
    assert main_window.quit_action.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isVisible()


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        action.text(): [a.text() for a in action.menu().actions() if not a.isSeparator()]
        for action in window.menuBar().actions()
    }


def test_menus(main_window: MainWindow) -> None:
    menus = menu_texts(main_window)
    menus.pop("&Data", None)  # import and export, tested with them
    menus.pop("&Analysis", None)  # shop summary and settings, tested with them
    menus.pop("&Membership", None)  # tiers, rewards and points, tested with them
    assert menus == {
        "&File": ["&New shop…", "&Open shop file…", "&Backups…", "&Quit"],
        "&Customers": [
            "&New customer",
            "&Open card",
            "&Delete",
            "&Merge two selected…",
            "&Recycle bin…",
        ],
        "&View": ["&Find", "&Columns", "&Refresh"],
        "&Help": ["&About crmdesk"],
    }


def select_rows(qtbot, window: MainWindow, rows: list[int]) -> None:
    view = window.register
    for i, row in enumerate(rows):
        rect = view.table.visualRect(view.model.index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_merge_needs_exactly_two_selected_and_opens_the_merge_dialog(
    qtbot, main_window: MainWindow
) -> None:
    assert not main_window.merge_action.isEnabled()
    select_rows(qtbot, main_window, [0])
    assert not main_window.merge_action.isEnabled()
    select_rows(qtbot, main_window, [0, 1])
    assert main_window.merge_action.isEnabled()
    from crmdesk.ui.merge_dialog import MergeDialog

    main_window.merge_action.trigger()
    dialogs = [w for w in main_window.findChildren(MergeDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_recycle_bin_brings_customers_back_into_the_register(
    qtbot, main_window: MainWindow, db: Database, shop
) -> None:
    customers.delete_customers(db, [shop["李四"]])
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    assert main_window.count_label.text() == "4 customers"
    from crmdesk.ui.recycle_bin import RecycleBinDialog

    main_window.recycle_bin_action.trigger()
    dialog = next(w for w in main_window.findChildren(RecycleBinDialog) if w.isVisible())
    rect = dialog.view.visualRect(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert main_window.count_label.text() == "5 customers"
    assert "李四" in [main_window.register.model.index(r, 0).data() for r in range(5)]
    dialog.reject()


def test_backups_menu_opens_the_backups_dialog(main_window: MainWindow) -> None:
    assert main_window.backups_action.isEnabled()
    main_window.backups_action.trigger()
    dialogs = [w for w in main_window.findChildren(BackupsDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_restore_backup_reopens_the_restored_file(qtbot, started, tmp_path: Path) -> None:
    from crmdesk.services.backup import backup_before

    path = tmp_path / "shop.crmdesk"
    window = started(gui_args(tmp_path, "--db", str(path)))
    customers.create_customer(window.db, CustomerInput(name="备份前"))
    backup = backup_before(window.db.path, AppPaths(tmp_path / "data"), "manual")
    customers.create_customer(window.db, CustomerInput(name="备份后"))
    reactivate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.count_label.text() == "2 customers"
    window.restore_backup(backup)
    assert window.db is not None and window.db.path == path.resolve()
    assert window.count_label.text() == "1 customer"
    assert window.register.model.index(0, 0).data() == "备份前"


def test_new_shop_from_the_file_menu(qtbot, main_window: MainWindow, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

    target = paths.data_dir / "second.crmdesk"

    def choose_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.findChild(QLineEdit, "fileNameEdit").text() == "shop.crmdesk"
        dialog.selectFile(str(target))  # picked in the dialog (typing pops up a completer)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def name_shop(dialog: QWidget) -> None:
        on_next_modal(choose_file)
        answer_input(dialog, "第二家店")

    on_next_modal(name_shop)
    main_window.new_shop_action.trigger()
    assert main_window.db.path == target
    assert main_window.windowTitle() == "第二家店 — crmdesk"
    assert main_window.count_label.text() == "0 customers"
    main_window.close()


def test_about(qtbot, main_window: MainWindow, db: Database) -> None:
    seen: list[str] = []

    def read(box: QWidget) -> None:
        seen.append(box.text())
        box.accept()

    on_next_modal(read)
    main_window.about_action.trigger()
    assert str(db.path) in seen[0]


# --- long work -------------------------------------------------------------------------


def test_task_runs_off_the_ui_thread_and_reports_back(qtbot, qapp) -> None:
    worker_threads: list[threading.Thread] = []
    results: list[int] = []

    def work(progress, cancel):
        worker_threads.append(threading.current_thread())
        progress(1, 2, "half way")
        return 42

    task = tasks.run_task(None, "Working", work, on_done=results.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [42]
    assert worker_threads[0] is not threading.main_thread()


def test_progress_dialog_appears_late_and_cancel_rolls_back(qtbot, qapp) -> None:
    release = threading.Event()
    outcome: list[str] = []

    def work(progress, cancel):
        progress(0, 10, "Counting sheep…")
        while not cancel():
            if release.wait(0.01):
                return "finished"
        raise Cancelled("stopped")

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task = tasks.run_task(
        parent,
        "Importing",
        work,
        on_done=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.wait(200)
    assert task.dialog is None  # quick work never flashes a dialog
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.labelText() == "Counting sheep…", timeout=2000)
    assert dialog.maximum() == 10
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    with qtbot.waitSignal(task.finished, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]
    release.set()


def test_task_errors_are_shown(qtbot, qapp) -> None:
    seen: list[str] = []

    def fail(progress, cancel):
        raise ValidationError("Row 3, column 手机: not a phone number", field="phone", row=3)

    def read(box: QWidget) -> None:
        seen.append(box.text())
        box.accept()

    on_next_modal(read)
    task = tasks.run_task(None, "Importing", fail)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == ["Row 3, column 手机: not a phone number"]


def test_synchronous_mode_runs_at_once(sync_tasks) -> None:
    results: list[str] = []
    tasks.run_task(None, "Now", lambda progress, cancel: "done", on_done=results.append)
    assert results == ["done"]


# --- errors, language, formatting -------------------------------------------------------


def test_unexpected_errors_are_logged_and_name_the_log(qtbot, tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path / "logs")
    seen: list[str] = []

    def read(box: QWidget) -> None:
        seen.append(box.informativeText())
        box.accept()

    on_next_modal(read)
    try:
        raise KeyError("boom")
    except KeyError as exc:
        show_error(None, exc)
    assert str(log_file) in seen[0]
    assert "KeyError: 'boom'" in log_file.read_text(encoding="utf-8")


def test_known_errors_show_their_message(qtbot) -> None:
    seen: list[str] = []

    def read(box: QWidget) -> None:
        seen.append(box.text())
        box.accept()

    on_next_modal(read)
    show_error(None, ValidationError("The phone number 123 is too short.", field="phone"))
    assert seen == ["The phone number 123 is too short."]


def test_language_install(qapp) -> None:
    from crmdesk.i18n import translate

    installed = install_language(qapp, "zh_CN")
    try:
        # Qt's own dialogs in Chinese (qtbase_zh_CN ships with Qt).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        # The core's messages go through Qt's translators (untranslated ones stay English).
        assert translate("Nothing", "Plain English") == "Plain English"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_language(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_formatting() -> None:
    assert formatting.money(Decimal("1234.5")) == "¥1,234.50"
    assert formatting.money(Decimal("-0.5")) == "-¥0.50"
    assert formatting.money(None) == ""
    assert formatting.status_name("loyal") == "Loyal customer"
    assert formatting.platform_name("pdd") == "Pinduoduo"
    assert formatting.platform_name("somewhere") == "somewhere"


def test_python_signals_keep_their_references(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit until the process aborted."""

    class Emitter(QObject):
        ping = Signal(int)

    emitter = Emitter()
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.ping.emit(i)
    assert sys.getrefcount(True) >= before - 5
