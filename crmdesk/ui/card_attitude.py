"""The card's Attitude tab (态度信息): likes, tags, important dates, notes, status by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.customers import CustomerInput, ImportantDateInput
from crmdesk.ui.card_labels import lost_reason_names
from crmdesk.ui.widgets import FieldErrors, TableEditor, TagsEdit

DATE_LABEL, DATE_MONTH, DATE_DAY, DATE_YEAR, DATE_REMIND = range(5)


def _plain(edit: QPlainTextEdit) -> str | None:
    value = edit.toPlainText().strip()
    return value or None


class ImportantDatesTable(TableEditor):
    """Yearly dates to remember (anniversaries, a child's birthday), one row each."""

    edit_column = DATE_LABEL

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(5, parent)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Month"),
                self.tr("Day"),
                self.tr("Year"),
                self.tr("Remind days before"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(72)  # room for a spin box with two digits and arrows
        self.table.setMinimumHeight(120)
        self.add_button.setText(self.tr("Add date"))
        self.remove_button.setText(self.tr("Remove date"))

    def dates(self) -> tuple[ImportantDateInput, ...]:
        """The dates typed (rows without a label are ignored)."""
        rows = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, DATE_LABEL)
            label = "" if item is None else item.text().strip()
            if not label:
                continue
            year = self._spin(row, DATE_YEAR).value()
            rows.append(
                ImportantDateInput(
                    label=label,
                    month=self._spin(row, DATE_MONTH).value(),
                    day=self._spin(row, DATE_DAY).value(),
                    year=year or None,
                    remind_days_before=self._spin(row, DATE_REMIND).value(),
                )
            )
        return tuple(rows)

    def select_input_row(self, index: int) -> None:
        """Select the table row of ``dates()[index]`` (where a validation error points)."""
        kept = [
            row
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, DATE_LABEL)) is not None and item.text().strip()
        ]
        if 0 <= index < len(kept):
            self.table.selectRow(kept[index])

    def set_dates(self, dates: tuple[ImportantDateInput, ...]) -> None:
        """Show these dates."""
        self.table.setRowCount(0)
        for date in dates:
            self._append(date)
        self._update_buttons()

    def add_row(self) -> int:
        """Add an empty date row and return its index."""
        return self._append(ImportantDateInput(label="", month=1, day=1))

    def _spin(self, row: int, column: int) -> QSpinBox:
        spin = self.table.cellWidget(row, column)
        assert isinstance(spin, QSpinBox)
        return spin

    def _append(self, date: ImportantDateInput) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, DATE_LABEL, QTableWidgetItem(date.label))
        for column, low, high, value in (
            (DATE_MONTH, 1, 12, date.month),
            (DATE_DAY, 1, 31, date.day),
            (DATE_YEAR, 0, 2200, date.year or 0),
            (DATE_REMIND, 0, 365, date.remind_days_before),
        ):
            spin = QSpinBox(self.table)
            spin.setRange(low, high)
            if column == DATE_YEAR:
                spin.setSpecialValueText("—")
                spin.setToolTip(self.tr("Optional: the year it happened"))
            spin.setValue(value)
            spin.valueChanged.connect(self.changed)
            self.table.setCellWidget(row, column, spin)
        self._update_buttons()
        return row


class AttitudeTab(QScrollArea):
    """Preferences, interests, tags, important dates, notes, status override, lost reason."""

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        page = QWidget()
        self.setWidget(page)

        self.preferences = QPlainTextEdit()
        self.preferences.setPlaceholderText(
            self.tr("What they like to buy: styles, sizes, flavours, price range…")
        )
        self.interests = QPlainTextEdit()
        self.interests.setPlaceholderText(self.tr("Hobbies, family, what they talk about…"))
        self.notes = QPlainTextEdit()
        for edit in (self.preferences, self.interests, self.notes):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
        self.tags = TagsEdit()
        self.dates = ImportantDatesTable()
        self.status_override = QComboBox()
        self.status_override.addItem(self.tr("Follow the orders"), None)
        self.status_override.addItem(self.tr("Target customer (pursue)"), "target")
        self.status_override.addItem(self.tr("Non-customer (not interested)"), "non_customer")
        self.lost_reason = QComboBox()
        self.lost_reason.addItem(self.tr("Not recorded"), None)
        for key, name in lost_reason_names().items():
            self.lost_reason.addItem(name, key)
        self.lost_reason_label = QLabel(self.tr("Reason for leaving"))

        likes = QGroupBox(self.tr("Preferences and interests"))
        likes_form = QFormLayout(likes)
        likes_form.addRow(
            self.tr("Preferences"),
            errors.slot("preferences", self.preferences, self.tr("Preferences")),
        )
        likes_form.addRow(
            self.tr("Interests"), errors.slot("interests", self.interests, self.tr("Interests"))
        )
        likes_form.addRow(self.tr("Tags"), errors.slot("tags", self.tags, self.tr("Tags")))

        relation = QGroupBox(self.tr("Relationship"))
        relation_form = QFormLayout(relation)
        relation_form.addRow(
            self.tr("Status by hand"),
            errors.slot("status_override", self.status_override, self.tr("Status by hand")),
        )
        self._lost_slot = errors.slot(
            "lost_reason", self.lost_reason, self.tr("Reason for leaving")
        )
        relation_form.addRow(self.lost_reason_label, self._lost_slot)
        relation_form.addRow(self.tr("Notes"), errors.slot("notes", self.notes, self.tr("Notes")))

        dates_box = QGroupBox(self.tr("Important dates"))
        dates_layout = QVBoxLayout(dates_box)
        dates_layout.addWidget(
            errors.slot("important_dates", self.dates, self.tr("Important dates"))
        )

        grid = QGridLayout(page)
        grid.addWidget(likes, 0, 0)
        grid.addWidget(relation, 0, 1)
        grid.addWidget(dates_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        for edit in (self.preferences, self.interests, self.notes):
            edit.textChanged.connect(self.changed)
        self.tags.textEdited.connect(self.changed)
        self.dates.changed.connect(self.changed)
        self.status_override.currentIndexChanged.connect(self.changed)
        self.lost_reason.currentIndexChanged.connect(self.changed)
        self.set_lost(False)

    def set_known_tags(self, names: list[str]) -> None:
        """Tags offered while typing."""
        self.tags.set_known_tags(names)

    def set_lost(self, lost: bool) -> None:
        """Show the reason for leaving only on a lost customer's card (or when one is set)."""
        show = lost or self.lost_reason.currentData() is not None
        self.lost_reason_label.setVisible(show)
        self._lost_slot.setVisible(show)

    def set_data(self, data: CustomerInput) -> None:
        """Show a stored card."""
        self.preferences.setPlainText(data.preferences or "")
        self.interests.setPlainText(data.interests or "")
        self.notes.setPlainText(data.notes or "")
        self.tags.set_tags(data.tags)
        self.dates.set_dates(data.important_dates)
        self.status_override.setCurrentIndex(
            max(0, self.status_override.findData(data.status_override))
        )
        self.lost_reason.setCurrentIndex(max(0, self.lost_reason.findData(data.lost_reason)))

    def values(self) -> dict[str, Any]:
        """The typed values, keyed by CustomerInput field name."""
        return {
            "preferences": _plain(self.preferences),
            "interests": _plain(self.interests),
            "notes": _plain(self.notes),
            "tags": self.tags.tags(),
            "important_dates": self.dates.dates(),
            "status_override": self.status_override.currentData(),
            "lost_reason": self.lost_reason.currentData(),
        }
