"""UI fixtures: preferences in tmp_path, tasks run at once, a main window on a small shop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.paths import AppPaths
from crmdesk.services import customers, orders
from crmdesk.services.customers import AccountInput, CustomerInput
from crmdesk.services.orders import OrderInput
from crmdesk.ui import tasks


@pytest.fixture(autouse=True)
def temp_qsettings(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings of the test (INI format) lives under tmp_path, never the user's."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """The preferences file a main window under test reads and writes."""
    return QSettings(str(tmp_path / "qsettings" / "crmdesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sync_tasks(qapp: object) -> Iterator[None]:
    """Long work runs at once on the test's thread."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


#: (name, phone, wechat, province, city, platform, buyer id, tags, orders (days ago, yuan))
ShopRow = tuple[
    str, str | None, str | None, str, str, str, str, tuple[str, ...], tuple[tuple[int, str], ...]
]
SHOP: tuple[ShopRow, ...] = (
    ("张三", "13800138000", "zhangsan_wx", "浙江省", "杭州市", "taobao", "tb_zhang",
     ("VIP",), ((30, "120.00"), (200, "80.50"))),
    ("李四", "13912345678", None, "广东省", "深圳市", "jd", "jd_lisi",
     (), ((10, "2999.00"),)),
    ("王小美", "13655556666", "xiaomei", "浙江省", "宁波市", "pdd", "pdd_mei",
     ("VIP", "回头客"), ((5, "45.00"), (40, "60.00"), (90, "30.00"))),
    ("赵六", None, None, "北京市", "北京市", "douyin", "dy_zhao6",
     (), ()),
    ("Alice Chen", "13011112222", "alice", "上海市", "上海市", "taobao", "alice_c",
     ("回头客",), ((400, "500.00"),)),
)  # fmt: skip


def make_shop(db: Database) -> dict[str, int]:
    """Create the :data:`SHOP` customers through the services; returns name -> id."""
    ids: dict[str, int] = {}
    now = dt.datetime.now().replace(microsecond=0)
    for name, phone, wechat, province, city, platform, buyer, tags, bought in SHOP:
        card = customers.create_customer(
            db,
            CustomerInput(
                name=name,
                phone=phone,
                wechat=wechat,
                province=province,
                city=city,
                accounts=(AccountInput(platform, buyer),),
                tags=tags,
            ),
        )
        ids[name] = card.id
        for days_ago, paid in bought:
            orders.add_order(
                db,
                card.id,
                OrderInput(
                    ordered_at=now - dt.timedelta(days=days_ago),
                    paid=Decimal(paid),
                    platform=platform,
                ),
            )
    return ids


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    """The small shop of :data:`SHOP` in the ``db`` fixture's file."""
    return make_shop(db)


@pytest.fixture
def main_window(
    qtbot: object,
    db: Database,
    shop: dict[str, int],
    paths: AppPaths,
    qsettings: QSettings,
    sync_tasks: None,
) -> Iterator[object]:
    """The main window showing the ``db`` fixture's shop (the fixture keeps owning the file)."""
    from crmdesk.ui.main_window import MainWindow

    window = MainWindow(paths, qsettings)
    window.show_database(db)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    yield window
    window.release_database()


def on_next_modal(handler: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``handler`` on the next modal dialog that opens (a message box, an input dialog).

    Modal dialogs run their own event loop; the handler answers them like the owner would.
    """
    deadline = [timeout_ms // 20]
    # A handler that schedules the next answer runs while its own dialog is still the
    # active modal widget: wait for a different one, or the answer lands on the wrong dialog.
    already_open = QApplication.activeModalWidget()

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget is not already_open and widget.isVisible():
            try:
                handler(widget)
            except BaseException:
                widget.close()  # never leave the test hanging in a dialog's event loop
                raise
            return
        deadline[0] -= 1
        if deadline[0] > 0:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def click_button(dialog: QWidget, text_or_role: str | QMessageBox.StandardButton) -> None:
    """Click a dialog's button, by standard button or by (translated) text."""
    if isinstance(dialog, QMessageBox) and isinstance(text_or_role, QMessageBox.StandardButton):
        button = dialog.button(text_or_role)
    else:
        box = dialog.findChild(QDialogButtonBox)
        wanted = {
            "ok": QDialogButtonBox.StandardButton.Ok,
            "cancel": QDialogButtonBox.StandardButton.Cancel,
        }
        button = box.button(wanted[str(text_or_role)]) if box is not None else None
    assert button is not None, f"no button {text_or_role} on {dialog}"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_input(dialog: QWidget, text: str) -> None:
    """Type ``text`` into an input dialog (line edit or editable combo box) and press OK."""
    edit = dialog.findChild(QLineEdit)
    if edit is None:
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        index = combo.findText(text)
        assert index >= 0, f"{text} not offered"
        combo.setCurrentIndex(index)
    else:
        edit.selectAll()
        qtbot_free_type(edit, text)
    click_button(dialog, "ok")


def type_text(qtbot: object, widget: QWidget, text: str) -> None:
    """Type like the owner: ASCII key by key, Chinese as the input method commits it."""
    qtbot_free_type(widget, text)


def qtbot_free_type(widget: QWidget, text: str) -> None:
    """:func:`type_text` without a qtbot (inside a modal dialog's event loop)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def reactivate(qtbot: object, window: QWidget) -> None:
    """Give the window focus back after a dialog closed (offscreen Qt does not do it)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]
