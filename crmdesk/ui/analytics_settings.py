"""Analysis ▸ Analysis settings…: every threshold of the analytics, and what a change moved."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.services.analytics import RecomputeDiff, analytics_params, set_analytics_params
from crmdesk.services.analytics_rules import AnalyticsParams
from crmdesk.services.analytics_text import label
from crmdesk.ui.shop_summary import kind_titles
from crmdesk.ui.tasks import run_task

#: Customer id of a row in the moved list.
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def field_specs() -> list[tuple[str, str, str, int, int]]:
    """(field, title, unit suffix, minimum, maximum) for each parameter, as the page shows."""
    tr = QCoreApplication.translate
    days, orders, pct = tr("Analysis", " days"), tr("Analysis", " orders"), " %"
    years = tr("Analysis", " years")
    return [
        ("churn_days", tr("Analysis", "Lost after no order for"), days, 1, 36500),
        (
            "loyal_min_orders",
            tr("Analysis", "Loyal customer: valid orders at least"),
            orders,
            1,
            1000,
        ),
        ("loyal_min_orders_12m", tr("Analysis", "…of them in the last 12 months"), orders, 1, 1000),
        ("pyramid_vip_percent", tr("Analysis", "Pyramid: VIP customers are the top"), pct, 0, 100),
        ("pyramid_major_percent", tr("Analysis", "Pyramid: major customers the next"), pct, 0, 100),
        (
            "pyramid_ordinary_percent",
            tr("Analysis", "Pyramid: ordinary customers the next"),
            pct,
            0,
            100,
        ),
        (
            "lifecycle_new_days",
            tr("Analysis", "Exploration stage: first order under"),
            days,
            1,
            36500,
        ),
        ("margin_percent", tr("Analysis", "Lifetime value: gross margin"), pct, 0, 100),
        ("discount_rate_percent", tr("Analysis", "Lifetime value: discount rate"), pct, 0, 100),
        ("clv_horizon_years", tr("Analysis", "Lifetime value: years ahead"), years, 1, 50),
    ]


_DECIMAL_FIELDS = {"margin_percent", "discount_rate_percent"}


class AnalyticsSettingsDialog(QDialog):
    """Edit the parameters; Apply stores them, recomputes off the UI thread and shows moves."""

    #: Parameters were applied: carries the RecomputeDiff.
    applied = Signal(object)
    #: The owner double-clicked a customer in the moved list.
    openCustomerRequested = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, db: Database, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("analyticsSettings")
        self.setWindowTitle(self.tr("Analysis settings"))
        self.resize(940, 780)
        self._db = db
        self._today = today
        self.diff: RecomputeDiff | None = None
        self.inputs: dict[str, QSpinBox | QDoubleSpinBox] = {}

        form_box = QGroupBox(self.tr("Thresholds and parameters"))
        form = QFormLayout(form_box)
        current = analytics_params(db)
        for name, title, suffix, low, high in field_specs():
            box: QSpinBox | QDoubleSpinBox
            if name in _DECIMAL_FIELDS:
                box = QDoubleSpinBox()
                box.setDecimals(1)
            else:
                box = QSpinBox()
            # One step wider than allowed: the service's own check says what is wrong.
            box.setRange(max(low - 1, 0), high + 1)
            value = getattr(current, name)
            box.setValue(float(value) if name in _DECIMAL_FIELDS else int(value))
            box.setSuffix(suffix)
            box.setObjectName(name)
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            box.valueChanged.connect(self._validate)
            self.inputs[name] = box
            form.addRow(title, box)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problems")
        self.problem_label.setStyleSheet("color: #b42318;")
        self.problem_label.setWordWrap(True)
        form.addRow(self.problem_label)
        self.note = QLabel(
            self.tr(
                "Retention for lifetime value is measured from the shop's own orders. "
                "Applying recomputes every customer's classes."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        form.addRow(self.note)

        self.defaults_button = QPushButton(self.tr("Defaults"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.clicked.connect(self.apply)
        row = QHBoxLayout()
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        row.addWidget(self.apply_button)

        self.result_box = QGroupBox(self.tr("What moved"))
        self.result_label = QLabel(self.tr("Apply a change to see which customers move."))
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.counts_table = self._table(
            "countsTable",
            [self.tr("Classification"), self.tr("Class"), self.tr("Before"), self.tr("After")],
        )
        self.moved_table = self._table(
            "movedTable",
            [self.tr("Customer"), self.tr("Classification"), self.tr("Before"), self.tr("After")],
        )
        self.moved_table.itemDoubleClicked.connect(self._open_moved)
        self.moved_table.setToolTip(self.tr("Double-click to open the card"))
        tables = QHBoxLayout()
        tables.addWidget(self.counts_table, 1)
        tables.addWidget(self.moved_table, 1)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_label)
        result_layout.addLayout(tables, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form_box)
        layout.addLayout(row)
        layout.addWidget(self.result_box, 1)
        layout.addWidget(buttons)
        self._validate()

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- parameters ------------------------------------------------------------------
    def params(self) -> AnalyticsParams:
        """The parameters as typed."""
        values: dict[str, Any] = {}
        for f in fields(AnalyticsParams):
            box = self.inputs[f.name]
            if f.name in _DECIMAL_FIELDS:
                values[f.name] = Decimal(f"{box.value():.1f}")
            else:
                values[f.name] = int(box.value())
        return AnalyticsParams(**values)

    def restore_defaults(self) -> None:
        """Put the default of every parameter in its box (Apply stores them)."""
        default = AnalyticsParams()
        for name, box in self.inputs.items():
            value = getattr(default, name)
            box.setValue(float(value) if name in _DECIMAL_FIELDS else int(value))

    def _validate(self) -> bool:
        titles = {name: title for name, title, *_ in field_specs()}
        problems = self.params().problems()
        for name, box in self.inputs.items():
            bad = any(p[0] == name for p in problems)
            box.setStyleSheet("background: #fde8e8;" if bad else "")
        self.problem_label.setText(
            "\n".join(
                self.tr("{field}: {problem}").format(
                    field=titles[name], problem=QCoreApplication.translate("Analytics", message)
                )
                for name, message in problems
            )
        )
        self.problem_label.setVisible(bool(problems))
        self.apply_button.setEnabled(not problems)
        return not problems

    def apply(self) -> None:
        """Store the parameters and recompute off the UI thread; then show what moved."""
        if not self._validate():
            return
        params, db, today = self.params(), self._db, self._today
        self.apply_button.setEnabled(False)
        self.result_label.setText(self.tr("Recomputing…"))
        run_task(
            self,
            self.tr("Recomputing the analysis…"),
            lambda progress, cancel: set_analytics_params(
                db, params, today, progress=progress, cancel=cancel
            ),
            on_done=self._show_diff,
            on_cancelled=self._cancelled,
        )

    def _cancelled(self) -> None:
        self.result_label.setText(self.tr("Cancelled: nothing was changed."))
        self._validate()

    # --- results ---------------------------------------------------------------------
    def _show_diff(self, diff: RecomputeDiff) -> None:
        self.diff = diff
        self._validate()
        moved = sum(diff.moved_by_kind.values())
        titles = kind_titles()
        if moved:
            parts = [
                self.tr("{kind}: {n}").format(kind=titles.get(kind, kind), n=f"{n:,}")
                for kind, n in diff.moved_by_kind.items()
                if n and kind in titles
            ]
            text = self.tr("Applied. Class changes: {parts}.").format(parts=" · ".join(parts))
            if diff.moved_truncated:
                text += " " + self.tr("The list shows the first {n}.").format(n=len(diff.moved))
        else:
            text = self.tr("Applied. No customer changed class.")
        self.result_label.setText(text)
        rows = [
            (titles[kind], label(kind, key), before, diff.counts_after[kind].get(key, 0))
            for kind, counts in diff.counts_before.items()
            if kind in titles
            for key, before in counts.items()
            if before != diff.counts_after[kind].get(key, 0)
        ]
        self._fill(self.counts_table, [(r, None) for r in rows])
        moved_rows = [
            (
                (
                    m.name,
                    titles.get(m.kind, m.kind),
                    label(m.kind, m.before),
                    label(m.kind, m.after),
                ),
                m.customer_id,
            )
            for m in diff.moved
            if m.kind in titles
        ]
        self._fill(self.moved_table, moved_rows)
        self.applied.emit(diff)

    def _fill(self, table: QTableWidget, rows: list[tuple[tuple[Any, ...], int | None]]) -> None:
        table.setRowCount(len(rows))
        for r, (values, cid) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(f"{value:,}" if isinstance(value, int) else str(value))
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if cid is not None:
                    item.setData(ID_ROLE, cid)
                table.setItem(r, c, item)

    def _open_moved(self, item: QTableWidgetItem) -> None:
        cid = item.data(ID_ROLE)
        if cid is not None:
            self.openCustomerRequested.emit(int(cid))
