"""The last pages of the import wizard: preview, what duplicates do, and the summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crmdesk.errors import CrmdeskError
from crmdesk.services.importing.pipeline import ImportSummary, export_rejected, run_import
from crmdesk.services.jobs import CancelFn, ProgressFn
from crmdesk.ui.errors import show_error
from crmdesk.ui.import_models import PREVIEW_ROWS, PreviewModel, ProblemsModel
from crmdesk.ui.import_wizard import ImportWizard, error_text, message_label
from crmdesk.ui.tasks import run_task
from crmdesk.ui.transfer_actions import show_write_error

#: Up to this many problems, rows grow to show a long reason in full.
MAX_WRAPPED_PROBLEMS = 500


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class _Page(QWizardPage):
    def import_wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard


class PreviewPage(_Page):
    """Page 4: the rows as they will be imported, and every problem by row and column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Rows with an error are left out; rows with a warning are imported.")
        )
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("previewCounts")
        self.counts_label.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.preview_table = _table(self, "previewTable")
        self.preview_table.setModel(self.preview_model)
        self.problems_model = ProblemsModel(self)
        self.problems_table = _table(self, "problemsTable")
        self.problems_table.setWordWrap(True)
        self.problems_table.setModel(self.problems_model)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("previewFileWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #a16207;")
        problems = QWidget(self)
        box = QVBoxLayout(problems)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problems_label)
        box.addWidget(self.problems_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview_table)
        splitter.addWidget(problems)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        plan = self.import_wizard().plan
        assert plan is not None
        self.preview_model.set_plan(plan)
        self.problems_model.set_problems(plan.problems)
        header = self.preview_table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        problems_header = self.problems_table.horizontalHeader()
        for column, width in enumerate((60, 160, 70)):
            problems_header.resizeSection(column, width)
        # Long reasons wrap onto a second line rather than being cut off (when affordable).
        self.problems_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if len(plan.problems) <= MAX_WRAPPED_PROBLEMS
            else QHeaderView.ResizeMode.Interactive
        )
        data_rows = plan.total_rows - plan.blank_rows
        kind = self.tr("orders") if plan.kind == "orders" else self.tr("customers")
        text = self.tr(
            "{rows} rows in the file: {ok} can be imported, {bad} have errors and are left "
            "out, {blank} are blank."
        ).format(
            rows=f"{data_rows:,}",
            ok=f"{plan.accepted_rows:,}",
            bad=f"{plan.rejected_rows:,}",
            blank=f"{plan.blank_rows:,}",
        )
        records = len(plan.orders) if plan.kind == "orders" else len(plan.customers)
        text += " " + self.tr("They make {n} {kind}.").format(n=f"{records:,}", kind=kind)
        if plan.kind == "orders" and plan.existing_orders:
            text += " " + self.tr(
                "{n} of these orders are already in your shop file and are not added twice."
            ).format(n=f"{plan.existing_orders:,}")
        if records > PREVIEW_ROWS:
            text += " " + self.tr("The table shows the first {n}.").format(n=PREVIEW_ROWS)
        if not records:
            text += " " + self.tr("Nothing can be imported: go back and check the columns.")
        self.counts_label.setText(text)
        errors = len(plan.errors)
        warnings = len(plan.problems) - errors
        self.problems_label.setText(
            self.tr("Problems: {errors} errors, {warnings} warnings").format(
                errors=f"{errors:,}", warnings=f"{warnings:,}"
            )
            if plan.problems
            else self.tr("No problems found.")
        )
        self.warnings_label.setText("\n".join(plan.warnings))
        self.warnings_label.setVisible(bool(plan.warnings))

    def isComplete(self) -> bool:
        plan = self.import_wizard().plan
        return plan is not None and bool(plan.customers or plan.orders)


class DuplicatesPage(_Page):
    """Page 5: what a row matching an existing customer does; Import commits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Customers already in your shop file"))
        self.setSubTitle(self.tr("Choose what happens to them, then press Import."))
        self.setCommitPage(True)
        self.explain = QLabel(self)
        self.explain.setObjectName("duplicatesExplain")
        self.explain.setWordWrap(True)
        self.group_box = QGroupBox(self.tr("When a row matches a customer you already have"), self)
        self.update_radio = QRadioButton(
            self.tr("Update the customer with what the file has (recommended)"), self.group_box
        )
        self.update_radio.setObjectName("duplicateUpdate")
        self.skip_radio = QRadioButton(self.tr("Skip the row; keep the customer as it is"))
        self.skip_radio.setObjectName("duplicateSkip")
        self.create_radio = QRadioButton(self.tr("Create a new customer anyway"))
        self.create_radio.setObjectName("duplicateCreate")
        self.buttons = QButtonGroup(self)
        box = QVBoxLayout(self.group_box)
        for value, radio in (
            ("update", self.update_radio),
            ("skip", self.skip_radio),
            ("create", self.create_radio),
        ):
            radio.setProperty("choice", value)
            self.buttons.addButton(radio)
            box.addWidget(radio)
        self.update_radio.setChecked(True)
        self.press_label = QLabel(self)
        self.press_label.setObjectName("duplicatesPress")
        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.group_box)
        layout.addWidget(self.press_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._busy = False
        self._done = False
        self._in_validate = False

    def initializePage(self) -> None:
        plan = self.import_wizard().plan
        assert plan is not None
        self.message.hide()
        if plan.kind == "orders":
            self.group_box.hide()
            self.explain.setText(
                self.tr(
                    "Each order is matched to a customer by the buyer's platform account, then "
                    "by phone; a new customer is created only when nothing matches. An order "
                    "already in your shop file (same platform and order number) is updated, "
                    "never added twice."
                )
            )
            count = self.tr("Press Import to import {n} orders.").format(n=f"{len(plan.orders):,}")
        else:
            self.group_box.show()
            self.explain.setText(
                self.tr("A row matches a customer you already have by platform account or phone.")
            )
            count = self.tr("Press Import to import {n} customers.").format(
                n=f"{len(plan.customers):,}"
            )
        self.press_label.setText(count)

    def on_duplicate(self) -> str:
        """The chosen answer: "update", "skip" or "create"."""
        checked = self.buttons.checkedButton()
        return str(checked.property("choice")) if checked is not None else "update"

    def validatePage(self) -> bool:
        if self._done:
            self._done = False
            return True
        if self._busy:
            return False
        wizard = self.import_wizard()
        plan = wizard.plan
        assert plan is not None
        db, before, on_duplicate = wizard.db, wizard.before_import, self.on_duplicate()
        backing_up = self.tr("Backing up your shop file…")

        def work(progress: ProgressFn, cancel: CancelFn) -> ImportSummary:
            if before is not None:
                progress(0, 0, backing_up)
                before("import")
            return run_import(db, plan, on_duplicate, progress=progress, cancel=cancel)

        self._busy = True
        self._in_validate = True
        self.message.hide()
        wizard.task = run_task(
            wizard,
            self.tr("Importing {name}…").format(name=plan.path.name),
            work,
            on_done=self._imported,
            on_error=self._failed,
            on_cancelled=lambda: self._failed(None),
        )
        self._in_validate = False
        if self._done:
            self._done = False
            return True
        return False

    def _imported(self, summary: ImportSummary) -> None:
        self._busy = False
        wizard = self.import_wizard()
        wizard.summary = summary
        self._done = True
        wizard.imported.emit(summary)
        if not self._in_validate and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, exc: BaseException | None) -> None:
        self._busy = False
        if exc is None:
            text = self.tr("The import was cancelled; nothing was changed.")
        elif isinstance(exc, CrmdeskError):
            text = error_text(exc) + "\n" + self.tr("Nothing was changed.")
        else:
            text = self.tr("The import failed; nothing was changed.")
            show_error(self, exc)
        self.message.setText(text)
        self.message.show()


class SummaryPage(_Page):
    """Page 6: what the import did, and the rejected rows to save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("Everything below is saved in your shop file."))
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        labels = (
            ("customers_created", self.tr("Customers created")),
            ("customers_updated", self.tr("Customers updated")),
            ("customers_unchanged", self.tr("Customers unchanged")),
            ("customers_skipped", self.tr("Customers skipped")),
            ("customers_restored", self.tr("Customers restored")),
            ("orders_added", self.tr("Orders added")),
            ("orders_updated", self.tr("Orders updated")),
            ("rows_imported", self.tr("Rows imported")),
            ("rows_rejected", self.tr("Rows left out (errors)")),
        )
        for i, (key, text) in enumerate(labels):
            value = QLabel(self)
            value.setObjectName(f"summary_{key}")
            value.setStyleSheet("font-size: 15pt; font-weight: bold;")
            self.figures[key] = value
            grid.addWidget(QLabel(text, self), i % 5, (i // 5) * 2)
            grid.addWidget(value, i % 5, (i // 5) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("summaryNotes")
        self.notes_label.setWordWrap(True)
        self.rejected_hint = QLabel(self)
        self.rejected_hint.setObjectName("rejectedHint")
        self.rejected_hint.setWordWrap(True)
        self.rejected_button = QPushButton(self.tr("Save the rejected rows…"), self)
        self.rejected_button.setObjectName("saveRejected")
        self.rejected_button.clicked.connect(self.save_rejected)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("rejectedSaved")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.rejected_hint)
        layout.addWidget(self.rejected_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.import_wizard()
        summary, plan = wizard.summary, wizard.plan
        assert summary is not None and plan is not None
        for key, label in self.figures.items():
            label.setText(f"{getattr(summary, key):,}")
        self.notes_label.setText("\n".join(summary.notes))
        self.rejected_button.setVisible(bool(plan.rejected))
        self.rejected_hint.setText(
            self.tr(
                "Rows left out: {n}. Save them with the reason of each, correct them and "
                "import that file again."
            ).format(n=f"{len(plan.rejected):,}")
            if plan.rejected
            else ""
        )
        self.rejected_hint.setVisible(bool(plan.rejected))
        self.saved_label.clear()

    def save_rejected(self) -> None:
        """Write the rejected rows, with a reason column, to a workbook the owner chooses."""
        wizard = self.import_wizard()
        plan = wizard.plan
        assert plan is not None
        suggested = plan.path.with_name(
            self.tr("{name} rejected rows").format(name=plan.path.stem) + ".xlsx"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rejected rows"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        wizard.task = run_task(
            wizard,
            self.tr("Saving the rejected rows…"),
            lambda progress, cancel: export_rejected(plan, target),
            on_done=lambda written: self.saved_label.setText(
                self.tr("The rejected rows were saved to {path}").format(path=written)
            ),
            on_error=lambda exc: show_write_error(self, exc, target),
        )
