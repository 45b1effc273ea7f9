"""The first two pages of the import wizard: choosing the file, then the sheet and header."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui import formatting
from crmdesk.ui.import_wizard import ORDER_PLATFORMS, AnalysingPage, Choice


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPages", text)


def file_filter() -> str:
    """File types the reader understands, for the file dialog."""
    return _tr(
        "Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.htm *.html);;All files (*)"
    )


def format_names() -> dict[str, str]:
    """File format key -> owner-facing name."""
    return {
        "xlsx": _tr("Excel workbook (.xlsx)"),
        "xlsb": _tr("Excel binary workbook (.xlsb)"),
        "xls": _tr("Excel 97-2003 workbook (.xls)"),
        "html": _tr("Web page table (.html)"),
        "csv": _tr("Text file with separators (.csv)"),
        "ods": _tr("OpenDocument spreadsheet (.ods)"),
    }


class FilePage(AnalysingPage):
    """Page 1: which file to import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A customer list, or an order export downloaded from Taobao, Tmall, JD, "
                "Pinduoduo, Douyin, Kuaishou, Youzan or a WeChat shop."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of an .xlsx, .xls, .csv or .html file"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        hint = QLabel(
            self.tr(
                "Nothing is written to your shop file until you press Import on the last "
                "step; every row is checked first and you see each problem by row and column.\n\n"
                "No customer list yet? Data ▸ Save import template… writes a workbook with "
                "the right columns to fill in."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File:"), self))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)

    def _path_changed(self) -> None:
        self.show_message("")
        self.completeChanged.emit()

    def browse(self) -> None:
        """Pick the file with the system's file dialog."""
        start = self.path_edit.text().strip() or self.import_wizard().start_dir
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), start, file_filter()
        )
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        """The path typed or chosen."""
        return Path(self.path_edit.text().strip().strip('"')).expanduser()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def choice(self) -> Choice | None:
        path = self.path()
        if not path.is_file():
            self.show_message(self.tr("There is no file {path}.").format(path=path))
            return None
        previous = self.import_wizard().choice
        if previous is not None and previous.path == path:
            return previous
        return Choice(path)


class SheetPage(AnalysingPage):
    """Page 2: which sheet, which row holds the headers, what kind of file, which platform."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sheet and header"))
        self.setSubTitle(self.tr("Check what crmdesk found in the file; change it if it is wrong."))
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setWordWrap(True)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setRange(1, 1_100_000)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(self.tr("Customer list"), "customers")
        self.kind_combo.addItem(self.tr("Platform order export"), "orders")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("platformCombo")
        self.platform_combo.addItem(self.tr("Recognise automatically"), None)
        for key in ORDER_PLATFORMS:
            self.platform_combo.addItem(formatting.platform_name(key), key)
        self.detected_label = QLabel(self)
        self.detected_label.setObjectName("detectedPlatform")
        self.detected_label.setWordWrap(True)
        self.headers_label = QLabel(self)
        self.headers_label.setObjectName("headersLabel")
        self.headers_label.setWordWrap(True)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("fileWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #a16207;")
        for combo in (self.sheet_combo, self.kind_combo, self.platform_combo):
            combo.setMinimumContentsLength(24)
        for label in (self.file_label, self.detected_label, self.headers_label):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Headers on row:"), self.header_spin)
        form.addRow(self.tr("The file holds:"), self.kind_combo)
        form.addRow(self.tr("Platform:"), self.platform_combo)
        form.addRow("", self.detected_label)
        form.addRow(self.tr("Columns found:"), self.headers_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.import_wizard()
        plan, choice = wizard.plan, wizard.choice
        assert plan is not None and choice is not None
        self.show_message("")
        fmt = format_names().get(plan.file_format, plan.file_format)
        text = f"{plan.path.name} — {fmt}"
        if plan.encoding:
            text += " · " + self.tr("text encoding {encoding}").format(encoding=plan.encoding)
        self.file_label.setText(text)
        self.sheet_combo.clear()
        if plan.file_format in ("csv", "html"):
            self.sheet_combo.addItem(self.tr("(the file has one table)"))
            self.sheet_combo.setEnabled(False)
        else:
            self.sheet_combo.addItems(list(plan.sheets))
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findText(plan.sheet or ""), 0))
            self.sheet_combo.setEnabled(len(plan.sheets) > 1)
        self.header_spin.setValue(max(plan.header_row, 1))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(plan.kind))
        platform_index = self.platform_combo.findData(choice.platform)
        self.platform_combo.setCurrentIndex(max(platform_index, 0))
        self._kind_changed()
        shown = [h for h in plan.headers if h]
        self.headers_label.setText(
            "、".join(shown[:40]) + ("…" if len(shown) > 40 else "") or self.tr("(none)")
        )
        self.warnings_label.setText("\n".join(plan.warnings))
        self.warnings_label.setVisible(bool(plan.warnings))

    def _kind_changed(self) -> None:
        orders = self.kind_combo.currentData() == "orders"
        self.platform_combo.setEnabled(orders)
        plan = self.import_wizard().plan
        if plan is None:
            return
        detected = plan.detected_platform
        if detected is not None:
            name = formatting.platform_name(detected)
            if orders:
                text = self.tr("Recognised as a {platform} order export.").format(platform=name)
            else:
                text = self.tr(
                    "The columns look like a {platform} order export; choose "
                    "“Platform order export” to import its orders."
                ).format(platform=name)
        elif orders:
            text = self.tr("The platform was not recognised from the column names; choose it.")
        else:
            text = ""
        self.detected_label.setText(text)

    def choice(self) -> Choice | None:
        wizard = self.import_wizard()
        plan, previous = wizard.plan, wizard.choice
        assert plan is not None and previous is not None
        kind = str(self.kind_combo.currentData())
        platform = self.platform_combo.currentData() if kind == "orders" else None
        sheet_changed = self.sheet_combo.isEnabled() and self.sheet_combo.currentText() != (
            plan.sheet or ""
        )
        header_changed = self.header_spin.value() != plan.header_row
        if (
            kind == plan.kind
            and platform == previous.platform
            and not sheet_changed
            and not header_changed
        ):
            return previous
        return Choice(
            previous.path,
            kind=kind,
            platform=platform,
            sheet=self.sheet_combo.currentText() if sheet_changed else previous.sheet,
            header_row=self.header_spin.value()
            if header_changed
            else (None if sheet_changed else previous.header_row),
            mapping=None,
        )
