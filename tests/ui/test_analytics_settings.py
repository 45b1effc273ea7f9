"""Analysis ▸ Analysis settings…: change a threshold, apply, and see what moved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QTableWidget

from crmdesk.db import Database
from crmdesk.services import analytics
from crmdesk.ui.analytics_settings import AnalyticsSettingsDialog

pytestmark = pytest.mark.gui


def open_settings(qtbot, main_window) -> AnalyticsSettingsDialog:
    main_window.analysis_actions.settings_action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, AnalyticsSettingsDialog)
    )
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def set_value(qtbot, box: QSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def test_vip_share_change_moves_customers(qtbot, main_window, db: Database, shop) -> None:
    analytics.recompute_analytics(db)
    dialog = open_settings(qtbot, main_window)
    vip = dialog.findChild(QSpinBox, "pyramid_vip_percent")
    assert vip.value() == 5
    set_value(qtbot, vip, "50")
    assert vip.value() == 50
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert analytics.analytics_params(db).pyramid_vip_percent == 50
    assert dialog.result_label.text().startswith("Applied. Class changes: Customer pyramid: ")
    counts = dialog.findChild(QTableWidget, "countsTable")
    rows = [
        [counts.item(r, c).text() for c in range(counts.columnCount())]
        for r in range(counts.rowCount())
    ]
    before = analytics.shop_summary(db).counts["pyramid_level"]
    assert ["Customer pyramid", "VIP customer", "0", str(before["vip"])] in rows or any(
        r[:2] == ["Customer pyramid", "VIP customer"] and r[3] == str(before["vip"]) for r in rows
    )
    moved = dialog.findChild(QTableWidget, "movedTable")
    names = {moved.item(r, 0).text() for r in range(moved.rowCount())}
    assert names and names <= set(shop)
    assert any(moved.item(r, 3).text() == "VIP customer" for r in range(moved.rowCount()))

    # Double-clicking a moved customer opens the card.
    row = next(r for r in range(moved.rowCount()) if moved.item(r, 3).text() == "VIP customer")
    item = moved.item(row, 0)
    rect = moved.visualItemRect(item)
    # A real double-click: press and release, then the second press (QTest's own pair).
    qtbot.mouseClick(moved.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(moved.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shop[item.text()] in main_window.open_cards()


def test_invalid_values_are_explained_and_not_applied(qtbot, main_window, db: Database) -> None:
    dialog = open_settings(qtbot, main_window)
    set_value(qtbot, dialog.findChild(QSpinBox, "pyramid_ordinary_percent"), "90")
    assert not dialog.apply_button.isEnabled()
    assert "The pyramid shares add up to over 100%." in dialog.problem_label.text()
    set_value(qtbot, dialog.findChild(QSpinBox, "churn_days"), "0")
    assert "Enter a number of days from 1 to 36500." in dialog.problem_label.text()
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled() and not dialog.problem_label.isVisible()
    assert analytics.analytics_params(db).pyramid_ordinary_percent == 30
