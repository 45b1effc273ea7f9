"""Orders and contact records on the customer card, and their list models."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crmdesk.db import Database
from crmdesk.services import customers, orders
from crmdesk.services.customers import CustomerInput
from crmdesk.services.orders import ContactInput, OrderInput
from crmdesk.ui.card import CustomerCardDialog
from crmdesk.ui.card_models import ContactTableModel, OrderTableModel
from crmdesk.ui.contact_dialog import ContactDialog
from crmdesk.ui.order_dialog import OrderDialog

from .card_helpers import (
    CONTACTS,
    LEFT,
    PURCHASES,
    Btn,
    CardOpener,
    click_row,
    click_tab,
    customer_with_order,
    table_texts,
)
from .modal_helpers import answer_message_box, type_text, with_next_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def open_card(qtbot, db: Database) -> Iterator[Callable[[int | None], CustomerCardDialog]]:
    """Opens cards on ``db`` and closes them, unsaved typing discarded, at the end."""
    opener = CardOpener(qtbot, db)
    yield opener.open
    opener.close_all()


def add_order_through_dialog(qtbot, card: CustomerCardDialog, paid: str) -> None:
    def fill(dialog: OrderDialog) -> None:
        dialog.paid.clear()
        type_text(qtbot, dialog.paid, paid)
        type_text(qtbot, dialog.order_no, "JD20240001")
        type_text(qtbot, dialog.items_text, "明前龙井 ×2")
        qtbot.keyClick(dialog.order_no, Qt.Key.Key_Return)

    with_next_modal(
        qtbot, OrderDialog, fill, lambda: qtbot.mouseClick(card.purchases.add_button, LEFT)
    )


def test_adding_an_order_updates_the_figures_and_the_card_kind(qtbot, db, open_card) -> None:
    customer = customers.create_customer(db, CustomerInput(name="刘一"))
    card = open_card(customer.id)
    click_tab(qtbot, card, PURCHASES)
    assert card.purchases.order_count_label.text() == "0"
    assert card.purchases.total_spend_label.text() == "¥0.00"

    with qtbot.waitSignal(card.saved):
        add_order_through_dialog(qtbot, card, "¥1,234.50")

    assert card.purchases.order_count_label.text() == "1"
    assert card.purchases.total_spend_label.text() == "¥1,234.50"
    assert card.purchases.status_label.text() == "First-time buyer"
    assert card.windowTitle().startswith("Existing customer survey card — 刘一")
    assert table_texts(card.purchases.view, 2) == ["JD20240001"]
    assert table_texts(card.purchases.view, 4) == ["¥1,234.50"]


def test_order_dialog_refuses_a_negative_amount(qtbot, db, open_card) -> None:
    customer = customers.create_customer(db, CustomerInput(name="刘一"))
    card = open_card(customer.id)
    click_tab(qtbot, card, PURCHASES)
    messages: list[str] = []

    def fill(dialog: OrderDialog) -> None:
        type_text(qtbot, dialog.paid, "-5")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        assert dialog.isVisible()
        messages.append(dialog.banner.text())
        assert dialog.paid.hasFocus()
        qtbot.keyClick(dialog.paid, Qt.Key.Key_Escape)

    with_next_modal(
        qtbot, OrderDialog, fill, lambda: qtbot.mouseClick(card.purchases.add_button, LEFT)
    )
    assert messages[0].startswith("Paid (¥): ")
    assert "negative" in messages[0]
    assert orders.list_orders(db, customer.id) == []
    assert card.purchases.order_count_label.text() == "0"


def test_editing_an_order_by_double_click_changes_the_total(qtbot, db, open_card) -> None:
    card = open_card(customer_with_order(db, paid="300.00"))
    click_tab(qtbot, card, PURCHASES)
    assert card.purchases.total_spend_label.text() == "¥300.00"

    def change(dialog: OrderDialog) -> None:
        assert dialog.paid.text() == "300.00"
        dialog.paid.selectAll()
        type_text(qtbot, dialog.paid, "280")
        type_text(qtbot, dialog.refund, "30")
        qtbot.keyClick(dialog.paid, Qt.Key.Key_Return)

    with_next_modal(
        qtbot, OrderDialog, change, lambda: click_row(qtbot, card.purchases.view, 0, double=True)
    )
    assert card.purchases.total_spend_label.text() == "¥250.00"
    assert table_texts(card.purchases.view, 5) == ["¥30.00"]


def test_removing_an_order_asks_then_recounts(qtbot, db, open_card) -> None:
    card = open_card(customer_with_order(db))
    click_tab(qtbot, card, PURCHASES)
    assert not card.purchases.remove_button.isEnabled()
    click_row(qtbot, card.purchases.view, 0)
    assert card.purchases.remove_button.isEnabled()

    text = answer_message_box(
        qtbot, Btn.No, lambda: qtbot.mouseClick(card.purchases.remove_button, LEFT)
    )
    assert "TB1001" in text
    assert card.purchases.view.model().rowCount() == 1

    answer_message_box(qtbot, Btn.Yes, lambda: qtbot.mouseClick(card.purchases.remove_button, LEFT))
    assert card.purchases.view.model().rowCount() == 0
    assert card.purchases.order_count_label.text() == "0"
    assert card.purchases.total_spend_label.text() == "¥0.00"
    assert card.windowTitle().startswith("Potential customer survey card")


def test_adding_a_complaint_contact_shows_it_in_the_list(qtbot, db, open_card) -> None:
    customer = customers.create_customer(db, CustomerInput(name="孙七"))
    card = open_card(customer.id)
    click_tab(qtbot, card, CONTACTS)
    assert card.contacts.count_label.text() == "0 record(s)"

    def fill(dialog: ContactDialog) -> None:
        assert not dialog.resolution.isVisible()
        dialog.kind.setFocus()
        type_text(qtbot, dialog.kind, "Com")  # keyboard search picks "Complaint"
        assert dialog.resolution.isVisible()
        type_text(qtbot, dialog.summary, "快递破损，要求补发")
        type_text(qtbot, dialog.resolution, "已补发")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    with qtbot.waitSignal(card.saved):
        with_next_modal(
            qtbot, ContactDialog, fill, lambda: qtbot.mouseClick(card.contacts.add_button, LEFT)
        )
    assert table_texts(card.contacts.view, 3) == ["快递破损，要求补发"]
    assert table_texts(card.contacts.view, 2) == ["Complaint"]
    assert table_texts(card.contacts.view, 6) == ["Open"]
    assert card.contacts.count_label.text() == "1 record(s)"
    stored = orders.list_contacts(db, customer.id)[0].data
    assert stored.kind == "complaint"
    assert stored.resolution == "已补发"


def test_enter_on_a_contact_opens_it_for_editing(qtbot, db, open_card) -> None:
    customer = customers.create_customer(db, CustomerInput(name="褚二"))
    orders.add_contact(
        db,
        customer.id,
        ContactInput(
            contacted_at=dt.datetime(2025, 5, 1, 9, 30),
            channel="wechat",
            kind="inquiry",
            summary="问尺码",
        ),
    )
    card = open_card(customer.id)
    click_tab(qtbot, card, CONTACTS)
    click_row(qtbot, card.contacts.view, 0)

    def add_result(dialog: ContactDialog) -> None:
        assert dialog.summary.toPlainText() == "问尺码"
        type_text(qtbot, dialog.result, "推荐 M 码")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    with_next_modal(
        qtbot,
        ContactDialog,
        add_result,
        lambda: qtbot.keyClick(card.contacts.view, Qt.Key.Key_Return),
    )
    assert table_texts(card.contacts.view, 4) == ["推荐 M 码"]


def test_order_and_contact_models_pass_the_model_tester(qtmodeltester, db) -> None:
    customer_id = customer_with_order(db)
    orders.add_order(
        db,
        customer_id,
        OrderInput(ordered_at=dt.datetime(2024, 1, 2, 3, 4), paid=Decimal("10"), status="closed"),
    )
    orders.add_contact(
        db,
        customer_id,
        ContactInput(
            contacted_at=dt.datetime(2024, 5, 1, 9, 0),
            channel="phone",
            kind="complaint",
            summary="慢",
            complaint_status="open",
        ),
    )
    order_model = OrderTableModel(lambda text: text)
    order_model.set_rows(orders.list_orders(db, customer_id))
    qtmodeltester.check(order_model)
    assert order_model.rowCount() == 2
    closed = order_model.index(1, 0)
    assert "Does not count" in closed.data(Qt.ItemDataRole.ToolTipRole)

    contact_model = ContactTableModel(lambda text: text)
    contact_model.set_rows(orders.list_contacts(db, customer_id))
    qtmodeltester.check(contact_model)
    assert contact_model.index(0, 1).data() == "Phone"
