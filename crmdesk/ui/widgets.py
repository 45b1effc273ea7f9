"""Small shared widgets: money entry, dates, a tag editor, field error display, edit dialogs."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import ValidationError
from crmdesk.services.validation import fen_to_yuan, validate_amount

_ERROR_STYLE = "color: #c62828;"
_INVALID_BORDER = "border: 1px solid #c62828; border-radius: 2px;"


class MoneyEdit(QLineEdit):
    """A yuan amount typed as text (``1,234.50``, ``¥1234.5``) and read back as Decimal."""

    def __init__(self, parent: QWidget | None = None, field: str = "amount") -> None:
        super().__init__(parent)
        self._field = field
        self.setPlaceholderText("0.00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Decimal:
        """The amount in yuan; empty reads as 0. Raises ValidationError for bad input."""
        text = self.text().strip().replace("，", ",").replace("元", "").strip()
        return fen_to_yuan(validate_amount(text, field=self._field))

    def setValue(self, amount: Decimal | None) -> None:
        """Show an amount (None clears the field)."""
        self.setText("" if amount is None else f"{Decimal(amount):.2f}")


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a calendar date edit with a clear button."""

    changed = Signal()

    #: Stands for "no date"; the edit shows its special text there.
    _EMPTY = QDate(1800, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QDateEdit(self)
        self._edit.setCalendarPopup(True)
        self._edit.setDisplayFormat("yyyy-MM-dd")
        self._edit.setMinimumDate(self._EMPTY)
        self._edit.setMaximumDate(QDate(2200, 12, 31))
        self._edit.setSpecialValueText(self.tr("Not set"))
        self._edit.setDate(self._EMPTY)
        # Opening the calendar on an empty field should show this month, not January 1800.
        self._edit.calendarWidget().installEventFilter(self)
        self._clear = QToolButton(self)
        self._clear.setText("×")
        self._clear.setToolTip(self.tr("Clear the date"))
        self._clear.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._clear)
        self.setFocusProxy(self._edit)
        self._edit.dateChanged.connect(self._on_changed)
        self._clear.clicked.connect(self.clear)
        self._on_changed()

    @property
    def date_edit(self) -> QDateEdit:
        """The inner date edit (for keyboard input)."""
        return self._edit

    def date(self) -> dt.date | None:
        """The date, or None when empty."""
        value = self._edit.date()
        if value == self._EMPTY:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def setDate(self, value: dt.date | None) -> None:
        """Show a date, or empty for None."""
        if value is None:
            self._edit.setDate(self._EMPTY)
        else:
            self._edit.setDate(QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        """Empty the date."""
        self._edit.setDate(self._EMPTY)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Turn the popup calendar to this month when it opens on an empty date."""
        if event.type() == QEvent.Type.Show and self.date() is None:
            today = QDate.currentDate()
            # Only the page shown: selecting a day would fill in the date.
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _on_changed(self) -> None:
        self._clear.setEnabled(self.date() is not None)
        self.changed.emit()


_TAG_SPLIT = re.compile(r"[,，、;；]")


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a comma separated list (Chinese commas too), trimmed, no repeats."""
    seen: dict[str, None] = {}
    for part in _TAG_SPLIT.split(text):
        name = part.strip()
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


class _LastTagCompleter(QCompleter):
    """Completes the tag after the last comma, keeping the ones before it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def splitPath(self, path: str) -> list[str]:
        return [_TAG_SPLIT.split(path)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]  # Qt override
        chosen = str(index.data())
        text = self._edit.text()
        match = list(_TAG_SPLIT.finditer(text))
        head = text[: match[-1].end()] + " " if match else ""
        return f"{head}{chosen}, "


class TagsEdit(QLineEdit):
    """Tags as comma separated text, completing from the shop's existing tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        completer = _LastTagCompleter(self)
        completer.setModel(self._names)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("e.g. VIP, likes tea, wholesale"))

    def set_known_tags(self, names: list[str]) -> None:
        """The tags offered while typing."""
        self._names.setStringList(sorted(names))

    def tags(self) -> tuple[str, ...]:
        """The tags typed."""
        return split_tags(self.text())

    def set_tags(self, names: tuple[str, ...]) -> None:
        """Show these tags."""
        self.setText(", ".join(names))


class FieldSlot(QWidget):
    """A form field with room for its error message underneath."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(self.error_label)
        self.setFocusProxy(widget)


class FieldErrors:
    """Shows a validation error next to the field at fault: red border, message, focus."""

    def __init__(self) -> None:
        self._slots: dict[str, tuple[QWidget, QLabel | None, str]] = {}
        self._marked: list[tuple[QWidget, QLabel | None, str]] = []

    def add(self, field: str, widget: QWidget, title: str, label: QLabel | None = None) -> None:
        """Register the widget (and optional message label) that shows ``field``."""
        self._slots[field] = (widget, label, title)

    def slot(self, field: str, widget: QWidget, title: str) -> FieldSlot:
        """Wrap ``widget`` with an error label and register it for ``field``."""
        box = FieldSlot(widget)
        self.add(field, widget, title, box.error_label)
        return box

    def add_rows(self, form: QFormLayout, rows: tuple[tuple[str, QWidget, str], ...]) -> None:
        """Add a titled form row per (field, widget, title), each wrapped by ``slot``."""
        for field, widget, title in rows:
            form.addRow(title, self.slot(field, widget, title))

    def title(self, field: str | None) -> str | None:
        """The owner-facing name of a field, if known."""
        if field is None or field not in self._slots:
            return None
        return self._slots[field][2]

    def show(self, err: ValidationError) -> str:
        """Mark the field of ``err`` and return the message naming the field."""
        self.clear()
        slot = self._slots.get(err.field or "")
        if slot is None:
            return str(err)
        widget, label, title = slot
        self._marked.append(slot)
        widget.setStyleSheet(_INVALID_BORDER)
        widget.setToolTip(str(err))
        if label is not None:
            label.setText(str(err))
            label.show()
        _reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return f"{title}: {err}"

    def clear(self) -> None:
        """Remove every error mark."""
        for widget, label, _title in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
            if label is not None:
                label.clear()
                label.hide()
        self._marked.clear()


def _reveal(widget: QWidget) -> None:
    """Bring the tab (and scroll position) holding ``widget`` into view."""
    from PySide6.QtWidgets import QScrollArea, QStackedWidget, QTabWidget

    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            tabs.setCurrentIndex(tabs.indexOf(child))
        elif isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        child = parent
        parent = parent.parentWidget()


def error_banner() -> QLabel:
    """A hidden banner for the message naming the field at fault."""
    banner = QLabel()
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "QLabel { background: #fdecea; color: #b71c1c; border: 1px solid #f5c2c0;"
        " border-radius: 3px; padding: 6px; }"
    )
    banner.hide()
    return banner


def datetime_edit() -> QDateTimeEdit:
    """A date and time to the minute, picked from a calendar."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def text_box(height: int, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of text of a fixed height; Tab moves on to the next field."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def lay_out_form_dialog(dialog: QDialog, banner: QWidget, form: QFormLayout) -> QDialogButtonBox:
    """The error banner, the form and OK / Cancel (accept / reject) of an edit dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(banner)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


def side_buttons(owner: QWidget, table: QWidget, add: str, remove: str) -> list[QPushButton]:
    """Lay out ``owner``: ``table`` with Add / Remove buttons (texts translated) to its right.

    Enter in a field of the card must not press them.
    """
    found = [QPushButton(text, owner) for text in (add, remove)]
    buttons = QVBoxLayout()
    for button in found:
        button.setAutoDefault(False)
        buttons.addWidget(button)
    buttons.addStretch(1)
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addLayout(buttons)
    return found


class TableEditor(QWidget):
    """A small editable table with Add / Remove buttons beside it (accounts, dates).

    Subclasses set the header labels and button texts, fill rows in :meth:`add_row`, and
    name the column a new row opens for typing in :attr:`edit_column`.
    """

    changed = Signal()
    edit_column = 0

    def __init__(self, column_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, column_count, self)
        self.table.verticalHeader().hide()
        self.add_button, self.remove_button = side_buttons(self, self.table, "", "")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.table.itemChanged.connect(self.changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def add_row(self) -> int:
        """Add an empty row and return its index."""
        raise NotImplementedError

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, self.edit_column)
        self.table.editItem(self.table.item(row, self.edit_column))
        self.changed.emit()

    def _remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0)
