"""A card tab's list of records: a read-only table with Add / Edit / Remove buttons above it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from crmdesk.ui.table_model import RowsModel

T = TypeVar("T")


class RecordList(Generic[T]):
    """The table, the Add / Edit / Remove buttons (texts already translated) and a hint.

    ``buttons`` is the row above the table: the three buttons, the hint and a stretch.
    """

    def __init__(
        self,
        owner: QWidget,
        model: RowsModel[T],
        stretch_column: int,
        texts: tuple[str, str, str],
        hint: str,
    ) -> None:
        self.model = model
        self.view = QTableView(owner)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

        # Enter in a field of the card must not press them.
        self.add_button, self.edit_button, self.remove_button = (
            QPushButton(text, owner) for text in texts
        )
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
        self.hint = QLabel(hint)
        self.hint.setStyleSheet("color: #8a6d3b;")
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addWidget(self.hint)
        self.buttons.addStretch(1)

    def connect(
        self,
        add: Callable[[], Any],
        edit: Callable[[], Any],
        remove: Callable[[], Any],
        edit_index: Callable[[QModelIndex], Any],
        selection_changed: Callable[[], Any],
    ) -> None:
        """Buttons, double-click and Enter on the table, and selection changes."""
        self.add_button.clicked.connect(add)
        self.edit_button.clicked.connect(edit)
        self.remove_button.clicked.connect(remove)
        self.view.doubleClicked.connect(edit_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.view, edit)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.selectionModel().selectionChanged.connect(selection_changed)

    def selected(self) -> T | None:
        """The selected record, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def update_buttons(self, saved: bool) -> None:
        """Add needs a saved card; Edit and Remove also a selected record."""
        chosen = self.selected() is not None
        self.add_button.setEnabled(saved)
        self.edit_button.setEnabled(saved and chosen)
        self.remove_button.setEnabled(saved and chosen)
