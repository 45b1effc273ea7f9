"""Merging two duplicate cards: side by side, the owner picks the card to keep."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from crmdesk.db import Database
from crmdesk.services import customers, orders
from crmdesk.services.customers import AccountInput, CustomerInput
from crmdesk.services.duplicates import find_duplicates
from crmdesk.services.orders import ContactInput, OrderInput
from crmdesk.ui.merge_dialog import MergeDialog

from .modal_helpers import answer_message_box

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
Btn = QMessageBox.StandardButton


def two_cards(db: Database) -> tuple[int, int]:
    """The same buyer twice: once typed by hand, once imported from Taobao with orders."""
    typed = customers.create_customer(
        db, CustomerInput(name="张三", phone="13800138000", tags=("熟客",))
    ).id
    imported = customers.create_customer(
        db,
        CustomerInput(
            name="张三(淘宝)",
            wechat="zs_wx",
            accounts=(AccountInput("taobao", "tb_zhang"),),
            tags=("VIP",),
        ),
    ).id
    for day, paid in ((1, "100.00"), (20, "250.50")):
        orders.add_order(
            db,
            imported,
            OrderInput(
                ordered_at=dt.datetime(2025, 3, day, 10, 0), paid=Decimal(paid), platform="taobao"
            ),
        )
    orders.add_contact(
        db,
        typed,
        ContactInput(
            contacted_at=dt.datetime(2025, 4, 1, 9, 0), channel="phone", kind="care", summary="问候"
        ),
    )
    return typed, imported


def open_merge(qtbot, db: Database, first: int, second: int) -> MergeDialog:
    dialog = MergeDialog(db, first, second)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def label_texts(dialog: MergeDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_both_cards_are_shown_side_by_side(qtbot, db) -> None:
    typed, imported = two_cards(db)
    dialog = open_merge(qtbot, db, typed, imported)
    texts = label_texts(dialog)
    for shown in ("张三", "张三(淘宝)", "13800138000", "Taobao: tb_zhang", "¥350.50", "2"):
        assert shown in texts
    # The card with the orders is offered as the one to keep.
    assert dialog.keep_buttons[1].isChecked()
    assert dialog.keep_id == imported


def test_merge_into_the_chosen_card_moves_everything(qtbot, db) -> None:
    typed, imported = two_cards(db)
    dialog = open_merge(qtbot, db, typed, imported)
    keep_first = dialog.keep_buttons[0]
    # Click the round indicator: the button is wider than its text.
    qtbot.mouseClick(keep_first, LEFT, pos=QPoint(8, keep_first.height() // 2))
    assert dialog.keep_id == typed

    with qtbot.waitSignal(dialog.merged) as merged:
        text = answer_message_box(
            qtbot, Btn.Yes, lambda: qtbot.mouseClick(dialog.merge_button, LEFT)
        )
    assert "张三(淘宝)" in text
    assert merged.args[0].customer_ids == (typed,)
    assert merged.args[0].deleted == (imported,)
    assert not dialog.isVisible()

    kept = customers.get_customer(db, typed)
    assert kept.order_count == 2
    assert kept.total_spend == Decimal("350.50")
    assert set(kept.data.tags) == {"熟客", "VIP"}
    assert [(a.platform, a.buyer_id) for a in kept.data.accounts] == [("taobao", "tb_zhang")]
    assert kept.data.wechat == "zs_wx"  # empty field filled from the other card
    assert len(orders.list_contacts(db, typed)) == 1
    assert find_duplicates(db, None, (AccountInput("taobao", "tb_zhang"),))[0].customer_id == typed


def test_answering_no_leaves_both_cards(qtbot, db) -> None:
    typed, imported = two_cards(db)
    dialog = open_merge(qtbot, db, typed, imported)
    answer_message_box(qtbot, Btn.No, lambda: qtbot.mouseClick(dialog.merge_button, LEFT))
    assert dialog.isVisible()
    assert customers.get_customer(db, typed).order_count == 0
    assert customers.get_customer(db, imported).order_count == 2
