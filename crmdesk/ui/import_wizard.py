"""The import wizard: file, sheet and header, mapping, preview, duplicates, import, summary.

Every page that changes what is read (the file, the sheet, the header row, the kind of
file, the platform, the mapping) analyses the file again off the UI thread when the owner
presses Next; nothing is written until the Duplicates page's Import button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QLabel, QWidget, QWizard, QWizardPage

from crmdesk.db import Database
from crmdesk.errors import CrmdeskError
from crmdesk.services.importing import ImportFileError, read_table
from crmdesk.services.importing.pipeline import (
    ImportPlan,
    ImportSummary,
    known_headers,
    plan_table,
)
from crmdesk.services.jobs import CancelFn, ProgressFn
from crmdesk.ui.errors import show_error
from crmdesk.ui.tasks import Task, run_task

#: Platforms an order export can come from, in the order the platform list shows them.
ORDER_PLATFORMS = ("taobao", "tmall", "jd", "pdd", "douyin", "kuaishou", "youzan", "wechat")


@dataclass(frozen=True)
class Choice:
    """What to read: the file and every choice the owner made about it."""

    path: Path
    kind: str = "auto"  # "auto", "customers" or "orders"
    platform: str | None = None  # None: recognised from the headers
    sheet: str | None = None  # None: the first sheet holding data
    header_row: int | None = None  # None: found from the header names
    mapping: tuple[tuple[str, str], ...] | None = None  # None: the suggested mapping


def analyse_choice(
    db: Database, choice: Choice, progress: ProgressFn, cancel: CancelFn
) -> ImportPlan:
    """Read the file as ``choice`` says and plan its import (runs on the worker thread)."""
    table = read_table(
        choice.path,
        sheet=choice.sheet,
        known_headers=known_headers(),
        header_row=choice.header_row,
        progress=progress,
        cancel=cancel,
    )
    mapping = dict(choice.mapping) if choice.mapping is not None else None
    return plan_table(db, table, choice.kind, choice.platform, mapping, progress, cancel)


def error_text(exc: BaseException) -> str:
    """The owner-facing text of a known error, with its row and column when it has them."""
    text = str(exc)
    if isinstance(exc, ImportFileError):
        where = []
        if exc.row:
            where.append(
                QCoreApplication.translate("ImportWizard", "row {row}").format(row=exc.row)
            )
        if exc.column:
            where.append(
                QCoreApplication.translate("ImportWizard", "column {column}").format(
                    column=exc.column
                )
            )
        if where:
            text = f"{', '.join(where)}: {text}"
    return text


def message_label(parent: QWidget) -> QLabel:
    """A red, wrapping label for a page's problem (hidden while empty)."""
    label = QLabel(parent)
    label.setObjectName("pageMessage")
    label.setWordWrap(True)
    label.setStyleSheet(
        "color: #991b1b; background: #fef2f2; border: 1px solid #fecaca; padding: 6px;"
    )
    label.hide()
    return label


class AnalysingPage(QWizardPage):
    """A page whose Next reads the file again when the owner changed what is read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message_label(self)
        self._busy = False
        self._ready = False
        self._in_validate = False

    def import_wizard(self) -> ImportWizard:
        """The wizard this page belongs to."""
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def choice(self) -> Choice | None:
        """What Next should read (None: the page shows why it cannot go on)."""
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        """Show (or with "" hide) the page's problem text."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def validatePage(self) -> bool:
        if self._ready:
            self._ready = False
            return True
        if self._busy:
            return False
        choice = self.choice()
        if choice is None:
            return False
        wizard = self.import_wizard()
        if wizard.plan is not None and wizard.choice == choice:
            return True
        self.show_message("")
        self._busy = True
        self._in_validate = True
        wizard.analyse(choice, self._analysed, self._failed)
        self._in_validate = False
        if self._ready:  # the work ran synchronously
            self._ready = False
            return True
        return False

    def _analysed(self, plan: ImportPlan, choice: Choice) -> None:
        self._busy = False
        wizard = self.import_wizard()
        wizard.set_plan(plan, choice)
        self._ready = True
        if not self._in_validate and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, text: str) -> None:
        self._busy = False
        self.show_message(text)


class ImportWizard(QWizard):
    """Import a customer list or a platform's order export into the open shop file."""

    #: The import was committed (an ImportSummary).
    imported = Signal(object)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        before_import: Callable[[str], object] | None = None,
        start_dir: str = "",
    ) -> None:
        super().__init__(parent)
        # The page modules import this one (Choice, AnalysingPage), so they come in here.
        from crmdesk.ui.import_mapping import MappingPage
        from crmdesk.ui.import_pages import FilePage, SheetPage
        from crmdesk.ui.import_result import DuplicatesPage, PreviewPage, SummaryPage

        self.db = db
        #: Called on the worker thread with a reason before anything is written (a backup).
        self.before_import = before_import
        self.start_dir = start_dir
        self.plan: ImportPlan | None = None
        self.choice: Choice | None = None
        self.summary: ImportSummary | None = None
        self.task: Task | None = None
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import customers or orders"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.preview_page,
            self.duplicates_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.resize(self.sizeHint().expandedTo(QSize(960, 680)))

    def set_plan(self, plan: ImportPlan, choice: Choice) -> None:
        """Keep the plan the last analysis made, and what it was made from."""
        self.plan = plan
        self.choice = choice

    def analyse(
        self,
        choice: Choice,
        on_plan: Callable[[ImportPlan, Choice], None],
        on_problem: Callable[[str], None],
    ) -> None:
        """Read the file off the UI thread; ``on_plan`` or ``on_problem`` gets the outcome."""
        db = self.db

        def work(progress: ProgressFn, cancel: CancelFn) -> ImportPlan:
            return analyse_choice(db, choice, progress, cancel)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CrmdeskError):
                on_problem(error_text(exc))
            else:
                on_problem(self.tr("The file could not be read."))
                show_error(self, exc)

        self.task = run_task(
            self,
            self.tr("Reading {name}…").format(name=choice.path.name),
            work,
            on_done=lambda plan: on_plan(plan, choice),
            on_error=failed,
            on_cancelled=lambda: on_problem(
                self.tr("Reading the file was cancelled. Press Next to read it again.")
            ),
        )

    def is_busy(self) -> bool:
        """Whether the file is being read or imported now."""
        return self.task is not None and self.task.is_running()

    def reject(self) -> None:
        if self.is_busy():
            assert self.task is not None
            self.task.cancel()
            return
        super().reject()
