"""The recycle bin (回收站): deleted cards, restored or deleted for good."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from crmdesk.services import customers
from crmdesk.services.customers import DeletedCustomer
from crmdesk.ui.formatting import datetime_text
from crmdesk.ui.table_model import Column, RowsModel

BIN_NAME, BIN_PHONE, BIN_ORDERS, BIN_DELETED = range(4)


class DeletedTableModel(RowsModel[DeletedCustomer]):
    """Cards in the recycle bin: name, phone, orders, when deleted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Name"), lambda card: card.name),
            Column(self.tr("Phone"), lambda card: card.phone or ""),
            Column(self.tr("Orders"), lambda card: str(card.order_count), numeric=True),
            Column(self.tr("Deleted at"), lambda card: datetime_text(card.deleted_at)),
        ]


class RecycleBinDialog(QDialog):
    """Lists deleted cards; Restore brings them back, Delete for good removes them forever."""

    #: Cards were restored or purged (carries services.customers.Changed).
    changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(640, 420)
        self.model = DeletedTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BIN_NAME, QHeaderView.ResizeMode.Stretch)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.purge_button = QPushButton(self.tr("Delete for good…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.restore_button, self.purge_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self._restore)
        self.purge_button.clicked.connect(self._purge)
        self.close_button.clicked.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        """Read the recycle bin again."""
        self.model.set_rows(customers.list_deleted(self._db))
        count = self.model.rowCount()
        if count:
            self.info.setText(
                self.tr(
                    "%n deleted card(s). Select cards to restore them or delete them for good.",
                    "",
                    count,
                )
            )
        else:
            self.info.setText(self.tr("The recycle bin is empty."))
        self._update_buttons()

    def _selected_ids(self) -> list[int]:
        cards = self.model.rows()
        return [cards[index.row()].id for index in self.view.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = bool(self._selected_ids())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def _restore(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        try:
            changed = customers.restore_customers(self._db, ids)
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Restore"), str(err))
            return
        self.reload()
        self.changed.emit(changed)

    def _purge(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete for good"))
        box.setText(
            self.tr(
                "Delete %n card(s) for good? Their orders, contact records and points "
                "are deleted with them.",
                "",
                len(ids),
            )
        )
        box.setInformativeText(self.tr("This cannot be undone."))
        purge = box.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not purge:
            return
        try:
            changed = customers.purge_customers(self._db, ids)
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Delete for good"), str(err))
            return
        self.reload()
        self.changed.emit(changed)
