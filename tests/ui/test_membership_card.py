"""The card's Membership tab and the rewards, points settings and summary pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabBar

from crmdesk.db import Database
from crmdesk.services import orders, rewards
from crmdesk.services.orders import OrderInput
from crmdesk.services.rewards import RewardInput
from crmdesk.ui.card_membership_dialogs import AdjustDialog, LockDialog, RedeemDialog
from crmdesk.ui.membership_models import ledger_model
from crmdesk.ui.membership_points import PointsSettingsDialog, PointsSummaryDialog
from crmdesk.ui.membership_rewards import RewardsDialog

from .modal_helpers import type_text, with_next_modal

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def open_membership(qtbot, main_window, customer_id: int):
    main_window.open_card(customer_id)
    card = main_window.open_cards()[customer_id]
    qtbot.waitExposed(card)
    bar = card.tabs.findChild(QTabBar)
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Membership")
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert card.tabs.currentWidget() is card.membership
    return card.membership


def ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def add_reward_in_catalogue(qtbot, main_window) -> None:
    main_window.membership_actions.rewards_action.trigger()
    page = main_window.findChild(RewardsDialog)
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.new_button, LEFT)
    type_text(qtbot, page.name, "帆布袋")
    page.cost.lineEdit().selectAll()
    type_text(qtbot, page.cost.lineEdit(), "100")
    qtbot.mouseClick(page.unlimited, LEFT)
    assert page.stock.isEnabled()
    page.stock.lineEdit().selectAll()
    type_text(qtbot, page.stock.lineEdit(), "3")
    qtbot.mouseClick(page.save_button, LEFT)
    assert not page.banner.isVisible()
    assert page.model.index(0, 0).data() == "帆布袋"
    assert page.model.index(0, 5).data() == "3"
    page.close()


def test_card_shows_tier_progress_and_points(qtbot, main_window, db: Database, shop) -> None:
    tab = open_membership(qtbot, main_window, shop["Alice Chen"])
    assert tab.tier_label.text() == "银卡会员"
    assert "#a6a9b6" in tab.tier_label.styleSheet()
    assert tab.benefits_label.text().startswith("Benefits: No discount · points × 1")
    progress = tab.progress_label.text()
    assert "Cumulative spend: ¥500.00" in progress
    assert "¥1,500.00 more to reach 金卡会员." in progress
    assert tab.balance_label.text() == "500"
    assert tab.available_label.text() == "500"
    assert tab.ledger.index(0, 1).data() == "Earned by order"
    assert tab.ledger.index(0, 2).data() == "+500"

    # A new order on the card's Purchases tab: figures and ledger follow.
    orders.add_order(
        db,
        shop["Alice Chen"],
        # Today: the scheme started when the shop got its tiers (orders before it earn nothing).
        OrderInput(ordered_at=dt.datetime.now().replace(microsecond=0), paid=Decimal("1600.00")),
    )
    card = main_window.open_cards()[shop["Alice Chen"]]
    card.purchases.changed.emit(None)  # what the Purchases tab says after an order is added
    assert tab.tier_label.text() == "金卡会员"
    assert tab.balance_label.text() == "2,100"
    assert "Already" not in tab.progress_label.text()
    assert "¥2,900.00 more to reach 钻石会员." in tab.progress_label.text()
    tab.lists.setCurrentIndex(1)
    assert tab.history.index(0, 2).data() == "金卡会员"
    assert tab.history.index(0, 3).data() == "Upgrade by the rules"


def test_redeem_a_reward_on_the_card(qtbot, main_window, db: Database, shop) -> None:
    add_reward_in_catalogue(qtbot, main_window)
    tab = open_membership(qtbot, main_window, shop["李四"])
    assert tab.balance_label.text() == "2,999"

    def too_many(dialog: RedeemDialog) -> None:
        assert dialog.reward.currentText() == "帆布袋 — 100 points (in stock: 3)"
        dialog.quantity.lineEdit().selectAll()
        type_text(qtbot, dialog.quantity.lineEdit(), "5")
        assert dialog.cost_label.text() == "Costs 500 points; 2999 usable now."
        ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "帆布袋 is out of stock" in dialog.banner.text()
        dialog.quantity.lineEdit().selectAll()
        type_text(qtbot, dialog.quantity.lineEdit(), "2")
        ok(qtbot, dialog)

    with_next_modal(
        qtbot, RedeemDialog, too_many, lambda: qtbot.mouseClick(tab.redeem_button, LEFT)
    )
    assert tab.balance_label.text() == "2,799"
    assert tab.ledger.index(0, 1).data() == "Redeemed"
    assert tab.ledger.index(0, 2).data() == "-200"
    assert tab.ledger.index(0, 6).data() == "帆布袋 × 2"
    assert rewards.list_rewards(db)[0].data.stock == 1
    # The register shows the new balance.
    model = main_window.register.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["李四"], model.column_of("points_balance")).data() == "2799"


def test_not_enough_points_is_refused(qtbot, main_window, db: Database, shop) -> None:
    rewards.save_reward(db, RewardInput(name="保温杯", kind="gift", points_cost=1000, stock=10))
    tab = open_membership(qtbot, main_window, shop["张三"])  # 200 points

    def act(dialog: RedeemDialog) -> None:
        ok(qtbot, dialog)
        assert dialog.banner.isVisible()
        assert "200" in dialog.banner.text()
        dialog.reject()

    with_next_modal(qtbot, RedeemDialog, act, lambda: qtbot.mouseClick(tab.redeem_button, LEFT))
    assert tab.balance_label.text() == "200"
    assert rewards.list_rewards(db)[0].data.stock == 10


def test_adjust_needs_a_reason(qtbot, main_window, db: Database, shop) -> None:
    tab = open_membership(qtbot, main_window, shop["王小美"])
    assert tab.balance_label.text() == "135"

    def act(dialog: AdjustDialog) -> None:
        dialog.amount.lineEdit().selectAll()
        type_text(qtbot, dialog.amount.lineEdit(), "-35")
        ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.banner.text() == "Reason: An adjustment needs a reason."
        type_text(qtbot, dialog.reason, "退货补录")
        ok(qtbot, dialog)

    with_next_modal(qtbot, AdjustDialog, act, lambda: qtbot.mouseClick(tab.adjust_button, LEFT))
    assert tab.balance_label.text() == "100"
    assert tab.ledger.index(0, 1).data() == "Adjustment"
    assert tab.ledger.index(0, 6).data() == "退货补录"


def test_lock_and_unlock_a_tier(qtbot, main_window, db: Database, shop) -> None:
    tab = open_membership(qtbot, main_window, shop["张三"])
    assert not tab.unlock_button.isVisible()

    def act(dialog: LockDialog) -> None:
        dialog.tier.setCurrentIndex(dialog.tier.findText("金卡会员"))
        ok(qtbot, dialog)
        assert "A lock needs a reason." in dialog.banner.text()
        type_text(qtbot, dialog.reason, "老客户")
        ok(qtbot, dialog)

    with_next_modal(qtbot, LockDialog, act, lambda: qtbot.mouseClick(tab.lock_button, LEFT))
    assert tab.tier_label.text() == "金卡会员"
    assert tab.lock_label.text() == "Locked by hand: 老客户"
    assert tab.unlock_button.isVisible()
    qtbot.mouseClick(tab.unlock_button, LEFT)
    assert not tab.lock_label.isVisible()
    assert tab.tier_label.text() == "金卡会员"  # unlocking never moves down by itself


def test_points_pages(qtbot, main_window, db: Database, shop, tmp_path: Path) -> None:
    main_window.membership_actions.points_settings_action.trigger()
    settings = main_window.findChild(PointsSettingsDialog)
    qtbot.waitExposed(settings)
    qtbot.mouseClick(settings.expiry_button, LEFT)
    assert settings.expiry_label.text() == "No points were due to expire."
    settings.rate.selectAll()
    type_text(qtbot, settings.rate, "x")
    qtbot.mouseClick(settings.save_button, LEFT)
    assert settings.banner.text() == 'Points per yuan: "x" is not a number.'
    settings.rate.selectAll()
    type_text(qtbot, settings.rate, "2")
    qtbot.mouseClick(settings.save_button, LEFT)
    assert not settings.isVisible()

    main_window.membership_actions.points_summary_action.trigger()
    summary = main_window.findChild(PointsSummaryDialog)
    qtbot.waitExposed(summary)
    # 200.50 + 2999 + 135 + 500 yuan, one point per yuan, rounded down per order.
    assert summary.figures["issued"].text() == "3,834"
    assert summary.figures["outstanding"].text() == "3,834"
    assert summary.figures["liability_value"].text() == "—"
    target = tmp_path / "balances.xlsx"
    summary.export("balances", str(target))
    assert summary.status.text() == f"Saved to {target}"
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 5  # heading + 4 customers with points


def test_ledger_model_passes_the_model_tester(qtmodeltester, db: Database, shop) -> None:
    from crmdesk.services import points_entries

    model = ledger_model()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(points_entries.ledger(db, shop["王小美"]))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
