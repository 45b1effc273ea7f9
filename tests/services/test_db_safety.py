"""The shop file under stress: kill -9 mid-write, damaged files, second instance, migrations."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from shop_rows import add_rows, counts

import crmdesk.db as crmdb
from crmdesk.db import Database, open_database
from crmdesk.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    NotCrmdeskDatabaseError,
)
from crmdesk.models import Base
from crmdesk.models.customer import include_in_schema_comparison
from crmdesk.paths import AppPaths
from crmdesk.services import backup as bk
from crmdesk.services import dbfiles

WRITER = Path(__file__).with_name("scripts") / "bulk_writer.py"
FIXTURES = Path(__file__).parents[1] / "fixtures"
ROOT = Path(__file__).parents[2]
IMPORT_ROWS = 50_000


def _integrity(path: Path) -> str:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _start(db_path: Path, mode: str, rows: int = IMPORT_ROWS) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(rows), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


# --- 1. kill -9 during a large write ---------------------------------------------------


def _kill_runs(
    base: Path, work: Path, *, atomic: int, chunked: int, seed: int
) -> list[tuple[str, int]]:
    """Kill the writer at random moments; return (mode, customers found) per run."""
    rng = random.Random(seed)
    results = []
    modes = ["atomic"] * atomic + ["chunked"] * chunked
    for run, mode in enumerate(modes):
        path = work / f"run{run}.crmdesk"
        shutil.copyfile(base, path)
        proc = _start(path, mode)
        assert proc.stdout is not None
        # a random moment inside the write: after chunk k of 50 and a few ms more; the
        # last atomic run is left to finish, to see the wholly-present side too
        if mode == "atomic":
            stop_after = 10**9 if run == atomic - 1 else rng.randint(1, 50)
        else:
            stop_after = rng.randint(3, 20)
        killed = False
        for line in proc.stdout:
            if line.startswith("chunk") and int(line.split()[1]) >= stop_after:
                time.sleep(rng.uniform(0, 0.02))
                killed = True
                break
        _kill(proc)
        assert _integrity(path) == "ok", f"run {run} ({mode}) left a damaged file"
        db = open_database(path)  # after a kill the .running marker forces the full checks
        try:
            assert db.unclean_shutdown == killed
            results.append((mode, counts(db)[0]))
        finally:
            db.close()
    return results


@pytest.fixture
def base_shop(tmp_path: Path) -> Path:
    db = open_database(tmp_path / "base.crmdesk")
    db.close()
    return db.path


def _check_kill_results(results: list[tuple[str, int]]) -> None:
    atomic = [n for mode, n in results if mode == "atomic"]
    chunked = [n for mode, n in results if mode == "chunked"]
    print(f"\nkill -9 during a {IMPORT_ROWS}-row write: atomic {atomic}, chunked {chunked}")
    assert all(n in (0, IMPORT_ROWS) for n in atomic), atomic
    assert atomic[-1] == IMPORT_ROWS  # the run left alone committed everything
    # the control proves the kills land mid-write: chunked commits show partial results
    assert all(0 < n < IMPORT_ROWS for n in chunked), chunked


def test_kill_during_one_transaction_write_leaves_all_or_nothing(
    base_shop: Path, tmp_path: Path
) -> None:
    results = _kill_runs(base_shop, tmp_path, atomic=2, chunked=1, seed=1)
    _check_kill_results(results)


@pytest.mark.slow
def test_kill_during_one_transaction_write_many_times(base_shop: Path, tmp_path: Path) -> None:
    results = _kill_runs(base_shop, tmp_path, atomic=5, chunked=0, seed=2)
    _check_kill_results(results)


# --- 4. damaged and foreign files ------------------------------------------------------


def _truncate(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    for n in range(pages // 3, 2 * pages // 3):  # the header of every page in the middle
        for i in range(n * page, n * page + 16):
            data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _xlsx(path: Path) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w") as zf:  # the skeleton of a workbook, as Excel zips it
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    con.commit()
    con.close()


def _newer_schema(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()


CORPUS: dict[str, tuple[Callable[[Path], None], type[Exception]]] = {
    "truncated": (_truncate, DamagedDatabaseError),
    "flipped bytes": (_flip_middle, DamagedDatabaseError),
    "0 bytes": (_empty, DamagedDatabaseError),
    "xlsx renamed": (_xlsx, NotCrmdeskDatabaseError),
    "foreign sqlite": (_foreign_sqlite, NotCrmdeskDatabaseError),
    "newer schema": (_newer_schema, NewerDatabaseError),
}


@pytest.mark.parametrize("case", list(CORPUS))
def test_damaged_file_is_refused_untouched_and_a_backup_is_offered(
    case: str, paths: AppPaths
) -> None:
    damage, error = CORPUS[case]
    db = open_database(paths.default_db)
    add_rows(db, 300)
    backup = bk.create_backup(db, paths.backups_dir, bk.ON_CLOSE)
    add_rows(db, 10, start=1000)
    db.close()
    damage(paths.default_db)
    before = _sha(paths.default_db)
    files_before = {p.name for p in paths.data_dir.iterdir()}

    started = time.monotonic()
    with pytest.raises(error) as caught:
        open_database(paths.default_db)
    elapsed = time.monotonic() - started
    print(f"\n{case}: {type(caught.value).__name__} in {elapsed:.2f} s")
    assert elapsed < 10
    if error is not NewerDatabaseError:
        assert str(paths.default_db) in str(caught.value)
    if case == "newer schema":
        assert "newer version of crmdesk" in str(caught.value)
    # nothing deleted, nothing changed, no empty shop in its place
    assert _sha(paths.default_db) == before
    assert {p.name for p in paths.data_dir.iterdir()} >= files_before - {"shop.crmdesk.running"}
    # and the lock was let go: the next attempt gives the same answer, not "locked"
    with pytest.raises(error):
        open_database(paths.default_db)
    offered = bk.newest_clean_backup(paths.backups_dir, paths.default_db)
    assert offered is not None and offered.path == backup.path and offered.customers == 300


def test_checks_on_a_damaged_file_do_not_switch_its_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "old.crmdesk"
    db = open_database(path)
    add_rows(db, 300)
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")  # as a copy from another tool might be
    con.close()
    _flip_middle(path)
    before = _sha(path)
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert _sha(path) == before
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file


def test_no_empty_shop_replaces_a_damaged_one(tmp_path: Path) -> None:
    path = tmp_path / "shop.crmdesk"
    path.write_bytes(b"")
    for _ in range(2):
        with pytest.raises(DamagedDatabaseError, match="empty"):
            open_database(path)
    assert path.read_bytes() == b""
    assert not (tmp_path / "shop.crmdesk-wal").exists()


def test_quarantine_moves_the_file_and_its_wal_aside(tmp_path: Path) -> None:
    path = tmp_path / "shop.crmdesk"
    for name, data in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        path.with_name(path.name + name).write_bytes(data)
    moved = bk.quarantine_damaged(path)
    assert re.fullmatch(r"shop\.crmdesk\.damaged-\d{8}-\d{6}", moved.name)
    assert moved.read_bytes() == b"main"
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal"
    assert moved.with_name(moved.name + "-shm").read_bytes() == b"shm"
    assert not path.exists() and not path.with_name("shop.crmdesk-wal").exists()
    path.write_bytes(b"again")  # a second quarantine in the same second keeps both
    again = bk.quarantine_damaged(path)
    assert again != moved and again.read_bytes() == b"again" and moved.exists()


def test_a_new_shop_file_appears_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "shop.crmdesk"
    leftover = tmp_path / ".shop.crmdesk.creating"
    leftover.write_bytes(b"half-made by a crash")
    db = open_database(path)
    try:
        assert not leftover.exists()
        assert db.migrated_from is None and counts(db) == (0, 0, 0)
    finally:
        db.close()
    assert crmdb.inspect_file(path, full=True).revision == crmdb.head_revision()


# --- 5. second instance and stale locks ------------------------------------------------


def test_second_instance_is_refused_in_process_and_from_another_process(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shop.crmdesk"
    db = open_database(path)
    try:
        with pytest.raises(DatabaseLockedError, match="already open"):
            open_database(path)
        other = subprocess.run(
            [sys.executable, str(WRITER), str(path), "1", "hold"],
            input="",
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert other.returncode != 0
        assert "DatabaseLockedError" in other.stderr
        assert "already open in another crmdesk window" in other.stderr
    finally:
        db.close()
    # and once this one closes, the file opens again
    open_database(path).close()


def test_file_held_by_another_process_is_refused_here(tmp_path: Path) -> None:
    path = tmp_path / "shop.crmdesk"
    open_database(path).close()
    proc = _start(path, "hold")
    try:
        with pytest.raises(DatabaseLockedError):
            open_database(path)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == 0
    db = open_database(path)  # clean shutdown of the other one: quick check only
    try:
        assert not db.unclean_shutdown
    finally:
        db.close()


def test_stale_lock_after_kill_does_not_block_and_forces_full_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.crmdesk"
    db = open_database(path)
    add_rows(db, 3)
    db.close()
    proc = _start(path, "hold")
    _kill(proc)
    assert crmdb.lock_path(path).exists()  # the lock file is still there ...
    assert path.with_name(path.name + ".running").exists()

    checks: list[bool] = []
    real = crmdb._integrity_problems

    def spy(con: sqlite3.Connection, *, full: bool) -> list[str]:
        checks.append(full)
        return real(con, full=full)

    monkeypatch.setattr(crmdb, "_integrity_problems", spy)
    db = open_database(path)  # ... but it does not block
    try:
        assert db.unclean_shutdown
        assert checks == [True]  # integrity_check + foreign_key_check, not quick_check
        assert counts(db) == (3, 6, 3)
    finally:
        db.close()
    checks.clear()
    open_database(path).close()
    assert checks == [False]  # after a clean close: quick_check


# --- 7. migrations from every released schema -----------------------------------------


def _inventory(con: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Every named index, trigger and constraint in the file."""
    found = []
    for kind, name, table, sql in con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ):
        found.append((kind, name, table))
        if kind == "table" and sql:
            for constraint in re.findall(r'CONSTRAINT\s+"?(\w+)"?', sql):
                found.append(("constraint", constraint, table))
    return sorted(found)


def _file_facts(path: Path) -> tuple[list[tuple[str, str, str]], dict[str, object], list]:
    con = sqlite3.connect(path)
    try:
        balances = con.execute(
            "SELECT c.id, c.points_balance, coalesce(sum(p.points), 0) FROM customers c "
            "LEFT JOIN points_ledger p ON p.customer_id = c.id GROUP BY c.id ORDER BY c.id"
        ).fetchall()
        return _inventory(con), dbfiles.database_facts(con), balances
    finally:
        con.close()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_*.crmdesk")))
def test_old_schema_file_opens_with_nothing_lost(
    fixture: str, tmp_path: Path, paths: AppPaths
) -> None:
    old = tmp_path / "shop.crmdesk"
    shutil.copyfile(FIXTURES / fixture, old)
    _, facts_before, balances_before = _file_facts(old)
    assert facts_before["counts"]["customers"] == 3  # type: ignore[index]
    assert facts_before["counts"]["points_ledger"] == 6  # type: ignore[index]

    def hook(p: Path, reason: str) -> Path:
        return bk.backup_before(p, paths, reason)

    db = open_database(old, backup_before_migration=hook)
    fresh = open_database(tmp_path / "fresh.crmdesk")
    try:
        if db.migrated_from is not None:  # a migration ran: it backed the file up first
            assert db.pre_migration_backup is not None
            assert bk.verify_backup(db.pre_migration_backup) == []
    finally:
        db.close()
        fresh.close()
    inventory, facts_after, balances_after = _file_facts(old)
    fresh_inventory, _, _ = _file_facts(fresh.path)
    assert facts_after["counts"] == facts_before["counts"]
    assert facts_after["points_total"] == facts_before["points_total"] == 717
    assert facts_after["total_spend_fen"] == facts_before["total_spend_fen"]
    assert balances_after == balances_before
    assert all(cached == summed for _, cached, summed in balances_after)
    assert inventory == fresh_inventory
    kinds = {kind for kind, _, _ in inventory}
    assert {"table", "index", "trigger", "constraint"} <= kinds
    names = {name for _, name, _ in inventory}
    assert {"points_ledger_no_update", "points_ledger_no_delete"} <= names
    assert {
        "ck_customers_points_balance",
        "ck_points_ledger_nonzero",
        "uq_orders_platform_order_no",
    } <= names


def test_migrated_schema_equals_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        opts = {"compare_type": True, "include_object": include_in_schema_comparison}
        ctx = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(ctx, Base.metadata) == []


def test_every_named_constraint_of_the_models_is_in_the_file(db: Database) -> None:
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        in_file = {name for _, name, _ in _inventory(raw)}
    wanted = set()
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            if constraint.name and not str(constraint.name).startswith("pk_"):
                wanted.add(str(constraint.name))
        wanted.update(str(ix.name) for ix in table.indexes)
    missing = wanted - in_file
    assert not missing, sorted(missing)


def test_a_folder_is_not_taken_for_a_shop_file(tmp_path: Path) -> None:
    folder = tmp_path / "shop.crmdesk"
    folder.mkdir()
    with pytest.raises(NotCrmdeskDatabaseError, match="folder"):
        open_database(folder)
    assert folder.is_dir() and not any(folder.iterdir())
