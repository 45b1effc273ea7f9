"""The register's "More filters…" dialog: analytics classes, churn warning, orders and spend."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.analytics import CLASS_KINDS
from crmdesk.services.analytics_text import label
from crmdesk.services.register import RegisterQuery
from crmdesk.ui.shop_summary import kind_titles

#: Classification -> RegisterQuery.extra key filtering it.
CLASS_FILTERS = {
    "rfm_segment": "rfm_segments",
    "pyramid_level": "pyramid_levels",
    "value_class": "value_classes",
    "lifecycle_stage": "lifecycle_stages",
    "loyalty_type": "loyalty_types",
}
#: Every extra key this dialog edits (others in the query are kept as they are).
EXTRA_KEYS = frozenset(
    {*CLASS_FILTERS.values(), "churn_warning", "min_orders", "max_orders", "min_total_spend",
     "tier_ids"}
)


class MoreFiltersDialog(QDialog):
    """Pick a class per classification and other figures; :meth:`extra` gives the filter."""

    def __init__(
        self,
        extra: dict[str, object],
        parent: QWidget | None = None,
        tiers: Sequence[tuple[int, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moreFilters")
        self.setWindowTitle(self.tr("More filters"))
        form = QFormLayout()
        titles = kind_titles()
        self.class_boxes: dict[str, QComboBox] = {}
        for kind, key in CLASS_FILTERS.items():
            combo = QComboBox()
            combo.setObjectName(f"filter_{kind}")
            combo.addItem(self.tr("Any"), None)
            for value in CLASS_KINDS[kind]:
                combo.addItem(label(kind, value), value)
            chosen = extra.get(key)
            if isinstance(chosen, (tuple, list)) and chosen:
                combo.setCurrentIndex(max(combo.findData(chosen[0]), 0))
            self.class_boxes[key] = combo
            form.addRow(titles[kind], combo)
        # Member tiers (会员等级): (id, name) lowest first.
        self.tier_filter = QComboBox()
        self.tier_filter.setObjectName("filterTier")
        self.tier_filter.addItem(self.tr("Any"), None)
        for tier_id, tier_name in tiers:
            self.tier_filter.addItem(tier_name, tier_id)
        chosen_tiers = extra.get("tier_ids")
        if isinstance(chosen_tiers, (tuple, list)) and chosen_tiers:
            self.tier_filter.setCurrentIndex(max(self.tier_filter.findData(chosen_tiers[0]), 0))
        form.addRow(self.tr("Member tier"), self.tier_filter)
        self.churn_warning = QCheckBox(self.tr("Only customers with a churn warning"))
        self.churn_warning.setObjectName("filterChurnWarning")
        self.churn_warning.setChecked(bool(extra.get("churn_warning")))
        form.addRow(self.churn_warning)
        self.min_orders = QSpinBox()
        self.min_orders.setObjectName("filterMinOrders")
        self.max_orders = QSpinBox()
        self.max_orders.setObjectName("filterMaxOrders")
        for box, key in ((self.min_orders, "min_orders"), (self.max_orders, "max_orders")):
            box.setRange(0, 100000)
            box.setSpecialValueText(self.tr("any"))
            box.setValue(int(extra.get(key) or 0))  # type: ignore[call-overload]
        orders = QHBoxLayout()
        orders.addWidget(self.min_orders)
        orders.addWidget(self.max_orders)
        form.addRow(self.tr("Orders from / to"), orders)
        self.min_spend = QDoubleSpinBox()
        self.min_spend.setObjectName("filterMinSpend")
        self.min_spend.setRange(0, 100_000_000)
        self.min_spend.setDecimals(2)
        self.min_spend.setPrefix("¥")
        self.min_spend.setSpecialValueText(self.tr("any"))
        self.min_spend.setValue(float(extra.get("min_total_spend") or 0))  # type: ignore[arg-type]
        form.addRow(self.tr("Total spend at least"), self.min_spend)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = buttons.addButton(
            self.tr("Clear these"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_button.clicked.connect(self.clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def clear(self) -> None:
        """Back to "any" everywhere."""
        for combo in self.class_boxes.values():
            combo.setCurrentIndex(0)
        self.tier_filter.setCurrentIndex(0)
        self.churn_warning.setChecked(False)
        for box in (self.min_orders, self.max_orders):
            box.setValue(0)
        self.min_spend.setValue(0)

    def extra(self) -> dict[str, object]:
        """The chosen filters as RegisterQuery.extra entries (only those set)."""
        out: dict[str, object] = {}
        for key, combo in self.class_boxes.items():
            if combo.currentData() is not None:
                out[key] = (combo.currentData(),)
        if self.tier_filter.currentData() is not None:
            out["tier_ids"] = (self.tier_filter.currentData(),)
        if self.churn_warning.isChecked():
            out["churn_warning"] = True
        if self.min_orders.value():
            out["min_orders"] = self.min_orders.value()
        if self.max_orders.value():
            out["max_orders"] = self.max_orders.value()
        if self.min_spend.value():
            out["min_total_spend"] = Decimal(f"{self.min_spend.value():.2f}")
        return out


# --- wiring into the register view -------------------------------------------------------


def install_register_extras(view: Any, filters: QHBoxLayout) -> None:
    """Put the views box and "More filters…" into the register's filter row."""
    from crmdesk.ui.views_panel import ViewsPanel

    view.more_filters_button = QPushButton(view.tr("More filters…"), view)
    view.more_filters_button.setObjectName("moreFiltersButton")
    view.more_filters_button.clicked.connect(lambda: edit_more_filters(view))
    view.views = ViewsPanel(view._db, lambda: view.model.query(), view)
    view.views.viewChosen.connect(view.apply_query)
    filters.insertWidget(0, view.views, 1)
    filters.insertWidget(filters.count() - 1, view.more_filters_button)
    for combo in view._combos():
        combo.activated.connect(view.views.forget_choice)
    view.search.textEdited.connect(view.views.forget_choice)
    view.model.modelReset.connect(lambda: _update_more_button(view))


def _update_more_button(view: Any) -> None:
    n = len(view.extra_filters)
    view.more_filters_button.setText(
        view.tr("More filters ({n})…").format(n=n) if n else view.tr("More filters…")
    )


def edit_more_filters(view: Any) -> None:
    """Ask for the analytics and figure filters and apply them to the register."""
    from crmdesk.services import tiers

    tier_choices = [(t.id, t.data.name) for t in tiers.list_tiers(view._db)]
    dialog = MoreFiltersDialog(view.extra_filters, view, tier_choices)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    kept = {k: v for k, v in view.extra_filters.items() if k not in EXTRA_KEYS}
    view.extra_filters = {**kept, **dialog.extra()}
    view.views.forget_choice()
    view._apply_now()


def apply_query(view: Any, query: RegisterQuery) -> None:
    """Set the register's boxes, extra filters and sort from ``query``, then show it."""
    tags = query.extra.get("tag_names")
    boxes = (
        (view.platform_filter, query.platforms[0] if query.platforms else None),
        (view.province_filter, query.province),
        (view.status_filter, query.statuses[0] if query.statuses else None),
        (view.birthday_filter, query.birthday_month),
        (view.tag_filter, tags[0] if isinstance(tags, (tuple, list)) and tags else None),
    )
    for combo, value in boxes:
        combo.blockSignals(True)
        index = combo.findData(value) if value is not None else 0
        if index < 0:  # e.g. a province no customer has any more
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
    view.search.blockSignals(True)
    view.search.setText(query.search)
    view.search.blockSignals(False)
    view.extra_filters = {k: v for k, v in query.extra.items() if k != "tag_names"}
    view.columns.set_sort(query.sort_key, query.sort_desc)
    view._apply_now()
