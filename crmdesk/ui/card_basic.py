"""The card's Basic tab (基本信息): who the customer is and how to reach them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.services.customers import AccountInput, CustomerInput
from crmdesk.services.platforms import PLATFORMS
from crmdesk.ui.formatting import platform_name
from crmdesk.ui.referrer import ReferrerField
from crmdesk.ui.widgets import FieldErrors, OptionalDateEdit, TableEditor

ACCOUNT_PLATFORM, ACCOUNT_BUYER_ID, ACCOUNT_NICK = range(3)


def _text(edit: QLineEdit) -> str | None:
    value = edit.text().strip()
    return value or None


class AccountsTable(TableEditor):
    """The customer's buyer accounts on the selling platforms, one row each."""

    edit_column = ACCOUNT_BUYER_ID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(3, parent)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Buyer ID"), self.tr("Nickname")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ACCOUNT_PLATFORM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACCOUNT_BUYER_ID, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACCOUNT_NICK, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.add_button.setText(self.tr("Add account"))
        self.remove_button.setText(self.tr("Remove account"))

    def accounts(self) -> tuple[AccountInput, ...]:
        """The accounts typed (rows left completely empty are ignored)."""
        rows = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, ACCOUNT_PLATFORM)
            assert isinstance(combo, QComboBox)
            buyer = (self._cell(row, ACCOUNT_BUYER_ID) or "").strip()
            nick = (self._cell(row, ACCOUNT_NICK) or "").strip() or None
            if not buyer and not nick:
                continue
            rows.append(AccountInput(platform=combo.currentData(), buyer_id=buyer, buyer_nick=nick))
        return tuple(rows)

    def select_input_row(self, index: int) -> None:
        """Select the table row of ``accounts()[index]`` (where a validation error points)."""
        kept = [
            row
            for row in range(self.table.rowCount())
            if (self._cell(row, ACCOUNT_BUYER_ID) or "").strip()
            or (self._cell(row, ACCOUNT_NICK) or "").strip()
        ]
        if 0 <= index < len(kept):
            self.table.selectRow(kept[index])

    def set_accounts(self, accounts: tuple[AccountInput, ...]) -> None:
        """Show these accounts."""
        self.table.setRowCount(0)
        for account in accounts:
            self._append(account)
        self._update_buttons()

    def add_row(self) -> int:
        """Add an empty account row and return its index."""
        return self._append(AccountInput(platform="taobao", buyer_id=""))

    def _append(self, account: AccountInput) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        for platform in PLATFORMS:
            combo.addItem(platform_name(platform.key), platform.key)
        if combo.findData(account.platform) < 0:
            combo.addItem(platform_name(account.platform), account.platform)
        combo.setCurrentIndex(combo.findData(account.platform))
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, ACCOUNT_PLATFORM, combo)
        self.table.setItem(row, ACCOUNT_BUYER_ID, QTableWidgetItem(account.buyer_id))
        self.table.setItem(row, ACCOUNT_NICK, QTableWidgetItem(account.buyer_nick or ""))
        self._update_buttons()
        return row

    def _cell(self, row: int, column: int) -> str | None:
        item = self.table.item(row, column)
        return None if item is None else item.text()


class BasicTab(QScrollArea):
    """Name, kind, company fields, phone and accounts, region, source and referrer."""

    changed = Signal()

    def __init__(self, db: Database, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        page = QWidget()
        self.setWidget(page)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Individual"), "person")
        self.kind.addItem(self.tr("Company"), "company")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Required"))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Not set"), None)
        self.gender.addItem(self.tr("Male"), "M")
        self.gender.addItem(self.tr("Female"), "F")
        self.birthday = OptionalDateEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Mobile or landline, e.g. 13812345678"))
        self.phone_masked = QLabel(self.tr("Masked number (as exported by the platform)"))
        self.phone_masked.setStyleSheet("color: #8a6d3b;")
        self.phone_masked.hide()
        self.wechat = QLineEdit()
        self.email = QLineEdit()

        self.company = QLineEdit()
        self.industry = QLineEdit()
        self.contact_person = QLineEdit()
        self.position = QLineEdit()

        self.province = QLineEdit()
        self.province.setPlaceholderText(self.tr("Province"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("City"))
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("District"))
        self.address = QLineEdit()
        self.source_channel = QComboBox()
        self.source_channel.setEditable(True)
        self.source_channel.addItems(
            [
                "",
                self.tr("Platform search"),
                self.tr("Friend referral"),
                self.tr("Social media"),
                self.tr("Live stream"),
                self.tr("Advertising"),
                self.tr("Offline store"),
            ]
        )
        self.referrer = ReferrerField(db)
        self.accounts = AccountsTable()

        person = QGroupBox(self.tr("Customer"))
        form = QFormLayout(person)
        form.addRow(self.tr("Kind"), errors.slot("kind", self.kind, self.tr("Kind")))
        form.addRow(self.tr("Name"), errors.slot("name", self.name, self.tr("Name")))
        form.addRow(self.tr("Gender"), errors.slot("gender", self.gender, self.tr("Gender")))
        birthday_slot = errors.slot("birthday", self.birthday, self.tr("Birthday"))
        errors.add(
            "birthday", self.birthday.date_edit, self.tr("Birthday"), birthday_slot.error_label
        )
        form.addRow(self.tr("Birthday"), birthday_slot)

        self.company_box = QGroupBox(self.tr("Company"))
        company_form = QFormLayout(self.company_box)
        for field, edit, title in (
            ("company", self.company, self.tr("Company name")),
            ("industry", self.industry, self.tr("Industry")),
            ("contact_person", self.contact_person, self.tr("Contact person")),
            ("position", self.position, self.tr("Position")),
        ):
            company_form.addRow(title, errors.slot(field, edit, title))

        contact = QGroupBox(self.tr("Contact"))
        contact_form = QFormLayout(contact)
        phone_box = QWidget()
        phone_layout = QVBoxLayout(phone_box)
        phone_layout.setContentsMargins(0, 0, 0, 0)
        phone_layout.setSpacing(1)
        phone_layout.addWidget(errors.slot("phone", self.phone, self.tr("Phone")))
        phone_layout.addWidget(self.phone_masked)
        contact_form.addRow(self.tr("Phone"), phone_box)
        for field, edit, title in (
            ("wechat", self.wechat, self.tr("WeChat")),
            ("email", self.email, self.tr("E-mail")),
        ):
            contact_form.addRow(title, errors.slot(field, edit, title))

        where = QGroupBox(self.tr("Address and source"))
        where_form = QFormLayout(where)
        region = QWidget()
        region_layout = QHBoxLayout(region)
        region_layout.setContentsMargins(0, 0, 0, 0)
        for field, edit, title in (
            ("province", self.province, self.tr("Province")),
            ("city", self.city, self.tr("City")),
            ("district", self.district, self.tr("District")),
        ):
            region_layout.addWidget(errors.slot(field, edit, title))
        where_form.addRow(self.tr("Region"), region)
        where_form.addRow(
            self.tr("Address"), errors.slot("address", self.address, self.tr("Address"))
        )
        where_form.addRow(
            self.tr("Source"),
            errors.slot("source_channel", self.source_channel, self.tr("Source channel")),
        )
        where_form.addRow(
            self.tr("Referred by"),
            errors.slot("referrer_id", self.referrer, self.tr("Referred by")),
        )

        accounts_box = QGroupBox(self.tr("Platform accounts"))
        accounts_layout = QVBoxLayout(accounts_box)
        accounts_layout.addWidget(
            errors.slot("accounts", self.accounts, self.tr("Platform accounts"))
        )

        grid = QGridLayout(page)
        grid.addWidget(person, 0, 0)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(self.company_box, 1, 0)
        grid.addWidget(where, 1, 1)
        grid.addWidget(accounts_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

        for edit in (
            self.name,
            self.phone,
            self.wechat,
            self.email,
            self.company,
            self.industry,
            self.contact_person,
            self.position,
            self.province,
            self.city,
            self.district,
            self.address,
        ):
            edit.textEdited.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.gender.currentIndexChanged.connect(self.changed)
        self.source_channel.editTextChanged.connect(self.changed)
        self.birthday.changed.connect(self.changed)
        self.referrer.changed.connect(self.changed)
        self.accounts.changed.connect(self.changed)
        self._kind_changed()

    def set_data(self, data: CustomerInput, phone_masked: bool) -> None:
        """Show a stored card."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.name.setText(data.name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender)))
        self.birthday.setDate(data.birthday)
        self.phone.setText(data.phone or "")
        self.phone_masked.setVisible(phone_masked)
        self.wechat.setText(data.wechat or "")
        self.email.setText(data.email or "")
        self.company.setText(data.company or "")
        self.industry.setText(data.industry or "")
        self.contact_person.setText(data.contact_person or "")
        self.position.setText(data.position or "")
        self.province.setText(data.province or "")
        self.city.setText(data.city or "")
        self.district.setText(data.district or "")
        self.address.setText(data.address or "")
        self.source_channel.setEditText(data.source_channel or "")
        self.referrer.set_referrer(data.referrer_id)
        self.accounts.set_accounts(data.accounts)

    def values(self) -> dict[str, Any]:
        """The typed values, keyed by CustomerInput field name."""
        company = self.kind.currentData() == "company"
        return {
            "kind": self.kind.currentData(),
            "name": self.name.text(),
            "gender": self.gender.currentData(),
            "birthday": self.birthday.date(),
            "phone": _text(self.phone),
            "wechat": _text(self.wechat),
            "email": _text(self.email),
            "company": _text(self.company) if company else None,
            "industry": _text(self.industry) if company else None,
            "contact_person": _text(self.contact_person) if company else None,
            "position": _text(self.position) if company else None,
            "province": _text(self.province),
            "city": _text(self.city),
            "district": _text(self.district),
            "address": _text(self.address),
            "source_channel": self.source_channel.currentText().strip() or None,
            "referrer_id": self.referrer.referrer_id(),
            "accounts": self.accounts.accounts(),
        }

    def set_customer_id(self, customer_id: int | None) -> None:
        """The card's own id, so it cannot be picked as its own referrer."""
        self.referrer.exclude_id = customer_id

    def _kind_changed(self) -> None:
        self.company_box.setVisible(self.kind.currentData() == "company")
        self.changed.emit()
