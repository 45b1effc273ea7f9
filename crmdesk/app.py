"""Start-up of the desktop app: the only place that builds the QApplication and main window."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from crmdesk.paths import AppPaths, app_paths
from crmdesk.ui.errors import install_excepthook, setup_logging
from crmdesk.ui.first_run import FirstRunDialog, StartChoice
from crmdesk.ui.i18n import install_language
from crmdesk.ui.main_window import MainWindow

ORGANIZATION = "crmdesk"
APPLICATION = "crmdesk"


def make_settings(paths: AppPaths, portable: bool) -> QSettings:
    """Window and register preferences: in the data folder with ``--data-dir``, else per user."""
    if portable:
        return QSettings(str(paths.data_dir / "crmdesk.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def start_choice(
    args: argparse.Namespace, paths: AppPaths, qsettings: QSettings
) -> StartChoice | None:
    """Which shop to open from the command line and what was open last; None: ask the owner."""
    if args.db:
        return StartChoice("demo" if args.demo else "open", path=Path(args.db))
    if args.demo:
        return StartChoice("demo", path=paths.demo_db)
    last = qsettings.value("last_db")
    if last and Path(str(last)).is_file():
        return StartChoice("open", path=Path(str(last)))
    if paths.default_db.is_file():
        return StartChoice("open", path=paths.default_db)
    if getattr(args, "first_run_demo", False):
        return StartChoice("demo", path=paths.demo_db)
    return None


def start(args: argparse.Namespace, qsettings: QSettings | None = None) -> MainWindow | None:
    """Open the shop chosen by ``args`` (asking on a first start) in a new, shown main window.

    Returns None when the owner quit the first-start dialog or no file could be opened.
    """
    paths = app_paths(args.data_dir)
    if qsettings is None:
        qsettings = make_settings(paths, portable=args.data_dir is not None)
    choice = start_choice(args, paths, qsettings)
    window = MainWindow(paths, qsettings)
    if choice is None:
        dialog = FirstRunDialog(paths.data_dir)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            window.deleteLater()
            return None
        choice = dialog.choice
    if choice.kind == "new":
        opened = window.open_shop(choice.path or paths.default_db, shop_name=choice.shop_name)
    elif choice.kind == "demo":
        opened = window.open_shop(choice.path or paths.demo_db, demo=True)
    else:
        opened = window.open_shop(choice.path or paths.default_db)
    if not opened:
        window.deleteLater()
        return None
    window.show()
    return window


def run_app(args: argparse.Namespace) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    paths = app_paths(args.data_dir)
    setup_logging(paths.logs_dir)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    translators = install_language(app, args.lang)
    holder: list[MainWindow] = []
    previous_hook = install_excepthook(lambda: holder[0] if holder else None)
    try:
        window = start(args)
        if window is None:
            # The owner quit the first-start dialog, or was already told why nothing opened.
            return 0
        holder.append(window)
        # Ctrl+C or a shutdown closes the window properly: backup, checkpoint, lock released.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: window.close())
        wake = QTimer()
        wake.timeout.connect(lambda: None)  # lets Python run its signal handlers
        wake.start(300)
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
        del translators
