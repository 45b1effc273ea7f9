"""Analysis ▸ Shop summary…: the shop's customer figures, and customers per class in charts."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.services.analytics import ShopSummary, shop_summary
from crmdesk.services.analytics_text import label
from crmdesk.ui import formatting


def percent(value: Decimal | None) -> str:
    """A rate 0..1 as ``41.2%``; None (no data) as a dash."""
    if value is None:
        return "—"
    return f"{(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def kind_titles() -> dict[str, str]:
    """Classification key -> translated title, in the order the page shows them."""
    tr = QCoreApplication.translate
    return {
        "rfm_segment": tr("ShopSummary", "RFM segments"),
        "pyramid_level": tr("ShopSummary", "Customer pyramid"),
        "value_class": tr("ShopSummary", "Value matrix"),
        "lifecycle_stage": tr("ShopSummary", "Lifecycle stages"),
        "loyalty_type": tr("ShopSummary", "Loyalty"),
        "relationship_status": tr("ShopSummary", "Relationship status"),
    }


class ShopSummaryDialog(QDialog):
    """Buyers, repeat/retention/churn rates, intervals, order value, equity and class counts."""

    def __init__(self, db: Database, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("shopSummary")
        self.setWindowTitle(self.tr("Shop summary"))
        self.resize(1100, 780)
        self.summary: ShopSummary = shop_summary(db, today)
        self.figure_labels: dict[str, QLabel] = {}
        self.tables: dict[str, QTableWidget] = {}
        self.charts: dict[str, Any] = {}  # kind -> matplotlib Figure

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._figures_box())
        grid = QGridLayout()
        for n, (kind, title) in enumerate(kind_titles().items()):
            grid.addWidget(self._class_box(kind, title), n // 2, n % 2)
        layout.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)

    # --- the shop's figures --------------------------------------------------------
    def figure_rows(self) -> list[tuple[str, str, str]]:
        """(key, title, value text) of every shop figure shown."""
        s = self.summary
        money = formatting.money
        interval = "—"
        if s.avg_interval_days is not None:
            interval = self.tr("{n} days").format(n=s.avg_interval_days)
        return [
            ("customers", self.tr("Customers"), f"{s.customers:,}"),
            ("buyers", self.tr("Buyers (at least one valid order)"), f"{s.buyers:,}"),
            ("orders", self.tr("Valid orders"), f"{s.orders:,}"),
            (
                "repeat_rate",
                self.tr("Repeat purchase rate"),
                self.tr("{rate} ({n} of {d} buyers ordered twice or more)").format(
                    rate=percent(s.repeat_rate), n=f"{s.repeat_buyers:,}", d=f"{s.buyers:,}"
                ),
            ),
            (
                "retention_rate",
                self.tr("Retention rate"),
                self.tr("{rate} ({n} of last year's {d} buyers bought again this year)").format(
                    rate=percent(s.retention_rate),
                    n=f"{s.retention_returned:,}",
                    d=f"{s.retention_base:,}",
                ),
            ),
            (
                "churn_rate",
                self.tr("Churn rate"),
                self.tr("{rate} ({n} buyers lost)").format(
                    rate=percent(s.churn_rate), n=f"{s.churned:,}"
                ),
            ),
            ("churn_warnings", self.tr("Churn warnings"), f"{s.churn_warnings:,}"),
            ("avg_interval", self.tr("Average purchase interval"), interval),
            ("avg_order_value", self.tr("Average order value"), money(s.avg_order_value) or "—"),
            ("total_spend", self.tr("Total spend"), money(s.total_spend)),
            ("customer_equity", self.tr("Customer equity (sum of lifetime values)"),
             money(s.customer_equity)),
        ]  # fmt: skip

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The shop"))
        form = QFormLayout(box)
        form.setHorizontalSpacing(24)
        for key, title, value in self.figure_rows():
            shown = QLabel(value)
            shown.setObjectName(f"figure_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figure_labels[key] = shown
            form.addRow(self.tr("{title}:").format(title=title), shown)
        notes = []
        if self.summary.computed_on is not None:
            notes.append(
                self.tr("Classes as of {day}.").format(day=self.summary.computed_on.isoformat())
            )
        if self.summary.too_little_data:
            notes.append(
                self.tr(
                    "Too little data: with fewer than 20 buyers the rates and classes move a "
                    "lot with each new order."
                )
            )
        if notes:
            note = QLabel(" ".join(notes))
            note.setObjectName("summaryNote")
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00;")
            form.addRow(note)
        return box

    # --- classes -------------------------------------------------------------------
    def _class_box(self, kind: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(f"classes_{kind}")
        counts = self.summary.counts.get(kind, {})
        table = QTableWidget(len(counts), 2, box)
        table.setObjectName(f"table_{kind}")
        table.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Customers")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (key, count) in enumerate(counts.items()):
            table.setItem(row, 0, QTableWidgetItem(label(kind, key)))
            number = QTableWidgetItem(f"{count:,}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, number)
        table.setWordWrap(False)
        row_height = table.fontMetrics().height() + 8
        table.verticalHeader().setDefaultSectionSize(row_height)
        header_height = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header_height + row_height * len(counts) + 2 * table.frameWidth())
        table.setMinimumWidth(230)
        self.tables[kind] = table
        layout = QHBoxLayout(box)
        layout.addWidget(table, 2, Qt.AlignmentFlag.AlignTop)
        canvas = self._chart(kind, len(counts))
        if canvas is not None:
            layout.addWidget(canvas, 3)
        return box

    def _chart(self, kind: str, rows: int) -> QWidget | None:
        # Imported here: matplotlib's Qt backend is heavy and only this page needs it.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from crmdesk.reports.charts import class_chart

        figure = class_chart(self.summary, kind, size=(3.6, max(1.6, 0.32 * rows + 0.5)))
        self.charts[kind] = figure
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName(f"chart_{kind}")
        canvas.setMinimumWidth(220)
        canvas.setFixedHeight(int(figure.get_figheight() * figure.dpi))
        return canvas
