"""Read-only table models of the membership pages: tiers, moves, rewards, the ledger."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from crmdesk.services.points import LedgerEntry
from crmdesk.services.points_report import kind_label
from crmdesk.services.rewards import RewardRow
from crmdesk.services.tiers import MONEY_BASES, TierMove, TierRow
from crmdesk.ui import formatting

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
#: Qt role returning the row object (a frozen dataclass of the services).
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Membership", text)


@dataclass(frozen=True)
class RowColumn(Generic[T]):
    """A column: its title, the text of a row, and optionally a number's alignment/colour."""

    title: str
    text: Callable[[T], str]
    numeric: bool = False
    color: Callable[[T], str | None] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A list of frozen rows shown through named columns; ROW_ROLE gives the row object."""

    def __init__(self, columns: Sequence[RowColumn[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show these rows instead."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        """The rows shown."""
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        """The row object at ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column.color is not None:
            color = column.color(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and column.numeric:
            text = column.text(row)
            return QBrush(QColor("#c62828")) if text.startswith("-") else None
        return None


# --- texts shared by the pages ---------------------------------------------------------


def discount_text(discount: Decimal) -> str:
    """9.5 (折) -> "95% of price" (in Chinese: 9.5折); 10 -> "No discount"."""
    if discount >= 10:
        return _tr("No discount")
    pct = (discount * 10).normalize()
    zhe = discount.normalize()
    # The Chinese translation shows {zhe}折; the English {pct}% of price.
    return _tr("{pct}% of price").format(pct=f"{pct:f}", zhe=f"{zhe:f}")


def basis_value_text(basis: str, value: Decimal | None) -> str:
    """A threshold or basis value in its unit: ¥ for spend, points, orders."""
    if value is None:
        return ""
    if basis in MONEY_BASES:
        return formatting.money(value)
    if basis == "order_count":
        return _tr("{n} orders").format(n=f"{value.normalize():f}")
    return _tr("{n} points").format(n=f"{value.normalize():f}")


def basis_names() -> dict[str, str]:
    """Tier basis key -> owner-facing name."""
    return {
        "total_spend": _tr("Cumulative spend"),
        "spend_12m": _tr("Spend in the last 12 months"),
        "spend_year": _tr("Spend this calendar year"),
        "points_earned": _tr("Points earned by orders"),
        "order_count": _tr("Number of orders"),
    }


def reward_kind_names() -> dict[str, str]:
    """Reward kind key -> owner-facing name."""
    return {"gift": _tr("Gift"), "coupon": _tr("Coupon"), "cash": _tr("Cash deduction")}


def _yes(value: bool) -> str:
    return _tr("Yes") if value else ""


# --- the models -------------------------------------------------------------------------


def tiers_model(basis: Callable[[], str], parent: Any = None) -> RowsModel[TierRow]:
    """The tier list of the tiers page (lowest first)."""
    return RowsModel(
        [
            RowColumn(_tr("Tier"), lambda t: t.data.name, color=lambda t: t.data.color),
            RowColumn(_tr("Threshold"), lambda t: basis_value_text(basis(), t.data.threshold),
                      numeric=True),
            RowColumn(_tr("Keep at"), lambda t: basis_value_text(basis(), t.data.keep_threshold),
                      numeric=True),
            RowColumn(_tr("Discount"), lambda t: discount_text(t.data.discount)),
            RowColumn(_tr("Points ×"), lambda t: f"{t.data.points_multiplier.normalize():f}",
                      numeric=True),
            RowColumn(_tr("Free shipping"), lambda t: _yes(t.data.free_shipping)),
            RowColumn(_tr("Entry reward"), lambda t: str(t.data.entry_reward_points or ""),
                      numeric=True),
            RowColumn(_tr("Members"), lambda t: "" if t.id < 0 else str(t.members), numeric=True),
        ],
        parent,
    )  # fmt: skip


def moves_model(basis: Callable[[], str], parent: Any = None) -> RowsModel[TierMove]:
    """Customers who would move (the what-if of the tiers page)."""
    return RowsModel(
        [
            RowColumn(_tr("Customer"), lambda m: m.name),
            RowColumn(_tr("From"), lambda m: m.from_tier or "—"),
            RowColumn(_tr("To"), lambda m: m.to_tier or "—"),
            RowColumn(_tr("Value"), lambda m: basis_value_text(basis(), m.value), numeric=True),
        ],
        parent,
    )


def rewards_model(parent: Any = None) -> RowsModel[RewardRow]:
    """The rewards catalogue."""
    kinds = reward_kind_names()
    return RowsModel(
        [
            RowColumn(_tr("Reward"), lambda r: r.data.name),
            RowColumn(_tr("Kind"), lambda r: kinds.get(r.data.kind, r.data.kind)),
            RowColumn(_tr("Points"), lambda r: str(r.data.points_cost), numeric=True),
            RowColumn(_tr("Value"), lambda r: formatting.money(r.data.value), numeric=True),
            RowColumn(_tr("Cap per order"), lambda r: formatting.money(r.data.per_order_cap),
                      numeric=True),
            RowColumn(_tr("Stock"),
                      lambda r: _tr("Unlimited") if r.data.stock is None else str(r.data.stock),
                      numeric=True),
            RowColumn(_tr("Active"), lambda r: _yes(r.data.active)),
        ],
        parent,
    )  # fmt: skip


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


def ledger_model(parent: Any = None) -> RowsModel[LedgerEntry]:
    """A customer's points ledger (newest first as the card shows it)."""
    return RowsModel(
        [
            RowColumn(_tr("Time"), lambda e: formatting.datetime_text(e.created_at)),
            RowColumn(_tr("Kind"), lambda e: kind_label(e.kind)),
            RowColumn(_tr("Points"), lambda e: _signed(e.points), numeric=True),
            RowColumn(_tr("Balance"), lambda e: str(e.balance_after), numeric=True),
            RowColumn(_tr("Usable from"), lambda e: formatting.date_text(e.available_on)),
            RowColumn(_tr("Expires"), lambda e: formatting.date_text(e.expires_on)),
            RowColumn(_tr("Note"), lambda e: e.note or ""),
        ],
        parent,
    )
