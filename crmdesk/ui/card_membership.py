"""The card's Membership tab (会员): tier and benefits, progress, points and the ledger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services import membership, points_entries, tier_rules, tiers
from crmdesk.services.customers import Changed
from crmdesk.services.membership import MembershipCard
from crmdesk.services.tiers import TierChangeRow, TierInput
from crmdesk.ui import formatting
from crmdesk.ui.card_membership_dialogs import (
    AdjustDialog,
    BonusDialog,
    LockDialog,
    RedeemDialog,
    run_dialog,
)
from crmdesk.ui.errors import show_error
from crmdesk.ui.membership_models import (
    basis_names,
    basis_value_text,
    discount_text,
    ledger_model,
    row_column,
)
from crmdesk.ui.table_model import RowsModel

_VALUE_STYLE = "font-size: 15px; font-weight: 600;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardMembership", text)


def _reason_names() -> dict[str, str]:
    return {
        "rule": _tr("Upgrade by the rules"),
        "review": _tr("Yearly review"),
        "rule_change": _tr("Tier rules changed"),
        "manual": _tr("Set by hand"),
    }


def history_model(parent: Any = None) -> RowsModel[TierChangeRow]:
    """A customer's tier changes (from, to, when, why)."""
    reasons = _reason_names()
    return RowsModel(
        [
            row_column(_tr("When"), lambda r: formatting.datetime_text(r.changed_at)),
            row_column(_tr("From"), lambda r: r.from_tier or "—"),
            row_column(_tr("To"), lambda r: r.to_tier or "—"),
            row_column(_tr("Why"), lambda r: reasons.get(r.reason, r.reason)),
            row_column(_tr("Note"), lambda r: r.note or ""),
        ],
        parent,
    )


def benefits_text(tier: TierInput) -> str:
    """A tier's benefits in one line."""
    parts = [discount_text(tier.discount)]
    parts.append(_tr("points × {m}").format(m=f"{tier.points_multiplier.normalize():f}"))
    if tier.free_shipping:
        parts.append(_tr("free shipping"))
    if tier.birthday_gift:
        parts.append(_tr("birthday gift: {gift}").format(gift=tier.birthday_gift))
    if tier.care_plan:
        parts.append(_tr("care: {plan}").format(plan=tier.care_plan))
    return " · ".join(parts)


def _value_label(name: str, style: str = _VALUE_STYLE) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class MembershipTab(QWidget):
    """Shows :func:`membership.membership_card` of one customer and its actions."""

    #: Points or tier changed: carries services.customers.Changed.
    changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id: int | None = None
        self.card: MembershipCard | None = None
        self.tier_label = _value_label("tierName", "font-size: 16px; font-weight: 700;")
        self.tier_label.setWordWrap(False)
        self.lock_label = _value_label("tierLock", "color: #8a5a00;")
        self.benefits_label = _value_label("tierBenefits", "")
        self.progress_label = _value_label("tierProgress", "")
        self.lock_button = QPushButton(self.tr("Lock tier…"))
        self.lock_button.setObjectName("lockTierButton")
        self.unlock_button = QPushButton(self.tr("Unlock tier"))
        self.unlock_button.setObjectName("unlockTierButton")
        tier_box = QGroupBox(self.tr("Tier"))
        tier_layout = QVBoxLayout(tier_box)
        top = QHBoxLayout()
        top.addWidget(self.tier_label)
        top.addStretch(1)
        top.addWidget(self.lock_button)
        top.addWidget(self.unlock_button)
        tier_layout.addLayout(top)
        for label in (self.lock_label, self.benefits_label, self.progress_label):
            tier_layout.addWidget(label)

        self.balance_label = _value_label("pointsBalance")
        self.available_label = _value_label("pointsAvailable")
        self.frozen_label = _value_label("pointsFrozen")
        self.expiring_label = _value_label("pointsExpiring")
        points_box = QGroupBox(self.tr("Points"))
        grid = QGridLayout(points_box)
        for col, (title, label) in enumerate(
            (
                (self.tr("Balance"), self.balance_label),
                (self.tr("Usable now"), self.available_label),
                (self.tr("Waiting period"), self.frozen_label),
                (self.tr("Expiring soon"), self.expiring_label),
            )
        ):
            caption = QLabel(title)
            caption.setStyleSheet("color: #555;")
            grid.addWidget(caption, 0, col)
            grid.addWidget(label, 1, col)
        self.redeem_button = QPushButton(self.tr("Redeem reward…"))
        self.redeem_button.setObjectName("redeemButton")
        self.bonus_button = QPushButton(self.tr("Add bonus…"))
        self.bonus_button.setObjectName("bonusButton")
        self.adjust_button = QPushButton(self.tr("Adjust points…"))
        self.adjust_button.setObjectName("adjustButton")
        buttons = QHBoxLayout()
        for button in (self.redeem_button, self.bonus_button, self.adjust_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 4)

        self.ledger = ledger_model(self)
        self.ledger_table = self._table(self.ledger, "ledgerTable")
        self.history = history_model(self)
        self.history_table = self._table(self.history, "tierHistoryTable")
        self.lists = QTabWidget()
        self.lists.addTab(self.ledger_table, self.tr("Points ledger"))
        self.lists.addTab(self.history_table, self.tr("Tier history"))
        self.message = _value_label("membershipMessage", "color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(tier_box)
        layout.addWidget(points_box)
        layout.addWidget(self.lists, 1)

        self.lock_button.clicked.connect(self.lock)
        self.unlock_button.clicked.connect(self.unlock)
        self.redeem_button.clicked.connect(self.redeem)
        self.bonus_button.clicked.connect(self.add_bonus)
        self.adjust_button.clicked.connect(self.adjust)
        self.show_customer(None)

    @staticmethod
    def _table(model: RowsModel[Any], name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- showing ---------------------------------------------------------------------
    def show_customer(self, customer_id: int | None, today: dt.date | None = None) -> None:
        """Show the membership of ``customer_id`` (None: a card not saved yet)."""
        self._customer_id = customer_id
        card = None
        message = ""
        if customer_id is None:
            message = self.tr("Save the card first: membership follows its orders.")
        else:
            try:
                card = membership.membership_card(self._db, customer_id, today)
                self.ledger.set_rows(list(reversed(points_entries.ledger(self._db, customer_id))))
                self.history.set_rows(tiers.tier_history(self._db, customer_id))
            except CrmdeskError as err:
                message = str(err)
        self.card = card
        if card is None:
            self.ledger.set_rows([])
            self.history.set_rows([])
        self.message.setText(message)
        self.message.setVisible(bool(message))
        for button in (
            self.lock_button,
            self.unlock_button,
            self.redeem_button,
            self.bonus_button,
            self.adjust_button,
        ):
            button.setEnabled(card is not None)
        self._show_tier(card)
        self._show_points(card)

    def _show_tier(self, card: MembershipCard | None) -> None:
        tier = card.tier if card else None
        if tier is None:
            self.tier_label.setText(self.tr("No tier"))
            self.tier_label.setStyleSheet("font-size: 16px; font-weight: 700;")
            self.benefits_label.setText("")
        else:
            color = QColor(tier.data.color)
            text = "#000" if color.lightness() > 150 else "#fff"
            self.tier_label.setText(tier.data.name)
            self.tier_label.setStyleSheet(
                f"font-size: 16px; font-weight: 700; background: {tier.data.color};"
                f" color: {text}; padding: 3px 10px; border-radius: 4px;"
            )
            self.benefits_label.setText(self.tr("Benefits: ") + benefits_text(tier.data))
        locked = card is not None and card.locked
        self.lock_label.setText(
            self.tr("Locked by hand: {reason}").format(reason=card.lock_reason or "")
            if locked and card
            else ""
        )
        self.lock_label.setVisible(locked)
        self.unlock_button.setVisible(locked)
        self.lock_button.setText(self.tr("Change lock…") if locked else self.tr("Lock tier…"))
        self.progress_label.setText(self._progress_text(card) if card else "")

    def _progress_text(self, card: MembershipCard) -> str:
        basis = card.basis
        lines = [
            self.tr("{basis}: {value}").format(
                basis=basis_names().get(basis, basis), value=basis_value_text(basis, card.value)
            )
        ]
        if card.locked:
            lines.append(self.tr("Locked: the rules do not move this customer."))
        elif card.next_tier is not None and card.to_next is not None:
            lines.append(
                self.tr("{more} more to reach {tier}.").format(
                    more=basis_value_text(basis, card.to_next), tier=card.next_tier.data.name
                )
            )
        elif card.tier is not None:
            lines.append(self.tr("Already in the highest tier."))
        if card.keep_needed is not None and card.tier is not None:
            day = formatting.date_text(card.next_review)
            if card.keep_needed > 0:
                lines.append(
                    self.tr("{more} more by the review on {day} to keep {tier}.").format(
                        more=basis_value_text(basis, card.keep_needed),
                        day=day,
                        tier=card.tier.data.name,
                    )
                )
            else:
                lines.append(
                    self.tr("Keeps {tier} at the review on {day}.").format(
                        tier=card.tier.data.name, day=day
                    )
                )
        return "\n".join(lines)

    def _show_points(self, card: MembershipCard | None) -> None:
        p = card.points if card else None
        self.balance_label.setText(f"{p.balance:,}" if p else "—")
        self.available_label.setText(f"{p.available:,}" if p else "—")
        if p and p.frozen:
            self.frozen_label.setText(
                self.tr("{n} (usable from {day})").format(
                    n=f"{p.frozen:,}", day=formatting.date_text(p.next_available_on)
                )
            )
        else:
            self.frozen_label.setText("0" if p else "—")
        if p and p.expiring_soon:
            self.expiring_label.setText(
                self.tr("{n} by {day}").format(
                    n=f"{p.expiring_soon:,}", day=formatting.date_text(p.expiring_on)
                )
            )
            self.expiring_label.setStyleSheet(_VALUE_STYLE + " color: #c2410c;")
        else:
            self.expiring_label.setText("0" if p else "—")
            self.expiring_label.setStyleSheet(_VALUE_STYLE)

    # --- actions ---------------------------------------------------------------------
    def _done(self, _result: object = None) -> None:
        if self._customer_id is None:
            return
        self.show_customer(self._customer_id)
        self.changed.emit(Changed(customer_ids=(self._customer_id,)))

    def redeem(self) -> None:
        """Redeem reward…"""
        if self._customer_id is None or self.card is None:
            return
        available = self.card.points.available
        run_dialog(RedeemDialog(self._db, self._customer_id, available, self), self._done)

    def add_bonus(self) -> None:
        """Add bonus…"""
        if self._customer_id is not None:
            run_dialog(BonusDialog(self._db, self._customer_id, self), self._done)

    def adjust(self) -> None:
        """Adjust points…"""
        if self._customer_id is not None:
            run_dialog(AdjustDialog(self._db, self._customer_id, self), self._done)

    def lock(self) -> None:
        """Lock tier… (or change the lock)."""
        if self._customer_id is None:
            return
        current = self.card.tier.id if self.card and self.card.tier else None
        rows = tiers.list_tiers(self._db)
        run_dialog(LockDialog(self._db, self._customer_id, rows, current, self), self._done)

    def unlock(self) -> None:
        """Let the rules move this customer again."""
        if self._customer_id is None:
            return
        try:
            tier_rules.unlock_tier(self._db, self._customer_id)
        except CrmdeskError as err:
            show_error(self, err)
            return
        self._done()
