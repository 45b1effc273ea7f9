"""The customer card (客户资料卡): one window per customer, with its four sections as tabs."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError, ValidationError
from crmdesk.services import customers, duplicates, register
from crmdesk.services.customers import Changed, CustomerCard, CustomerInput
from crmdesk.services.duplicates import DuplicateHit
from crmdesk.ui.card_analysis import CustomerAnalysisWidget
from crmdesk.ui.card_attitude import AttitudeTab
from crmdesk.ui.card_basic import BasicTab
from crmdesk.ui.card_contacts import ContactsTab
from crmdesk.ui.card_labels import card_title
from crmdesk.ui.card_membership import MembershipTab
from crmdesk.ui.card_orders import PurchasesTab
from crmdesk.ui.formatting import date_text, platform_name
from crmdesk.ui.widgets import FieldErrors, error_banner


class CustomerCardDialog(QDialog):
    """A customer's card: Basic, Attitude, Purchases and Contacts; Ctrl+S saves, Esc closes."""

    #: The card (or its orders/contacts) changed: carries services.customers.Changed.
    saved = Signal(object)
    #: The owner wants to see another customer's card (a duplicate found while saving).
    openCustomerRequested = Signal(int)  # noqa: N815 - Qt signal naming, as the main window expects

    def __init__(
        self, db: Database, customer_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._card: CustomerCard | None = None
        self._dirty = False
        self._loading = False
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(960, 720)

        self._errors = FieldErrors()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.subheading = QLabel()
        self.subheading.setStyleSheet("color: #666;")
        self.banner = error_banner()
        self.basic = BasicTab(db, self._errors)
        self.attitude = AttitudeTab(self._errors)
        self.purchases = PurchasesTab(db)
        self.contacts = ContactsTab(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.basic, self.tr("Basic"))
        self.tabs.addTab(self.attitude, self.tr("Attitude"))
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.analysis = CustomerAnalysisWidget()
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        self.membership = MembershipTab(db)
        self.tabs.addTab(self.membership, self.tr("Membership"))

        self.delete_button = QPushButton(self.tr("Move to recycle bin"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the card (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.delete_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addStretch(1)
        heading.addWidget(self.subheading)
        footer = QHBoxLayout()
        footer.addWidget(self.delete_button)
        footer.addStretch(1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        self.basic.changed.connect(self._edited)
        self.attitude.changed.connect(self._edited)
        self.purchases.changed.connect(self._orders_changed)
        self.contacts.changed.connect(self._contacts_changed)
        self.membership.changed.connect(self.saved.emit)

        # Without tag completion the card still opens: no reason to refuse it.
        with contextlib.suppress(CrmdeskError):
            self.attitude.set_known_tags(register.filter_choices(db).get("tags", []))
        if customer_id is None:
            self._show_card(None)
        else:
            self._show_card(customers.get_customer(db, customer_id))
        self.basic.name.setFocus()

    @property
    def customer_id(self) -> int | None:
        """The card's customer id; None until a new card is saved."""
        return None if self._card is None else self._card.id

    def is_dirty(self) -> bool:
        """True while there are typed changes not saved yet."""
        return self._dirty

    # --- showing

    def _show_card(self, card: CustomerCard | None) -> None:
        self._card = card
        self._loading = True
        try:
            if card is not None:
                self.basic.set_data(card.data, card.phone_masked)
                self.attitude.set_data(card.data)
            self.basic.set_customer_id(self.customer_id)
        finally:
            self._loading = False
        self._dirty = False
        self._show_figures(card)
        self.contacts.set_customer(self.customer_id)

    def _show_figures(self, card: CustomerCard | None) -> None:
        self.purchases.set_card(card)
        self.analysis.show_customer(self._db, None if card is None else card.id)
        self.membership.show_customer(None if card is None else card.id)
        self.attitude.set_lost(card is not None and card.relationship_status == "lost")
        self.delete_button.setEnabled(card is not None and card.deleted_at is None)
        if card is None:
            self.subheading.setText(self.tr("New card, not saved yet"))
        elif card.deleted_at is not None:
            self.subheading.setText(
                self.tr("In the recycle bin since %1").replace("%1", date_text(card.deleted_at))
            )
        else:
            self.subheading.setText(
                self.tr("No. %1 · created %2")
                .replace("%1", str(card.id))
                .replace("%2", date_text(card.created_at))
            )
        self._update_title()

    def _update_title(self) -> None:
        status = "potential" if self._card is None else self._card.relationship_status
        kind = card_title(status)
        name = self.basic.name.text().strip() or self.tr("New customer")
        self.heading.setText(kind)
        self.setWindowTitle(f"{kind} — {name}[*]")
        self.setWindowModified(self._dirty)

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_title()

    # --- saving

    def typed_input(self) -> CustomerInput:
        """Everything typed on the card, as the customer service takes it."""
        return CustomerInput(**self.basic.values(), **self.attitude.values())

    def save(self) -> bool:
        """Check for duplicates, then store the card; on a mistake keep it open and show it."""
        self._errors.clear()
        self.banner.hide()
        data = self.typed_input()
        if self._needs_duplicate_check(data):
            try:
                hits = duplicates.find_duplicates(
                    self._db, data.phone, data.accounts, exclude_id=self.customer_id
                )
            except ValidationError as err:
                self._show_error(err)
                return False
            if hits and not self._confirm_duplicate(hits):
                return False
        created = self._card is None
        try:
            if self._card is None:
                card = customers.create_customer(self._db, data)
            else:
                card = customers.update_customer(self._db, self._card.id, data)
        except ValidationError as err:
            self._show_error(err)
            return False
        except CrmdeskError as err:
            self.banner.setText(str(err))
            self.banner.show()
            return False
        self._show_card(card)
        self.saved.emit(Changed(customer_ids=(card.id,), created=(card.id,) if created else ()))
        return True

    def _show_error(self, err: ValidationError) -> None:
        self.banner.setText(self._errors.show(err))
        self.banner.show()
        if err.row is not None and err.field == "accounts":
            self.basic.accounts.select_input_row(err.row)
        elif err.row is not None and err.field == "important_dates":
            self.attitude.dates.select_input_row(err.row)

    def _needs_duplicate_check(self, data: CustomerInput) -> bool:
        if not data.phone and not data.accounts:
            return False
        if self._card is None:
            return True
        old = self._card.data
        return data.phone != old.phone or {(a.platform, a.buyer_id) for a in data.accounts} != {
            (a.platform, a.buyer_id) for a in old.accounts
        }

    def _confirm_duplicate(self, hits: list[DuplicateHit]) -> bool:
        """Ask what to do about an existing card; True means save anyway."""
        first = hits[0]
        lines = []
        for hit in hits:
            if hit.reason == "phone":
                what = self.tr("phone %1").replace("%1", hit.detail)
            else:
                platform, _, buyer = hit.detail.partition(":")
                shown = hit.detail
                if buyer:
                    shown = f"{platform_name(platform.strip())}: {buyer.strip()}"
                what = self.tr("buyer ID %1").replace("%1", shown)
            lines.append(f"{hit.name} ({what})")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(
            self.tr(
                "A customer with this phone/buyer ID already exists: %1. Open the existing card?"
            ).replace("%1", "; ".join(lines))
        )
        role = QMessageBox.ButtonRole
        open_button = box.addButton(self.tr("Open existing card"), role.AcceptRole)
        save_button = box.addButton(self.tr("Save anyway"), role.DestructiveRole)
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.setEscapeButton(cancel_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_button:
            return True
        if clicked is open_button:
            self.openCustomerRequested.emit(first.customer_id)
            if self._card is None:
                # The unsaved new card is dropped: the owner went to the existing one.
                self._dirty = False
                self.reject()
        return False

    # --- orders and contacts (stored at once by their dialogs)

    def _orders_changed(self, changed: Changed) -> None:
        if self._card is not None:
            self._card = customers.get_customer(self._db, self._card.id)
            self._show_figures(self._card)
        self.saved.emit(changed)

    def _contacts_changed(self, changed: Changed) -> None:
        self.contacts.set_customer(self.customer_id)
        self.saved.emit(changed)

    # --- delete and close

    def _delete(self) -> None:
        if self._card is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move to recycle bin"),
            self.tr(
                "Move the card of %1 to the recycle bin? You can restore it from there."
            ).replace("%1", self._card.data.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changed = customers.delete_customers(self._db, [self._card.id])
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Move to recycle bin"), str(err))
            return
        self._dirty = False
        self.saved.emit(changed)
        self.reject()

    def reject(self) -> None:
        """Close; with unsaved changes, ask whether to save them first."""
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this card before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
            self._dirty = False
        super().reject()
