"""Choosing, creating and opening shop files, with recovery and the demo shop's rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from crmdesk.db import Database, open_database
from crmdesk.errors import CrmdeskError
from crmdesk.paths import AppPaths
from crmdesk.services import register, settings
from crmdesk.services.backup import backup_before
from crmdesk.services.register import RegisterQuery
from crmdesk.ui.first_run import SHOP_FILE_FILTER
from crmdesk.ui.recovery import handle_open_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShopFiles", text)


def open_with_recovery(path: Path, paths: AppPaths, parent: QWidget | None) -> Database | None:
    """Open ``path`` (backed up before a migration), offering recovery when that fails.

    A damaged, newer or locked file goes to :func:`crmdesk.ui.recovery.handle_open_error`,
    which may name another file to open instead (a restored backup). None: nothing opened.
    """

    def backup_fn(db_path: Path, reason: str) -> Path:
        return Path(backup_before(db_path, paths, reason))

    # Recovery usually restores a backup into the same file and asks to open it again;
    # a few rounds are allowed, never an endless loop on a file that keeps failing.
    for _attempt in range(3):
        try:
            return open_database(path, backup_before_migration=backup_fn)
        except CrmdeskError as exc:
            other = handle_open_error(exc, path, paths, parent)
            if other is None:
                return None
            path = Path(other)
    return None


def prepare_shop(parent: QWidget | None, db: Database, *, demo: bool, shop_name: str) -> bool:
    """Mark a new demo file or name a new shop; returns whether demo data must be made.

    The demo shop never goes into a file that already holds a real shop.
    """
    is_demo = bool(settings.get_setting(db, "is_demo"))
    empty = register.count_customers(db, RegisterQuery(), cap=1) == 0
    if demo and not is_demo and not empty:
        QMessageBox.warning(
            parent,
            _tr("Demo shop"),
            _tr(
                "{path} holds a real shop. The demo shop needs a file of its own; "
                "the file was opened without demo data."
            ).format(path=db.path),
        )
        demo = False
    if demo and not is_demo:
        settings.set_settings(db, {"is_demo": True})
    if shop_name:
        settings.set_settings(db, {"shop_name": shop_name})
    return demo and empty


def ask_shop_file(parent: QWidget | None, paths: AppPaths) -> Path | None:
    """File ▸ Open shop file…: the file the owner picked."""
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open a shop file"), str(paths.data_dir), SHOP_FILE_FILTER
    )
    return Path(path) if path else None


def ask_new_shop(parent: QWidget | None, paths: AppPaths) -> tuple[str, Path] | None:
    """File ▸ New shop…: the shop's name and a new file for it (never an existing shop)."""
    name, ok = QInputDialog.getText(parent, _tr("New shop"), _tr("Shop name:"))
    name = " ".join(name.split())
    if not ok or not name:
        return None
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    suggested = paths.default_db
    if suggested.exists():
        suggested = paths.data_dir / f"{name}.crmdesk"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Where to keep the new shop file"),
        str(suggested),
        SHOP_FILE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not path:
        return None
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        QMessageBox.warning(
            parent,
            _tr("New shop"),
            _tr(
                "{path} already holds a shop. Choose another name, "
                "or use File ▸ Open shop file… to open it."
            ).format(path=target),
        )
        return None
    return name, target
