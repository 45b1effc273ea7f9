"""The card's Contacts tab (接触记录): every call, message, visit and complaint."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services import orders
from crmdesk.ui.card_models import CONTACT_SUMMARY, ContactTableModel
from crmdesk.ui.contact_dialog import ContactDialog
from crmdesk.ui.formatting import datetime_text
from crmdesk.ui.record_list import RecordList


class ContactsTab(QWidget):
    """The contact list with Add / Edit / Remove; double-click edits."""

    #: A contact record was added, changed or removed (services.customers.Changed).
    changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id: int | None = None
        self.model = ContactTableModel(self.tr, self)
        self.records = RecordList(
            self,
            self.model,
            CONTACT_SUMMARY,
            (self.tr("Add contact…"), self.tr("Edit contact…"), self.tr("Remove contact")),
            self.tr("Save the new card first (Ctrl+S), then record contacts."),
        )
        self.view = self.records.view
        self.add_button = self.records.add_button
        self.edit_button = self.records.edit_button
        self.remove_button = self.records.remove_button
        self.hint = self.records.hint
        self.count_label = QLabel()
        self.records.buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.records.buttons)
        layout.addWidget(self.view, 1)
        self.records.connect(
            self._add, self._edit, self._remove, self._edit_index, self._update_buttons
        )
        self.set_customer(None)

    def set_customer(self, customer_id: int | None) -> None:
        """Show this customer's contact records (None: an unsaved new card)."""
        self._customer_id = customer_id
        self.hint.setVisible(customer_id is None)
        rows = [] if customer_id is None else orders.list_contacts(self._db, customer_id)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n record(s)", "", len(rows)))
        self._update_buttons()

    def _selected(self) -> orders.ContactRow | None:
        return self.records.selected()

    def _update_buttons(self) -> None:
        self.records.update_buttons(self._customer_id is not None)

    def _add(self) -> None:
        if self._customer_id is not None:
            self._run(ContactDialog(self._db, self._customer_id, None, self))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid() and self._customer_id is not None:
            contact = self.model.row_at(index.row())
            self._run(ContactDialog(self._db, self._customer_id, contact, self))

    def _edit(self) -> None:
        contact = self._selected()
        if contact is not None and self._customer_id is not None:
            self._run(ContactDialog(self._db, self._customer_id, contact, self))

    def _run(self, dialog: ContactDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_changed is not None:
            self.changed.emit(dialog.result_changed)

    def _remove(self) -> None:
        contact = self._selected()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact record"),
            self.tr("Remove the contact record of %1?").replace(
                "%1", datetime_text(contact.data.contacted_at)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changed = orders.delete_contact(self._db, contact.id)
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Remove contact record"), str(err))
            return
        self.changed.emit(changed)
