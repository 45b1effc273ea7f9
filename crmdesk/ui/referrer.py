"""Picking the customer who referred this one: a name search over the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services import customers, register

_MAX_HITS = 50


class ReferrerPicker(QDialog):
    """Search customers by name, phone or pinyin and choose one."""

    def __init__(self, db: Database, exclude_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the referrer"))
        self.resize(420, 420)
        self._db = db
        self._exclude_id = exclude_id
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, pinyin or phone"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(self._timer.start)
        self.results.itemDoubleClicked.connect(self.accept)
        self.results.currentItemChanged.connect(self._update_ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._refresh()

    def chosen(self) -> tuple[int, str] | None:
        """The customer picked (id, name), if any."""
        item = self.results.currentItem()
        if item is None:
            return None
        role = Qt.ItemDataRole.UserRole
        return int(item.data(role)), str(item.data(role + 1))

    def _refresh(self) -> None:
        self.results.clear()
        query = register.RegisterQuery(
            search=self.search.text().strip(), sort_key="name", sort_desc=False
        )
        try:
            rows = register.fetch_page(self._db, query, 0, _MAX_HITS + 1)
        except CrmdeskError as err:
            self.hint.setText(str(err))
            return
        shown = [row for row in rows if row.id != self._exclude_id][:_MAX_HITS]
        for row in shown:
            label = row.name if not row.phone else f"{row.name}  ({row.phone})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.name)
            self.results.addItem(item)
        if len(rows) > _MAX_HITS:
            self.hint.setText(
                self.tr("Showing the first %n matches; type more to narrow down.", "", _MAX_HITS)
            )
        elif not shown:
            self.hint.setText(self.tr("No customer matches."))
        else:
            self.hint.clear()
        if shown:
            self.results.setCurrentRow(0)
        self._update_ok()

    def _update_ok(self) -> None:
        self._ok.setEnabled(self.results.currentItem() is not None)


class ReferrerField(QWidget):
    """Shows the referrer's name with buttons to choose or clear it."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._id: int | None = None
        self.exclude_id: int | None = None
        self.display = QLineEdit(self)
        self.display.setReadOnly(True)
        self.display.setPlaceholderText(self.tr("Nobody"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        for button in (self.choose_button, self.clear_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)
        self.choose_button.clicked.connect(self._choose)
        self.clear_button.clicked.connect(self._clear)
        self._update()

    def referrer_id(self) -> int | None:
        """The referrer's customer id, or None."""
        return self._id

    def set_referrer(self, customer_id: int | None) -> None:
        """Show the referrer with this id (its name is looked up)."""
        self._id = customer_id
        name = ""
        if customer_id is not None:
            try:
                name = customers.get_customer(self._db, customer_id).data.name
            except CrmdeskError:
                name = self.tr("(deleted customer)")
        self.display.setText(name)
        self._update()

    def _choose(self) -> None:
        picker = ReferrerPicker(self._db, self.exclude_id, self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = picker.chosen()
        if chosen is None:
            return
        self._id, name = chosen
        self.display.setText(name)
        self._update()
        self.changed.emit()

    def _clear(self) -> None:
        self._id = None
        self.display.clear()
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.clear_button.setEnabled(self._id is not None)
