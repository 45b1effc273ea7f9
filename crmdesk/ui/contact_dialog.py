"""Adding or editing one contact record (接触记录) on a customer card."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError, ValidationError
from crmdesk.services import orders
from crmdesk.services.customers import Changed
from crmdesk.services.orders import ContactInput, ContactRow
from crmdesk.ui.card_labels import channel_names, complaint_status_names, contact_kind_names
from crmdesk.ui.order_dialog import from_qdatetime, to_qdatetime
from crmdesk.ui.widgets import (
    FieldErrors,
    FieldSlot,
    OptionalDateEdit,
    datetime_edit,
    error_banner,
    lay_out_form_dialog,
    text_box,
)


class ContactDialog(QDialog):
    """When, how, why, what was said and agreed; complaints also carry status and resolution."""

    def __init__(
        self,
        db: Database,
        customer_id: int,
        contact: ContactRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id = customer_id
        self._contact = contact
        self.result_changed: Changed | None = None
        self.setWindowTitle(
            self.tr("Edit contact record") if contact else self.tr("Add contact record")
        )
        self.setMinimumWidth(480)

        self._errors = FieldErrors()
        self.banner = error_banner()
        self.contacted_at = datetime_edit()
        self.channel = QComboBox()
        for key, name in channel_names().items():
            self.channel.addItem(name, key)
        self.kind = QComboBox()
        for key, name in contact_kind_names().items():
            self.kind.addItem(name, key)
        self.summary = text_box(80, self.tr("What was it about?"))
        self.result = text_box(60, self.tr("What came of it (optional)"))
        self.follow_up_on = OptionalDateEdit()
        self.complaint_status = QComboBox()
        for key, name in complaint_status_names().items():
            self.complaint_status.addItem(name, key)
        self.resolution = text_box(60)

        form = QFormLayout()
        errors = self._errors
        errors.add_rows(
            form,
            (
                ("contacted_at", self.contacted_at, self.tr("When")),
                ("channel", self.channel, self.tr("Channel")),
                ("kind", self.kind, self.tr("Type")),
                ("summary", self.summary, self.tr("Summary")),
                ("result", self.result, self.tr("Result")),
            ),
        )
        follow_slot = errors.slot("follow_up_on", self.follow_up_on, self.tr("Follow up on"))
        errors.add(
            "follow_up_on",
            self.follow_up_on.date_edit,
            self.tr("Follow up on"),
            follow_slot.error_label,
        )
        form.addRow(self.tr("Follow up on"), follow_slot)
        self._complaint_rows: list[tuple[QLabel, FieldSlot]] = []
        for field, widget, title in (
            ("complaint_status", self.complaint_status, self.tr("Complaint status")),
            ("resolution", self.resolution, self.tr("Resolution")),
        ):
            label = QLabel(title)
            slot = errors.slot(field, widget, title)
            form.addRow(label, slot)
            self._complaint_rows.append((label, slot))

        self.buttons = lay_out_form_dialog(self, self.banner, form)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        if contact is None:
            self.contacted_at.setDateTime(QDateTime.currentDateTime())
            self.kind.setCurrentIndex(self.kind.findData("follow_up"))
        else:
            self._show(contact.data)
        self._kind_changed()
        self.summary.setFocus()

    def _show(self, data: ContactInput) -> None:
        self.contacted_at.setDateTime(to_qdatetime(data.contacted_at))
        self.channel.setCurrentIndex(max(0, self.channel.findData(data.channel)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.summary.setPlainText(data.summary)
        self.result.setPlainText(data.result or "")
        self.follow_up_on.setDate(data.follow_up_on)
        if data.complaint_status:
            self.complaint_status.setCurrentIndex(
                max(0, self.complaint_status.findData(data.complaint_status))
            )
        self.resolution.setPlainText(data.resolution or "")

    def _kind_changed(self) -> None:
        complaint = self.kind.currentData() == "complaint"
        for label, slot in self._complaint_rows:
            label.setVisible(complaint)
            slot.setVisible(complaint)

    def contact_input(self) -> ContactInput:
        """The contact record as typed."""
        complaint = self.kind.currentData() == "complaint"
        return ContactInput(
            contacted_at=from_qdatetime(self.contacted_at.dateTime()),
            channel=self.channel.currentData(),
            kind=self.kind.currentData(),
            summary=self.summary.toPlainText().strip(),
            result=self.result.toPlainText().strip() or None,
            follow_up_on=self.follow_up_on.date(),
            complaint_status=self.complaint_status.currentData() if complaint else None,
            resolution=(self.resolution.toPlainText().strip() or None) if complaint else None,
        )

    def accept(self) -> None:
        """Save through the service; on a mistake, stay open and show it."""
        self._errors.clear()
        self.banner.hide()
        try:
            data = self.contact_input()
            if self._contact is None:
                self.result_changed = orders.add_contact(self._db, self._customer_id, data)
            else:
                self.result_changed = orders.update_contact(self._db, self._contact.id, data)
        except ValidationError as err:
            self.banner.setText(self._errors.show(err))
            self.banner.show()
            return
        except CrmdeskError as err:
            self.banner.setText(str(err))
            self.banner.show()
            return
        super().accept()
