"""The Membership menu: the tiers page (preview, apply, validation) and the register's tiers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.db import Database
from crmdesk.services import tiers
from crmdesk.services.register import RegisterQuery
from crmdesk.services.tiers import TierChangeRow, TierMove
from crmdesk.ui.card_membership import history_model
from crmdesk.ui.membership_models import (
    ROW_ROLE,
    discount_text,
    moves_model,
    rewards_model,
    tiers_model,
)
from crmdesk.ui.membership_tiers import TiersDialog
from crmdesk.ui.register_filters import MoreFiltersDialog

from .conftest import type_text

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def open_tiers(qtbot, main_window) -> TiersDialog:
    menu = main_window.membership_actions.menu
    assert menu.title().replace("&", "") == "Membership"
    main_window.membership_actions.tiers_action.trigger()
    dialog = main_window.findChild(TiersDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def click_tier(qtbot, dialog: TiersDialog, row: int) -> None:
    table = dialog.table
    qtbot.mouseClick(
        table.viewport(), LEFT, pos=table.visualRect(dialog.model.index(row, 0)).center()
    )
    assert dialog.form.name.text() == dialog.model.row_at(row).data.name


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def register_tiers(main_window) -> dict[str, str]:
    model = main_window.register.model
    column = model.column_of("tier")
    names = model.column_of("name")
    return {
        model.index(r, names).data(): model.index(r, column).data() for r in range(model.rowCount())
    }


def test_default_tiers_appear_when_the_shop_opens(main_window, db: Database, shop) -> None:
    names = [t.data.name for t in tiers.list_tiers(db)]
    assert names == ["普通会员", "银卡会员", "金卡会员", "钻石会员"]
    shown = register_tiers(main_window)
    assert shown["李四"] == "金卡会员"  # ¥2,999
    assert shown["Alice Chen"] == "银卡会员"  # ¥500
    assert shown["张三"] == "普通会员"


def test_preview_then_apply_a_lower_threshold(qtbot, main_window, db: Database, shop) -> None:
    dialog = open_tiers(qtbot, main_window)
    assert dialog.model.index(1, 1).data() == "¥500.00"
    assert not dialog.apply_button.isEnabled()
    click_tier(qtbot, dialog, 1)
    retype(qtbot, dialog.form.threshold, "150")
    assert dialog.model.index(1, 1).data() == "¥150.00"

    qtbot.mouseClick(dialog.preview_button, LEFT)
    text = dialog.preview_label.text()
    # 张三 ¥200.50 moves up; 王小美 ¥135 stays below ¥150.
    assert text.startswith("1 customers would move up and 0 down")
    assert "银卡会员 2" in text
    moved = [dialog.moves.index(r, 0).data() for r in range(dialog.moves.rowCount())]
    assert moved == ["张三"]
    assert dialog.moves.index(0, 2).data() == "银卡会员"
    assert dialog.moves.index(0, 3).data() == "¥200.50"
    assert register_tiers(main_window)["张三"] == "普通会员"  # nothing written yet

    # A change after the preview asks for a new one before Apply.
    retype(qtbot, dialog.form.threshold, "100")
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert dialog.preview_label.text().startswith("2 customers would move up and 0 down")
    qtbot.mouseClick(dialog.apply_button, LEFT)

    assert dialog.preview_label.text().startswith("Saved. 2 customers moved up and 0 down.")
    assert dialog.model.index(1, 1).data() == "¥100.00"
    assert dialog.model.index(1, dialog.model.columnCount() - 1).data() == "3"
    shown = register_tiers(main_window)
    assert shown["张三"] == "银卡会员"
    assert shown["王小美"] == "银卡会员"
    history = tiers.tier_history(db, shop["张三"])
    assert [(h.from_tier, h.to_tier, h.reason) for h in history] == [
        ("普通会员", "银卡会员", "rule_change")
    ]
    dialog.close()


def test_new_tier_and_service_validation_are_shown(qtbot, main_window, db: Database, shop) -> None:
    dialog = open_tiers(qtbot, main_window)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.model.rowCount() == 5
    retype(qtbot, dialog.form.name, "黑金会员")
    retype(qtbot, dialog.form.threshold, "3000")  # below 钻石会员 (¥5,000) above it
    retype(qtbot, dialog.form.discount, "8.8")
    assert dialog.model.index(4, 3).data() == "88% of price"
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert dialog.banner.isVisible()
    assert "黑金会员 must need more than the tier below it." in dialog.banner.text()
    assert not dialog.apply_button.isEnabled()

    retype(qtbot, dialog.form.threshold, "abc")
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert '"abc" is not a number.' in dialog.banner.text()

    retype(qtbot, dialog.form.threshold, "8000")
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert not dialog.banner.isVisible()
    assert dialog.preview_label.text().startswith("0 customers would move up and 0 down")
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert [t.data.name for t in tiers.list_tiers(db)][-1] == "黑金会员"
    assert tiers.list_tiers(db)[-1].data.discount == Decimal("8.8")
    dialog.close()


def test_order_count_basis_moves_customers_down(qtbot, main_window, db: Database, shop) -> None:
    dialog = open_tiers(qtbot, main_window)
    basis = dialog.basis
    basis.setCurrentIndex(basis.findData("order_count"))
    basis.activated.emit(basis.currentIndex())
    assert dialog.form.unit_labels[0].text() == "orders"
    # Thresholds are now order counts: 500, 2000, 5000 orders.
    assert dialog.model.index(1, 1).data() == "500 orders"
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert dialog.preview_label.text().startswith("0 customers would move up and 2 down")
    dialog.close()


def test_register_filters_by_tier(qtbot, main_window, db: Database, shop) -> None:
    choices = [(t.id, t.data.name) for t in tiers.list_tiers(db)]
    dialog = MoreFiltersDialog({}, main_window, choices)
    qtbot.addWidget(dialog)
    combo = dialog.tier_filter
    combo.setCurrentIndex(combo.findText("金卡会员"))
    extra = dialog.extra()
    assert extra == {"tier_ids": (choices[2][0],)}
    view = main_window.register
    view.model.set_query(RegisterQuery(extra=extra))
    assert list(register_tiers(main_window)) == ["李四"]


def test_models_pass_the_model_tester(qtmodeltester, db: Database, shop) -> None:
    tiers_list = tiers.list_tiers(db)  # none yet: an empty model is checked too
    model = tiers_model(lambda: "total_spend")
    qtmodeltester.check(model, force_py=True)
    from crmdesk.services import tier_rules

    tier_rules.ensure_default_tiers(db)
    tiers_list = tiers.list_tiers(db)
    model.set_rows(tiers_list)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(ROW_ROLE) == tiers_list[0]
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).name() == "#8c8c8c"
    moves = moves_model(lambda: "order_count")
    moves.set_rows([TierMove(1, "张三", None, "银卡会员", Decimal(3))])
    qtmodeltester.check(moves, force_py=True)
    assert moves.index(0, 3).data() == "3 orders"
    qtmodeltester.check(rewards_model(), force_py=True)
    history = history_model()
    history.set_rows(
        [TierChangeRow(dt.datetime(2025, 1, 2, 3, 4), None, "金卡会员", "manual", "VIP")]
    )
    qtmodeltester.check(history, force_py=True)
    assert history.index(0, 3).data() == "Set by hand"
    assert discount_text(Decimal(10)) == "No discount"
    assert discount_text(Decimal("9.5")) == "95% of price"
    QApplication.processEvents()
