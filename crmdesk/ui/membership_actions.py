"""The Membership menu (会员): tiers, rewards, points settings and summary.

When a shop is shown, a shop without tiers gets the default ones (DESIGN §2).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from crmdesk.db import Database
from crmdesk.services import tier_rules
from crmdesk.ui.menus import install_menu, menu_action
from crmdesk.ui.tasks import run_task

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MembershipActions", text)


class MembershipActions(QObject):
    """Membership ▸ Member tiers… / Rewards catalogue… / Points settings… / Points summary…"""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("membershipActions")
        self.window: Any = window
        self._prepared: Database | None = None
        self.tiers_action = menu_action(
            window, "memberTiersAction", _tr("Member &tiers…"), self.show_tiers
        )
        self.rewards_action = menu_action(
            window, "rewardsAction", _tr("&Rewards catalogue…"), self.show_rewards
        )
        self.points_settings_action = menu_action(
            window, "pointsSettingsAction", _tr("Points &settings…"), self.show_points_settings
        )
        self.points_summary_action = menu_action(
            window, "pointsSummaryAction", _tr("Points s&ummary…"), self.show_points_summary
        )
        self.menu = install_menu(
            window,
            _tr("&Membership"),
            "membershipMenu",
            [
                self.tiers_action,
                self.rewards_action,
                None,
                self.points_settings_action,
                self.points_summary_action,
            ],
            self._update_actions,
        )
        self._update_actions()

    def _update_actions(self) -> None:
        has_db = self.window.db is not None
        for action in (
            self.tiers_action,
            self.rewards_action,
            self.points_settings_action,
            self.points_summary_action,
        ):
            action.setEnabled(has_db)

    def shop_opened(self) -> None:
        """A shop is shown: enable the menu and give the shop default tiers if it has none."""
        self._update_actions()
        db = self.window.db
        if db is None or db is self._prepared:
            return
        self._prepared = db

        def done(created: object) -> None:
            if created and self.window.db is db:
                self.window.refresh()

        run_task(
            self.window,
            _tr("Setting up the member tiers…"),
            lambda progress, cancel: tier_rules.ensure_default_tiers(db),
            on_done=done,
            on_error=lambda exc: log.warning("could not create the default tiers: %s", exc),
            quiet=True,
        )

    def _open(self, factory: Callable[[Database], QDialog]) -> QDialog | None:
        if self.window.db is None:
            return None
        dialog = factory(self.window.db)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_tiers(self) -> QDialog | None:
        """Membership ▸ Member tiers…"""
        from crmdesk.ui.membership_tiers import TiersDialog

        def make(db: Database) -> QDialog:
            dialog = TiersDialog(db, self.window)
            dialog.applied.connect(lambda _changed: self.window.refresh())
            return dialog

        return self._open(make)

    def show_rewards(self) -> QDialog | None:
        """Membership ▸ Rewards catalogue…"""
        from crmdesk.ui.membership_rewards import RewardsDialog

        return self._open(lambda db: RewardsDialog(db, self.window))

    def show_points_settings(self) -> QDialog | None:
        """Membership ▸ Points settings…"""
        from crmdesk.ui.membership_points import PointsSettingsDialog

        def make(db: Database) -> QDialog:
            dialog = PointsSettingsDialog(db, self.window)
            dialog.finished.connect(lambda _r: self.window.refresh())
            return dialog

        return self._open(make)

    def show_points_summary(self) -> QDialog | None:
        """Membership ▸ Points summary…"""
        from crmdesk.ui.membership_points import PointsSummaryDialog

        return self._open(lambda db: PointsSummaryDialog(db, self.window))


def install_membership_actions(window: QMainWindow) -> MembershipActions:
    """Add the Membership menu to ``window`` (which has ``db`` and ``refresh()``)."""
    return MembershipActions(window)
