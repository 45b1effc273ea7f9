"""Merging two cards of the same customer: compare side by side, pick the one to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services import customers
from crmdesk.services.customers import Changed, CustomerCard
from crmdesk.ui.formatting import date_text, money, platform_name, status_name


class MergeDialog(QDialog):
    """Two cards side by side; the owner picks which to keep and confirms the merge."""

    #: The cards were merged (carries services.customers.Changed: kept id, removed id).
    merged = Signal(object)

    def __init__(
        self, db: Database, first_id: int, second_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Merge duplicate cards"))
        self.setMinimumWidth(720)
        self._cards = (
            customers.get_customer(db, first_id),
            customers.get_customer(db, second_id),
        )
        intro = QLabel(
            self.tr(
                "Choose the card to keep. The orders, contact records, tags, important dates, "
                "platform accounts and points of the other card move to it, its empty fields "
                "are filled in from the other card, and the other card is removed."
            )
        )
        intro.setWordWrap(True)
        self.choice = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        columns = QHBoxLayout()
        for position, card in enumerate(self._cards):
            columns.addWidget(self._column(position, card), 1)
        # Keep the card with more history by default: more orders, then the older one.
        default = max(
            range(2),
            key=lambda i: (self._cards[i].order_count, -self._cards[i].created_at.timestamp()),
        )
        self.keep_buttons[default].setChecked(True)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def _column(self, position: int, card: CustomerCard) -> QGroupBox:
        box = QGroupBox(self.tr("Card %1").replace("%1", str(position + 1)))
        form = QFormLayout(box)
        keep = QRadioButton(self.tr("Keep this card"))
        self.choice.addButton(keep, position)
        self.keep_buttons.append(keep)
        data = card.data
        accounts = "\n".join(f"{platform_name(a.platform)}: {a.buyer_id}" for a in data.accounts)
        rows = (
            (self.tr("Name"), data.name),
            (self.tr("Phone"), data.phone or ""),
            (self.tr("WeChat"), data.wechat or ""),
            (self.tr("Platform accounts"), accounts),
            (self.tr("Status"), status_name(card.relationship_status)),
            (self.tr("Orders"), str(card.order_count)),
            (self.tr("Total spend"), money(card.total_spend)),
            (self.tr("Last order"), date_text(card.last_order_at)),
            (self.tr("Tags"), ", ".join(data.tags)),
            (self.tr("Created"), date_text(card.created_at)),
        )
        form.addRow(keep)
        for title, value in rows:
            label = QLabel(value or "—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(title, label)
        return box

    @property
    def keep_id(self) -> int:
        """The id of the card chosen to keep."""
        return self._cards[self.choice.checkedId()].id

    @property
    def merge_id(self) -> int:
        """The id of the card that will be merged into the kept one and removed."""
        return self._cards[1 - self.choice.checkedId()].id

    def accept(self) -> None:
        """Confirm, merge through the customer service, report what changed."""
        keep = self._cards[self.choice.checkedId()]
        other = self._cards[1 - self.choice.checkedId()]
        answer = QMessageBox.question(
            self,
            self.tr("Merge duplicate cards"),
            self.tr("Merge the card of %1 into the card of %2? The card of %1 is removed.")
            .replace("%1", f"{other.data.name} (No. {other.id})")
            .replace("%2", f"{keep.data.name} (No. {keep.id})"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            customers.merge_customers(self._db, keep.id, other.id)
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Merge duplicate cards"), str(err))
            return
        self.merged.emit(Changed(customer_ids=(keep.id,), deleted=(other.id,)))
        super().accept()
