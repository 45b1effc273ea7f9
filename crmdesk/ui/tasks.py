"""Long work off the UI thread, with a progress dialog that can cancel.

    run_task(parent, title, fn, on_done=..., on_error=...)

``fn`` is called as ``fn(progress=..., cancel=...)`` (the convention of
:mod:`crmdesk.services.jobs`), on a worker thread. Tasks run one at a time (the shop file
takes one writer). A progress dialog appears only when the work takes longer than
:data:`SHOW_AFTER_MS`; its Cancel button raises the cancel flag, the service raises
:class:`crmdesk.errors.Cancelled` and rolls back. ``on_done(result)`` or
``on_error(exc)`` then run on the UI thread. In synchronous mode (tests) everything runs
at once on the calling thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crmdesk.errors import Cancelled
from crmdesk.ui.errors import show_error

SHOW_AFTER_MS = 600
_PROGRESS_EVERY_S = 0.05
_SYNC_PROPERTY = "crmdeskSynchronousTasks"
_POOL_NAME = "crmdeskTaskPool"

TaskFn = Callable[..., Any]


def set_synchronous(enabled: bool) -> None:
    """Run every later task at once on the calling thread (for tests)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_SYNC_PROPERTY, enabled)


def is_synchronous() -> bool:
    """Whether tasks run synchronously."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(_SYNC_PROPERTY))


def task_pool() -> QThreadPool:
    """The application's one-thread pool for long work (one writer at a time)."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    pool = app.findChild(QThreadPool, _POOL_NAME)
    if pool is None:
        pool = QThreadPool(app)
        pool.setObjectName(_POOL_NAME)
        pool.setMaxThreadCount(1)
        pool.setExpiryTimeout(-1)
    return pool


class Task(QObject):
    """One piece of long work: emits ``finished`` on the UI thread when it is over."""

    finished = Signal()
    _progressed = Signal(int, int, str)
    _ended = Signal(object, object)  # (result, exception)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: TaskFn,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        quiet: bool = False,
    ) -> None:
        # Owned by the application, not the widget: the work may outlive a closed window.
        super().__init__(QCoreApplication.instance())
        self._parent_widget = parent
        self._title = title
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancel_flag = threading.Event()
        self._last_emit = 0.0
        self._running = False
        self._quiet = quiet
        self.dialog: QProgressDialog | None = None
        self._last: tuple[int, int, str] = (0, 0, "")
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)
        self._progressed.connect(self._on_progress)
        self._ended.connect(self._finish)

    # --- used by the worker thread -------------------------------------------------
    def _progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last_emit >= _PROGRESS_EVERY_S or (total and done >= total):
            self._last_emit = now
            self._progressed.emit(int(done), int(total), str(message))

    def _cancel(self) -> bool:
        return self._cancel_flag.is_set()

    def _work(self) -> None:
        try:
            result = self._fn(progress=self._progress, cancel=self._cancel)
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self._ended.emit(None, exc)
            return
        self._ended.emit(result, None)

    # --- UI thread -----------------------------------------------------------------
    def start(self) -> None:
        """Start the work (at once and blocking in synchronous mode)."""
        self._running = True
        if is_synchronous():
            try:
                result = self._fn(progress=self._progress, cancel=self._cancel)
            except BaseException as exc:
                self._finish(None, exc)
            else:
                self._finish(result, None)
            return
        if not self._quiet:
            self._show_timer.start(SHOW_AFTER_MS)
        task_pool().start(QRunnable.create(self._work))

    def cancel(self) -> None:
        """Ask the work to stop; it rolls back and ends as cancelled."""
        self._cancel_flag.set()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))

    def is_running(self) -> bool:
        """Whether the work has not ended yet."""
        return self._running

    def _show_dialog(self) -> None:
        if not self._running or self.dialog is not None:
            return
        dialog = QProgressDialog(self._parent_widget)
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._title)
        dialog.setCancelButtonText(QCoreApplication.translate("Tasks", "Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setRange(0, 0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self._on_progress(*self._last)
        dialog.show()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if message:
            self._last = (done, total, message)
        else:
            self._last = (done, total, self._last[2])
        if self.dialog is None:
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setRange(0, 0)
        if message and not self._cancel_flag.is_set():
            self.dialog.setLabelText(message)

    def _finish(self, result: Any, exc: BaseException | None) -> None:
        self._running = False
        self._show_timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        try:
            if exc is None:
                if self._on_done is not None:
                    self._on_done(result)
            elif isinstance(exc, Cancelled):
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif self._on_error is not None:
                self._on_error(exc)
            else:
                show_error(self._parent_widget, exc)
        finally:
            self.finished.emit()
            self.deleteLater()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: TaskFn,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    quiet: bool = False,
) -> Task:
    """Run ``fn(progress=..., cancel=...)`` off the UI thread; see the module docstring.

    Errors other than :class:`Cancelled` go to ``on_error`` (default: shown to the owner
    with :func:`crmdesk.ui.errors.show_error`); a cancelled task calls ``on_cancelled``.
    ``quiet`` work (a periodic backup) never shows a progress dialog.
    """
    task = Task(parent, title, fn, on_done, on_error, on_cancelled, quiet)
    task.start()
    return task
