"""The card's Purchases tab (购买行为): the order figures and the order list."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
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
from crmdesk.ui.record_list import RecordList


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
        self.records = RecordList(
            self,
            self.model,
            ORDER_ITEMS,
            (self.tr("Add order…"), self.tr("Edit order…"), self.tr("Remove order")),
            self.tr("Save the new card first (Ctrl+S), then add its orders."),
        )
        self.view = self.records.view
        self.add_button = self.records.add_button
        self.edit_button = self.records.edit_button
        self.remove_button = self.records.remove_button
        self.hint = self.records.hint

        layout = QVBoxLayout(self)
        layout.addWidget(figures)
        layout.addLayout(self.records.buttons)
        layout.addWidget(self.view, 1)
        self.records.connect(
            self._add, self._edit, self._remove, self._edit_index, self._update_buttons
        )
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
        return self.records.selected()

    def _update_buttons(self) -> None:
        self.records.update_buttons(self._customer_id is not None)

    def _add(self) -> None:
        if self._customer_id is None:
            return
        dialog = OrderDialog(self._db, self._customer_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_changed is not None:
            self.changed.emit(dialog.result_changed)

    def _edit_index(self, index: QModelIndex) -> None:
        order = self.model.row_at(index.row()) if index.isValid() else None
        if order is not None:
            self._open(order)

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
