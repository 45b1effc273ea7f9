"""Table models of the import preview: the first rows as they will be imported, the problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from crmdesk.services.importing.mapping import CUSTOMER_FIELDS
from crmdesk.services.importing.pipeline import (
    CustomerRecord,
    ImportPlan,
    OrderRecord,
    RowProblem,
)
from crmdesk.ui import formatting
from crmdesk.ui.card_labels import order_status_names

AnyIndex = QModelIndex | QPersistentModelIndex

#: Rows the preview table shows at most (the counts above it cover the whole file).
PREVIEW_ROWS = 200

_ERROR_COLOR = QColor("#b91c1c")
_WARNING_COLOR = QColor("#a16207")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return formatting.datetime_text(value)
    if isinstance(value, dt.date):
        return formatting.date_text(value)
    if isinstance(value, Decimal):
        return formatting.money(value)
    return str(value)


def _yuan(fen: int) -> str:
    return formatting.money(Decimal(fen) / 100)


class _TableModel(QAbstractTableModel):
    """A read-only table of text cells, computed once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []

    def _replace(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return self._rows[row][column]


class PreviewModel(_TableModel):
    """The first :data:`PREVIEW_ROWS` customers or orders as they will be imported."""

    def set_plan(self, plan: ImportPlan | None) -> None:
        """Show the records of ``plan`` (nothing for None)."""
        if plan is None:
            self._replace([], [])
        elif plan.kind == "orders":
            self._replace(*_order_table(plan.orders[:PREVIEW_ROWS]))
        else:
            self._replace(*_customer_table(plan.customers[:PREVIEW_ROWS]))


def _customer_table(records: Sequence[CustomerRecord]) -> tuple[list[str], list[list[str]]]:
    present = {key for r in records for key in r.values}
    genders = {"M": _tr("Male"), "F": _tr("Female")}
    kinds = {"person": _tr("Person"), "company": _tr("Company")}
    getters: list[tuple[str, Callable[[CustomerRecord], str]]] = [
        (_tr("Row"), lambda r: str(r.row))
    ]
    for spec in CUSTOMER_FIELDS:
        if spec.key not in present:
            continue
        label = QCoreApplication.translate("Import", spec.label)
        if spec.key == "gender":
            getters.append((label, lambda r: genders.get(str(r.values.get("gender")), "")))
        elif spec.key == "kind":
            getters.append((label, lambda r: kinds.get(str(r.values.get("kind")), "")))
        else:
            getters.append((label, lambda r, k=spec.key: _cell(r.values.get(k))))
    if any(r.accounts for r in records):
        getters.append(
            (
                _tr("Platform accounts"),
                lambda r: "; ".join(
                    f"{formatting.platform_name(a.platform)} {a.buyer_id}" for a in r.accounts
                ),
            )
        )
    if any(r.tags for r in records):
        getters.append((_tr("Tags"), lambda r: "、".join(r.tags)))
    return [h for h, _ in getters], [[get(r) for _, get in getters] for r in records]


def _order_table(records: Sequence[OrderRecord]) -> tuple[list[str], list[list[str]]]:
    statuses = order_status_names()

    def rows_text(r: OrderRecord) -> str:
        return str(r.rows[0]) if len(r.rows) == 1 else f"{r.rows[0]}–{r.rows[-1]}"

    def region(r: OrderRecord) -> str:
        parts = [str(r.customer[k]) for k in ("province", "city", "district") if r.customer.get(k)]
        return " ".join(parts)

    getters: list[tuple[str, Callable[[OrderRecord], str]]] = [
        (_tr("Row"), rows_text),
        (_tr("Order number"), lambda r: r.order_no),
        (_tr("Ordered at"), lambda r: formatting.datetime_text(r.ordered_at)),
        (_tr("Status"), lambda r: statuses.get(r.status, r.status)),
        (_tr("Paid"), lambda r: _yuan(r.paid_fen)),
        (_tr("Refund"), lambda r: _yuan(r.refund_fen) if r.refund_fen else ""),
        (_tr("Customer"), lambda r: str(r.customer.get("name") or "")),
        (_tr("Buyer ID"), lambda r: r.buyer.buyer_id if r.buyer else ""),
        (_tr("Phone"), lambda r: str(r.customer.get("phone") or "")),
        (_tr("Region"), region),
        (_tr("Items"), lambda r: r.items_text or ""),
    ]
    return [h for h, _ in getters], [[get(r) for _, get in getters] for r in records]


class ProblemsModel(_TableModel):
    """Every problem of the file: row, column, error or warning, reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._severities: list[str] = []

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        """Show ``problems`` in file order."""
        names = {"error": _tr("Error"), "warning": _tr("Warning")}
        self._severities = [p.severity for p in problems]
        self._replace(
            [_tr("Row"), _tr("Column"), _tr("Kind"), _tr("Reason")],
            [
                [str(p.row), p.column or "", names.get(p.severity, p.severity), p.reason]
                for p in problems
            ],
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == 2
            and 0 <= index.row() < len(self._severities)
        ):
            error = self._severities[index.row()] == "error"
            return QBrush(_ERROR_COLOR if error else _WARNING_COLOR)
        return super().data(index, role)
