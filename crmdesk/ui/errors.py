"""Showing problems: known errors as a plain message, bugs logged with a crash dialog."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.errors import Cancelled, CrmdeskError

log = logging.getLogger("crmdesk")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def setup_logging(logs_dir: Path) -> Path:
    """Log to ``logs_dir/crmdesk.log`` (one file, appended); returns its path."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    log_file = logs_dir / "crmdesk.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "crmdesk_log", False)]:
        root.removeHandler(old)
        old.close()
    handler.crmdesk_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def log_file_path() -> Path | None:
    """The log file in use, if logging was set up."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "crmdesk_log", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the owner about ``exc``: its message if it is a known problem, else a crash."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, CrmdeskError):
        QMessageBox.warning(parent, _tr("crmdesk"), str(exc))
        return
    show_crash(parent, type(exc), exc, exc.__traceback__)


def show_crash(
    parent: QWidget | None,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """Log an unexpected error with its traceback and show a dialog naming the log file."""
    log.error(
        "unexpected error at %s\n%s",
        dt.datetime.now().isoformat(timespec="seconds"),
        "".join(traceback.format_exception(exc_type, exc, tb)),
    )
    log_file = log_file_path()
    text = _tr("Something went wrong inside crmdesk. Your saved data is safe.")
    if log_file is not None:
        details = _tr("The details were written to the log file:\n{path}").format(path=log_file)
    else:
        details = _tr("No log file is in use.")
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Unexpected error"), text, parent=parent)
    box.setInformativeText(details)
    box.setDetailedText("".join(traceback.format_exception_only(exc_type, exc)))
    box.exec()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(parent_getter: Callable[[], QWidget | None]) -> ExceptHook:
    """Route uncaught exceptions (e.g. in Qt slots) to :func:`show_error`; returns the old hook."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if isinstance(exc, CrmdeskError):
            show_error(parent_getter(), exc)
        else:
            show_crash(parent_getter(), exc_type, exc, tb)

    sys.excepthook = hook
    return previous
