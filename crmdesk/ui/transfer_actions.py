"""The Data menu: import, the import template, and exports of customers, orders and contacts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from crmdesk.errors import CrmdeskError
from crmdesk.services import exporting, exporting_records
from crmdesk.services.importing import write_customer_template
from crmdesk.services.register import RegisterQuery
from crmdesk.services.register_columns import COLUMNS
from crmdesk.ui.errors import show_error
from crmdesk.ui.menus import install_menu, menu_action
from crmdesk.ui.tasks import run_task

_LAST_DIR_KEY = "transfer/last_dir"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferActions", text)


def visible_columns(layout_state: str) -> list[str]:
    """Register column keys shown now, left to right, from the register's layout state."""
    try:
        data = json.loads(layout_state)
    except ValueError:
        data = None
    keys = {c.key for c in COLUMNS}
    columns = data.get("columns", []) if isinstance(data, dict) else []
    shown = [
        str(entry["key"])
        for entry in columns
        if isinstance(entry, dict) and entry.get("key") in keys and entry.get("visible", True)
    ]
    return shown or [c.key for c in COLUMNS if c.default_visible]


def show_write_error(parent: QWidget | None, exc: BaseException, path: Path) -> None:
    """Tell the owner a file could not be written: a clear message for a folder or disk problem."""
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        exc = CrmdeskError(
            _tr("{path} could not be written: {reason}. Choose another folder or name.").format(
                path=path, reason=reason
            )
        )
    show_error(parent, exc)


class TransferActions(QObject):
    """The Data menu's actions on a main window (it needs ``db``, ``register``, ``refresh``)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("transferActions")
        self.window = window
        self.import_action = menu_action(window, "importAction", _tr("&Import…"), self.start_import)
        self.template_action = menu_action(
            window, "templateAction", _tr("Save import &template…"), self.save_template
        )
        self.export_register_action = menu_action(
            window,
            "exportRegisterAction",
            _tr("Export register as &shown…"),
            self.export_register,
        )
        self.export_orders_action = menu_action(
            window, "exportOrdersAction", _tr("Export &orders…"), self.export_orders
        )
        self.export_contacts_action = menu_action(
            window,
            "exportContactsAction",
            _tr("Export &contact records…"),
            self.export_contacts,
        )
        self.menu = install_menu(
            window,
            _tr("&Data"),
            "dataMenu",
            [
                self.import_action,
                self.template_action,
                None,
                self.export_register_action,
                self.export_orders_action,
                self.export_contacts_action,
            ],
            self.update_actions,
        )
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what needs an open shop file only when one is open."""
        has_db = self._db() is not None
        for action in (
            self.import_action,
            self.export_register_action,
            self.export_orders_action,
            self.export_contacts_action,
        ):
            action.setEnabled(has_db)

    # --- helpers -------------------------------------------------------------------
    def _db(self) -> Any:
        return getattr(self.window, "db", None)

    def _settings(self) -> QSettings | None:
        settings = getattr(self.window, "qsettings", None)
        return settings if isinstance(settings, QSettings) else None

    def _last_dir(self) -> str:
        settings = self._settings()
        folder = str(settings.value(_LAST_DIR_KEY, "") or "") if settings is not None else ""
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember_dir(self, path: Path) -> None:
        settings = self._settings()
        if settings is not None:
            settings.setValue(_LAST_DIR_KEY, str(path.parent))

    def _ask_save_path(self, title: str, base_name: str) -> Path | None:
        suggested = Path(self._last_dir()) / f"{base_name} {dt.date.today().isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(suggested), _tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        self._remember_dir(target)
        return target

    def _register_query(self) -> tuple[RegisterQuery | None, list[str] | None]:
        view = getattr(self.window, "register", None)
        if view is None:
            return None, None
        return view.model.query(), visible_columns(view.layout_state())

    def _saved(self, title: str, text: str, path: Path) -> None:
        status = self.window.statusBar()
        status.showMessage(_tr("Saved {path}").format(path=path), 10_000)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = box.addButton(_tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # --- import --------------------------------------------------------------------
    def start_import(self) -> None:
        """Data ▸ Import…: open the import wizard on the shop file."""
        from crmdesk.ui.import_wizard import ImportWizard

        db = self._db()
        if db is None:
            return
        backup = None
        paths = getattr(self.window, "paths", None)
        if paths is not None:
            from crmdesk.services.backup import backup_before

            def backup(reason: str) -> object:
                # A large import is one of the moments a backup is forced first.
                return backup_before(db.path, paths, reason)

        wizard = ImportWizard(db, self.window, before_import=backup, start_dir=self._last_dir())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        wizard.open()

    def _imported(self, _summary: object) -> None:
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()

    def save_template(self) -> None:
        """Data ▸ Save import template…: a blank customer workbook to fill in."""
        target = self._ask_save_path(_tr("Save the import template"), _tr("Customer list template"))
        if target is None:
            return
        try:
            write_customer_template(target)
        except OSError as exc:
            show_write_error(self.window, exc, target)
            return
        self._saved(
            _tr("Import template"),
            _tr("The import template was saved to:\n{path}").format(path=target),
            target,
        )

    # --- exports -------------------------------------------------------------------
    def _export(
        self,
        title: str,
        base_name: str,
        work: Callable[[Path, Any, Any], exporting.ExportResult],
        done_text: str,
    ) -> None:
        db = self._db()
        if db is None:
            return
        target = self._ask_save_path(title, base_name)
        if target is None:
            return

        def report(result: exporting.ExportResult) -> None:
            self._saved(
                title, done_text.format(n=f"{result.rows:,}", path=result.path), result.path
            )

        run_task(
            self.window,
            _tr("Saving {name}…").format(name=target.name),
            lambda progress, cancel: work(target, progress, cancel),
            on_done=report,
            on_error=lambda exc: show_write_error(self.window, exc, target),
        )

    def export_register(self) -> None:
        """Data ▸ Export register as shown…: the register's customers, filter and columns."""
        db = self._db()
        query, columns = self._register_query()
        self._export(
            _tr("Export register as shown"),
            _tr("Customers"),
            lambda path, progress, cancel: exporting.export_customers(
                db, path, query, columns, progress=progress, cancel=cancel
            ),
            _tr("{n} customers were saved to:\n{path}"),
        )

    def _filter(self) -> RegisterQuery | None:
        """The register's filter when it narrows the list (then only those customers)."""
        view = getattr(self.window, "register", None)
        if view is None or not view.has_filters():
            return None
        query: RegisterQuery = view.model.query()
        return query

    def export_orders(self) -> None:
        """Data ▸ Export orders…: every order, or those of the customers the register shows."""
        db = self._db()
        query = self._filter()
        self._export(
            _tr("Export orders"),
            _tr("Orders"),
            lambda path, progress, cancel: exporting_records.export_orders(
                db, path, query, progress=progress, cancel=cancel
            ),
            _tr("{n} orders were saved to:\n{path}"),
        )

    def export_contacts(self) -> None:
        """Data ▸ Export contact records…: every contact record, or those of the shown customers."""
        db = self._db()
        query = self._filter()
        self._export(
            _tr("Export contact records"),
            _tr("Contact records"),
            lambda path, progress, cancel: exporting_records.export_contacts(
                db, path, query, progress=progress, cancel=cancel
            ),
            _tr("{n} contact records were saved to:\n{path}"),
        )


def install_transfer_actions(window: QMainWindow) -> None:
    """Add the Data menu (import, template, exports) to ``window``'s menu bar."""
    TransferActions(window)
