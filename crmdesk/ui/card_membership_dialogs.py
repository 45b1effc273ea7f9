"""The card's membership actions: redeem a reward, add a bonus, adjust points, lock a tier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError, ValidationError
from crmdesk.services import points, points_entries, rewards, tier_rules
from crmdesk.services.points import BONUS_KINDS
from crmdesk.services.tiers import TierRow
from crmdesk.ui.widgets import FieldErrors, error_banner


class _ActionDialog(QDialog):
    """A small form with OK/Cancel; OK runs the service call and stays open on a mistake."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        self.banner = error_banner()
        self.banner.setObjectName("actionBanner")
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.result_value: Any = None

    def run(self) -> Any:
        """Do the action; raise CrmdeskError on a mistake (shown in the banner)."""
        raise NotImplementedError

    def _ok(self) -> None:
        self.errors.clear()
        self.banner.hide()
        try:
            self.result_value = self.run()
        except ValidationError as err:
            self.banner.setText(self.errors.show(err))
            self.banner.show()
            return
        except CrmdeskError as err:
            self.banner.setText(str(err))
            self.banner.show()
            return
        self.accept()


class RedeemDialog(_ActionDialog):
    """Pick a reward and a quantity; the service checks stock and usable points."""

    def __init__(
        self, db: Database, customer_id: int, available: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Redeem reward"), parent)
        self.setObjectName("redeemDialog")
        self._db = db
        self._customer_id = customer_id
        self._available = available
        self.reward = QComboBox()
        self.reward.setObjectName("redeemReward")
        self._rows = rewards.list_rewards(db)
        for row in self._rows:
            stock = self.tr("unlimited") if row.data.stock is None else str(row.data.stock)
            self.reward.addItem(
                self.tr("{name} — {cost} points (in stock: {stock})").format(
                    name=row.data.name, cost=row.data.points_cost, stock=stock
                ),
                row.id,
            )
        self.quantity = QSpinBox()
        self.quantity.setObjectName("redeemQuantity")
        self.quantity.setRange(1, 100_000)
        self.note = QLineEdit()
        self.note.setObjectName("redeemNote")
        self.cost_label = QLabel()
        self.cost_label.setObjectName("redeemCost")
        self.form.addRow(
            self.tr("Reward"), self.errors.slot("reward", self.reward, self.tr("Reward"))
        )
        self.form.addRow(
            self.tr("Quantity"), self.errors.slot("quantity", self.quantity, self.tr("Quantity"))
        )
        self.form.addRow(self.tr("Note"), self.errors.slot("note", self.note, self.tr("Note")))
        self.form.addRow("", self.cost_label)
        self.errors.add("stock", self.quantity, self.tr("Stock"))
        self.errors.add("points", self.quantity, self.tr("Points"))
        self.reward.currentIndexChanged.connect(self._update)
        self.quantity.valueChanged.connect(self._update)
        if not self._rows:
            self.banner.setText(self.tr("The rewards catalogue is empty: add rewards first."))
            self.banner.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._update()

    def _update(self) -> None:
        row = next((r for r in self._rows if r.id == self.reward.currentData()), None)
        cost = row.data.points_cost * self.quantity.value() if row else 0
        self.cost_label.setText(
            self.tr("Costs {cost} points; {available} usable now.").format(
                cost=cost, available=self._available
            )
        )

    def run(self) -> Any:
        return rewards.redeem(
            self._db,
            self._customer_id,
            int(self.reward.currentData()),
            self.quantity.value(),
            note=self.note.text().strip() or None,
        )


def bonus_names() -> dict[str, str]:
    """Bonus kind -> owner-facing name."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("Membership", text)

    return {
        "join": tr("Joining bonus"),
        "birthday": tr("Birthday month bonus"),
        "survey": tr("Survey bonus"),
        "referral": tr("Referral bonus"),
        "review": tr("Review bonus"),
    }


class BonusDialog(_ActionDialog):
    """Credit one of the shop's bonuses (its default points, which the owner may change)."""

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add bonus"), parent)
        self.setObjectName("bonusDialog")
        self._db = db
        self._customer_id = customer_id
        self._rules = points.get_rules(db)
        self.kind = QComboBox()
        self.kind.setObjectName("bonusKind")
        for kind, title in bonus_names().items():
            if kind in BONUS_KINDS:
                self.kind.addItem(title, kind)
        self.amount = QSpinBox()
        self.amount.setObjectName("bonusPoints")
        self.amount.setRange(0, 1_000_000)
        self.amount.setSuffix(self.tr(" points"))
        self.note = QLineEdit()
        self.note.setObjectName("bonusNote")
        self.form.addRow(self.tr("Bonus"), self.errors.slot("kind", self.kind, self.tr("Bonus")))
        self.form.addRow(
            self.tr("Points"), self.errors.slot("points", self.amount, self.tr("Points"))
        )
        self.form.addRow(self.tr("Note"), self.errors.slot("note", self.note, self.tr("Note")))
        self.kind.currentIndexChanged.connect(
            lambda: self.amount.setValue(self._rules.bonus(str(self.kind.currentData())))
        )
        self.amount.setValue(self._rules.bonus(str(self.kind.currentData())))

    def run(self) -> Any:
        written = points_entries.add_bonus(
            self._db,
            self._customer_id,
            str(self.kind.currentData()),
            self.amount.value(),
            note=self.note.text().strip() or None,
        )
        if written is None:
            raise CrmdeskError(self.tr("Nothing was added: this bonus was already given."))
        return written


class AdjustDialog(_ActionDialog):
    """A manual adjustment up or down; the reason is required."""

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adjust points"), parent)
        self.setObjectName("adjustDialog")
        self._db = db
        self._customer_id = customer_id
        self.amount = QSpinBox()
        self.amount.setObjectName("adjustPoints")
        self.amount.setRange(-10_000_000, 10_000_000)
        self.amount.setToolTip(self.tr("Negative takes points away"))
        self.reason = QLineEdit()
        self.reason.setObjectName("adjustReason")
        self.reason.setPlaceholderText(self.tr("Why (required)"))
        self.form.addRow(
            self.tr("Points (+/−)"), self.errors.slot("points", self.amount, self.tr("Points"))
        )
        self.form.addRow(
            self.tr("Reason"), self.errors.slot("reason", self.reason, self.tr("Reason"))
        )

    def run(self) -> Any:
        return points_entries.adjust(
            self._db, self._customer_id, self.amount.value(), self.reason.text()
        )


class LockDialog(_ActionDialog):
    """Put the customer on a tier by hand and keep them there, with a reason."""

    def __init__(
        self,
        db: Database,
        customer_id: int,
        tiers: list[TierRow],
        current: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lock tier"), parent)
        self.setObjectName("lockDialog")
        self._db = db
        self._customer_id = customer_id
        self.tier = QComboBox()
        self.tier.setObjectName("lockTier")
        for row in tiers:
            self.tier.addItem(row.data.name, row.id)
        if current is not None:
            self.tier.setCurrentIndex(max(self.tier.findData(current), 0))
        self.reason = QLineEdit()
        self.reason.setObjectName("lockReason")
        self.reason.setPlaceholderText(self.tr("Why (required)"))
        self.form.addRow(self.tr("Tier"), self.tier)
        self.form.addRow(
            self.tr("Reason"), self.errors.slot("reason", self.reason, self.tr("Reason"))
        )

    def run(self) -> Any:
        return tier_rules.lock_tier(
            self._db, self._customer_id, int(self.tier.currentData()), self.reason.text()
        )


def run_dialog(dialog: _ActionDialog, done: Callable[[Any], None]) -> None:
    """Show ``dialog`` modally; call ``done`` with what the action returned when accepted."""
    if dialog.exec() == QDialog.DialogCode.Accepted:
        done(dialog.result_value)
    dialog.deleteLater()
