"""The card's Analysis tab: every figure with its numbers and rule, in the owner's words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from crmdesk.db import Database
from crmdesk.services import analytics, orders
from crmdesk.services.orders import OrderInput
from crmdesk.ui.card import CustomerCardDialog

pytestmark = pytest.mark.gui


def open_analysis_tab(qtbot, card: CustomerCardDialog) -> None:
    bar = card.tabs.findChild(QTabBar)
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Analysis")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert card.tabs.currentWidget() is card.analysis


def test_analysis_tab_explains_each_figure(qtbot, main_window, db: Database, shop) -> None:
    # Yardsticks as a full recompute leaves them (the hooks keep the day's first ones).
    analytics.recompute_analytics(db)
    main_window.open_card(shop["王小美"])
    card = main_window.open_cards()[shop["王小美"]]
    qtbot.waitExposed(card)
    open_analysis_tab(qtbot, card)
    widget = card.analysis
    assert set(widget.boxes) >= {
        "status", "churn_warning", "r", "f", "m", "rfm_segment", "pyramid_level",
        "value_class", "lifecycle_stage", "clv", "loyalty_type",
    }  # fmt: skip
    recency = widget.boxes["r"]
    assert recency.isVisible()
    assert recency.rule_label.text().startswith("Last purchase 5 days ago, shop average ")
    assert "5 days ago" in recency.value_label.text()
    texts = "\n".join(widget.texts())
    assert "3 valid orders" in texts or "Valid orders" in texts
    # Only 4 buyers: the shop-wide yardsticks are flagged, and loyalty's attitude side too.
    assert "Only 4 buyers so far" in texts
    assert "Attitude is not measured yet" in texts
    assert widget.header.text().startswith(f"Figures as of {dt.date.today().isoformat()}")


def test_analysis_follows_new_orders_and_new_cards(qtbot, main_window, db: Database, shop) -> None:
    main_window.open_card(shop["赵六"])
    card = main_window.open_cards()[shop["赵六"]]
    open_analysis_tab(qtbot, card)
    assert "r" not in card.analysis.boxes
    assert "No valid order yet" in card.analysis.header.text()
    orders.add_order(
        db,
        shop["赵六"],
        OrderInput(ordered_at=dt.datetime.now() - dt.timedelta(days=2), paid=Decimal("88.00")),
    )
    card.purchases.changed.emit(None)  # what the Purchases tab says after an order is added
    assert "r" in card.analysis.boxes
    assert card.analysis.boxes["r"].value_label.text().startswith("2 days ago")

    empty = CustomerCardDialog(db, None)
    qtbot.addWidget(empty)
    assert empty.analysis.boxes == {}
    assert "Save the card first" in empty.analysis.header.text()
