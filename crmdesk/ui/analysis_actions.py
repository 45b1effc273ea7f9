"""The Analysis menu (shop summary, analysis settings) and keeping the figures current.

The stored classes describe one day (R counts days since the last order): after a shop
is opened, and when the date changes while it stays open, they are recomputed off the
UI thread if they describe an earlier day.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow

from crmdesk.services import analytics
from crmdesk.ui.menus import install_menu, menu_action
from crmdesk.ui.tasks import run_task

log = logging.getLogger(__name__)

#: How often the open window looks whether the date changed.
DATE_CHECK_MS = 5 * 60 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisActions", text)


class AnalysisActions(QObject):
    """Analysis ▸ Shop summary… / Analysis settings… on a main window (``db``, ``refresh``)."""

    def __init__(self, window: QMainWindow, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        self.setObjectName("analysisActions")
        self.window: Any = window
        self._today = today
        self._checked_day: dt.date | None = None
        self.summary_action = menu_action(
            window, "shopSummaryAction", _tr("&Shop summary…"), self.show_summary
        )
        self.settings_action = menu_action(
            window, "analysisSettingsAction", _tr("Analysis se&ttings…"), self.show_settings
        )
        self.menu = install_menu(
            window,
            _tr("&Analysis"),
            "analysisMenu",
            [self.summary_action, self.settings_action],
            self._update_actions,
        )
        self.date_timer = QTimer(self)
        self.date_timer.setInterval(DATE_CHECK_MS)
        self.date_timer.timeout.connect(self._date_tick)
        self._update_actions()

    def _update_actions(self) -> None:
        has_db = self.window.db is not None
        self.summary_action.setEnabled(has_db)
        self.settings_action.setEnabled(has_db)

    # --- keeping current -------------------------------------------------------------
    def shop_opened(self) -> None:
        """A shop was opened: bring its figures to today and watch the date."""
        self._update_actions()
        self.date_timer.start()
        self.ensure_current()

    def _date_tick(self) -> None:
        if self.window.db is None:
            self.date_timer.stop()
        elif self._today() != self._checked_day:
            self.ensure_current()

    def ensure_current(self) -> None:
        """Recompute (off the UI thread) if the stored figures describe an earlier day."""
        db, day = self.window.db, self._today()
        if db is None:
            return
        self._checked_day = day

        def done(recomputed: object) -> None:
            if recomputed and self.window.db is db:
                self.window.refresh()

        run_task(
            self.window,
            _tr("Updating the customer analysis…"),
            lambda progress, cancel: analytics.ensure_current(db, day, progress, cancel),
            on_done=done,
            on_error=lambda exc: log.warning("analysis update failed: %s", exc),
            on_cancelled=lambda: None,
        )

    # --- pages -----------------------------------------------------------------------
    def show_summary(self) -> None:
        """Analysis ▸ Shop summary…"""
        from crmdesk.ui.shop_summary import ShopSummaryDialog

        if self.window.db is None:
            return
        dialog = ShopSummaryDialog(self.window.db, self.window, self._today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_settings(self) -> None:
        """Analysis ▸ Analysis settings…"""
        from crmdesk.ui.analytics_settings import AnalyticsSettingsDialog

        if self.window.db is None:
            return
        dialog = AnalyticsSettingsDialog(self.window.db, self.window, self._today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(lambda _diff: self.window.refresh())
        dialog.openCustomerRequested.connect(self.window.open_card)
        dialog.show()


def install_analysis_actions(window: QMainWindow) -> AnalysisActions:
    """Add the Analysis menu to ``window``; call ``shop_opened()`` when a shop is shown."""
    return AnalysisActions(window)
