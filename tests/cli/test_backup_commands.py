"""``crmdesk backup``, ``crmdesk backups`` and ``crmdesk restore`` end to end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.db import open_database
from crmdesk.paths import AppPaths

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
from shop_rows import add_rows, counts


def _shop(paths: AppPaths, customers: int) -> None:
    db = open_database(paths.default_db)
    try:
        add_rows(db, customers)
    finally:
        db.close()


def _counts(paths: AppPaths) -> tuple[int, int, int]:
    db = open_database(paths.default_db)
    try:
        return counts(db)
    finally:
        db.close()


def test_backup_list_restore_and_undo(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    common = ["--data-dir", str(paths.data_dir)]
    _shop(paths, 4)
    assert main(["backup", *common]) == 0
    out = capsys.readouterr().out
    assert "4 customers, 8 orders" in out and "checked sound" in out

    _shop(paths, 2)  # two more customers after the backup
    assert main(["backups", *common]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split("\t")[:3] == ["#", "Time", "Reason"]
    row = out[2].split("\t")
    assert row[0] == "1" and row[2] == "by hand" and row[4:6] == ["4", "8"]

    assert main(["restore", "1", *common]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "crmdesk restore 1" in out
    assert _counts(paths) == (4, 8, 4)

    assert main(["restore", "1", *common]) == 0  # undo: back to six customers
    capsys.readouterr()
    assert _counts(paths) == (6, 12, 6)


def test_restore_refuses_an_open_shop_and_a_missing_number(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--data-dir", str(paths.data_dir)]
    _shop(paths, 1)
    assert main(["backup", *common]) == 0
    db = open_database(paths.default_db)
    try:
        assert main(["restore", "1", *common]) == 1
        assert "still open" in capsys.readouterr().err
    finally:
        db.close()
    assert main(["restore", "7", *common]) == 1
    assert "no backup number 7" in capsys.readouterr().err


def test_backup_of_a_missing_or_damaged_file_fails_clearly(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--data-dir", str(paths.data_dir)]) == 1
    assert "There is no shop file" in capsys.readouterr().err
    broken = tmp_path / "broken.crmdesk"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["backup", "--db", str(broken), "--data-dir", str(paths.data_dir)]) == 1
    assert "could not be backed up" in capsys.readouterr().err
    assert main(["backups", "--db", str(broken), "--data-dir", str(paths.data_dir)]) == 0
    assert "No backups" in capsys.readouterr().out
