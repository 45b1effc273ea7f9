"""The register's columns: which are shown, their order and widths, and the sort (in SQL)."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from crmdesk.services.register import RegisterQuery
from crmdesk.services.register_columns import COLUMNS
from crmdesk.ui import formatting
from crmdesk.ui.register_model import RegisterModel

#: Sort direction when a column is first clicked: the biggest and newest first for figures.
DESC_FIRST = {
    "order_count", "total_spend", "first_order_at", "last_order_at", "created_at",
    "churn_warning", "r_score", "f_score", "m_score", "clv",
}  # fmt: skip
DEFAULT_WIDTHS = {
    "name": 110,
    "phone": 120,
    "accounts": 190,
    "region": 160,
    "tags": 150,
    "status": 130,
    "total_spend": 110,
}
_KEYS = [c.key for c in COLUMNS]


class RegisterColumns(QObject):
    """Drives the table's header: the column menu, clicking to sort, saving the layout."""

    def __init__(self, table: QTableView, model: RegisterModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionClicked.connect(self._sort_by_section)

    def fill_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` with a check item per column and "Reset columns"."""
        menu.clear()
        header = self._table.horizontalHeader()
        titles = formatting.column_titles()
        visible = sum(not header.isSectionHidden(i) for i in range(len(COLUMNS)))
        for logical in sorted(range(len(COLUMNS)), key=header.visualIndex):
            key = COLUMNS[logical].key
            action = QAction(titles.get(key, COLUMNS[logical].title), menu)
            action.setCheckable(True)
            shown = not header.isSectionHidden(logical)
            action.setChecked(shown)
            action.setEnabled(not (shown and visible == 1))
            action.toggled.connect(lambda on, i=logical: self._show_column(i, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset)

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self._table)
        self.fill_menu(menu)
        menu.exec(self._table.horizontalHeader().mapToGlobal(pos))

    def _show_column(self, logical: int, shown: bool) -> None:
        header = self._table.horizontalHeader()
        header.setSectionHidden(logical, not shown)
        if shown and header.sectionSize(logical) < 40:
            header.resizeSection(logical, DEFAULT_WIDTHS.get(COLUMNS[logical].key, 90))

    def _sort_by_section(self, logical: int) -> None:
        column = COLUMNS[logical]
        query = self._model.query()
        if column.sortable:
            desc = not query.sort_desc if query.sort_key == column.key else column.key in DESC_FIRST
            self.set_sort(column.key, desc)
        else:
            self.show_sort_indicator()

    def show_sort_indicator(self) -> None:
        """Put the header's arrow on the column the rows are sorted by."""
        query = self._model.query()
        header = self._table.horizontalHeader()
        if query.sort_key in _KEYS:
            order = Qt.SortOrder.DescendingOrder if query.sort_desc else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(_KEYS.index(query.sort_key), order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def set_sort(self, key: str, desc: bool) -> None:
        """Sort the rows (in SQL) by column ``key``."""
        query = self._model.query()
        if (query.sort_key, query.sort_desc) != (key, desc):
            self._model.set_query(replace(query, sort_key=key, sort_desc=desc))
        self.show_sort_indicator()

    def reset(self) -> None:
        """Default columns, order and widths; newest customers first."""
        self.default_layout()
        default = RegisterQuery()
        self.set_sort(default.sort_key, default.sort_desc)

    def default_layout(self) -> None:
        """Default columns, order and widths (the sort is left alone)."""
        header = self._table.horizontalHeader()
        for logical, column in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(logical), logical)
            header.setSectionHidden(logical, not column.default_visible)
            header.resizeSection(logical, DEFAULT_WIDTHS.get(column.key, 90))

    def state(self) -> str:
        """The column layout and sort order as JSON (for QSettings), keyed by column key."""
        header = self._table.horizontalHeader()
        columns = [
            {
                "key": COLUMNS[logical].key,
                "visible": not header.isSectionHidden(logical),
                "width": header.sectionSize(logical),
            }
            for logical in sorted(range(len(COLUMNS)), key=header.visualIndex)
        ]
        query = self._model.query()
        return json.dumps({"columns": columns, "sort": [query.sort_key, query.sort_desc]})

    def apply_state(self, state: str | None) -> tuple[str, bool] | None:
        """Put a saved layout on the header; returns the saved sort, if valid.

        Unknown keys are skipped and columns added since keep their defaults.
        """
        try:
            data = json.loads(state) if state else None
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return None
        header = self._table.horizontalHeader()
        visual = 0
        for entry in data.get("columns", []):
            if not isinstance(entry, dict) or entry.get("key") not in _KEYS:
                continue
            logical = _KEYS.index(entry["key"])
            header.moveSection(header.visualIndex(logical), visual)
            visual += 1
            header.setSectionHidden(logical, not entry.get("visible", True))
            width = entry.get("width")
            if isinstance(width, int) and width > 0:
                header.resizeSection(logical, width)
        if all(header.isSectionHidden(i) for i in range(len(COLUMNS))):
            header.setSectionHidden(0, False)
        sort = data.get("sort")
        if (
            isinstance(sort, list)
            and len(sort) == 2
            and sort[0] in _KEYS
            and COLUMNS[_KEYS.index(sort[0])].sortable
        ):
            return str(sort[0]), bool(sort[1])
        return None
