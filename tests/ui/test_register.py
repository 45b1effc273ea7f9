"""The customer register: search, filters, sorting, columns, bulk actions, opening cards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from crmdesk.db import Database
from crmdesk.paths import AppPaths
from crmdesk.services import customers
from crmdesk.services.customers import CustomerInput
from crmdesk.services.register import RegisterQuery, fetch_page
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.register_model import ID_ROLE, VALUE_ROLE, RegisterModel
from crmdesk.ui.register_view import RegisterView

from .conftest import answer_input, click_button, on_next_modal, reactivate, type_text

pytestmark = pytest.mark.gui


def names(view: RegisterView) -> list[str]:
    """The names shown in the table, top to bottom."""
    model = view.table.model()
    column = view.model.column_of("name")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def cell(view: RegisterView, name: str, key: str) -> str:
    """The text shown in column ``key`` of the row of ``name``."""
    row = names(view).index(name)
    return view.table.model().index(row, view.model.column_of(key)).data()


def row_rect_center(view: RegisterView, row: int) -> QPoint:
    index = view.model.index(row, view.model.column_of("name"))
    return view.table.visualRect(index).center()


def click_row(qtbot, view: RegisterView, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, modifier, row_rect_center(view, row)
    )


def type_search(qtbot, view: RegisterView, text: str) -> None:
    view.search.selectAll()
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    type_text(qtbot, view.search, text)


def test_model_passes_qt_model_tester(qtmodeltester, db: Database, shop) -> None:
    model = RegisterModel(db)
    model.set_query(RegisterQuery(sort_key="name", sort_desc=False))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    first = model.index(0, model.column_of("name"))
    assert isinstance(model.data(first, ID_ROLE), int)


def test_model_pages_from_sql(db: Database, qapp, monkeypatch) -> None:
    for i in range(450):
        customers.create_customer(db, CustomerInput(name=f"客户{i:03d}"))
    calls: list[tuple[int, int]] = []

    def counting_fetch(database, query, offset, limit):
        calls.append((offset, limit))
        return fetch_page(database, query, offset, limit)

    monkeypatch.setattr("crmdesk.services.register.fetch_page", counting_fetch)
    model = RegisterModel(db)
    model.set_query(RegisterQuery(sort_key="name", sort_desc=False))
    assert model.rowCount() == 450
    assert calls == []  # counting does not load rows
    assert model.index(449, model.column_of("name")).data() == "客户449"
    assert model.index(0, model.column_of("name")).data() == "客户000"
    assert calls == [(400, 200), (0, 200)]
    assert model.data(model.index(3, model.column_of("total_spend")), VALUE_ROLE) == 0


def test_register_lists_every_customer_with_formatted_figures(
    main_window: MainWindow, shop
) -> None:
    view = main_window.register
    assert sorted(names(view)) == sorted(shop)
    assert cell(view, "李四", "total_spend") == "¥2,999.00"
    assert cell(view, "张三", "order_count") == "2"
    assert cell(view, "王小美", "tags") == "VIP, 回头客"
    assert cell(view, "王小美", "region") == "浙江省 宁波市"
    assert cell(view, "赵六", "status") == "Potential customer"
    assert main_window.count_label.text() == "5 customers"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("张", ["张三"]),
        ("wxm", ["王小美"]),  # pinyin initials
        ("wangxiaomei", ["王小美"]),  # full pinyin
        ("1391234", ["李四"]),  # part of a phone number
        ("dy_zhao", ["赵六"]),  # buyer ID
        ("alice", ["Alice Chen"]),  # WeChat and name
    ],
)
def test_search_filters_as_the_owner_types(qtbot, main_window: MainWindow, typed, expected) -> None:
    view = main_window.register
    type_search(qtbot, view, typed)
    assert len(names(view)) == 5  # debounced: nothing happens at once
    qtbot.waitUntil(lambda: names(view) == expected, timeout=2000)
    assert main_window.count_label.text() == f"{len(expected)} of 5 customers match"


def test_search_with_no_match_and_clearing(qtbot, main_window: MainWindow) -> None:
    view = main_window.register
    type_search(qtbot, view, "不存在的人")
    qtbot.waitUntil(lambda: names(view) == [], timeout=2000)
    assert main_window.count_label.text() == "0 of 5 customers match"
    qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert len(names(view)) == 5
    assert view.search.text() == ""


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a filter box with the keyboard, like the owner."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_filters(qtbot, main_window: MainWindow) -> None:
    view = main_window.register
    choose(qtbot, view.platform_filter, "Pinduoduo")
    assert names(view) == ["王小美"]
    choose(qtbot, view.platform_filter, "All platforms")
    choose(qtbot, view.province_filter, "浙江省")
    assert sorted(names(view)) == ["张三", "王小美"]
    choose(qtbot, view.status_filter, "Repeat buyer")
    assert sorted(names(view)) == ["张三", "王小美"]
    choose(qtbot, view.province_filter, "All regions")
    choose(qtbot, view.status_filter, "First-time buyer")
    assert names(view) == ["李四"]  # Alice bought only long ago: lost
    choose(qtbot, view.status_filter, "All statuses")
    choose(qtbot, view.tag_filter, "回头客")
    assert sorted(names(view)) == ["Alice Chen", "王小美"]
    assert main_window.count_label.text() == "2 of 5 customers match"


def test_birthday_month_filter(qtbot, main_window: MainWindow, db: Database) -> None:
    import datetime as dt

    customers.create_customer(db, CustomerInput(name="五月生", birthday=dt.date(1990, 5, 20)))
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    view = main_window.register
    choose(qtbot, view.birthday_filter, "Birthday in Month 5")
    assert names(view) == ["五月生"]


def test_clicking_headers_sorts_in_sql(qtbot, main_window: MainWindow) -> None:
    view = main_window.register
    header = view.table.horizontalHeader()
    spend = view.model.column_of("total_spend")
    x = header.sectionViewportPosition(spend) + header.sectionSize(spend) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(view)[0] == "李四"  # biggest spender first
    assert header.sortIndicatorSection() == spend
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(view)[0] == "赵六"
    name = view.model.column_of("name")
    x = header.sectionViewportPosition(name) + header.sectionSize(name) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    # by pinyin: Alice, li, wang, zhang, zhao
    assert names(view) == ["Alice Chen", "李四", "王小美", "张三", "赵六"]


def test_tags_column_is_not_sortable(qtbot, main_window: MainWindow) -> None:
    view = main_window.register
    before = names(view)
    header = view.table.horizontalHeader()
    tags = view.model.column_of("tags")
    x = header.sectionViewportPosition(tags) + header.sectionSize(tags) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(view) == before
    assert header.sortIndicatorSection() != tags


def test_columns_chosen_from_the_menu_and_remembered(
    qtbot, main_window: MainWindow, db: Database, paths: AppPaths, qsettings: QSettings
) -> None:
    view = main_window.register
    header = view.table.horizontalHeader()
    wechat = view.model.column_of("wechat")
    phone = view.model.column_of("phone")
    assert header.isSectionHidden(wechat)
    menu = QMenu()
    view.columns_menu(menu)
    by_text = {a.text(): a for a in menu.actions()}
    by_text["WeChat"].trigger()
    by_text["Phone"].trigger()
    assert not header.isSectionHidden(wechat)
    assert header.isSectionHidden(phone)
    assert cell(view, "张三", "wechat") == "zhangsan_wx"
    header.moveSection(header.visualIndex(view.model.column_of("total_spend")), 0)
    spend = view.model.column_of("total_spend")
    x = header.sectionViewportPosition(spend) + header.sectionSize(spend) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    main_window.close()

    again = MainWindow(paths, qsettings)
    qtbot.addWidget(again)
    again.show_database(db)
    view2 = again.register
    header2 = view2.table.horizontalHeader()
    assert not header2.isSectionHidden(wechat)
    assert header2.isSectionHidden(phone)
    assert header2.logicalIndex(0) == spend
    assert header2.sortIndicatorSection() == spend
    assert names(view2)[0] == "李四"
    again.release_database()


def test_header_menu_keeps_at_least_one_column(main_window: MainWindow) -> None:
    view = main_window.register
    menu = QMenu()
    view.columns_menu(menu)
    for action in menu.actions():
        if action.isCheckable() and action.isChecked() and action.text() != "Name":
            action.trigger()
    menu = QMenu()
    view.columns_menu(menu)
    name_action = next(a for a in menu.actions() if a.text() == "Name")
    assert name_action.isChecked() and not name_action.isEnabled()
    reset = next(a for a in menu.actions() if a.text() == "Reset columns")
    reset.trigger()
    assert not view.table.horizontalHeader().isSectionHidden(view.model.column_of("phone"))


def select_names(qtbot, view: RegisterView, wanted: list[str]) -> None:
    shown = names(view)
    first = True
    for name in wanted:
        modifier = Qt.KeyboardModifier.NoModifier if first else Qt.KeyboardModifier.ControlModifier
        click_row(qtbot, view, shown.index(name), modifier)
        first = False


def test_bulk_add_and_remove_tag(qtbot, main_window: MainWindow) -> None:
    view = main_window.register
    assert not view.add_tag_button.isEnabled()
    select_names(qtbot, view, ["李四", "赵六"])
    assert view.selection_label.text() == "2 selected"
    assert main_window.count_label.text() == "5 customers"
    on_next_modal(lambda dialog: answer_input(dialog, "双十一"))
    qtbot.mouseClick(view.add_tag_button, Qt.MouseButton.LeftButton)
    assert cell(view, "李四", "tags") == "双十一"
    assert cell(view, "赵六", "tags") == "双十一"
    assert cell(view, "张三", "tags") == "VIP"
    assert sorted(view.selected_ids()) == sorted(
        [view.model.id_at(names(view).index(n)) for n in ("李四", "赵六")]
    )  # still selected after the refresh
    assert view.tag_filter.findText("双十一") >= 0

    on_next_modal(lambda dialog: answer_input(dialog, "双十一"))
    qtbot.mouseClick(view.remove_tag_button, Qt.MouseButton.LeftButton)
    assert cell(view, "李四", "tags") == ""
    assert cell(view, "赵六", "tags") == ""


def test_delete_asks_then_moves_to_recycle_bin(
    qtbot, main_window: MainWindow, db: Database
) -> None:
    view = main_window.register
    select_names(qtbot, view, ["李四", "赵六"])
    seen: list[str] = []

    def cancel(box: QWidget) -> None:
        seen.append(box.text())
        click_button(box, QMessageBox.StandardButton.Cancel)

    on_next_modal(cancel)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert seen == [
        "Move 2 customers to the recycle bin?\nYou can bring them back from the recycle bin."
    ]
    assert len(names(view)) == 5

    reactivate(qtbot, main_window)
    on_next_modal(lambda box: click_button(box, QMessageBox.StandardButton.Yes))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert sorted(names(view)) == ["Alice Chen", "张三", "王小美"]
    assert main_window.count_label.text() == "3 customers"
    assert [d.name for d in customers.list_deleted(db)] in (["李四", "赵六"], ["赵六", "李四"])


def test_delete_key_in_search_box_edits_text(qtbot, main_window: MainWindow) -> None:
    view = main_window.register
    click_row(qtbot, view, 0)
    type_search(qtbot, view, "张")
    view.search.setCursorPosition(0)
    qtbot.keyClick(view.search, Qt.Key.Key_Delete)
    assert view.search.text() == ""
    assert QApplication.activeModalWidget() is None
    assert len(names(view)) == 5


def open_cards(window: MainWindow) -> list[str]:
    return sorted(w.windowTitle() for w in window.open_cards().values())


def test_double_click_and_enter_open_one_card_per_customer(
    qtbot, main_window: MainWindow, shop
) -> None:
    view = main_window.register
    row = names(view).index("张三")
    # A real double-click delivers a click first, then the double-click.
    click_row(qtbot, view, row)
    qtbot.mouseDClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect_center(view, row)
    )
    assert list(main_window.open_cards()) == [shop["张三"]]
    card = main_window.open_cards()[shop["张三"]]
    assert card.isVisible()
    assert "张三" in card.windowTitle()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert list(main_window.open_cards()) == [shop["张三"]]  # the same window, brought to front
    # 张三, the oldest card, is last; Ctrl+Home goes to the top
    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert len(main_window.open_cards()) == 2
    assert names(view)[0] in main_window.open_cards()[view.model.id_at(0)].windowTitle()
    card.close()
    qtbot.waitUntil(lambda: shop["张三"] not in main_window.open_cards())


def test_ctrl_n_opens_a_new_card_and_saving_refreshes(qtbot, main_window: MainWindow) -> None:
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert len(new) == 1
    card = new[0]
    card.basic.name.setFocus()
    type_text(qtbot, card.basic.name, "新客户")
    reactivate(qtbot, card)
    qtbot.keyClick(card.basic.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = main_window.register
    assert "新客户" in names(view)
    assert main_window.count_label.text() == "6 customers"
    card.close()


def test_selection_kept_on_refresh(qtbot, main_window: MainWindow, db: Database) -> None:
    view = main_window.register
    select_names(qtbot, view, ["张三"])
    customers.create_customer(db, CustomerInput(name="后来的"))
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    assert len(names(view)) == 6
    assert [names(view)[r] for r in view.selected_rows()] == ["张三"]
