"""The customer card: typing a new customer, validation, duplicates, closing, attitude."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.db import Database
from crmdesk.services import customers, orders
from crmdesk.services.customers import CustomerInput
from crmdesk.services.duplicates import find_duplicates
from crmdesk.services.orders import OrderInput
from crmdesk.ui.card import CustomerCardDialog
from crmdesk.ui.referrer import ReferrerPicker

from .card_helpers import (
    ATTITUDE,
    BASIC,
    LEFT,
    PURCHASES,
    Btn,
    CardOpener,
    click_tab,
)
from .modal_helpers import answer_message_box, type_text, with_next_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def open_card(qtbot, db: Database) -> Iterator[Callable[[int | None], CustomerCardDialog]]:
    """Opens cards on ``db`` and closes them, unsaved typing discarded, at the end."""
    opener = CardOpener(qtbot, db)
    yield opener.open
    opener.close_all()


def test_new_customer_typed_on_the_card_is_saved_with_ctrl_s(qtbot, db, open_card) -> None:
    card = open_card(None)
    assert card.customer_id is None
    assert card.windowTitle().startswith("Potential customer survey card")
    click_tab(qtbot, card, PURCHASES)
    assert not card.purchases.add_button.isEnabled()
    assert card.purchases.hint.isVisible()
    click_tab(qtbot, card, BASIC)

    type_text(qtbot, card.basic.name, "王小明")
    type_text(qtbot, card.basic.phone, "138 1234 5678")
    type_text(qtbot, card.basic.wechat, "xiaoming_wx")
    assert card.isWindowModified()
    with qtbot.waitSignal(card.saved) as saved:
        qtbot.keyClick(card.basic.wechat, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert card.customer_id is not None
    assert saved.args[0].created == (card.customer_id,)
    stored = customers.get_customer(db, card.customer_id)
    assert stored.data.name == "王小明"
    assert stored.data.phone == "13812345678"
    assert stored.data.birthday is None  # left empty, not today
    assert card.basic.phone.text() == "13812345678"  # shown as stored
    assert card.windowTitle() == "Potential customer survey card — 王小明[*]"
    assert not card.isWindowModified()
    assert card.purchases.add_button.isEnabled()


def test_company_fields_appear_for_a_company_and_are_saved(qtbot, db, open_card) -> None:
    card = open_card(None)
    assert not card.basic.company_box.isVisibleTo(card)
    type_text(qtbot, card.basic.name, "陈总")
    card.basic.kind.setFocus()
    qtbot.keyClick(card.basic.kind, Qt.Key.Key_Down)
    assert card.basic.company_box.isVisibleTo(card)
    type_text(qtbot, card.basic.company, "杭州茶业有限公司")
    type_text(qtbot, card.basic.position, "采购经理")
    qtbot.mouseClick(card.basic.accounts.add_button, LEFT)
    editor = QApplication.focusWidget()
    assert editor is not None and card.basic.accounts.table.isAncestorOf(editor)
    type_text(qtbot, editor, "tb_chen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.mouseClick(card.save_button, LEFT)

    stored = customers.get_customer(db, card.customer_id)
    assert stored.data.kind == "company"
    assert stored.data.company == "杭州茶业有限公司"
    assert stored.data.position == "采购经理"
    assert [(a.platform, a.buyer_id) for a in stored.data.accounts] == [("taobao", "tb_chen")]


def test_bad_phone_is_shown_at_the_field_and_the_card_stays_open(qtbot, db, open_card) -> None:
    card = open_card(None)
    type_text(qtbot, card.basic.name, "王小明")
    type_text(qtbot, card.basic.phone, "12345")
    qtbot.mouseClick(card.save_button, LEFT)

    assert card.customer_id is None
    assert card.isVisible()
    assert card.banner.isVisible()
    assert card.banner.text().startswith("Phone: ")
    assert "12345" in card.banner.text()
    assert card.basic.phone.hasFocus()
    assert card.basic.phone.text() == "12345"
    assert card.basic.name.text() == "王小明"
    assert "12345" in card.basic.phone.toolTip()

    # Fixing the number clears the message on the next save.
    card.basic.phone.clear()
    type_text(qtbot, card.basic.phone, "0571-88886666")
    qtbot.mouseClick(card.save_button, LEFT)
    assert card.customer_id is not None
    assert not card.banner.isVisible()
    assert customers.get_customer(db, card.customer_id).data.phone == "0571-88886666"


def test_missing_name_is_named_and_focused_from_another_tab(qtbot, db, open_card) -> None:
    card = open_card(None)
    type_text(qtbot, card.basic.phone, "13812345678")
    click_tab(qtbot, card, ATTITUDE)
    type_text(qtbot, card.attitude.preferences, "喜欢绿茶")
    qtbot.mouseClick(card.save_button, LEFT)

    assert card.customer_id is None
    assert card.tabs.currentIndex() == BASIC
    assert card.banner.text() == "Name: Name is required."
    assert card.basic.name.hasFocus()
    assert card.attitude.preferences.toPlainText() == "喜欢绿茶"


def test_birthday_in_the_future_is_refused(qtbot, db, open_card) -> None:
    card = open_card(None)
    type_text(qtbot, card.basic.name, "小李")
    card.basic.birthday.setDate(dt.date.today() + dt.timedelta(days=3))
    qtbot.mouseClick(card.save_button, LEFT)
    assert card.customer_id is None
    assert card.banner.text().startswith("Birthday: ")
    assert "future" in card.banner.text()


def test_masked_phone_is_kept_and_marked(qtbot, db, open_card) -> None:
    card = open_card(None)
    type_text(qtbot, card.basic.name, "淘宝买家")
    type_text(qtbot, card.basic.phone, "138****5678")
    qtbot.mouseClick(card.save_button, LEFT)
    assert card.customer_id is not None
    assert card.basic.phone.text() == "138****5678"
    assert card.basic.phone_masked.isVisible()


def test_duplicate_phone_offers_the_existing_card(qtbot, db, open_card) -> None:
    existing = customers.create_customer(db, CustomerInput(name="张三", phone="13800138000"))
    card = open_card(None)
    type_text(qtbot, card.basic.name, "张三 新")
    type_text(qtbot, card.basic.phone, "138-0013-8000")

    with qtbot.waitSignal(card.openCustomerRequested) as requested:
        text = answer_message_box(
            qtbot, "Open existing card", lambda: qtbot.mouseClick(card.save_button, LEFT)
        )
    assert "张三" in text
    assert "Open the existing card?" in text
    assert requested.args == [existing.id]
    assert not card.isVisible()
    assert card.customer_id is None
    assert [hit.customer_id for hit in find_duplicates(db, "13800138000", ())] == [existing.id]


def test_duplicate_can_be_saved_anyway_or_cancelled(qtbot, db, open_card) -> None:
    customers.create_customer(db, CustomerInput(name="张三", phone="13800138000"))
    card = open_card(None)
    type_text(qtbot, card.basic.name, "张三丰")
    type_text(qtbot, card.basic.phone, "13800138000")

    answer_message_box(qtbot, Btn.Cancel, lambda: qtbot.mouseClick(card.save_button, LEFT))
    assert card.customer_id is None and card.isVisible()

    answer_message_box(qtbot, "Save anyway", lambda: qtbot.mouseClick(card.save_button, LEFT))
    assert card.customer_id is not None
    assert len(find_duplicates(db, "13800138000", ())) == 2


def test_escape_with_unsaved_changes_asks_first(qtbot, db, open_card) -> None:
    card = open_card(customers.create_customer(db, CustomerInput(name="赵六")).id)
    qtbot.keyClick(card.basic.name, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not card.isVisible()

    card = open_card(customers.create_customer(db, CustomerInput(name="钱八")).id)
    type_text(qtbot, card.basic.wechat, "qianba")
    answer_message_box(
        qtbot, Btn.Cancel, lambda: qtbot.keyClick(card.basic.name, Qt.Key.Key_Escape)
    )
    assert card.isVisible()
    answer_message_box(qtbot, Btn.Save, lambda: qtbot.keyClick(card.basic.name, Qt.Key.Key_Escape))
    assert not card.isVisible()
    assert customers.get_customer(db, card.customer_id).data.wechat == "qianba"


def test_move_to_recycle_bin_from_the_card(qtbot, db, open_card) -> None:
    customer = customers.create_customer(db, CustomerInput(name="吴九"))
    card = open_card(customer.id)
    with qtbot.waitSignal(card.saved) as saved:
        answer_message_box(qtbot, Btn.Yes, lambda: qtbot.mouseClick(card.delete_button, LEFT))
    assert saved.args[0].deleted == (customer.id,)
    assert not card.isVisible()
    assert [d.id for d in customers.list_deleted(db)] == [customer.id]


def test_close_button_closes_an_untouched_new_card(qtbot, db, open_card) -> None:
    card = open_card(None)
    qtbot.mouseClick(card.close_button, LEFT)
    assert not card.isVisible()


def test_lost_customer_gets_the_lost_card_and_a_reason_for_leaving(qtbot, db, open_card) -> None:
    customer = customers.create_customer(db, CustomerInput(name="郑十"))
    long_ago = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=500)
    orders.add_order(db, customer.id, OrderInput(ordered_at=long_ago, paid=Decimal("88")))
    card = open_card(customer.id)
    assert card.windowTitle().startswith("Lost customer survey card — 郑十")
    assert card.heading.text() == "Lost customer survey card"

    click_tab(qtbot, card, ATTITUDE)
    assert card.attitude.lost_reason.isVisible()
    card.attitude.lost_reason.setFocus()
    type_text(qtbot, card.attitude.lost_reason, "Pri")  # keyboard search picks "Price"
    qtbot.mouseClick(card.save_button, LEFT)
    assert customers.get_customer(db, customer.id).data.lost_reason == "price"


def test_potential_customer_card_hides_the_reason_for_leaving(qtbot, db, open_card) -> None:
    card = open_card(customers.create_customer(db, CustomerInput(name="新客")).id)
    click_tab(qtbot, card, ATTITUDE)
    assert not card.attitude.lost_reason.isVisible()


def test_tags_and_important_dates_are_saved(qtbot, db, open_card) -> None:
    card = open_card(customers.create_customer(db, CustomerInput(name="冯一")).id)
    click_tab(qtbot, card, ATTITUDE)
    type_text(qtbot, card.attitude.tags, "VIP，爱喝茶, VIP")
    qtbot.mouseClick(card.attitude.dates.add_button, LEFT)
    editor = QApplication.focusWidget()
    assert editor is not None and card.attitude.dates.table.isAncestorOf(editor)
    type_text(qtbot, editor, "结婚纪念日")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    month = card.attitude.dates.table.cellWidget(0, 1)
    month.setFocus()
    month.selectAll()
    type_text(qtbot, month, "5")
    day = card.attitude.dates.table.cellWidget(0, 2)
    day.setFocus()
    day.selectAll()
    type_text(qtbot, day, "20")
    qtbot.keyClick(day, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    stored = customers.get_customer(db, card.customer_id).data
    assert stored.tags == ("VIP", "爱喝茶")
    assert [(d.label, d.month, d.day, d.year) for d in stored.important_dates] == [
        ("结婚纪念日", 5, 20, None)
    ]


def test_referrer_is_picked_by_searching_a_name(qtbot, db, open_card) -> None:
    referrer = customers.create_customer(db, CustomerInput(name="卫三", phone="13611112222"))
    customers.create_customer(db, CustomerInput(name="蒋四"))
    card = open_card(customers.create_customer(db, CustomerInput(name="沈五")).id)

    def pick(dialog: ReferrerPicker) -> None:
        type_text(qtbot, dialog.search, "1361111")
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        assert "卫三" in dialog.results.item(0).text()
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    with_next_modal(
        qtbot,
        ReferrerPicker,
        pick,
        lambda: qtbot.mouseClick(card.basic.referrer.choose_button, LEFT),
    )
    assert card.basic.referrer.display.text() == "卫三"
    qtbot.mouseClick(card.save_button, LEFT)
    assert customers.get_customer(db, card.customer_id).data.referrer_id == referrer.id


def test_account_without_buyer_id_points_at_its_row(qtbot, db, open_card) -> None:
    card = open_card(None)
    type_text(qtbot, card.basic.name, "何七")
    table = card.basic.accounts.table
    for _ in range(2):
        qtbot.mouseClick(card.basic.accounts.add_button, LEFT)
        editor = QApplication.focusWidget()
        type_text(qtbot, editor, "tb_he" if table.rowCount() == 1 else "")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        type_text(qtbot, QApplication.focusWidget(), "nick")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.mouseClick(card.save_button, LEFT)

    assert card.customer_id is None
    assert card.banner.text() == "Platform accounts: Buyer account 2 needs a buyer ID."
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
