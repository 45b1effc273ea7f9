"""The register's views box: ready-made views and the owner's saved filters, by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services import views
from crmdesk.services.register import RegisterQuery
from crmdesk.services.views import View


class ViewsPanel(QWidget):
    """A combo of views (choosing one shows it) and a menu to save, rename or delete."""

    #: A view was chosen: carries its RegisterQuery (or a plain one for "All customers").
    viewChosen = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        db: Database,
        current_query: Callable[[], RegisterQuery],
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._current_query = current_query
        self._today = today
        self._views: dict[str, View] = {}
        self.combo = QComboBox(self)
        self.combo.setObjectName("viewsCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(8)
        self.combo.setToolTip(self.tr("Ready-made and saved views of the register"))
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("viewsMenuButton")
        self.menu_button.setText(self.tr("Views"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.save_action = menu.addAction(
            self.tr("Save current filter as view…"), self.save_current
        )
        self.rename_action = menu.addAction(self.tr("Rename view…"), self.rename_current)
        self.delete_action = menu.addAction(self.tr("Delete view"), self.delete_current)
        menu.aboutToShow.connect(self._update_actions)
        self.menu_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.menu_button)
        self.reload()
        self.combo.activated.connect(self._chosen)

    # --- the list --------------------------------------------------------------------
    def reload(self, select_key: str | None = None) -> None:
        """Refill the box (ready views follow the month); keep or pick the current view."""
        keep = select_key if select_key is not None else self.combo.currentData()
        self._views = {v.key: v for v in views.list_views(self._db, self._today())}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All customers"), None)
        ready = [v for v in self._views.values() if v.ready]
        saved = [v for v in self._views.values() if not v.ready]
        for view in ready:
            self.combo.addItem(view.name, view.key)
        if saved:
            self.combo.insertSeparator(self.combo.count())
            for view in saved:
                self.combo.addItem(view.name, view.key)
        index = self.combo.findData(keep) if keep is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def names(self) -> list[str]:
        """The texts offered in the box, top to bottom (separators left out)."""
        return [self.combo.itemText(i) for i in range(self.combo.count()) if self.combo.itemText(i)]

    def current_view(self) -> View | None:
        """The view chosen now (None: all customers, or the filters were changed since)."""
        key = self.combo.currentData()
        return self._views.get(key) if key is not None else None

    def choose(self, key: str | None) -> None:
        """Pick the view with ``key`` (None: all customers) and show it."""
        index = self.combo.findData(key) if key is not None else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._chosen(index)

    def forget_choice(self) -> None:
        """The owner changed the filters by hand: the box no longer names a view."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        view = self.current_view()
        self.viewChosen.emit(view.query if view is not None else RegisterQuery())

    # --- save, rename, delete --------------------------------------------------------
    def _update_actions(self) -> None:
        view = self.current_view()
        own = view is not None and not view.ready
        self.rename_action.setEnabled(own)
        self.delete_action.setEnabled(own)

    def save_current(self) -> None:
        """Ask for a name and save the register's current filter and sort under it."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save view"),
            self.tr("Name of the view (it keeps the filter, so it updates itself):"),
            QLineEdit.EchoMode.Normal,
        )
        if not ok or not name.strip():
            return
        query = self._current_query()
        try:
            saved = views.save_view(self._db, name, query)
        except CrmdeskError as err:
            if not any(v.name == name.strip() and not v.ready for v in self._views.values()):
                QMessageBox.warning(self, self.tr("Save view"), str(err))
                return
            answer = QMessageBox.question(
                self,
                self.tr("Save view"),
                self.tr("Replace the view {name}?").format(name=name.strip()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            saved = views.save_view(self._db, name, query, overwrite=True)
        self.reload(saved.key)

    def rename_current(self) -> None:
        """Give the chosen saved view another name."""
        view = self.current_view()
        if view is None or view.view_id is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename view"), self.tr("New name:"), QLineEdit.EchoMode.Normal, view.name
        )
        if not ok:
            return
        try:
            renamed = views.rename_view(self._db, view.view_id, name)
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Rename view"), str(err))
            return
        self.reload(renamed.key)

    def delete_current(self) -> None:
        """Forget the chosen saved view, after asking (customers are not touched)."""
        view = self.current_view()
        if view is None or view.view_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete view"),
            self.tr("Delete the view {name}? The customers in it stay.").format(name=view.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            views.delete_view(self._db, view.view_id)
        except CrmdeskError as err:
            QMessageBox.warning(self, self.tr("Delete view"), str(err))
        self.reload(None)
        self.forget_choice()
