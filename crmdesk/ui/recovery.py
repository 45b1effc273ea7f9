"""What the owner sees when a shop file cannot be opened, and the way back to their data.

A damaged file is explained, then — only with the owner's consent — moved aside as
``*.damaged-<time>`` (never deleted) and replaced by the newest backup that checks
clean. Another program's file is left exactly where and as it is. A file from a newer
crmdesk, or one open in another window, gets a plain message.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.errors import (
    CrmdeskError,
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    NotCrmdeskDatabaseError,
)
from crmdesk.paths import AppPaths
from crmdesk.services import backup as backups

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def handle_open_error(
    exc: BaseException, path: Path, paths: AppPaths, parent: QWidget | None
) -> Path | None:
    """Deal with ``exc`` from opening ``path``; return a shop file to open instead, or None.

    None means: open nothing (the owner chose to quit, or there is nothing to offer).
    """
    path = Path(path)
    if isinstance(exc, NotCrmdeskDatabaseError):
        QMessageBox.warning(
            parent,
            _tr("Not a shop file"),
            _tr("{message}\n\nChoose a crmdesk shop file (*.crmdesk), or start a new shop.").format(
                message=exc
            ),
        )
        return None
    if isinstance(exc, DamagedDatabaseError):
        return _recover_damaged(exc, path, paths, parent)
    if isinstance(exc, NewerDatabaseError):
        QMessageBox.warning(parent, _tr("Newer shop file"), str(exc))
        return None
    if isinstance(exc, DatabaseLockedError):
        QMessageBox.information(parent, _tr("Shop file in use"), str(exc))
        return None
    QMessageBox.warning(parent, _tr("The shop file cannot be opened"), str(exc))
    return None


def _recover_damaged(
    exc: DamagedDatabaseError, path: Path, paths: AppPaths, parent: QWidget | None
) -> Path | None:
    log.warning("damaged shop file %s: %s", path, exc)
    offer = backups.newest_clean_backup(paths.backups_dir, path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Damaged shop file"))
    box.setText(
        _tr(
            "The shop file {path} is damaged and cannot be opened safely. It will be moved "
            "aside, not deleted, so it can still be looked at later."
        ).format(path=path)
    )
    box.setDetailedText(str(exc))
    if offer is not None:
        box.setInformativeText(
            _tr(
                "The newest sound backup is from {time}: {customers} customers, {orders} "
                "orders. Changes made after it are not in it."
            ).format(
                time=offer.created_at.strftime("%Y-%m-%d %H:%M"),
                customers="?" if offer.customers is None else offer.customers,
                orders="?" if offer.orders is None else offer.orders,
            )
        )
        go = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(
            _tr(
                "No sound backup of this shop was found in {folder}. You can start a new, "
                "empty shop file in its place; the damaged file is kept beside it."
            ).format(folder=backups.backup_folder(paths.backups_dir, path))
        )
        go = box.addButton(_tr("Start an empty shop"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.exec()
    if box.clickedButton() is not go:
        return None  # the damaged file stays where it is: the next start asks again

    try:
        moved = backups.quarantine_damaged(path)
    except OSError as err:
        QMessageBox.warning(
            parent,
            _tr("Damaged shop file"),
            _tr("The damaged file could not be moved aside: {reason}").format(reason=err),
        )
        return None
    if offer is None:
        _tell_moved(parent, moved, restored=False)
        return path
    try:
        backups.restore_backup(path, offer.path, paths.backups_dir)
    except CrmdeskError as err:
        _put_back(moved, path)
        QMessageBox.warning(
            parent,
            _tr("Restore failed"),
            _tr("The backup could not be restored: {reason}").format(reason=err),
        )
        return None
    _tell_moved(parent, moved, restored=True)
    return path


def _put_back(moved: Path, path: Path) -> None:
    """Undo the quarantine when nothing took the file's place."""
    if path.exists():
        return
    with contextlib.suppress(OSError):
        for side in ("-wal", "-shm", "-journal"):
            src = moved.with_name(moved.name + side)
            if src.exists():
                src.replace(path.with_name(path.name + side))
        moved.replace(path)


def _tell_moved(parent: QWidget | None, moved: Path, *, restored: bool) -> None:
    text = (
        _tr("The backup was restored. The damaged file was kept as {moved}.")
        if restored
        else _tr("The damaged file was kept as {moved}. A new, empty shop file is opened.")
    )
    QMessageBox.information(parent, _tr("Damaged shop file"), text.format(moved=moved))
