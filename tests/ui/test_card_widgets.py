"""The card's small widgets: money entry and an optional date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from crmdesk.errors import ValidationError
from crmdesk.ui.widgets import MoneyEdit, OptionalDateEdit

from .card_helpers import LEFT
from .modal_helpers import type_text

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1,234.50", "1234.50"), ("¥1234.5", "1234.50"), ("￥88", "88.00"), ("", "0.00")],
)
def test_money_edit_reads_what_owners_type(qtbot, typed: str, value: str) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    type_text(qtbot, edit, typed)
    assert edit.value() == Decimal(value)


@pytest.mark.parametrize("typed", ["abc", "-3", "1.234"])
def test_money_edit_refuses_what_is_not_an_amount(qtbot, typed: str) -> None:
    edit = MoneyEdit(field="paid")
    qtbot.addWidget(edit)
    type_text(qtbot, edit, typed)
    with pytest.raises(ValidationError) as err:
        edit.value()
    assert err.value.field == "paid"


def test_optional_date_starts_empty_and_opens_on_this_month(qtbot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(edit.isActiveWindow)
    assert edit.date() is None
    assert edit.date_edit.text() == "Not set"
    arrow = QPoint(edit.date_edit.width() - 8, edit.date_edit.height() // 2)
    qtbot.mouseMove(edit.date_edit, arrow)
    qtbot.mouseClick(edit.date_edit, LEFT, pos=arrow)  # the arrow opens the calendar
    calendar = edit.date_edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert edit.date() is None
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)

    edit.setDate(dt.date(1990, 6, 1))
    assert edit.date() == dt.date(1990, 6, 1)
    clear = next(b for b in edit.findChildren(QToolButton) if b.text() == "×")
    qtbot.mouseClick(clear, LEFT)
    assert edit.date() is None
