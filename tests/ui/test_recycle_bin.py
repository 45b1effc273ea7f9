"""The recycle bin: deleted cards are listed, restored, or deleted for good after a warning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crmdesk.db import Database
from crmdesk.errors import NotFoundError
from crmdesk.services import customers
from crmdesk.services.customers import CustomerInput
from crmdesk.ui.recycle_bin import BIN_NAME, BIN_PHONE, DeletedTableModel, RecycleBinDialog

from .modal_helpers import answer_message_box, with_next_modal

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
Btn = QMessageBox.StandardButton


@pytest.fixture
def deleted(db: Database) -> dict[str, int]:
    """Three cards, two of them in the recycle bin."""
    ids = {
        name: customers.create_customer(db, CustomerInput(name=name, phone=phone)).id
        for name, phone in (("张三", "13800138000"), ("李四", "13912345678"), ("王五", None))
    }
    customers.delete_customers(db, [ids["张三"], ids["李四"]])
    return ids


@pytest.fixture
def bin_dialog(qtbot, db: Database, deleted: dict[str, int]) -> Iterator[RecycleBinDialog]:
    dialog = RecycleBinDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    yield dialog


def names(dialog: RecycleBinDialog) -> list[str]:
    model = dialog.view.model()
    return sorted(model.index(row, BIN_NAME).data() for row in range(model.rowCount()))


def select_name(qtbot, dialog: RecycleBinDialog, name: str) -> None:
    model = dialog.view.model()
    for row in range(model.rowCount()):
        index = model.index(row, BIN_NAME)
        if index.data() == name:
            qtbot.mouseClick(
                dialog.view.viewport(), LEFT, pos=dialog.view.visualRect(index).center()
            )
            return
    raise AssertionError(f"{name} is not in the recycle bin")


def test_lists_only_deleted_cards(bin_dialog: RecycleBinDialog) -> None:
    assert names(bin_dialog) == ["张三", "李四"]
    phones = {bin_dialog.view.model().index(r, BIN_PHONE).data() for r in range(2)}
    assert phones == {"13800138000", "13912345678"}
    assert bin_dialog.info.text().startswith("2 deleted card(s)")
    assert not bin_dialog.restore_button.isEnabled()
    assert not bin_dialog.purge_button.isEnabled()


def test_restore_brings_the_card_back(qtbot, db, deleted, bin_dialog) -> None:
    select_name(qtbot, bin_dialog, "李四")
    assert bin_dialog.restore_button.isEnabled()
    with qtbot.waitSignal(bin_dialog.changed) as changed:
        qtbot.mouseClick(bin_dialog.restore_button, LEFT)
    assert deleted["李四"] in changed.args[0].customer_ids
    assert names(bin_dialog) == ["张三"]
    card = customers.get_customer(db, deleted["李四"])
    assert card.deleted_at is None
    assert [c.id for c in customers.list_deleted(db)] == [deleted["张三"]]


def test_delete_for_good_warns_and_can_be_cancelled(qtbot, db, deleted, bin_dialog) -> None:
    select_name(qtbot, bin_dialog, "张三")
    answer_message_box(
        qtbot,
        Btn.Cancel,
        lambda: qtbot.mouseClick(bin_dialog.purge_button, LEFT),
    )
    assert names(bin_dialog) == ["张三", "李四"]

    shown: list[str] = []

    def purge() -> None:
        shown.append(
            answer_message_box(
                qtbot, "Delete for good", lambda: qtbot.mouseClick(bin_dialog.purge_button, LEFT)
            )
        )

    with qtbot.waitSignal(bin_dialog.changed):
        purge()
    assert "for good" in shown[0]
    assert names(bin_dialog) == ["李四"]
    with pytest.raises(NotFoundError):
        customers.get_customer(db, deleted["张三"])


def test_purge_warning_says_it_cannot_be_undone(qtbot, bin_dialog) -> None:
    select_name(qtbot, bin_dialog, "张三")
    informative: list[str] = []

    def look(box: QMessageBox) -> None:
        informative.append(box.informativeText())
        box.reject()

    with_next_modal(
        qtbot, QMessageBox, look, lambda: qtbot.mouseClick(bin_dialog.purge_button, LEFT)
    )
    assert informative == ["This cannot be undone."]
    assert names(bin_dialog) == ["张三", "李四"]


def test_empty_bin_says_so(qtbot, db) -> None:
    dialog = RecycleBinDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.info.text() == "The recycle bin is empty."


def test_model_passes_the_model_tester(qtmodeltester, db, deleted) -> None:
    model = DeletedTableModel()
    model.set_rows(customers.list_deleted(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
