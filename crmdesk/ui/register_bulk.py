"""The register's bulk actions on the selected customers: add or remove a tag, delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from crmdesk.db import Database
from crmdesk.services import customers, register, tags
from crmdesk.services.customers import Changed

if TYPE_CHECKING:
    from crmdesk.ui.register_view import RegisterView


def _tr(text: str) -> str:
    # The register view's own texts: translated in its context.
    return QCoreApplication.translate("RegisterView", text)


def add_tag_to_selected(view: RegisterView, db: Database) -> None:
    """Ask for a tag and put it on every selected customer."""
    ids = view.selected_ids()
    if not ids:
        return
    choices = register.filter_choices(db).get("tags", [])
    name, ok = QInputDialog.getItem(
        view,
        _tr("Add tag"),
        _tr("Tag to add to {n} customers:").format(n=f"{len(ids):,}"),
        choices,
        0,
        True,
    )
    name = name.strip()
    if ok and name:
        _bulk(view, lambda: tags.add_tag(db, ids, name), ids, "bulk-tag", keep=True)


def remove_tag_from_selected(view: RegisterView, db: Database) -> None:
    """Ask which tag to take off the selected customers."""
    ids = view.selected_ids()
    if not ids:
        return
    choices = register.filter_choices(db).get("tags", [])
    if not choices:
        QMessageBox.information(view, _tr("Remove tag"), _tr("No customer has a tag yet."))
        return
    name, ok = QInputDialog.getItem(
        view,
        _tr("Remove tag"),
        _tr("Tag to remove from {n} customers:").format(n=f"{len(ids):,}"),
        choices,
        0,
        False,
    )
    if ok and name:
        _bulk(view, lambda: tags.remove_tag(db, ids, name), ids, "bulk-tag", keep=True)


def delete_selected(view: RegisterView, db: Database) -> None:
    """Move the selected customers to the recycle bin, after asking."""
    ids = view.selected_ids()
    if not ids:
        return
    if len(ids) == 1:
        row = view.model.row_at(view.selected_rows()[0])
        question = _tr("Move {name} to the recycle bin?").format(
            name=row.name if row is not None else ""
        )
    else:
        question = _tr("Move {n} customers to the recycle bin?").format(n=f"{len(ids):,}")
    answer = QMessageBox.question(
        view,
        _tr("Delete customers"),
        question + "\n" + _tr("You can bring them back from the recycle bin."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Yes:
        _bulk(view, lambda: customers.delete_customers(db, ids), ids, "bulk-delete", keep=False)


def _bulk(
    view: RegisterView, action: Callable[[], Changed], ids: list[int], reason: str, *, keep: bool
) -> None:
    first_row = min(view.selected_rows(), default=0)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if view.before_bulk_change is not None and len(ids) > 1:
            view.before_bulk_change(reason)
        changed = action()
    finally:
        QGuiApplication.restoreOverrideCursor()
    view.refresh(keep_selection=False)
    if keep:
        view.select_ids(ids)
    elif view.model.total() > 0:
        # Carry on where the removed rows were.
        index = view.model.index(min(first_row, view.model.total() - 1), 0)
        view.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    view.changed.emit(changed)
