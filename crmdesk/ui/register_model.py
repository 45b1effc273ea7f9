"""The register's table model: the count and one page of rows at a time from SQL."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from crmdesk.db import Database
from crmdesk.services import register
from crmdesk.services.analytics_text import label
from crmdesk.services.register import RegisterQuery, RegisterRow
from crmdesk.services.register_columns import ANALYTICS_KINDS, COLUMNS
from crmdesk.ui import formatting

#: Qt role returning the customer id of a row (an int).
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: Qt role returning the column's real value (Decimal, date, int...) rather than its text.
VALUE_ROLE = int(Qt.ItemDataRole.UserRole) + 2

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40

COLUMN_KEYS = tuple(c.key for c in COLUMNS)
_NUMERIC = {
    "order_count", "total_spend", "r_days", "r_score", "f_score", "m_score", "clv",
    "points_balance",
}  # fmt: skip
_WARNING_COLOR = QColor("#c2410c")

AnyIndex = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    """Every column of :data:`crmdesk.services.register_columns.COLUMNS`; the view hides some."""

    #: Emitted after the number of matching customers was (re)counted.
    countChanged = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = RegisterQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self._titles = formatting.column_titles()
        self._statuses = formatting.status_names()

    # --- what is shown -------------------------------------------------------------
    def query(self) -> RegisterQuery:
        """The search, filters and sort order in force."""
        return self._query

    def set_query(self, query: RegisterQuery, *, reload: bool = True) -> None:
        """Show the customers matching ``query`` (recounts and starts from the top).

        ``reload=False`` only remembers the query, for a caller about to reload anyway.
        """
        self._query = query
        if reload:
            self.reload()

    def reload(self) -> None:
        """Recount and forget every loaded row (after the data changed)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = register.count_customers(self._db, self._query)
        self.endResetModel()
        self.countChanged.emit(self._count)

    def total(self) -> int:
        """How many customers match the query."""
        return self._count

    def column_key(self, column: int) -> str:
        """The stable key of a column number."""
        return COLUMN_KEYS[column]

    def column_of(self, key: str) -> int:
        """The column number of a key."""
        return COLUMN_KEYS.index(key)

    # --- rows ----------------------------------------------------------------------
    def row_at(self, row: int) -> RegisterRow | None:
        """The row at ``row``, loading its page if needed (None when it vanished)."""
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = register.fetch_page(self._db, self._query, page_no * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        """The customer id shown at ``row``."""
        found = self.row_at(row)
        return found.id if found is not None else None

    def ids_of_rows(self, rows: list[int]) -> list[int]:
        """Customer ids of these rows, in the given order (many rows: one ids-only query)."""
        if len(rows) > PAGE_SIZE:
            all_ids = register.fetch_ids(self._db, self._query)
            return [all_ids[r] for r in rows if r < len(all_ids)]
        ids = [self.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def rows_of_ids(self, ids: list[int]) -> list[int]:
        """Rows where these customers are now shown (missing ones left out), ascending."""
        if not ids:
            return []
        wanted = set(ids)
        all_ids = register.fetch_ids(self._db, self._query)
        return [row for row, cid in enumerate(all_ids) if cid in wanted]

    # --- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(key, COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
            ID_ROLE,
            VALUE_ROLE,
        ):
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role == VALUE_ROLE:
            return getattr(row, key, None)
        if role == Qt.ItemDataRole.DecorationRole:
            # The tier's colour as a swatch beside its name.
            return QColor(row.tier_color) if key == "tier" and row.tier_color else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status" and row.churn_warning:
                return QBrush(_WARNING_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return self._display(row, key)

    def _display(self, row: RegisterRow, key: str) -> str:
        if key == "status":
            text = self._statuses.get(row.status, row.status)
            return f"{text} ⚠" if row.churn_warning else text
        if key == "tags":
            return ", ".join(row.tags)
        if key == "total_spend":
            return formatting.money(row.total_spend)
        if key == "order_count":
            return str(row.order_count)
        if key in ("first_order_at", "last_order_at", "created_at", "birthday"):
            return formatting.date_text(getattr(row, key))
        if key == "churn_warning":
            return "⚠ " + QCoreApplication.translate("Register", "Yes") if row.churn_warning else ""
        if key == "clv":
            return formatting.money(row.clv)
        value = getattr(row, key, None)
        if key in ANALYTICS_KINDS and value is not None:
            return label(ANALYTICS_KINDS[key], str(value))
        return "" if value is None else str(value)

    def _tooltip(self, row: RegisterRow, key: str) -> str | None:
        if key == "status" and row.churn_warning:
            return QCoreApplication.translate(
                "Register", "Churn warning: no order for much longer than this customer's usual gap"
            )
        if key == "phone" and row.phone_masked:
            return QCoreApplication.translate("Register", "The platform only gave a masked number")
        if key in ("tags", "accounts", "region"):
            text = self._display(row, key)
            return text or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or not COLUMNS[column].sortable:
            return
        desc = order == Qt.SortOrder.DescendingOrder
        q = self._query
        if q.sort_key == COLUMNS[column].key and q.sort_desc == desc:
            return
        self.set_query(replace(q, sort_key=COLUMNS[column].key, sort_desc=desc))
