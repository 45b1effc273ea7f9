"""The card's Analysis tab (分析): every figure with what went in and the rule, in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services.analytics_text import CustomerAnalysis, Figure, explain_customer

_NOTE_STYLE = "color: #8a5a00; background: #fff7e0; padding: 4px 6px; border-radius: 3px;"
_VALUE_STYLE = "font-size: 15px; font-weight: 600;"


def _label(text: str, style: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


class FigureBox(QGroupBox):
    """One figure: its value, the inputs as a small form, the rule, and any note."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(figure.title, parent)
        self.setObjectName(f"figure_{figure.key}")
        self.figure = figure
        layout = QVBoxLayout(self)
        self.value_label = _label(figure.value_text or "—", _VALUE_STYLE, "value")
        layout.addWidget(self.value_label)
        if figure.inputs:
            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            form.setHorizontalSpacing(16)
            form.setVerticalSpacing(2)
            for what, value in figure.inputs:
                name = _label(self.tr("{what}:").format(what=what), "color: #555;")
                name.setWordWrap(False)
                form.addRow(name, _label(value))
            layout.addLayout(form)
        self.rule_label = _label(figure.rule, name="rule")
        layout.addWidget(self.rule_label)
        self.note_label: QLabel | None = None
        if figure.note:
            prefix = self.tr("Too little data: ") if figure.too_little_data else ""
            self.note_label = _label(prefix + figure.note, _NOTE_STYLE, "note")
            layout.addWidget(self.note_label)


class CustomerAnalysisWidget(QWidget):
    """Shows :func:`explain_customer` of one customer; empty for a new, unsaved card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: CustomerAnalysis | None = None
        self.boxes: dict[str, FigureBox] = {}
        self.header = _label("", "color: #555;", "analysisHeader")
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(4, 4, 12, 4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show(None, self.tr("Save the card first: the analysis follows its orders."))

    def show_customer(
        self, db: Database, customer_id: int | None, today: dt.date | None = None
    ) -> None:
        """Explain the figures of ``customer_id`` (None: a card not saved yet)."""
        if customer_id is None:
            self._show(None, self.tr("Save the card first: the analysis follows its orders."))
            return
        try:
            analysis = explain_customer(db, customer_id, today)
        except CrmdeskError as err:
            self._show(None, str(err))
            return
        self._show(analysis, self._header_text(analysis))

    def _header_text(self, analysis: CustomerAnalysis) -> str:
        text = self.tr(
            "Figures as of {day}, measured against {n} buying customers of the shop. "
            "Each shows what went in and the rule that gave it."
        ).format(day=analysis.today.isoformat(), n=f"{analysis.buyers:,}")
        if not analysis.is_buyer:
            text += " " + self.tr(
                "No valid order yet: RFM, pyramid, value, lifetime value and loyalty "
                "start with the first order."
            )
        return text

    def _show(self, analysis: CustomerAnalysis | None, header: str) -> None:
        self.analysis = analysis
        self.boxes.clear()
        while self._content_layout.count():
            item = self._content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.header:
                widget.deleteLater()
        self.header.setText(header)
        self._content_layout.addWidget(self.header)
        for figure in analysis.figures if analysis is not None else ():
            box = FigureBox(figure, self._content)
            self.boxes[figure.key] = box
            self._content_layout.addWidget(box)
        self._content_layout.addStretch(1)

    def texts(self) -> list[str]:
        """Every text the tab shows, top to bottom (what the owner reads)."""
        out = [self.header.text()]
        for box in self.boxes.values():
            out.append(box.title())
            out.extend(label.text() for label in box.findChildren(QLabel))
        return out
