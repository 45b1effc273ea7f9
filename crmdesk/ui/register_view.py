"""The customer register (客户名册): search, filters, the table and bulk actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.services import register
from crmdesk.services.customers import STATUSES
from crmdesk.services.register import RegisterQuery
from crmdesk.ui import formatting, register_bulk, register_filters
from crmdesk.ui.register_columns import RegisterColumns
from crmdesk.ui.register_model import ID_ROLE, RegisterModel

SEARCH_DELAY_MS = 250


class RegisterView(QWidget):
    """Every customer in one table, filtered as the owner types."""

    #: The owner wants to open a card (customer id).
    openCustomerRequested = Signal(int)  # noqa: N815 - Qt signal naming
    #: Customers were changed by a bulk action here.
    changed = Signal(object)
    #: The number of matching customers, or of selected rows, changed.
    summaryChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self, db: Database, parent: QWidget | None = None, layout_state: str | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        #: Called with a reason before a bulk change (e.g. a backup first); may be None.
        self.before_bulk_change: Callable[[str], None] | None = None
        self._total_all = 0
        #: RegisterQuery.extra filters from "More filters…" or a view (not the boxes).
        self.extra_filters: dict[str, object] = {}

        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, phone, buyer ID, WeChat or pinyin (Ctrl+F)")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_now)

        self.platform_filter = self._combo("platformFilter")
        self.province_filter = self._combo("provinceFilter")
        self.tag_filter = self._combo("tagFilter")
        self.status_filter = self._combo("statusFilter")
        self.birthday_filter = self._combo("birthdayFilter")
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters_button.setObjectName("clearFilters")
        self.clear_filters_button.clicked.connect(self.clear_filters)

        self.model = RegisterModel(db, self)
        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.activated.connect(self._open_index)
        self.columns = RegisterColumns(self.table, self.model)

        self.selection_label = QLabel(self)
        self.add_tag_button = QPushButton(self.tr("Add tag…"), self)
        self.add_tag_button.setObjectName("addTagButton")
        self.add_tag_button.clicked.connect(self.add_tag_to_selected)
        self.remove_tag_button = QPushButton(self.tr("Remove tag…"), self)
        self.remove_tag_button.setObjectName("removeTagButton")
        self.remove_tag_button.clicked.connect(self.remove_tag_from_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for combo in self._combos():
            filters.addWidget(combo)
        filters.addWidget(self.clear_filters_button)
        register_filters.install_register_extras(self, filters)
        bulk = QHBoxLayout()
        bulk.addWidget(self.selection_label, 1)
        bulk.addWidget(self.add_tag_button)
        bulk.addWidget(self.remove_tag_button)
        bulk.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bulk)

        self._fill_fixed_filters()
        self.reload_filter_choices()
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._apply_now)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.columns.default_layout()
        sort = self.columns.apply_state(layout_state)
        if sort is not None:
            # No reload yet: the one count and first page come from _apply_filters below.
            query = replace(self.model.query(), sort_key=sort[0], sort_desc=sort[1])
            self.model.set_query(query, reload=False)
        self.columns.show_sort_indicator()
        self._apply_filters()

    # --- filters -------------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(6)
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.platform_filter,
            self.province_filter,
            self.tag_filter,
            self.status_filter,
            self.birthday_filter,
        )

    def _fill_fixed_filters(self) -> None:
        self.status_filter.addItem(self.tr("All statuses"), None)
        for key in STATUSES:
            self.status_filter.addItem(formatting.status_name(key), key)
        self.birthday_filter.addItem(self.tr("Any birthday"), None)
        for month in range(1, 13):
            self.birthday_filter.addItem(
                self.tr("Birthday in {month}").format(month=formatting.month_name(month)), month
            )

    def reload_filter_choices(self) -> None:
        """Refill platform, region and tag boxes with the values present in the shop."""
        choices = register.filter_choices(self._db)
        platforms = [(formatting.platform_name(p), p) for p in choices.get("platforms", [])]
        provinces = [(p, p) for p in choices.get("provinces", [])]
        tags = [(t, t) for t in choices.get("tags", [])]
        self._refill(self.platform_filter, self.tr("All platforms"), platforms)
        self._refill(self.province_filter, self.tr("All regions"), provinces)
        self._refill(self.tag_filter, self.tr("All tags"), tags)

    def _refill(self, combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if current is not None and found < 0:
            # The value disappeared (e.g. the last customer with that tag was deleted).
            self._apply_now()

    def has_filters(self) -> bool:
        """Whether a search or any filter narrows the list."""
        return (
            bool(self.search.text().strip())
            or any(c.currentIndex() > 0 for c in self._combos())
            or bool(self.extra_filters)
        )

    def clear_filters(self) -> None:
        """Show every customer again."""
        self.extra_filters = {}
        self.views.forget_choice()
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply_now()

    def _apply_now(self) -> None:
        self._search_timer.stop()
        self._apply_filters()

    def _build_query(self) -> RegisterQuery:
        platform = self.platform_filter.currentData()
        status = self.status_filter.currentData()
        tag = self.tag_filter.currentData()
        return replace(
            self.model.query(),
            search=self.search.text().strip(),
            platforms=(platform,) if platform else (),
            province=self.province_filter.currentData(),
            tag_ids=(),
            statuses=(status,) if status else (),
            birthday_month=self.birthday_filter.currentData(),
            extra={**self.extra_filters, **({"tag_names": (tag,)} if tag else {})},
        )

    def apply_query(self, query: RegisterQuery) -> None:
        """Show what ``query`` asks for (a view): its search, filters and sort."""
        register_filters.apply_query(self, query)

    def _apply_filters(self) -> None:
        query = self._build_query()
        self._total_all = (
            register.count_customers(self._db, RegisterQuery()) if self.has_filters() else -1
        )
        self.model.set_query(query)
        self.summaryChanged.emit()

    # --- what the status bar says --------------------------------------------------
    def summary_text(self) -> str:
        """ "2,000 customers", or "12 of 2,000 customers match" while filtering."""
        shown = self.model.total()
        if self._total_all >= 0:
            return self.tr("{shown} of {total} customers match").format(
                shown=f"{shown:,}", total=f"{self._total_all:,}"
            )
        if shown == 1:
            return self.tr("1 customer")
        return self.tr("{shown} customers").format(shown=f"{shown:,}")

    # --- selection -----------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Selected row numbers, ascending."""
        rows: list[int] = []
        for rng in self.table.selectionModel().selection():
            rows.extend(range(rng.top(), rng.bottom() + 1))
        return sorted(set(rows))

    def selected_count(self) -> int:
        """How many rows are selected."""
        return len(self.selected_rows())

    def selected_ids(self) -> list[int]:
        """Customer ids of the selected rows, in table order."""
        return self.model.ids_of_rows(self.selected_rows())

    def current_id(self) -> int | None:
        """The customer of the current row (the one Enter opens)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return int(value) if value is not None else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these customers where they are shown now."""
        rows = self.model.rows_of_ids(ids)
        selection = QItemSelection()
        last_col = self.model.columnCount() - 1
        start = prev = None
        for row in [*rows, None]:
            if start is not None and (row is None or row != prev + 1):
                selection.select(self.model.index(start, 0), self.model.index(prev, last_col))
                start = None
            if row is not None and start is None:
                start = row
            prev = row
        sm = self.table.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            target = rows[0]
            if current is not None and current in ids:
                found = self.model.rows_of_ids([current])
                target = found[0] if found else target
            index = self.model.index(target, 0)
            sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        count = self.selected_count()
        for button in (self.add_tag_button, self.remove_tag_button, self.delete_button):
            button.setEnabled(count > 0)
        self.selection_label.setText(
            self.tr("{n} selected").format(n=f"{count:,}") if count > 1 else ""
        )
        self.summaryChanged.emit()

    def _open_index(self, index: object) -> None:
        cid = self.current_id()
        if cid is not None:
            self.openCustomerRequested.emit(cid)

    # --- refresh -------------------------------------------------------------------
    def refresh(self, keep_selection: bool = True) -> None:
        """Reload counts, rows and filter values, keeping the selected customers selected."""
        ids = self.selected_ids() if keep_selection else []
        current = self.current_id() if keep_selection else None
        scroll = self.table.verticalScrollBar().value()
        self.reload_filter_choices()
        self._apply_filters()
        self.table.verticalScrollBar().setValue(scroll)
        if ids:
            self.select_ids(ids, current)

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- bulk actions --------------------------------------------------------------
    def add_tag_to_selected(self) -> None:
        """Ask for a tag and put it on every selected customer."""
        register_bulk.add_tag_to_selected(self, self._db)

    def remove_tag_from_selected(self) -> None:
        """Ask which tag to take off the selected customers."""
        register_bulk.remove_tag_from_selected(self, self._db)

    def delete_selected(self) -> None:
        """Move the selected customers to the recycle bin, after asking."""
        register_bulk.delete_selected(self, self._db)

    # --- columns -------------------------------------------------------------------
    def columns_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` with a check item per column and "Reset columns"."""
        self.columns.fill_menu(menu)

    def reset_columns(self) -> None:
        """Default columns, order and widths; newest customers first."""
        self.columns.reset()

    def layout_state(self) -> str:
        """The column layout and sort order as JSON (for QSettings), keyed by column key."""
        return self.columns.state()

    def restore_layout_state(self, state: str | None) -> None:
        """Apply what :meth:`layout_state` gave; unknown or missing columns keep defaults."""
        sort = self.columns.apply_state(state)
        if sort is not None:
            self.columns.set_sort(*sort)
        self.columns.show_sort_indicator()
