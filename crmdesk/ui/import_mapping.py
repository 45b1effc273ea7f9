"""The mapping page of the import wizard: which column of the file fills which field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import CrmdeskError
from crmdesk.services.importing import mapping as mappings
from crmdesk.services.importing.platform_presets import ORDER_FIELDS
from crmdesk.ui.errors import show_error
from crmdesk.ui.import_wizard import AnalysingPage, Choice

#: Fields the import cannot do without, per kind of file.
REQUIRED = {"customers": ("name",), "orders": ("order_no",)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportMapping", text)


def order_field_labels() -> dict[str, str]:
    """Order field key -> owner-facing label."""
    return {
        "order_no": _tr("Order number"),
        "sub_order_no": _tr("Sub-order number"),
        "buyer_id": _tr("Buyer ID"),
        "buyer_nick": _tr("Buyer nickname"),
        "receiver_name": _tr("Receiver"),
        "phone": _tr("Receiver phone"),
        "address": _tr("Address"),
        "province": _tr("Province"),
        "city": _tr("City"),
        "district": _tr("District"),
        "street": _tr("Street"),
        "postcode": _tr("Postcode"),
        "email": _tr("E-mail"),
        "ordered_at": _tr("Ordered at"),
        "paid_at": _tr("Paid at"),
        "amount": _tr("Amount paid"),
        "refund": _tr("Refund"),
        "status": _tr("Order status"),
        "refund_status": _tr("Refund status"),
        "close_reason": _tr("Reason closed"),
        "item_title": _tr("Item"),
        "sku": _tr("SKU"),
        "quantity": _tr("Quantity"),
        "unit_price": _tr("Unit price"),
        "buyer_remark": _tr("Buyer's message"),
        "seller_remark": _tr("Seller's note"),
    }


def field_labels(kind: str) -> list[tuple[str, str]]:
    """(field, label) pairs of a kind of file, in the order the page lists them."""
    if kind == "orders":
        labels = order_field_labels()
        return [(key, labels.get(key, key)) for key in ORDER_FIELDS]
    return [
        (spec.key, QCoreApplication.translate("Import", spec.label))
        for spec in mappings.CUSTOMER_FIELDS
    ]


class MappingPage(AnalysingPage):
    """Page 3: a column of the file for each field, suggested, changeable, savable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Choose which column of the file fills each field. Fields marked * are needed.")
        )
        self.combos: dict[str, QComboBox] = {}
        self._kind = ""
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setMinimumContentsLength(16)
        self.load_button = QPushButton(self.tr("Load"), self)
        self.load_button.setObjectName("loadPreset")
        self.load_button.clicked.connect(self.load_preset)
        self.save_button = QPushButton(self.tr("Save as preset…"), self)
        self.save_button.setObjectName("savePreset")
        self.save_button.clicked.connect(self.save_preset)
        self.delete_button = QPushButton(self.tr("Delete preset"), self)
        self.delete_button.setObjectName("deletePreset")
        self.delete_button.clicked.connect(self.delete_preset)
        self.suggest_button = QPushButton(self.tr("Suggested columns"), self)
        self.suggest_button.setObjectName("suggestMapping")
        self.suggest_button.clicked.connect(self.use_suggested)
        presets = QHBoxLayout()
        presets.addWidget(QLabel(self.tr("Preset:"), self))
        presets.addWidget(self.preset_combo, 1)
        presets.addWidget(self.load_button)
        presets.addWidget(self.save_button)
        presets.addWidget(self.delete_button)
        presets.addStretch(1)
        presets.addWidget(self.suggest_button)
        self.fields_widget = QWidget(self)
        self.grid = QGridLayout(self.fields_widget)
        self.grid.setHorizontalSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_widget)
        self.unmapped_label = QLabel(self)
        self.unmapped_label.setObjectName("unmappedColumns")
        self.unmapped_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.unmapped_label)
        layout.addWidget(self.message)

    # --- the field grid ------------------------------------------------------------
    def initializePage(self) -> None:
        plan = self.import_wizard().plan
        assert plan is not None
        self.show_message("")
        self._kind = plan.kind
        self._build_grid(plan.kind, [h for h in plan.headers if h])
        self.set_mapping(plan.mapping)
        self._fill_presets()

    def _build_grid(self, kind: str, headers: list[str]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        fields = field_labels(kind)
        half = (len(fields) + 1) // 2
        for i, (key, label) in enumerate(fields):
            row, col = (i, 0) if i < half else (i - half, 2)
            text = label + (" *" if key in REQUIRED[kind] else "")
            name = QLabel(text, self.fields_widget)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            combo = QComboBox(self.fields_widget)
            combo.setObjectName(f"map_{key}")
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.addItem(self.tr("(not imported)"), None)
            for header in headers:
                combo.addItem(header, header)
            combo.currentIndexChanged.connect(self._update_unmapped)
            name.setBuddy(combo)
            self.grid.addWidget(name, row, col)
            self.grid.addWidget(combo, row, col + 1)
            self.combos[key] = combo
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setRowStretch(half, 1)

    def set_mapping(self, mapping: dict[str, str]) -> list[str]:
        """Show ``mapping``; returns the headers it names that this file does not have."""
        missing = []
        for key, combo in self.combos.items():
            header = mapping.get(key)
            index = combo.findData(header) if header else 0
            if index < 0:
                missing.append(str(header))
                index = 0
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self._update_unmapped()
        return missing

    def mapping(self) -> dict[str, str]:
        """Field -> header as the combos show it."""
        return {key: str(c.currentData()) for key, c in self.combos.items() if c.currentData()}

    def _update_unmapped(self) -> None:
        plan = self.import_wizard().plan
        if plan is None:
            return
        used = set(self.mapping().values())
        left = [h for h in plan.headers if h and h not in used]
        self.unmapped_label.setText(
            self.tr("Columns not imported: {columns}").format(columns="、".join(left))
            if left
            else self.tr("Every column is imported.")
        )

    def use_suggested(self) -> None:
        """Go back to the columns crmdesk suggests."""
        plan = self.import_wizard().plan
        if plan is not None:
            self.set_mapping(plan.suggested_mapping)

    # --- presets -------------------------------------------------------------------
    def _fill_presets(self, select: str | None = None) -> None:
        self.preset_combo.clear()
        for preset in mappings.list_presets(self.import_wizard().db, self._kind):
            self.preset_combo.addItem(preset.name, preset.name)
        if select is not None:
            self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(select), 0))
        has = self.preset_combo.count() > 0
        self.preset_combo.setEnabled(has)
        self.load_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def load_preset(self) -> None:
        """Apply the chosen preset's columns."""
        name = self.preset_combo.currentData()
        if not name:
            return
        try:
            preset = mappings.get_preset(self.import_wizard().db, str(name))
        except CrmdeskError as exc:
            show_error(self, exc)
            self._fill_presets()
            return
        missing = self.set_mapping(preset.mapping)
        self.show_message(
            self.tr("This file has no column {columns}; those fields are not imported.").format(
                columns="、".join(missing)
            )
            if missing
            else ""
        )

    def save_preset(self) -> None:
        """Save the columns chosen now under a name."""
        current = str(self.preset_combo.currentData() or "")
        name, ok = QInputDialog.getText(
            self, self.tr("Save preset"), self.tr("Name of the preset:"), text=current
        )
        if not ok or not name.strip():
            return
        wizard = self.import_wizard()
        platform = wizard.plan.platform if wizard.plan is not None else None
        try:
            saved = mappings.save_preset(wizard.db, name, self._kind, self.mapping(), platform)
        except CrmdeskError as exc:
            show_error(self, exc)
            return
        self._fill_presets(select=saved.name)

    def delete_preset(self) -> None:
        """Delete the chosen preset, after asking."""
        name = self.preset_combo.currentData()
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete preset"),
            self.tr("Delete the preset “{name}”?").format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.import_wizard().db
        for preset in mappings.list_presets(db, self._kind):
            if preset.name == name:
                mappings.delete_preset(db, preset.id)
        self._fill_presets()

    # --- next ----------------------------------------------------------------------
    def choice(self) -> Choice | None:
        wizard = self.import_wizard()
        plan, previous = wizard.plan, wizard.choice
        assert plan is not None and previous is not None
        chosen = self.mapping()
        if chosen == plan.mapping:
            return previous
        needed = [k for k in REQUIRED[plan.kind] if k not in chosen]
        if plan.kind == "customers" and {"buyer_id", "buyer_nick"} & set(chosen):
            needed = []
        if needed:
            labels = dict(field_labels(plan.kind))
            self.show_message(
                self.tr("Choose the column for {field}.").format(field=labels[needed[0]])
            )
            return None
        return Choice(
            previous.path,
            kind=plan.kind,
            platform=plan.platform if plan.kind == "orders" else None,
            sheet=previous.sheet,
            header_row=previous.header_row,
            mapping=tuple(sorted(chosen.items())),
        )
