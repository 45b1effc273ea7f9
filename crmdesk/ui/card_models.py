"""Qt item models for the card's order list and contact list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crmdesk.services.orders import ContactRow, OrderRow
from crmdesk.ui.card_labels import (
    channel_names,
    complaint_status_names,
    contact_kind_names,
    order_status_names,
)
from crmdesk.ui.formatting import date_text, datetime_text, money, platform_name

#: Returns the row's dataclass (OrderRow / ContactRow) for any column.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of frozen rows with named columns."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        """The dataclass shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        return self._cell(row, index.column(), role)

    def _cell(self, row: T, column: int, role: int) -> Any:
        raise NotImplementedError  # each model says what its columns show


(
    ORDER_DATE,
    ORDER_PLATFORM,
    ORDER_NO,
    ORDER_STATUS,
    ORDER_PAID,
    ORDER_REFUND,
    ORDER_ITEMS,
    ORDER_CATEGORY,
) = range(8)


class OrderTableModel(_RowsModel[OrderRow]):
    """A customer's orders, newest first; orders that do not count are shown grey."""

    def __init__(self, tr: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(
            [
                tr("Ordered"),
                tr("Platform"),
                tr("Order no."),
                tr("Status"),
                tr("Paid"),
                tr("Refund"),
                tr("Items"),
                tr("Category"),
            ],
            parent,
        )
        self._tr = tr
        self._status_names = order_status_names()

    def _cell(self, row: OrderRow, column: int, role: int) -> Any:
        order = row.data
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                ORDER_DATE: datetime_text(order.ordered_at),
                ORDER_PLATFORM: platform_name(order.platform),
                ORDER_NO: order.order_no or "",
                ORDER_STATUS: self._status_names.get(order.status, order.status),
                ORDER_PAID: money(order.paid),
                ORDER_REFUND: money(order.refund) if order.refund else "",
                ORDER_ITEMS: (order.items_text or "").replace("\n", "; "),
                ORDER_CATEGORY: order.category or "",
            }
            return values.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER_PAID, ORDER_REFUND):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_valid:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.is_valid:
                return self._tr(
                    "Does not count toward the figures (unpaid, closed or fully refunded)."
                )
            if column == ORDER_ITEMS and order.items_text:
                return order.items_text
        return None


(
    CONTACT_TIME,
    CONTACT_CHANNEL,
    CONTACT_KIND,
    CONTACT_SUMMARY,
    CONTACT_RESULT,
    CONTACT_FOLLOW_UP,
    CONTACT_COMPLAINT,
) = range(7)


class ContactTableModel(_RowsModel[ContactRow]):
    """A customer's contact records, newest first."""

    def __init__(self, tr: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(
            [
                tr("When"),
                tr("Channel"),
                tr("Type"),
                tr("Summary"),
                tr("Result"),
                tr("Follow up on"),
                tr("Complaint"),
            ],
            parent,
        )
        self._channels = channel_names()
        self._kinds = contact_kind_names()
        self._complaints = complaint_status_names()

    def _cell(self, row: ContactRow, column: int, role: int) -> Any:
        contact = row.data
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                CONTACT_TIME: datetime_text(contact.contacted_at),
                CONTACT_CHANNEL: self._channels.get(contact.channel, contact.channel),
                CONTACT_KIND: self._kinds.get(contact.kind, contact.kind),
                CONTACT_SUMMARY: contact.summary.replace("\n", " "),
                CONTACT_RESULT: (contact.result or "").replace("\n", " "),
                CONTACT_FOLLOW_UP: date_text(contact.follow_up_on),
                CONTACT_COMPLAINT: self._complaints.get(contact.complaint_status or "", ""),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (CONTACT_SUMMARY, CONTACT_RESULT):
            text = contact.summary if column == CONTACT_SUMMARY else contact.result
            return text or None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == CONTACT_COMPLAINT
            and contact.complaint_status in ("open", "in_progress")
        ):
            return QBrush(QColor("#c62828"))
        return None
