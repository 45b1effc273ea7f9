"""The main window: menus, the customer register, customer cards and the open shop file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

import crmdesk
from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.paths import AppPaths
from crmdesk.services import backup, demo, settings
from crmdesk.ui.analysis_actions import install_analysis_actions
from crmdesk.ui.backups import BackupsDialog
from crmdesk.ui.card_windows import CardWindows
from crmdesk.ui.errors import show_error
from crmdesk.ui.membership_actions import install_membership_actions
from crmdesk.ui.merge_dialog import MergeDialog
from crmdesk.ui.recycle_bin import RecycleBinDialog
from crmdesk.ui.register_view import RegisterView
from crmdesk.ui.shop_files import ask_new_shop, ask_shop_file, open_with_recovery, prepare_shop
from crmdesk.ui.tasks import run_task, task_pool
from crmdesk.ui.transfer_actions import install_transfer_actions

log = logging.getLogger(__name__)

PERIODIC_BACKUP_MS = 5 * 60 * 1000
LAYOUT_KEY = "register/layout"


class MainWindow(QMainWindow):
    """One shop file open at a time; the register fills the window."""

    def __init__(self, paths: AppPaths, qsettings: QSettings) -> None:
        super().__init__()
        self.paths = paths
        self.qsettings = qsettings
        self.db: Database | None = None
        self._owns_db = False
        self.register: RegisterView | None = None
        self.is_demo = False
        self.shop_name = ""
        self._cards = CardWindows(self, self.open_card, self.refresh)

        self.setObjectName("mainWindow")
        self.setMinimumSize(760, 500)
        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 6px 10px;"
            "border-bottom: 1px solid #e0c97a;"
        )
        self.demo_banner.setText(
            self.tr(
                "This is the demo shop: made-up customers in a file of their own. "
                "File ▸ New shop… starts your real shop."
            )
        )
        self.demo_banner.hide()
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.demo_banner)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self._build_menus()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(PERIODIC_BACKUP_MS)
        self._backup_timer.timeout.connect(self._periodic_backup)
        self._update_title()
        self._update_actions()
        geometry = self.qsettings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.qsettings.value("window/state")
        if state is not None:
            self.restoreState(state)

    # --- actions and menus ---------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_shop_action = self._action(self.tr("&New shop…"), self.new_shop)
        self.open_shop_action = self._action(self.tr("&Open shop file…"), self.choose_shop_file)
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.new_customer_action = self._action(
            self.tr("&New customer"), lambda: self.open_card(None), "Ctrl+N"
        )
        self.open_card_action = self._action(self.tr("&Open card"), self._open_current)
        self.delete_action = self._action(
            self.tr("&Delete"), self._delete_selected, QKeySequence.StandardKey.Delete
        )
        self.merge_action = self._action(self.tr("&Merge two selected…"), self.merge_selected)
        self.recycle_bin_action = self._action(self.tr("&Recycle bin…"), self.show_recycle_bin)
        self.find_action = self._action(self.tr("&Find"), self._focus_search, "Ctrl+F")
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, "F5")
        self.about_action = self._action(self.tr("&About crmdesk"), self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_shop_action, self.open_shop_action, self.backups_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        customers_menu = bar.addMenu(self.tr("&Customers"))
        for action in (self.new_customer_action, self.open_card_action, self.delete_action):
            customers_menu.addAction(action)
        customers_menu.addSeparator()
        customers_menu.addAction(self.merge_action)
        customers_menu.addAction(self.recycle_bin_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addMenu(self.columns_menu)
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        install_transfer_actions(self)
        self.analysis_actions = install_analysis_actions(self)
        self.membership_actions = install_membership_actions(self)

    def _fill_columns_menu(self) -> None:
        if self.register is not None:
            self.register.columns_menu(self.columns_menu)

    def _update_actions(self) -> None:
        has_db = self.db is not None
        selected = self.register.selected_count() if self.register is not None else 0
        for action in (self.new_customer_action, self.find_action, self.refresh_action):
            action.setEnabled(has_db)
        self.open_card_action.setEnabled(has_db and selected >= 1)
        self.delete_action.setEnabled(has_db and selected >= 1)
        self.merge_action.setEnabled(has_db and selected == 2)
        self.recycle_bin_action.setEnabled(has_db)
        self.backups_action.setEnabled(has_db)

    def _update_title(self) -> None:
        if self.db is None:
            self.setWindowTitle("crmdesk")
            return
        name = self.shop_name or self.db.path.stem
        if self.is_demo:
            name = self.tr("{name} (demo shop, made-up data)").format(
                name=self.shop_name or self.tr("Demo shop")
            )
        self.setWindowTitle(f"{name} — crmdesk")

    def _update_summary(self) -> None:
        if self.register is not None:
            self.count_label.setText(self.register.summary_text())
        self._update_actions()

    # --- opening shop files --------------------------------------------------------
    def open_shop(self, path: Path, *, demo: bool = False, shop_name: str = "") -> bool:
        """Open (or create) a shop file and show it; ``demo`` fills a new file with demo data."""
        path = Path(path).expanduser().resolve()
        if self.db is not None and self.db.path == path:
            return True
        db = open_with_recovery(path, self.paths, self)
        if db is None:
            return False
        try:
            fill_demo = prepare_shop(self, db, demo=demo, shop_name=shop_name)
        except BaseException:
            db.close()
            raise
        self.show_database(db, owned=True)
        if fill_demo:
            self._fill_demo()
        return True

    def show_database(self, db: Database, *, owned: bool = False) -> None:
        """Show an open shop file; an ``owned`` one is backed up and closed with the window."""
        self.release_database()
        self.db = db
        self._owns_db = owned
        self.is_demo = bool(settings.get_setting(db, "is_demo"))
        self.shop_name = str(settings.get_setting(db, "shop_name") or "")
        self.qsettings.setValue("last_db", str(db.path))
        view = RegisterView(db, self, str(self.qsettings.value(LAYOUT_KEY, "") or ""))
        view.openCustomerRequested.connect(self.open_card)
        view.summaryChanged.connect(self._update_summary)
        view.before_bulk_change = lambda reason: backup.backup_before(db.path, self.paths, reason)
        self.register = view
        self._central_layout.addWidget(view, 1)
        self.demo_banner.setVisible(self.is_demo)
        self._update_title()
        self._update_summary()
        self._backup_timer.start()
        view.table.setFocus()
        self.analysis_actions.shop_opened()
        self.membership_actions.shop_opened()

    def _fill_demo(self) -> None:
        if self.db is None:
            return
        db = self.db
        run_task(
            self,
            self.tr("Creating the demo shop…"),
            lambda progress, cancel: demo.create_demo_shop(db, progress=progress, cancel=cancel),
            on_done=lambda _result: self._demo_ready(db),
        )

    def _demo_ready(self, db: Database) -> None:
        if self.db is db:
            self.shop_name = str(settings.get_setting(db, "shop_name") or "")
            self._update_title()
            self.refresh()

    def release_database(self) -> None:
        """Save the layout, close cards, and (when owned) back up and close the shop file."""
        if self.register is not None:
            self.qsettings.setValue(LAYOUT_KEY, self.register.layout_state())
            self.register.hide()
            self.register.deleteLater()
            self.register = None
        self._cards.close_all()
        self._backup_timer.stop()
        db, self.db = self.db, None
        self.count_label.clear()
        self.demo_banner.hide()
        self._update_title()
        self._update_actions()
        if db is None or not self._owns_db:
            return
        task_pool().waitForDone()
        try:
            backup.backup_on_close(db, self.paths)
        except CrmdeskError as exc:
            show_error(self, exc)
        finally:
            db.close()

    def choose_shop_file(self) -> None:
        """File ▸ Open shop file…"""
        path = ask_shop_file(self, self.paths)
        if path is not None:
            self.open_shop(path)

    def new_shop(self) -> None:
        """File ▸ New shop…: ask the name and where to keep the file, then open it."""
        chosen = ask_new_shop(self, self.paths)
        if chosen is not None:
            self.open_shop(chosen[1], shop_name=chosen[0])

    # --- customers -----------------------------------------------------------------
    def open_card(self, customer_id: int | None) -> None:
        """Show the card of a customer (one window per customer), or a new empty card."""
        if self.db is None:
            return
        self._cards.open(self.db, customer_id)

    def open_cards(self) -> dict[int, QWidget]:
        """The card windows open now, by customer id."""
        return self._cards.windows()

    def _open_current(self) -> None:
        if self.register is not None and (cid := self.register.current_id()) is not None:
            self.open_card(cid)

    def _delete_selected(self) -> None:
        if self.register is not None:
            self.register.delete_selected()

    def _focus_search(self) -> None:
        if self.register is not None:
            self.register.focus_search()

    def refresh(self) -> None:
        """Reload the register from the shop file (F5)."""
        if self.register is not None:
            self.register.refresh()

    def merge_selected(self) -> None:
        """Customers ▸ Merge two selected…"""
        if self.register is None or self.db is None:
            return
        ids = self.register.selected_ids()
        if len(ids) != 2:
            return
        dialog = MergeDialog(self.db, ids[0], ids[1], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda _result: self._after_merge(ids))
        dialog.open()

    def _after_merge(self, ids: list[int]) -> None:
        self._cards.close(ids)
        self.refresh()

    def show_recycle_bin(self) -> None:
        """Customers ▸ Recycle bin…"""
        if self.db is None:
            return
        dialog = RecycleBinDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda _changed: self.refresh())
        dialog.open()

    # --- backups -------------------------------------------------------------------
    def show_backups(self) -> None:
        """File ▸ Backups…"""
        if self.db is None:
            return
        dialog = BackupsDialog(self.db, self.paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restoreRequested.connect(self.restore_backup)
        dialog.open()

    def restore_backup(self, backup_path: Path) -> None:
        """Close the shop file, put the backup in its place and open it again."""
        if self.db is None:
            return
        db_path = self.db.path
        self.release_database()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.open_shop(db_path)

        run_task(
            self,
            self.tr("Restoring the backup…"),
            lambda progress, cancel: backup.restore_backup(
                db_path, Path(backup_path), self.paths.backups_dir, progress=progress, cancel=cancel
            ),
            on_done=lambda restored: self.open_shop(Path(restored)),
            on_error=failed,
            on_cancelled=lambda: self.open_shop(db_path),
        )

    def _periodic_backup(self) -> None:
        if self.db is None:
            return
        db = self.db
        run_task(
            self,
            self.tr("Backing up…"),
            lambda progress, cancel: backup.maybe_periodic_backup(db, self.paths),
            on_error=lambda exc: log.warning("periodic backup failed: %s", exc),
            quiet=True,
        )

    # --- help and closing ----------------------------------------------------------
    def show_about(self) -> None:
        """Help ▸ About crmdesk."""
        QMessageBox.about(
            self,
            self.tr("About crmdesk"),
            self.tr(
                "<b>crmdesk {version}</b><p>Customer files for a small online shop, "
                "kept on this computer.</p><p>Shop file: {path}<br>Backups: {backups}</p>"
            ).format(
                version=crmdesk.__version__,
                path=self.db.path if self.db is not None else "-",
                backups=self.paths.backups_dir,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/state", self.saveState())
        self.release_database()
        self.qsettings.sync()
        event.accept()
