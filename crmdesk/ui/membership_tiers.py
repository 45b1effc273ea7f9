"""Membership ▸ Member tiers…: edit the tiers and rules, preview who moves, then apply."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError, ValidationError
from crmdesk.services import tier_rules, tiers
from crmdesk.services.tiers import TierInput, TierPreview, TierRow, TierRules, TiersChanged
from crmdesk.ui.membership_models import basis_names, moves_model, tiers_model
from crmdesk.ui.membership_tier_form import TierForm
from crmdesk.ui.tasks import run_task
from crmdesk.ui.widgets import FieldErrors, error_banner

_TIER_FIELD = re.compile(r"^tiers\[(\d+)\]\.?(.*)$")


class TiersDialog(QDialog):
    """The tier list and rules; Preview shows who would move, Apply stores and moves them."""

    #: Tiers were applied: carries services.tiers.TiersChanged.
    applied = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tiersDialog")
        self.setWindowTitle(self.tr("Member tiers"))
        self.resize(1120, 760)
        self._db = db
        self._rules = TierRules()
        self._new_ids = -1
        self._preview: TierPreview | None = None
        self._errors = FieldErrors()
        self.banner = error_banner()
        self.banner.setObjectName("tiersBanner")

        # --- rules
        self.basis = QComboBox()
        self.basis.setObjectName("tierBasis")
        for key, name in basis_names().items():
            self.basis.addItem(name, key)
        self.downgrade = QComboBox()
        self.downgrade.setObjectName("tierDowngrade")
        self.downgrade.addItem(self.tr("Never move customers down"), "never")
        self.downgrade.addItem(self.tr("Yearly review on a date"), "yearly")
        self.review_date = QDateEdit()
        self.review_date.setObjectName("tierReviewDate")
        self.review_date.setDisplayFormat("MM-dd")
        self.keep_applies = QCheckBox(self.tr("At the review, the keep threshold holds a tier"))
        self.keep_applies.setObjectName("tierKeepApplies")
        rules = QFormLayout()
        rules.addRow(self.tr("Tiers follow"), self.basis)
        review = QHBoxLayout()
        review.addWidget(self.downgrade, 1)
        review.addWidget(QLabel(self.tr("Review date")))
        review.addWidget(self.review_date)
        rules.addRow(self.tr("Downgrades"), review)
        rules.addRow("", self.keep_applies)

        # --- tier list and form
        self.model = tiers_model(lambda: self._rules.basis, self)
        self.table = QTableView()
        self.table.setObjectName("tiersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add tier"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_buttons)
        self.form = TierForm(self._errors)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 420])

        # --- what-if
        self.preview_box = QGroupBox(self.tr("What would change"))
        self.preview_label = QLabel(self.tr("Press Preview to see who would move up or down."))
        self.preview_label.setObjectName("previewSummary")
        self.preview_label.setWordWrap(True)
        self.moves = moves_model(lambda: self._rules.basis, self)
        self.moves_table = QTableView()
        self.moves_table.setObjectName("movesTable")
        self.moves_table.setModel(self.moves)
        self.moves_table.verticalHeader().hide()
        self.moves_table.horizontalHeader().setStretchLastSection(True)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.moves_table, 1)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewButton")
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setToolTip(self.tr("Preview first: Apply stores exactly what it showed"))
        self.close_button = QPushButton(self.tr("Close"))
        footer = QHBoxLayout()
        footer.addStretch(1)
        for button in (self.preview_button, self.apply_button, self.close_button):
            button.setAutoDefault(False)
            footer.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(rules)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 3)
        layout.addWidget(self.preview_box, 2)
        layout.addLayout(footer)

        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._select(cur.row())
        )
        self.form.changed.connect(self._form_edited)
        self.basis.activated.connect(self._rules_edited)
        self.downgrade.activated.connect(self._rules_edited)
        self.review_date.dateChanged.connect(self._rules_edited)
        self.keep_applies.toggled.connect(self._rules_edited)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.load()

    # --- loading and editing -----------------------------------------------------------
    def load(self) -> None:
        """Show the stored tiers and rules."""
        self._rules = tiers.get_rules(self._db)
        self._loading_rules(self._rules)
        self.model.set_rows(tiers.list_tiers(self._db))
        self._invalidate()
        self._select_row(0)

    def _loading_rules(self, rules: TierRules) -> None:
        for widget in (self.basis, self.downgrade, self.review_date, self.keep_applies):
            widget.blockSignals(True)
        self.basis.setCurrentIndex(max(self.basis.findData(rules.basis), 0))
        self.downgrade.setCurrentIndex(max(self.downgrade.findData(rules.downgrade), 0))
        month, day = (int(p) for p in rules.review_date.split("-"))
        self.review_date.setDate(QDate(2000, month, day))
        self.keep_applies.setChecked(rules.keep_applies)
        for widget in (self.basis, self.downgrade, self.review_date, self.keep_applies):
            widget.blockSignals(False)
        self._update_rule_widgets()

    def _update_rule_widgets(self) -> None:
        yearly = self.downgrade.currentData() == "yearly"
        self.review_date.setEnabled(yearly)
        self.keep_applies.setEnabled(yearly)
        self.form.set_basis(str(self.basis.currentData()))

    def typed_rules(self) -> TierRules:
        """The rules as chosen on the page."""
        return TierRules(
            basis=str(self.basis.currentData()),
            downgrade=str(self.downgrade.currentData()),
            review_date=self.review_date.date().toString("MM-dd"),
            keep_applies=self.keep_applies.isChecked(),
        )

    def _rules_edited(self) -> None:
        self._rules = self.typed_rules()
        self._update_rule_widgets()
        self._refresh_table()
        self._invalidate()

    def _current_row(self) -> int:
        return self.table.currentIndex().row()

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._select(self._current_row())

    def _select(self, row: int) -> None:
        tier = self.model.row_at(row)
        self.form.set_tier(tier.data if tier else None)
        self.remove_button.setEnabled(tier is not None and self.model.rowCount() > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _form_edited(self) -> None:
        row = self._current_row()
        current = self.model.row_at(row)
        self._invalidate()
        if current is None:
            return
        try:
            data = self.form.tier()
        except ValidationError:
            return  # shown when previewing; the list keeps the last good value
        rows = self.model.rows()
        rows[row] = replace(current, data=data)
        self._set_rows(rows, row)

    def _set_rows(self, rows: list[TierRow], row: int) -> None:
        self.model.set_rows([replace(t, position=i) for i, t in enumerate(rows)])
        self.table.selectionModel().blockSignals(True)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)

    def _refresh_table(self) -> None:
        self._set_rows(self.model.rows(), max(self._current_row(), 0))

    def _add(self) -> None:
        rows = self.model.rows()
        top = rows[-1].data.threshold if rows else 0
        data = TierInput(name=self.tr("New tier"), threshold=top + (top or 100))
        rows.append(TierRow(id=self._new_ids, position=len(rows), data=data, members=0))
        self._new_ids -= 1
        self._set_rows(rows, len(rows) - 1)
        self._select(len(rows) - 1)
        self.form.name.setFocus()
        self.form.name.selectAll()
        self._invalidate()

    def _remove(self) -> None:
        row = self._current_row()
        rows = self.model.rows()
        if not 0 <= row < len(rows) or len(rows) < 2:
            return
        rows.pop(row)
        self._set_rows(rows, min(row, len(rows) - 1))
        self._select(self._current_row())
        self._invalidate()

    def _move(self, step: int) -> None:
        row = self._current_row()
        rows = self.model.rows()
        other = row + step
        if not (0 <= row < len(rows) and 0 <= other < len(rows)):
            return
        rows[row], rows[other] = rows[other], rows[row]
        self._set_rows(rows, other)
        self._select(other)
        self._invalidate()

    # --- preview and apply ---------------------------------------------------------------
    def _invalidate(self) -> None:
        self._preview = None
        self.apply_button.setEnabled(False)

    def typed_tiers(self) -> list[TierInput]:
        """Every tier as edited (the form's tier read strictly), lowest first."""
        row = self._current_row()
        out = [t.data for t in self.model.rows()]
        if 0 <= row < len(out):
            out[row] = self.form.tier()
        return out

    def _show_error(self, err: CrmdeskError) -> None:
        self._errors.clear()
        message = str(err)
        if isinstance(err, ValidationError):
            match = _TIER_FIELD.match(err.field or "")
            if match:
                self._select_row(int(match.group(1)))
                err = ValidationError(str(err), match.group(2) or "name")
                self._errors.show(err)
                tier = self.model.row_at(int(match.group(1)))
                if tier is not None and tier.data.name not in message:
                    message = f"{tier.data.name}: {message}"
            else:
                message = self._errors.show(err)
        self.banner.setText(message)
        self.banner.show()

    def preview(self) -> None:
        """Work out who would move under the tiers and rules on the page (writes nothing)."""
        self._errors.clear()
        self.banner.hide()
        try:
            result = tier_rules.preview_rules(self._db, self.typed_tiers(), self.typed_rules())
        except CrmdeskError as err:
            self._show_error(err)
            return
        self._preview = result
        self.moves.set_rows([*result.up, *result.down])
        self.moves_table.resizeColumnsToContents()
        text = self.tr(
            "{up} customers would move up and {down} down; {same} stay where they are"
        ).format(up=result.up_count, down=result.down_count, same=result.unchanged)
        if result.locked:
            text += self.tr("; {n} locked by hand are left alone").format(n=result.locked)
        after = ", ".join(f"{name} {n}" for name, n in result.members_after.items())
        self.preview_label.setText(
            text + ". " + self.tr("Members afterwards: {list}").format(list=after)
        )
        self.apply_button.setEnabled(True)

    def apply(self) -> None:
        """Store the tiers and rules and move the customers the preview showed (off the UI)."""
        if self._preview is None:
            return
        data, rules, db = self.typed_tiers(), self.typed_rules(), self._db
        self.apply_button.setEnabled(False)
        run_task(
            self,
            self.tr("Applying the member tiers…"),
            lambda progress, cancel: tier_rules.apply_rules(db, data, rules),
            on_done=self._applied,
            on_error=self._apply_failed,
        )

    def _apply_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CrmdeskError):
            self._show_error(exc)
        else:
            from crmdesk.ui.errors import show_error

            show_error(self, exc)

    def _applied(self, changed: TiersChanged) -> None:
        row = max(self._current_row(), 0)
        self.load()
        self._select_row(row)
        message = self.tr("Saved. {up} customers moved up and {down} down.").format(
            up=changed.up, down=changed.down
        )
        if changed.reward_points:
            message += " " + self.tr("{n} entry reward points were given.").format(
                n=changed.reward_points
            )
        self.preview_label.setText(message)
        self.moves.set_rows([])
        self.applied.emit(changed)
