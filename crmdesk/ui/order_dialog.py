"""Adding or editing one order on a customer card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError, ValidationError
from crmdesk.services import orders
from crmdesk.services.customers import Changed
from crmdesk.services.orders import OrderInput, OrderRow
from crmdesk.services.platforms import PLATFORMS
from crmdesk.ui.card_labels import order_status_names
from crmdesk.ui.formatting import platform_name
from crmdesk.ui.widgets import (
    FieldErrors,
    MoneyEdit,
    datetime_edit,
    error_banner,
    lay_out_form_dialog,
    text_box,
)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """A Python datetime (local, naive) as a QDateTime."""
    return QDateTime.fromString(value.strftime("%Y-%m-%d %H:%M:%S"), "yyyy-MM-dd HH:mm:ss")


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """A QDateTime as a naive local Python datetime, to the second."""
    date, time = value.date(), value.time()
    return dt.datetime(
        date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second()
    )


class OrderDialog(QDialog):
    """Date, platform, order number, status, amounts, items; saved through the order service."""

    def __init__(
        self,
        db: Database,
        customer_id: int,
        order: OrderRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id = customer_id
        self._order = order
        self.result_changed: Changed | None = None
        self.setWindowTitle(self.tr("Edit order") if order else self.tr("Add order"))
        self.setMinimumWidth(480)

        self._errors = FieldErrors()
        self.banner = error_banner()
        self.ordered_at = datetime_edit()
        self.platform = QComboBox()
        for item in PLATFORMS:
            self.platform.addItem(platform_name(item.key), item.key)
        self.order_no = QLineEdit()
        self.order_no.setPlaceholderText(self.tr("Optional"))
        self.status = QComboBox()
        for key, name in order_status_names().items():
            self.status.addItem(name, key)
        self.paid = MoneyEdit(field="paid")
        self.refund = MoneyEdit(field="refund")
        self.items_text = text_box(80, self.tr("What was bought, one item per line"))
        self.category = QLineEdit()
        self.notes = text_box(60)

        form = QFormLayout()
        self._errors.add_rows(
            form,
            (
                ("ordered_at", self.ordered_at, self.tr("Ordered at")),
                ("platform", self.platform, self.tr("Platform")),
                ("order_no", self.order_no, self.tr("Order no.")),
                ("status", self.status, self.tr("Status")),
                ("paid", self.paid, self.tr("Paid (¥)")),
                ("refund", self.refund, self.tr("Refund (¥)")),
                ("items_text", self.items_text, self.tr("Items")),
                ("category", self.category, self.tr("Category")),
                ("notes", self.notes, self.tr("Notes")),
            ),
        )
        self.buttons = lay_out_form_dialog(self, self.banner, form)

        if order is None:
            self.ordered_at.setDateTime(QDateTime.currentDateTime())
            self.platform.setCurrentIndex(self.platform.findData("manual"))
            self.status.setCurrentIndex(self.status.findData("completed"))
        else:
            self._show(order.data)
        self.paid.setFocus()

    def _show(self, data: OrderInput) -> None:
        self.ordered_at.setDateTime(to_qdatetime(data.ordered_at))
        if self.platform.findData(data.platform) < 0:
            self.platform.addItem(platform_name(data.platform), data.platform)
        self.platform.setCurrentIndex(self.platform.findData(data.platform))
        self.order_no.setText(data.order_no or "")
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.paid.setValue(data.paid)
        self.refund.setValue(data.refund if data.refund else None)
        self.items_text.setPlainText(data.items_text or "")
        self.category.setText(data.category or "")
        self.notes.setPlainText(data.notes or "")

    def order_input(self) -> OrderInput:
        """The order as typed; raises ValidationError for an amount that is not one."""
        paid = self.paid.value()
        refund = self.refund.value()
        return OrderInput(
            ordered_at=from_qdatetime(self.ordered_at.dateTime()),
            paid=paid,
            refund=refund,
            status=self.status.currentData(),
            platform=self.platform.currentData(),
            order_no=self.order_no.text().strip() or None,
            paid_at=self._order.data.paid_at if self._order else None,
            items_text=self.items_text.toPlainText().strip() or None,
            category=self.category.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
        )

    def accept(self) -> None:
        """Save through the order service; on a mistake, stay open and show it."""
        self._errors.clear()
        self.banner.hide()
        try:
            data = self.order_input()
            if self._order is None:
                self.result_changed = orders.add_order(self._db, self._customer_id, data)
            else:
                self.result_changed = orders.update_order(self._db, self._order.id, data)
        except ValidationError as err:
            self._show_error(self._errors.show(err))
            return
        except CrmdeskError as err:
            self._show_error(str(err))
            return
        super().accept()

    def _show_error(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
