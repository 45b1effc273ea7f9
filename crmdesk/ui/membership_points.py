"""Membership ▸ Points settings… and Points summary… (with the Excel exports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError, ValidationError
from crmdesk.services import points, points_lots, points_report
from crmdesk.services.points import BONUS_KINDS, PointsRules
from crmdesk.services.points_lots import ExpiryResult
from crmdesk.ui import formatting
from crmdesk.ui.tasks import run_task
from crmdesk.ui.widgets import FieldErrors, error_banner


def _spin(name: str, maximum: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, maximum)
    box.setSuffix(suffix)
    return box


class PointsSettingsDialog(QDialog):
    """Rate, waiting period, expiry, bonuses and the scheme's start; Run expiry now."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointsSettings")
        self.setWindowTitle(self.tr("Points settings"))
        self._db = db
        self._errors = FieldErrors()
        self.banner = error_banner()
        self.rate = QLineEdit()
        self.rate.setObjectName("pointsRate")
        self.freeze = _spin("pointsFreeze", 3650, self.tr(" days"))
        self.expiry = QComboBox()
        self.expiry.setObjectName("pointsExpiry")
        self.expiry.addItem(self.tr("Never"), "never")
        self.expiry.addItem(self.tr("After a number of months"), "months")
        self.expiry.addItem(self.tr("At the end of the year after earning"), "year_end_next")
        self.months = _spin("pointsExpiryMonths", 240, self.tr(" months"))
        self.months.setMinimum(1)
        self.soon = _spin("pointsSoonDays", 365, self.tr(" days"))
        self.historic = QCheckBox(self.tr("Orders from before the start date earn points too"))
        self.historic.setObjectName("pointsHistoric")
        self.start = QDateEdit()
        self.start.setObjectName("pointsStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.has_start = QCheckBox(self.tr("The scheme started on"))
        self.has_start.setObjectName("pointsHasStart")
        self.bonuses = {k: _spin(f"bonus_{k}", 1_000_000, self.tr(" points")) for k in BONUS_KINDS}
        titles = {
            "join": self.tr("Joining"),
            "birthday": self.tr("Birthday month"),
            "survey": self.tr("Finished survey"),
            "referral": self.tr("Referral"),
            "review": self.tr("Review"),
        }
        form = QFormLayout()
        form.addRow(
            self.tr("Points per yuan"),
            self._errors.slot("per_yuan", self.rate, self.tr("Points per yuan")),
        )
        form.addRow(self.tr("Waiting period"), self.freeze)
        expiry = QHBoxLayout()
        expiry.addWidget(self.expiry, 1)
        expiry.addWidget(self.months)
        form.addRow(self.tr("Points expire"), expiry)
        form.addRow(self.tr("Warn when expiring within"), self.soon)
        start = QHBoxLayout()
        start.addWidget(self.has_start)
        start.addWidget(self.start)
        start.addStretch(1)
        form.addRow(self.tr("Start"), start)
        form.addRow("", self.historic)
        bonus_box = QGroupBox(self.tr("Bonuses"))
        bonus_form = QFormLayout(bonus_box)
        for kind, box in self.bonuses.items():
            bonus_form.addRow(titles[kind], box)
        self.expiry_button = QPushButton(self.tr("Run expiry now"))
        self.expiry_button.setObjectName("runExpiryButton")
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("expiryResult")
        self.expiry_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("savePointsButton")
        self.close_button = QPushButton(self.tr("Close"))
        footer = QHBoxLayout()
        footer.addWidget(self.expiry_button)
        footer.addStretch(1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)
        for button in (self.expiry_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(bonus_box)
        layout.addWidget(self.expiry_label)
        layout.addLayout(footer)
        self.expiry.currentIndexChanged.connect(self._update)
        self.has_start.toggled.connect(self._update)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.expiry_button.clicked.connect(self.run_expiry)
        self._rules = points.get_rules(db)
        self._fill(self._rules)

    def _fill(self, rules: PointsRules) -> None:
        self.rate.setText(f"{rules.per_yuan.normalize():f}")
        self.freeze.setValue(rules.freeze_days)
        self.expiry.setCurrentIndex(max(self.expiry.findData(rules.expiry), 0))
        self.months.setValue(rules.expiry_months)
        self.soon.setValue(rules.expiring_soon_days)
        self.historic.setChecked(rules.award_historic)
        self.has_start.setChecked(rules.start_date is not None)
        day = rules.start_date or dt.date.today()
        self.start.setDate(QDate(day.year, day.month, day.day))
        for kind, box in self.bonuses.items():
            box.setValue(rules.bonus(kind))
        self._update()

    def _update(self) -> None:
        self.months.setEnabled(self.expiry.currentData() == "months")
        self.start.setEnabled(self.has_start.isChecked())
        self.historic.setEnabled(self.has_start.isChecked())

    def typed(self) -> PointsRules:
        """The settings as typed; a rate that is not a number raises ValidationError."""
        try:
            rate = Decimal(self.rate.text().strip() or "0")
        except InvalidOperation:
            raise ValidationError(
                self.tr('"{value}" is not a number.').format(value=self.rate.text()), "per_yuan"
            ) from None
        start = self.start.date().toPython() if self.has_start.isChecked() else None
        return replace(
            self._rules,
            per_yuan=rate,
            freeze_days=self.freeze.value(),
            expiry=str(self.expiry.currentData()),
            expiry_months=self.months.value(),
            expiring_soon_days=self.soon.value(),
            award_historic=self.historic.isChecked() and start is not None,
            start_date=start,  # type: ignore[arg-type]
            **{f"bonus_{k}": box.value() for k, box in self.bonuses.items()},
        )

    def save(self) -> bool:
        """Store the settings; they apply to points written from now on."""
        self._errors.clear()
        self.banner.hide()
        try:
            self._rules = points.save_rules(self._db, self.typed())
        except ValidationError as err:
            self.banner.setText(self._errors.show(err))
            self.banner.show()
            return False
        self.accept()
        return True

    def run_expiry(self) -> None:
        """Expire the points past their date (off the UI thread) and say what happened."""
        db = self._db
        self.expiry_button.setEnabled(False)

        def done(result: ExpiryResult) -> None:
            self.expiry_button.setEnabled(True)
            if result.points:
                text = self.tr("{points} points of {n} customers expired.").format(
                    points=result.points, n=len(result.customer_ids)
                )
            else:
                text = self.tr("No points were due to expire.")
            self.expiry_label.setText(text)

        def failed(exc: BaseException) -> None:
            self.expiry_button.setEnabled(True)
            from crmdesk.ui.errors import show_error

            show_error(self, exc)

        run_task(
            self,
            self.tr("Expiring points…"),
            lambda progress, cancel: points_lots.run_expiry(db, progress=progress, cancel=cancel),
            on_done=done,
            on_error=failed,
            on_cancelled=lambda: self.expiry_button.setEnabled(True),
        )


class PointsSummaryDialog(QDialog):
    """Issued, redeemed, expired and outstanding points; export the ledger or balances."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointsSummary")
        self.setWindowTitle(self.tr("Points summary"))
        self._db = db
        self.figures: dict[str, QLabel] = {}
        form = QFormLayout()
        titles = {
            "issued": self.tr("Issued"),
            "earned": self.tr("  of which earned by orders"),
            "bonus": self.tr("  of which bonuses"),
            "redeemed": self.tr("Redeemed"),
            "expired": self.tr("Expired"),
            "reversed": self.tr("Reversed (refunds)"),
            "adjusted_down": self.tr("Adjusted down"),
            "outstanding": self.tr("Outstanding (what customers hold)"),
            "customers_with_points": self.tr("Customers holding points"),
            "liability_value": self.tr("Worth as cash deduction"),
        }
        for key, title in titles.items():
            label = QLabel()
            label.setObjectName(f"summary_{key}")
            if key == "outstanding":
                label.setStyleSheet("font-weight: 600;")
            self.figures[key] = label
            form.addRow(title, label)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.ledger_button = QPushButton(self.tr("Export ledger…"))
        self.ledger_button.setObjectName("exportLedgerButton")
        self.balances_button = QPushButton(self.tr("Export balances…"))
        self.balances_button.setObjectName("exportBalancesButton")
        self.close_button = QPushButton(self.tr("Close"))
        footer = QHBoxLayout()
        footer.addWidget(self.ledger_button)
        footer.addWidget(self.balances_button)
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        for button in (self.ledger_button, self.balances_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(footer)
        self.ledger_button.clicked.connect(lambda: self.export("ledger"))
        self.balances_button.clicked.connect(lambda: self.export("balances"))
        self.close_button.clicked.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        """Read the figures again."""
        summary = points_report.points_summary(self._db)
        for key, label in self.figures.items():
            value = getattr(summary, key)
            if key == "liability_value":
                label.setText(formatting.money(value) if value is not None else "—")
            else:
                label.setText(f"{value:,}")

    def export(self, what: str, path: str | None = None) -> None:
        """Ask where, then write the ledger or balances workbook off the UI thread."""
        if path is None:
            default = self.tr("points ledger") if what == "ledger" else self.tr("points balances")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), f"{default}.xlsx", self.tr("Excel (*.xlsx)")
            )
            if not path:
                return
        db = self._db
        fn = points_report.export_ledger if what == "ledger" else points_report.export_balances
        self.status.setText("")
        run_task(
            self,
            self.tr("Exporting…"),
            lambda progress, cancel: fn(db, path, progress=progress, cancel=cancel),
            on_done=self._exported,
            on_error=self._failed,
        )

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved to {path}").format(path=str(path)))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CrmdeskError):
            self.status.setText(str(exc))
        else:
            from crmdesk.ui.errors import show_error

            show_error(self, exc)
