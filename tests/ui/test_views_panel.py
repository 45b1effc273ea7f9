"""The register's views box and "More filters…": choose, save and filter like the owner."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from crmdesk.db import Database
from crmdesk.services import orders, views
from crmdesk.services import register as reg
from crmdesk.ui.register_model import ID_ROLE

from .conftest import answer_input, click_button, on_next_modal

pytestmark = pytest.mark.gui


def shown_ids(main_window) -> set[int]:
    model = main_window.register.model
    return {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}


def choose_view(qtbot, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    # Walk there with the keyboard, as the owner would without the mouse.
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_model_passes_the_model_tester(qtmodeltester, main_window) -> None:
    qtmodeltester.check(main_window.register.model)


def test_ready_views_are_offered_and_show_what_they_say(
    qtbot, main_window, db: Database, shop: dict[str, int]
) -> None:
    # 王小美 buys often and recently; one big order makes her spend above the shop's mean
    # too, so she is an important-value customer (R, F and M all above average).
    orders.add_order(
        db,
        shop["王小美"],
        orders.OrderInput(
            ordered_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=1),
            paid=Decimal("3000.00"),
        ),
    )
    main_window.refresh()
    panel = main_window.register.views
    assert panel.names()[:6] == [
        "All customers",
        "Important value",
        "Important to win back",
        "Churn warning",
        "Lost customers by value",
        "Birthdays this month",
    ]
    choose_view(qtbot, panel.combo, "Important value")
    wanted = reg.fetch_ids(db, reg.RegisterQuery(extra={"rfm_segments": ("important_value",)}))
    assert wanted == [shop["王小美"]]
    assert shown_ids(main_window) == set(wanted)
    assert main_window.register.has_filters()
    choose_view(qtbot, panel.combo, "Lost customers by value")
    lost = reg.fetch_ids(db, reg.RegisterQuery(statuses=("lost",)))
    assert shown_ids(main_window) == set(lost)
    assert main_window.register.status_filter.currentText() == "Lost customer"
    choose_view(qtbot, panel.combo, "All customers")
    assert len(shown_ids(main_window)) == 5


def test_more_filters_then_save_as_view(qtbot, main_window, db: Database, shop) -> None:
    register_view = main_window.register

    def pick_vip(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox, "filter_pyramid_level")
        combo.setCurrentIndex(combo.findText("VIP customer"))
        click_button(dialog, "ok")

    on_next_modal(pick_vip)
    qtbot.mouseClick(register_view.more_filters_button, Qt.MouseButton.LeftButton)
    vip = reg.fetch_ids(db, reg.RegisterQuery(extra={"pyramid_levels": ("vip",)}))
    assert shown_ids(main_window) == set(vip)
    assert register_view.more_filters_button.text() == "More filters (1)…"

    on_next_modal(lambda dialog: answer_input(dialog, "我的大客户"))
    register_view.views.save_action.trigger()
    assert register_view.views.combo.currentText() == "我的大客户"
    saved = [v for v in views.list_views(db) if not v.ready]
    assert [v.name for v in saved] == ["我的大客户"]
    assert saved[0].query.extra == {"pyramid_levels": ("vip",)}

    qtbot.mouseClick(register_view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(main_window)) == 5
    assert register_view.more_filters_button.text() == "More filters…"
    choose_view(qtbot, register_view.views.combo, "我的大客户")
    assert shown_ids(main_window) == set(vip)


def test_delete_a_saved_view(qtbot, main_window, db: Database) -> None:
    views.save_view(db, "浙江", reg.RegisterQuery(province="浙江省"))
    panel = main_window.register.views
    panel.reload()
    choose_view(qtbot, panel.combo, "浙江")
    assert main_window.register.province_filter.currentText() == "浙江省"
    assert len(shown_ids(main_window)) == 2

    def yes(box: QWidget) -> None:
        from PySide6.QtWidgets import QMessageBox

        click_button(box, QMessageBox.StandardButton.Yes)

    on_next_modal(yes)
    panel.delete_action.trigger()
    assert "浙江" not in panel.names()
    assert [v for v in views.list_views(db) if not v.ready] == []
    assert isinstance(panel, QWidget) and not isinstance(panel, QDialog)
