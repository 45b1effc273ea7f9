"""The card's Purchases tab (购买行为): the order figures and the order list."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services import orders
from crmdesk.services.customers import CustomerCard
from crmdesk.ui.card_models import ORDER_ITEMS, OrderTableModel
from crmdesk.ui.formatting import date_text, money, status_name
from crmdesk.ui.order_dialog import OrderDialog


def list_buttons(parent: QWidget, add: str, edit: str, remove: str) -> list[QPushButton]:
    """Add / Edit / Remove buttons that Enter in a field does not press."""
    buttons = [QPushButton(text, parent) for text in (add, edit, remove)]
    for button in buttons:
        button.setAutoDefault(False)
    return buttons


class PurchasesTab(QWidget):
    """Order count, spend, first/last order, interval, status; orders added and edited here."""

    #: An order was added, changed or removed (carries services.customers.Changed).
    changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id: int | None = None

        figures = QGroupBox(self.tr("Figures"))
        grid = QGridLayout(figures)
        self.order_count_label = QLabel()
        self.total_spend_label = QLabel()
        self.first_order_label = QLabel()
        self.last_order_label = QLabel()
        self.interval_label = QLabel()
        self.status_label = QLabel()
        self.tier_label = QLabel()
        self.points_label = QLabel()
        cells = (
            (self.tr("Valid orders"), self.order_count_label),
            (self.tr("Total spend"), self.total_spend_label),
            (self.tr("Status"), self.status_label),
            (self.tr("First order"), self.first_order_label),
            (self.tr("Last order"), self.last_order_label),
            (self.tr("Usual interval"), self.interval_label),
            (self.tr("Member tier"), self.tier_label),
            (self.tr("Points"), self.points_label),
        )
        for position, (title, label) in enumerate(cells):
            row, column = divmod(position, 3)
            caption = QLabel(title)
            caption.setStyleSheet("color: #666;")
            label.setStyleSheet("font-size: 15px; font-weight: 600;")
            grid.addWidget(caption, row * 2, column)
            grid.addWidget(label, row * 2 + 1, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        self.model = OrderTableModel(self.tr, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORDER_ITEMS, QHeaderView.ResizeMode.Stretch)

        self.add_button, self.edit_button, self.remove_button = list_buttons(
            self, self.tr("Add order…"), self.tr("Edit order…"), self.tr("Remove order")
        )
        self.hint = QLabel(self.tr("Save the new card first (Ctrl+S), then add its orders."))
        self.hint.setStyleSheet("color: #8a6d3b;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(figures)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.view.doubleClicked.connect(self._edit_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.view, self._edit)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_card(None)

    def set_card(self, card: CustomerCard | None) -> None:
        """Show the figures of ``card`` and reload its orders (None: an unsaved new card)."""
        self._customer_id = None if card is None else card.id
        self.hint.setVisible(card is None)
        if card is None:
            for label in (
                self.first_order_label,
                self.last_order_label,
                self.interval_label,
                self.tier_label,
            ):
                label.setText("—")
            self.order_count_label.setText("0")
            self.total_spend_label.setText(money(Decimal(0)))
            self.status_label.setText(status_name("potential"))
            self.points_label.setText("0")
            self.model.set_rows([])
        else:
            self.order_count_label.setText(str(card.order_count))
            self.total_spend_label.setText(money(card.total_spend))
            self.first_order_label.setText(date_text(card.first_order_at) or "—")
            self.last_order_label.setText(date_text(card.last_order_at) or "—")
            if card.median_interval_days is None:
                self.interval_label.setText("—")
            else:
                self.interval_label.setText(
                    self.tr("every %n day(s)", "", card.median_interval_days)
                )
            status = status_name(card.relationship_status)
            if card.churn_warning:
                status += "  " + self.tr("(churn warning)")
            self.status_label.setText(status)
            self.tier_label.setText(card.tier_name or "—")
            self.points_label.setText(f"{card.points_balance:,}")
            self.model.set_rows(orders.list_orders(self._db, card.id))
        self._update_buttons()

    def _selected(self) -> orders.OrderRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        saved = self._customer_id is not None
        chosen = self._selected() is not None
        self.add_button.setEnabled(saved)
        self.edit_button.setEnabled(saved and chosen)
        self.remove_button.setEnabled(saved and chosen)

    def _add(self) -> None:
        if self._customer_id is None:
            return
        dialog = OrderDialog(self._db, self._customer_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_changed is not None:
            self.changed.emit(dialog.result_changed)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.row_at(index.row()))

    def _edit(self) -> None:
        order = self._selected()
        if order is not None:
            self._open(order)

    def _open(self, order: orders.OrderRow) -> None:
        if self._customer_id is None:
            return
        dialog = OrderDialog(self._db, self._customer_id, order, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_changed is not None:
            self.changed.emit(dialog.result_changed)

    def _remove(self) -> None:
        order = self._selected()
        if order is None:
            return
        what = order.data.order_no or order.data.ordered_at.strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            self.tr("Remove order"),
            self.tr("Remove the order %1 (%2)? The customer's figures will be recounted.")
            .replace("%1", what)
            .replace("%2", money(order.data.paid)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changed = orders.delete_order(self._db, order.id)
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Remove order"), str(err))
            return
        self.changed.emit(changed)
