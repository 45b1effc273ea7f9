"""Membership ▸ Rewards catalogue…: gifts, coupons and cash deductions bought with points."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError, ValidationError
from crmdesk.services import rewards
from crmdesk.services.rewards import RewardInput, RewardRow
from crmdesk.ui.membership_models import reward_kind_names, rewards_model
from crmdesk.ui.widgets import FieldErrors, MoneyEdit, error_banner


class RewardsDialog(QDialog):
    """The catalogue (inactive items too) and a form to add or change one item."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rewardsDialog")
        self.setWindowTitle(self.tr("Rewards catalogue"))
        self.resize(1100, 520)
        self._db = db
        self._editing: int | None = None
        self._errors = FieldErrors()
        self.banner = error_banner()
        self.banner.setObjectName("rewardsBanner")

        self.model = rewards_model(self)
        self.table = QTableView()
        self.table.setObjectName("rewardsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.name = QLineEdit()
        self.name.setObjectName("rewardName")
        self.kind = QComboBox()
        self.kind.setObjectName("rewardKind")
        for key, title in reward_kind_names().items():
            self.kind.addItem(title, key)
        self.cost = QSpinBox()
        self.cost.setObjectName("rewardCost")
        self.cost.setRange(0, 10_000_000)
        self.cost.setSuffix(self.tr(" points"))
        self.unlimited = QCheckBox(self.tr("Unlimited"))
        self.unlimited.setObjectName("rewardUnlimited")
        self.stock = QSpinBox()
        self.stock.setObjectName("rewardStock")
        self.stock.setRange(0, 10_000_000)
        self.value = MoneyEdit(field="value")
        self.value.setObjectName("rewardValue")
        self.value_label = QLabel()
        self.cap = MoneyEdit(field="per_order_cap")
        self.cap.setObjectName("rewardCap")
        self.cap.setPlaceholderText(self.tr("no cap"))
        self.description = QLineEdit()
        self.description.setObjectName("rewardDescription")
        self.active = QCheckBox(self.tr("In the catalogue (customers can redeem it)"))
        self.active.setObjectName("rewardActive")
        stock_row = QHBoxLayout()
        stock_row.addWidget(self._errors.slot("stock", self.stock, self.tr("Stock")), 1)
        stock_row.addWidget(self.unlimited)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self._errors.slot("name", self.name, self.tr("Name")))
        form.addRow(self.tr("Kind"), self._errors.slot("kind", self.kind, self.tr("Kind")))
        form.addRow(
            self.tr("Points cost"),
            self._errors.slot("points_cost", self.cost, self.tr("Points cost")),
        )
        form.addRow(self.tr("Stock"), stock_row)
        form.addRow(self.value_label, self._errors.slot("value", self.value, self.tr("Value")))
        form.addRow(
            self.tr("Most off one order"),
            self._errors.slot("per_order_cap", self.cap, self.tr("Most off one order")),
        )
        form.addRow(
            self.tr("Description"),
            self._errors.slot("description", self.description, self.tr("Description")),
        )
        form.addRow("", self.active)
        self.new_button = QPushButton(self.tr("New reward"))
        self.new_button.setObjectName("newRewardButton")
        self.save_button = QPushButton(self.tr("Save reward"))
        self.save_button.setObjectName("saveRewardButton")
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        form.addRow(form_buttons)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(form_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 460])
        self.close_button = QPushButton(self.tr("Close"))
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        for button in (self.new_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.unlimited.toggled.connect(lambda on: self.stock.setEnabled(not on))
        self.new_button.clicked.connect(self.new_reward)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.reload()
        self.new_reward()

    def reload(self, select_id: int | None = None) -> None:
        """Read the catalogue again; select ``select_id`` if given."""
        rows = rewards.list_rewards(self._db, include_inactive=True)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for i, row in enumerate(rows):
            if row.id == select_id:
                self.table.selectRow(i)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.cap.setEnabled(kind == "cash")
        if kind == "cash":
            self.value_label.setText(self.tr("Yuan off per points cost"))
        elif kind == "coupon":
            self.value_label.setText(self.tr("Coupon value"))
        else:
            self.value_label.setText(self.tr("Value (optional)"))

    def _fill(self, data: RewardInput) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.cost.setValue(data.points_cost)
        self.unlimited.setChecked(data.stock is None)
        self.stock.setValue(data.stock or 0)
        self.stock.setEnabled(data.stock is not None)
        self.value.setValue(data.value)
        self.cap.setValue(data.per_order_cap)
        self.description.setText(data.description or "")
        self.active.setChecked(data.active)
        self._kind_changed()

    def _show(self, row: int) -> None:
        reward: RewardRow | None = self.model.row_at(row)
        if reward is None:
            return
        self._errors.clear()
        self.banner.hide()
        self._editing = reward.id
        self._fill(reward.data)

    def new_reward(self) -> None:
        """An empty form for a new catalogue item."""
        self.table.clearSelection()
        self._editing = None
        self._errors.clear()
        self.banner.hide()
        self._fill(RewardInput(name="", kind="gift", points_cost=100, stock=None))
        self.name.setFocus()

    def typed(self) -> RewardInput:
        """The item as typed (money fields raise ValidationError when they do not parse)."""
        kind = str(self.kind.currentData())
        value = self.value.value() if self.value.text().strip() else None
        cap = self.cap.value() if kind == "cash" and self.cap.text().strip() else None
        return RewardInput(
            name=self.name.text().strip(),
            kind=kind,
            points_cost=self.cost.value(),
            stock=None if self.unlimited.isChecked() else self.stock.value(),
            value=value,
            per_order_cap=cap,
            description=self.description.text().strip() or None,
            active=self.active.isChecked(),
        )

    def save(self) -> bool:
        """Store the form (a new item or the one selected)."""
        self._errors.clear()
        self.banner.hide()
        try:
            saved = rewards.save_reward(self._db, self.typed(), self._editing)
        except ValidationError as err:
            self.banner.setText(self._errors.show(err))
            self.banner.show()
            return False
        except CrmdeskError as err:
            self.banner.setText(str(err))
            self.banner.show()
            return False
        self._editing = saved.id
        self.reload(saved.id)
        return True
