"""The first start: begin a new shop, open an existing shop file, or look at the demo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SHOP_FILE_FILTER = "crmdesk (*.crmdesk);;SQLite (*.sqlite *.sqlite3 *.db);;* (*)"


@dataclass(frozen=True)
class StartChoice:
    """What the owner chose: ``kind`` is 'new', 'open' or 'demo'."""

    kind: str
    path: Path | None = None
    shop_name: str = ""


def _section(title: str, text: str) -> QVBoxLayout:
    box = QVBoxLayout()
    heading = QLabel(f"<b>{title}</b>")
    body = QLabel(text)
    body.setWordWrap(True)
    body.setStyleSheet("color: palette(placeholder-text);")
    box.addWidget(heading)
    box.addWidget(body)
    return box


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class FirstRunDialog(QDialog):
    """Shown when crmdesk starts and no shop file exists yet."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self.choice: StartChoice | None = None
        self.setWindowTitle(self.tr("Welcome to crmdesk"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "crmdesk keeps your customer files on this computer. How would you like to start?"
            )
        )
        intro.setWordWrap(True)

        self.shop_name = QLineEdit(self)
        self.shop_name.setObjectName("shopName")
        self.shop_name.setPlaceholderText(self.tr("Shop name, e.g. 小美手工皂"))
        self.new_button = QPushButton(self.tr("Start a new shop"), self)
        self.new_button.setObjectName("newShop")
        self.new_button.setDefault(True)
        self.new_button.setEnabled(False)
        self.shop_name.textChanged.connect(
            lambda text: self.new_button.setEnabled(bool(text.strip()))
        )
        self.shop_name.returnPressed.connect(self._new)
        self.new_button.clicked.connect(self._new)

        self.open_button = QPushButton(self.tr("Open a shop file…"), self)
        self.open_button.setObjectName("openShop")
        self.open_button.clicked.connect(self._open)
        self.demo_button = QPushButton(self.tr("Try the demo shop"), self)
        self.demo_button.setObjectName("demoShop")
        self.demo_button.clicked.connect(self._demo)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.clicked.connect(self.reject)

        new_row = QHBoxLayout()
        new_row.addWidget(self.shop_name, 1)
        new_row.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(_line())
        layout.addLayout(
            _section(
                self.tr("A new shop"),
                self.tr("An empty shop file in your data folder: {folder}").format(folder=data_dir),
            )
        )
        layout.addLayout(new_row)
        layout.addWidget(_line())
        layout.addLayout(
            _section(
                self.tr("An existing shop file"),
                self.tr("A .crmdesk file from another computer, a backup or a USB stick."),
            )
        )
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_line())
        layout.addLayout(
            _section(
                self.tr("The demo shop"),
                self.tr(
                    "About 2,000 made-up customers and 15,000 orders to try everything. "
                    "It is kept in its own file, apart from your real data."
                ),
            )
        )
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.quit_button)
        layout.addLayout(bottom)

    def _new(self) -> None:
        name = " ".join(self.shop_name.text().split())
        if name:
            self.choice = StartChoice("new", shop_name=name)
            self.accept()

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a shop file"), str(self._data_dir), SHOP_FILE_FILTER
        )
        if path:
            self.choice = StartChoice("open", path=Path(path))
            self.accept()

    def _demo(self) -> None:
        self.choice = StartChoice("demo")
        self.accept()
