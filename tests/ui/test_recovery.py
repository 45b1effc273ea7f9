"""Opening a damaged, foreign, newer or locked shop file: explained, data kept, backup offered."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from crmdesk.db import open_database
from crmdesk.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    NotCrmdeskDatabaseError,
)
from crmdesk.paths import AppPaths
from crmdesk.services import backup as bk
from crmdesk.services import register
from crmdesk.services.register import RegisterQuery
from crmdesk.ui.recovery import handle_open_error

from .conftest import make_shop
from .modal_helpers import answer_message_box

pytestmark = pytest.mark.gui


def _moved(paths: AppPaths) -> list[Path]:
    """The damaged shop files set aside (their -wal/-shm go along under the same name)."""
    return [p for p in paths.data_dir.glob("shop.crmdesk.damaged-*") if p.name[-4:-3] != "-"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _customers(path: Path) -> int:
    db = open_database(path)
    try:
        return register.count_customers(db, RegisterQuery())
    finally:
        db.close()


def _damaged_shop(paths: AppPaths, *, with_backup: bool) -> Exception:
    db = open_database(paths.default_db)
    try:
        make_shop(db)
        if with_backup:
            bk.create_backup(db, paths.backups_dir, bk.ON_CLOSE)
    finally:
        db.close()
    with open(paths.default_db, "r+b") as fh:
        fh.truncate(paths.default_db.stat().st_size // 3)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(paths.default_db)
    return caught.value


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the information boxes shown (answered with OK at once)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: shown.append(text)
    )
    return shown


def test_damaged_file_is_set_aside_and_the_backup_restored(
    qtbot, paths: AppPaths, infos: list[str]
) -> None:
    exc = _damaged_shop(paths, with_backup=True)
    damaged_sha = _sha(paths.default_db)
    result: list[Path | None] = []
    text = answer_message_box(
        qtbot,
        "Restore the backup",
        lambda: result.append(handle_open_error(exc, paths.default_db, paths, None)),
    )
    assert "is damaged" in text
    assert result == [paths.default_db]
    (moved,) = _moved(paths)
    assert _sha(moved) == damaged_sha  # kept byte for byte, never deleted
    assert infos and str(moved) in infos[0]
    assert _customers(paths.default_db) == 5


def test_quit_leaves_the_damaged_file_in_place(qtbot, paths: AppPaths, infos: list[str]) -> None:
    exc = _damaged_shop(paths, with_backup=True)
    before = _sha(paths.default_db)
    result: list[Path | None] = []
    answer_message_box(
        qtbot, "Quit", lambda: result.append(handle_open_error(exc, paths.default_db, paths, None))
    )
    assert result == [None]
    assert _sha(paths.default_db) == before
    assert not list(paths.data_dir.glob("*.damaged-*"))


def test_without_a_backup_an_empty_shop_is_only_started_when_asked(
    qtbot, paths: AppPaths, infos: list[str]
) -> None:
    exc = _damaged_shop(paths, with_backup=False)
    before = _sha(paths.default_db)
    result: list[Path | None] = []
    text = answer_message_box(
        qtbot,
        "Start an empty shop",
        lambda: result.append(handle_open_error(exc, paths.default_db, paths, None)),
    )
    assert "is damaged" in text
    assert result == [paths.default_db] and not paths.default_db.exists()
    (moved,) = _moved(paths)
    assert _sha(moved) == before
    assert _customers(paths.default_db) == 0


def test_someone_elses_file_is_left_untouched(
    qtbot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.default_db.write_bytes(b"PK\x03\x04 a workbook saved under the wrong name")
    with pytest.raises(NotCrmdeskDatabaseError) as caught:
        open_database(paths.default_db)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    assert handle_open_error(caught.value, paths.default_db, paths, None) is None
    assert "not a crmdesk shop file" in warned[0] and "Excel" in warned[0]
    assert paths.default_db.read_bytes().startswith(b"PK\x03\x04 a workbook")
    assert not list(paths.data_dir.glob("*.damaged-*"))


@pytest.mark.parametrize(
    "exc",
    [
        NewerDatabaseError("This shop file was saved by a newer version of crmdesk."),
        DatabaseLockedError("This shop file is already open in another crmdesk window."),
    ],
)
def test_newer_or_locked_file_gets_a_message_and_nothing_else(
    qtbot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, exc: Exception
) -> None:
    shown: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a: shown.append(text))
    assert handle_open_error(exc, paths.default_db, paths, None) is None
    assert shown == [str(exc)]
