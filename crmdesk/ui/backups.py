"""The backups page: every backup of the open shop, back up now, restore, show the folder.

Restoring needs the shop file closed, which only the main window can do: the dialog
asks the owner to confirm and then emits :attr:`BackupsDialog.restoreRequested` with the
chosen backup; the main window closes the file, calls
:func:`crmdesk.services.backup.restore_backup` and opens the shop again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.paths import AppPaths
from crmdesk.services import backup as backups
from crmdesk.services.backup import BackupInfo
from crmdesk.ui.tasks import run_task

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TIME, COL_REASON, COL_SIZE, COL_CUSTOMERS, COL_ORDERS = range(5)


def format_size(size: int) -> str:
    """A file size for people: 812 KB, 14.2 MB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class BackupsDialog(QDialog):
    """The list of backups of the open shop file, with Back up now and Restore."""

    #: The owner confirmed restoring this backup; the main window does the swap.
    restoreRequested = Signal(Path)  # noqa: N815 - Qt signal naming, as the main window expects

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)

        self.intro = QLabel(
            self.tr(
                "crmdesk backs up the shop file by itself: when you close it, every half "
                "hour while you work, and before updates, imports and restores. Each backup "
                "is checked before it is kept."
            )
        )
        self.intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Reason"), self.tr("Size"), self.tr("Customers"),
             self.tr("Orders")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Show folder"))
        self.folder_button.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        self.refresh()

    # --- what is shown -----------------------------------------------------------------
    def folder(self) -> Path:
        """The folder that holds this shop's backups."""
        return backups.backup_folder(self.paths.backups_dir, self.db.path)

    def reason_text(self, reason: str) -> str:
        """Why a backup was made, in the owner's words."""
        labels = {
            backups.MANUAL: self.tr("By hand"),
            backups.ON_CLOSE: self.tr("On closing"),
            backups.PERIODIC: self.tr("While working"),
            backups.PRE_MIGRATION: self.tr("Before an update"),
            backups.PRE_RESTORE: self.tr("Before a restore"),
            "pre-import": self.tr("Before an import"),
            "pre-delete": self.tr("Before deleting"),
        }
        return labels.get(reason, reason)

    def refresh(self, select: Path | None = None) -> None:
        """Reload the list of backups (and select ``select`` when given)."""
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=self.folder()))
        found = backups.list_backups(self.paths.backups_dir, self.db.path)
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            self._fill_row(row, info)
        if select is not None:
            for row, info in enumerate(found):
                if info.path == select:
                    self.table.selectRow(row)
        if not found:
            self.status_label.setText(self.tr("No backups yet."))
        self._update_buttons()

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        def number(value: int | None) -> str:
            return "?" if value is None else f"{value:,}"

        cells = (
            info.created_at.strftime("%Y-%m-%d %H:%M"),
            self.reason_text(info.reason),
            format_size(info.size),
            number(info.customers),
            number(info.orders),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= COL_SIZE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(PATH_ROLE, str(info.path))
            item.setToolTip(str(info.path))
            self.table.setItem(row, column, item)

    def selected_backup(self) -> Path | None:
        """The backup file of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(str(self.table.item(rows[0].row(), COL_TIME).data(PATH_ROLE)))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    # --- actions -----------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Make a backup now (off the UI thread) and show it at the top of the list."""
        db, backups_dir = self.db, self.paths.backups_dir
        self.backup_button.setEnabled(False)
        self.status_label.setText(self.tr("Backing up…"))

        def work(progress, cancel):  # type: ignore[no-untyped-def]
            return backups.create_backup(
                db, backups_dir, backups.MANUAL, progress=progress, cancel=cancel
            )

        def done(info: BackupInfo) -> None:
            self.backup_button.setEnabled(True)
            self.refresh(select=info.path)
            self.status_label.setText(
                self.tr("Backed up and checked: {customers} customers, {orders} orders.").format(
                    customers=info.customers, orders=info.orders
                )
            )

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.status_label.setText(self.tr("The backup was not made."))
            from crmdesk.ui.errors import show_error

            show_error(self, exc)

        def cancelled() -> None:
            self.backup_button.setEnabled(True)
            self.status_label.setText(self.tr("The backup was cancelled."))

        run_task(
            self,
            self.tr("Backing up…"),
            work,
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
        )

    def restore_selected(self) -> None:
        """Ask, then hand the selected backup to the main window to restore."""
        path = self.selected_backup()
        if path is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        when = self.table.item(row, COL_TIME).text()
        customers = self.table.item(row, COL_CUSTOMERS).text()
        orders = self.table.item(row, COL_ORDERS).text()
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Put the backup of {when} ({customers} customers, {orders} orders) in place "
                "of the shop file?\n\nChanges made since then will no longer be shown. The "
                "current file is kept as a backup first, so you can undo this by restoring "
                "that one."
            ).format(when=when, customers=customers, orders=orders),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restoreRequested.emit(path)
        self.accept()

    def show_folder(self) -> None:
        """Open the backups folder in the file manager."""
        folder = self.folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
