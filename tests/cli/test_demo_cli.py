"""``crmdesk demo`` end to end: creates the demo file, keeps it, refuses real shops."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from crmdesk.cli import main
from crmdesk.db import open_database
from crmdesk.models import Customer, Order
from crmdesk.paths import AppPaths


def counts(path: Path) -> tuple[int, int]:
    db = open_database(path)
    try:
        with db.session() as session:
            return (
                session.scalar(select(func.count()).select_from(Customer)) or 0,
                session.scalar(select(func.count()).select_from(Order)) or 0,
            )
    finally:
        db.close()


def test_creates_the_demo_in_the_data_folder(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "demo",
            "--data-dir",
            str(paths.data_dir),
            "--customers",
            "30",
            "--orders",
            "120",
            "--lang",
            "en",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert paths.demo_db.exists()
    assert "30 customers" in out and "120 orders" in out
    assert str(paths.demo_db) in out
    assert counts(paths.demo_db) == (30, 120)

    # Running again keeps the file as it is.
    code = main(["demo", "--data-dir", str(paths.data_dir), "--seed", "99", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 0
    assert "already exists" in out and "30 customers" in out
    assert counts(paths.demo_db) == (30, 120)


def test_refuses_a_real_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shop = tmp_path / "shop.crmdesk"
    db = open_database(shop)
    with db.session() as session:
        session.execute(insert(Customer).values(name="真实客户"))
    db.close()
    code = main(["demo", "--db", str(shop), "--customers", "5", "--orders", "5", "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2
    assert "real customers" in err and "unchanged" in err
    assert counts(shop) == (1, 0)


def test_refuses_a_file_of_another_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notes.db"
    import sqlite3

    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    code = main(["demo", "--db", str(other), "--lang", "en"])
    assert code == 1
    assert "another program" in capsys.readouterr().err


def test_bad_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["demo", "--db", str(tmp_path / "d.crmdesk"), "--customers", "0", "--lang", "en"])
    assert code == 1
    assert "--customers" in capsys.readouterr().err


def test_runs_as_its_own_process(tmp_path: Path) -> None:
    """The installed command, as the owner runs it, in a separate process."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "crmdesk",
            "demo",
            "--db",
            str(tmp_path / "demo.crmdesk"),
            "--customers",
            "20",
            "--orders",
            "50",
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "20 customers" in result.stdout and "50 orders" in result.stdout
    assert counts(tmp_path / "demo.crmdesk") == (20, 50)
