"""Driving modal dialogs in tests: act on the next one that opens, as the owner would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

D = TypeVar("D", bound=QWidget)

_TRIES = 250  # x 20 ms: five seconds for the dialog to appear


def with_next_modal(
    qtbot: Any, kind: type[D], act: Callable[[D], None], trigger: Callable[[], None]
) -> D:
    """Run ``trigger``; when a modal ``kind`` opens, call ``act`` on it; return the dialog.

    Whatever ``act`` leaves open is rejected afterwards, so a failing test fails instead of
    hanging on a dialog nobody answers.
    """
    seen: list[D] = []

    def poll(tries: int = _TRIES) -> None:
        widget = QApplication.activeModalWidget()
        # Acting before the dialog is the active window would type into nowhere.
        if isinstance(widget, kind) and widget.isVisible() and widget.isActiveWindow():
            seen.append(widget)
            # Scheduled first: if ``act`` fails, the dialog still closes and the test ends.
            QTimer.singleShot(300, lambda: _close_leftover(widget))
            act(widget)
        elif tries > 0:
            QTimer.singleShot(20, lambda: poll(tries - 1))

    QTimer.singleShot(0, poll)
    trigger()
    assert seen, f"no {kind.__name__} opened"
    return seen[0]


def _close_leftover(widget: QWidget) -> None:
    # Message boxes opened by the static helpers are deleted as soon as they are answered.
    if shiboken6.isValid(widget) and isinstance(widget, QDialog) and widget.isVisible():
        widget.reject()


def button_named(box: QMessageBox, text: str | QMessageBox.StandardButton) -> QAbstractButton:
    """The button of ``box`` showing ``text`` (accelerators ignored), or a standard button."""
    if isinstance(text, QMessageBox.StandardButton):
        standard = box.button(text)
        assert standard is not None, f"no {text} button"
        return standard
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            return button
    raise AssertionError(f"no button {text!r} among {[b.text() for b in box.buttons()]}")


def answer_message_box(
    qtbot: Any, text: str | QMessageBox.StandardButton, trigger: Callable[[], None]
) -> str:
    """Run ``trigger``; click ``text`` in the message box it opens; return the box's text."""
    shown: list[str] = []

    def act(box: QMessageBox) -> None:
        shown.append(box.text())
        qtbot.mouseClick(button_named(box, text), Qt.MouseButton.LeftButton)

    with_next_modal(qtbot, QMessageBox, act, trigger)
    return shown[0]


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key presses, Chinese as an input method would.

    QTest can only press keys that exist on a keyboard; Chinese text reaches a widget as
    the committed string of an input method (拼音输入法), so that is what is sent here.
    """
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)
