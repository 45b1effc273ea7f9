"""The form of one tier on the tiers page: name, colour, thresholds and benefits."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crmdesk.errors import ValidationError
from crmdesk.services.tiers import MONEY_BASES, TierInput
from crmdesk.ui.widgets import FieldErrors


def _tr(text: str) -> str:
    return QCoreApplication.translate("TierForm", text)


def parse_decimal(text: str, field: str, title: str, *, optional: bool = False) -> Decimal | None:
    """A number typed by the owner (``1,000``, ``¥500``, ``9.5``) as Decimal."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if not cleaned:
        if optional:
            return None
        cleaned = "0"
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ValidationError(_tr('"{value}" is not a number.').format(value=text.strip()), field)
    return value


def number_text(value: Decimal | None) -> str:
    """A Decimal without trailing zeros (500, 9.5); None -> empty."""
    if value is None:
        return ""
    return f"{value.normalize():f}"


class TierForm(QWidget):
    """Edits one :class:`TierInput`; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._color = "#888888"
        self._id: int | None = None
        self.name = QLineEdit()
        self.name.setObjectName("tierName")
        self.color_button = QPushButton()
        self.color_button.setObjectName("tierColor")
        self.color_button.setAutoDefault(False)
        self.threshold = QLineEdit()
        self.threshold.setObjectName("tierThreshold")
        self.keep = QLineEdit()
        self.keep.setObjectName("tierKeep")
        self.keep.setPlaceholderText(self.tr("same as the threshold"))
        self.unit_labels = (QLabel(), QLabel())
        self.discount = QLineEdit()
        self.discount.setObjectName("tierDiscount")
        self.discount.setPlaceholderText("10")
        self.discount.setToolTip(self.tr("In 折: 9.5 means 95% of the price; 10 is no discount."))
        self.multiplier = QLineEdit()
        self.multiplier.setObjectName("tierMultiplier")
        self.free_shipping = QCheckBox(self.tr("Free shipping"))
        self.free_shipping.setObjectName("tierFreeShipping")
        self.birthday_gift = QLineEdit()
        self.birthday_gift.setObjectName("tierBirthdayGift")
        self.entry_reward = QSpinBox()
        self.entry_reward.setObjectName("tierEntryReward")
        self.entry_reward.setRange(0, 1_000_000)
        self.entry_reward.setSuffix(self.tr(" points"))
        self.care_plan = QPlainTextEdit()
        self.care_plan.setObjectName("tierCarePlan")
        self.care_plan.setFixedHeight(60)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), errors.slot("name", self.name, self.tr("Name")))
        form.addRow(self.tr("Colour"), self.color_button)
        for edit, unit, field, title in (
            (self.threshold, self.unit_labels[0], "threshold", self.tr("Threshold")),
            (self.keep, self.unit_labels[1], "keep_threshold", self.tr("Keep tier at")),
        ):
            row = QHBoxLayout()
            row.addWidget(errors.slot(field, edit, title), 1)
            row.addWidget(unit)
            form.addRow(title, row)
        form.addRow(
            self.tr("Discount (折)"), errors.slot("discount", self.discount, self.tr("Discount"))
        )
        form.addRow(
            self.tr("Points multiplier"),
            errors.slot("points_multiplier", self.multiplier, self.tr("Points multiplier")),
        )
        form.addRow("", self.free_shipping)
        form.addRow(
            self.tr("Birthday gift"),
            errors.slot("birthday_gift", self.birthday_gift, self.tr("Birthday gift")),
        )
        form.addRow(
            self.tr("Entry reward"),
            errors.slot("entry_reward_points", self.entry_reward, self.tr("Entry reward")),
        )
        form.addRow(
            self.tr("Care plan"), errors.slot("care_plan", self.care_plan, self.tr("Care plan"))
        )
        for edit in (
            self.name,
            self.threshold,
            self.keep,
            self.discount,
            self.multiplier,
            self.birthday_gift,
        ):
            edit.textEdited.connect(self._edited)
        self.free_shipping.toggled.connect(self._edited)
        self.entry_reward.valueChanged.connect(self._edited)
        self.care_plan.textChanged.connect(self._edited)
        self.color_button.clicked.connect(self._pick_color)
        self.set_basis("total_spend")

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def set_basis(self, basis: str) -> None:
        """Show the unit of the thresholds for ``basis``."""
        unit = {
            "order_count": self.tr("orders"),
            "points_earned": self.tr("points"),
        }.get(basis, self.tr("yuan") if basis in MONEY_BASES else "")
        for label in self.unit_labels:
            label.setText(unit)

    def _show_color(self) -> None:
        self.color_button.setText(self._color)
        text = "#000" if QColor(self._color).lightness() > 140 else "#fff"
        self.color_button.setStyleSheet(f"background: {self._color}; color: {text};")

    def _pick_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("Tier colour"))
        if chosen.isValid():
            self._color = chosen.name()
            self._show_color()
            self._edited()

    def set_tier(self, tier: TierInput | None) -> None:
        """Show ``tier`` (None: an empty, disabled form)."""
        self._loading = True
        try:
            self.setEnabled(tier is not None)
            tier = tier or TierInput(name="", threshold=Decimal(0))
            self._id = tier.id
            self._color = tier.color
            self._show_color()
            self.name.setText(tier.name)
            self.threshold.setText(number_text(tier.threshold))
            self.keep.setText(number_text(tier.keep_threshold))
            self.discount.setText(number_text(tier.discount))
            self.multiplier.setText(number_text(tier.points_multiplier))
            self.free_shipping.setChecked(tier.free_shipping)
            self.birthday_gift.setText(tier.birthday_gift or "")
            self.entry_reward.setValue(tier.entry_reward_points)
            self.care_plan.setPlainText(tier.care_plan or "")
        finally:
            self._loading = False

    def tier(self) -> TierInput:
        """The tier as typed; a number that does not parse raises ValidationError."""
        threshold = parse_decimal(self.threshold.text(), "threshold", self.tr("Threshold"))
        keep = parse_decimal(
            self.keep.text(), "keep_threshold", self.tr("Keep tier at"), optional=True
        )
        discount = parse_decimal(self.discount.text() or "10", "discount", self.tr("Discount"))
        multiplier = parse_decimal(
            self.multiplier.text() or "1", "points_multiplier", self.tr("Points multiplier")
        )
        assert threshold is not None and discount is not None and multiplier is not None
        return TierInput(
            id=self._id,
            name=self.name.text().strip(),
            color=self._color,
            threshold=threshold,
            keep_threshold=keep,
            discount=discount,
            points_multiplier=multiplier,
            free_shipping=self.free_shipping.isChecked(),
            birthday_gift=self.birthday_gift.text().strip() or None,
            entry_reward_points=self.entry_reward.value(),
            care_plan=self.care_plan.toPlainText().strip() or None,
        )
