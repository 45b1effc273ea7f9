"""Analysis ▸ Shop summary…: the shop's figures and a chart per classification."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from crmdesk.db import Database
from crmdesk.reports.charts import bar_values, class_chart, font_families
from crmdesk.services import analytics
from crmdesk.services.analytics_text import label, label_zh
from crmdesk.ui.shop_summary import ShopSummaryDialog

pytestmark = pytest.mark.gui


def open_summary(qtbot, main_window) -> ShopSummaryDialog:
    menu = main_window.analysis_actions.menu
    assert [a.text() for a in menu.actions()] == ["&Shop summary…", "Analysis se&ttings…"]
    main_window.analysis_actions.summary_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShopSummaryDialog))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_summary_shows_the_shop_figures(qtbot, main_window, db: Database) -> None:
    analytics.recompute_analytics(db)
    dialog = open_summary(qtbot, main_window)
    shown = {key: label.text() for key, label in dialog.figure_labels.items()}
    assert shown["customers"] == "5"
    assert shown["buyers"] == "4"
    assert shown["orders"] == "7"
    # 张三 (2 orders) and 王小美 (3) bought more than once.
    assert shown["repeat_rate"] == "50.0% (2 of 4 buyers ordered twice or more)"
    # Alice's only order is 400 days old: lost.
    assert shown["churn_rate"] == "25.0% (1 buyers lost)"
    assert shown["avg_order_value"] == "¥547.79"
    assert shown["total_spend"] == "¥3,834.50"
    assert "Too little data" in dialog.findChild(QLabel, "summaryNote").text()


def test_tables_and_chart_bars_match_the_counts(qtbot, main_window, db: Database) -> None:
    analytics.recompute_analytics(db)
    dialog = open_summary(qtbot, main_window)
    counts = dialog.summary.counts
    for kind in ("rfm_segment", "pyramid_level", "value_class", "lifecycle_stage", "loyalty_type"):
        table = dialog.findChild(QTableWidget, f"table_{kind}")
        rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        assert rows == {label(kind, k): f"{n:,}" for k, n in counts[kind].items()}
        bars = bar_values(dialog.charts[kind])
        assert bars == {label(kind, k): float(n) for k, n in counts[kind].items()}
        # Every buyer is in one class; the lifecycle also places the one potential customer.
        assert sum(bars.values()) == (5 if kind == "lifecycle_stage" else 4), kind


def test_chart_labels_render_in_chinese(db: Database, shop) -> None:
    analytics.recompute_analytics(db)
    summary = analytics.shop_summary(db)
    figure = class_chart(summary, "pyramid_level", labeller=label_zh)
    assert list(bar_values(figure)) == ["VIP客户", "主要客户", "普通客户", "小客户"]
    assert font_families()  # CJK families first where installed
    # Drawing must find a font with the glyphs (matplotlib warns about missing ones).
    figure.canvas.draw()
