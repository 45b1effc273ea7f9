"""Menus that the action groups (Data, Analysis, Membership) put on the main window's bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


def menu_action(parent: QWidget, name: str, text: str, slot: Callable[[], None]) -> QAction:
    """An action named ``name`` (for tests and settings) that calls ``slot``."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def install_menu(
    window: QMainWindow,
    title: str,
    name: str,
    actions: Sequence[QAction | None],
    about_to_show: Callable[[], None],
) -> QMenu:
    """A menu of ``actions`` (None: a separator) put before the bar's last menu, Help."""
    menu = QMenu(title, window)
    menu.setObjectName(name)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.aboutToShow.connect(about_to_show)
    bar = window.menuBar()
    existing = bar.actions()
    if existing:
        bar.insertMenu(existing[-1], menu)
    else:
        bar.addMenu(menu)
    return menu
