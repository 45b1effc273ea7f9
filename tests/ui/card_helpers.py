"""Opening customer cards in tests and clicking around them as the owner would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from crmdesk.db import Database
from crmdesk.services import customers, orders
from crmdesk.services.customers import CustomerInput
from crmdesk.services.orders import OrderInput
from crmdesk.ui.card import CustomerCardDialog

from .modal_helpers import answer_message_box

LEFT = Qt.MouseButton.LeftButton
Btn = QMessageBox.StandardButton
BASIC, ATTITUDE, PURCHASES, CONTACTS = range(4)


class CardOpener:
    """Opens cards as active windows and closes them, discarding unsaved typing.

    The cards are not handed to ``qtbot.addWidget``: it closes widgets before fixtures
    end, and a card with unsaved typing would then wait for an answer forever.
    """

    def __init__(self, qtbot: Any, db: Database) -> None:
        self._qtbot = qtbot
        self._db = db
        self._opened: list[CustomerCardDialog] = []

    def open(self, customer_id: int | None) -> CustomerCardDialog:
        card = CustomerCardDialog(self._db, customer_id)
        card.show()
        card.activateWindow()
        # Keyboard focus and Ctrl+S need the card to be the active window.
        self._qtbot.waitUntil(card.isActiveWindow)
        self._opened.append(card)
        return card

    def close_all(self) -> None:
        for card in self._opened:
            if card.isVisible() and card.is_dirty():
                answer_message_box(self._qtbot, Btn.Discard, card.close)
            card.close()
            card.deleteLater()


def click_tab(qtbot: Any, card: CustomerCardDialog, index: int) -> None:
    bar = card.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert card.tabs.currentIndex() == index


def click_row(qtbot: Any, view: QTableView, row: int, double: bool = False) -> None:
    view.scrollTo(view.model().index(row, 0))
    pos = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=pos)
    if double:
        qtbot.mouseDClick(view.viewport(), LEFT, pos=pos)


def table_texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def customer_with_order(db: Database, name: str = "周杰", paid: str = "300.00") -> int:
    card = customers.create_customer(db, CustomerInput(name=name, phone="13700001234"))
    orders.add_order(
        db,
        card.id,
        OrderInput(
            ordered_at=dt.datetime.now().replace(microsecond=0),
            paid=Decimal(paid),
            order_no="TB1001",
        ),
    )
    return card.id
