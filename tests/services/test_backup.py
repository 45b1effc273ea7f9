"""Backups: sound copies, per-shop folders, thinning policy, restore and undo, disk full."""

from __future__ import annotations

import datetime as dt
import errno
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from shop_rows import add_rows, counts, set_setting

from crmdesk.db import Database, open_database
from crmdesk.errors import DamagedDatabaseError, DatabaseLockedError, DiskFullError
from crmdesk.paths import AppPaths
from crmdesk.services import backup as bk
from crmdesk.services import dbfiles


def _integrity(path: Path) -> str:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_backup_is_sound_and_its_manifest_matches(db: Database, paths: AppPaths) -> None:
    add_rows(db, 7)
    info = bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    assert _integrity(info.path) == "ok"
    assert info.customers == 7 and info.orders == 14
    assert info.counts["points_ledger"] == 7
    assert info.points_total == sum(10 + i for i in range(7))
    assert info.total_spend_fen == sum(1999 * (i + 1) for i in range(7))
    assert info.schema_revision == "0001"
    manifest = json.loads(info.manifest_path.read_text(encoding="utf-8"))
    assert manifest["reason"] == "manual" and manifest["source"] == str(db.path)
    assert bk.verify_backup(info.path) == []
    # nothing but the backup and its manifest: no .part, no -wal/-shm litter
    assert _names(info.path.parent) == {info.path.name, info.manifest_path.name}


def test_every_backup_passes_integrity_check(db: Database, paths: AppPaths) -> None:
    made = []
    for i in range(4):
        add_rows(db, 3, start=10 * i)
        made.append(bk.create_backup(db, paths.backups_dir, bk.PERIODIC))
    listed = bk.list_backups(paths.backups_dir, db.path)
    assert [b.path for b in listed] == [b.path for b in reversed(made)]  # newest first
    assert [b.customers for b in listed] == [12, 9, 6, 3]
    assert all(_integrity(b.path) == "ok" for b in listed)
    assert all(bk.verify_backup(b.path) == [] for b in listed)


def test_backups_of_different_shop_files_do_not_mix(tmp_path: Path, paths: AppPaths) -> None:
    shop = open_database(paths.default_db)
    demo = open_database(paths.demo_db)
    elsewhere = open_database(tmp_path / "other" / "shop.crmdesk")  # same name, other folder
    try:
        add_rows(shop, 2)
        add_rows(demo, 4)
        add_rows(elsewhere, 6)
        for database in (shop, demo, elsewhere):
            bk.create_backup(database, paths.backups_dir, bk.MANUAL)
        assert [b.customers for b in bk.list_backups(paths.backups_dir, shop.path)] == [2]
        assert [b.customers for b in bk.list_backups(paths.backups_dir, demo.path)] == [4]
        assert [b.customers for b in bk.list_backups(paths.backups_dir, elsewhere.path)] == [6]
    finally:
        for database in (shop, demo, elsewhere):
            database.close()


def test_disk_full_leaves_no_file_under_a_final_name(
    db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_rows(db, 3)
    real_copy = dbfiles.copy_database

    def copy_then_fill_disk(source, target, progress, cancel):  # type: ignore[no-untyped-def]
        real_copy(source, target, progress, cancel)  # a half-made file exists...
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(dbfiles, "copy_database", copy_then_fill_disk)
    with pytest.raises(DiskFullError, match="disk is full"):
        bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    folder = bk.backup_folder(paths.backups_dir, db.path)
    assert _names(folder) == set()  # ...and is gone, nothing under a backup name
    assert bk.list_backups(paths.backups_dir, db.path) == []


def test_sqlite_disk_io_error_is_the_same_clear_message(
    db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_copy(source, target, progress, cancel):  # type: ignore[no-untyped-def]
        target.write_bytes(b"SQLite format 3\x00 half")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(dbfiles, "copy_database", failing_copy)
    with pytest.raises(DiskFullError):
        bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    assert _names(bk.backup_folder(paths.backups_dir, db.path)) == set()


def test_cancelled_backup_leaves_nothing(db: Database, paths: AppPaths) -> None:
    from crmdesk.errors import Cancelled

    add_rows(db, 3)
    with pytest.raises(Cancelled):
        bk.create_backup(db, paths.backups_dir, bk.MANUAL, cancel=lambda: True)
    assert _names(bk.backup_folder(paths.backups_dir, db.path)) == set()


def test_restore_round_trip_equals_the_manifest_and_is_undoable(paths: AppPaths) -> None:
    db = open_database(paths.default_db)
    add_rows(db, 5)
    backup = bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    add_rows(db, 3, start=100)  # after the backup: restore takes these away
    assert counts(db) == (8, 16, 8)
    with pytest.raises(DatabaseLockedError, match="still open"):
        bk.restore_backup(db.path, backup.path, paths.backups_dir)
    db.close()

    bk.restore_backup(paths.default_db, backup.path, paths.backups_dir)
    db = open_database(paths.default_db)
    try:
        with db.engine.connect() as conn:
            facts = dbfiles.database_facts(conn.connection.driver_connection)  # type: ignore[arg-type]
        assert facts["counts"] == dict(backup.counts)
        assert facts["points_total"] == backup.points_total
        assert facts["total_spend_fen"] == backup.total_spend_fen
        assert counts(db) == (5, 10, 5)
    finally:
        db.close()

    # undo: the file as it was before the restore is a listed, restorable backup
    listed = bk.list_backups(paths.backups_dir, paths.default_db)
    pre = [b for b in listed if b.reason == bk.PRE_RESTORE]
    assert len(pre) == 1 and pre[0].customers == 8
    bk.restore_backup(paths.default_db, pre[0].path, paths.backups_dir)
    db = open_database(paths.default_db)
    try:
        assert counts(db) == (8, 16, 8)
    finally:
        db.close()


def test_restore_removes_a_stale_wal_instead_of_replaying_it(paths: AppPaths) -> None:
    db = open_database(paths.default_db)
    add_rows(db, 2)
    backup = bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    db.close()
    wal = paths.default_db.with_name(paths.default_db.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)  # a stale WAL left behind
    bk.restore_backup(paths.default_db, backup.path, paths.backups_dir)
    assert not wal.exists()
    db = open_database(paths.default_db)
    try:
        assert counts(db) == (2, 4, 2)
    finally:
        db.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(paths: AppPaths) -> None:
    db = open_database(paths.default_db)
    add_rows(db, 40)
    backup = bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    db.close()
    data = bytearray(backup.path.read_bytes())
    page = 4096
    for n in range(2, len(data) // page):
        data[n * page : n * page + 64] = b"\xa5" * 64
    backup.path.write_bytes(bytes(data))
    assert bk.verify_backup(backup.path)
    before = paths.default_db.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="cannot be restored"):
        bk.restore_backup(paths.default_db, backup.path, paths.backups_dir)
    assert paths.default_db.read_bytes() == before
    assert not any(p.name.startswith(".") for p in paths.data_dir.iterdir())
    assert bk.newest_clean_backup(paths.backups_dir, paths.default_db) is None


def _fake_backup(template: Path, folder: Path, when: dt.datetime, reason: str) -> Path:
    """A copy of a real backup with its manifest re-dated: 400 days in a second."""
    manifest = json.loads(template.with_suffix(".json").read_text(encoding="utf-8"))
    manifest.update(created_at=when.isoformat(), reason=reason)
    target = folder / f"shop_{when.strftime('%Y%m%d-%H%M%S-%f')}_{reason}.crmdesk"
    shutil.copyfile(template, target)
    target.with_suffix(".json").write_text(json.dumps(manifest), encoding="utf-8")
    return target


def test_thinning_after_400_days_keeps_what_the_policy_says(db: Database, paths: AppPaths) -> None:
    template = bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    folder = template.path.parent
    template_copy = paths.data_dir / "template.crmdesk"
    shutil.copyfile(template.path, template_copy)
    template_copy.with_suffix(".json").write_bytes(template.manifest_path.read_bytes())
    template.path.unlink()
    template.manifest_path.unlink()

    start = dt.datetime(2025, 1, 1)
    migrations = {dt.date(2025, 1, 11), dt.date(2025, 7, 20)}
    restores = {dt.date(2025, 3, 3)}
    for day in range(400):
        date = start + dt.timedelta(days=day)
        # two automatic backups a day (periodic at 10:00, on close at 18:00) ...
        _fake_backup(template_copy, folder, date.replace(hour=10), bk.PERIODIC)
        _fake_backup(template_copy, folder, date.replace(hour=18), bk.ON_CLOSE)
        if date.date() in migrations:
            _fake_backup(template_copy, folder, date.replace(hour=9), bk.PRE_MIGRATION)
        if date.date() in restores:
            _fake_backup(template_copy, folder, date.replace(hour=11), bk.PRE_RESTORE)
        # ... and the app thins after each one, as it runs day after day
        bk.thin_backups(paths.backups_dir, db.path, date.replace(hour=18, minute=1))

    kept = bk.list_backups(paths.backups_dir, db.path)
    last = start + dt.timedelta(days=399)  # 2026-02-04
    assert last.date() == dt.date(2026, 2, 4)
    kept_times = {b.created_at for b in kept if not b.protected}
    # the last 5 backups: the last two days and a half
    last5 = {
        last.replace(hour=18),
        last.replace(hour=10),
        (last - dt.timedelta(days=1)).replace(hour=18),
        (last - dt.timedelta(days=1)).replace(hour=10),
        (last - dt.timedelta(days=2)).replace(hour=18),
    }
    daily = {(last - dt.timedelta(days=d)).replace(hour=18) for d in range(12)}
    # newest of each of the last 10 ISO weeks: that week's Sunday, or today for this week
    sundays = [dt.datetime(2026, 2, 1, 18) - dt.timedelta(weeks=w) for w in range(9)]
    weekly = {last.replace(hour=18), *sundays}
    # newest of each of the last 9 months: the last day of the month, or today
    monthly = {
        dt.datetime(2026, 2, 4, 18),
        *(
            dt.datetime(y, m, d, 18)
            for y, m, d in [
                (2026, 1, 31),
                (2025, 12, 31),
                (2025, 11, 30),
                (2025, 10, 31),
                (2025, 9, 30),
                (2025, 8, 31),
                (2025, 7, 31),
                (2025, 6, 30),
            ]
        ),
    }
    assert kept_times == last5 | daily | weekly | monthly
    assert len(kept_times) == len(last5 | daily | weekly | monthly) == 28
    protected = sorted((b.created_at.date(), b.reason) for b in kept if b.protected)
    assert protected == [
        (dt.date(2025, 1, 11), bk.PRE_MIGRATION),
        (dt.date(2025, 3, 3), bk.PRE_RESTORE),
        (dt.date(2025, 7, 20), bk.PRE_MIGRATION),
    ]
    # every thinned backup took its manifest along
    assert len(list(folder.glob("*.json"))) == len(kept)


def test_periodic_backup_only_when_changed_and_not_too_often(db: Database, paths: AppPaths) -> None:
    t0 = dt.datetime(2026, 5, 1, 9, 0)
    assert bk.maybe_periodic_backup(db, paths, t0) is not None  # first one: always
    add_rows(db, 2)
    assert bk.maybe_periodic_backup(db, paths, t0 + dt.timedelta(minutes=10)) is None  # too soon
    made = bk.maybe_periodic_backup(db, paths, t0 + dt.timedelta(minutes=31))
    assert made is not None and made.customers == 2
    # 40 minutes later, nothing changed: no backup
    assert bk.maybe_periodic_backup(db, paths, t0 + dt.timedelta(minutes=71)) is None
    set_setting(db, "shop_name", '"小店"')  # an edit that adds no rows still counts
    assert bk.maybe_periodic_backup(db, paths, t0 + dt.timedelta(minutes=72)) is not None


def test_backup_on_close_skips_an_unchanged_shop(db: Database, paths: AppPaths) -> None:
    add_rows(db, 1)
    first = bk.backup_on_close(db, paths)
    assert first is not None and first.reason == bk.ON_CLOSE
    assert bk.backup_on_close(db, paths) is None
    add_rows(db, 1, start=50)
    second = bk.backup_on_close(db, paths)
    assert second is not None and second.customers == 2


def test_backup_before_migration_hook_makes_a_protected_backup(
    db: Database, paths: AppPaths
) -> None:
    add_rows(db, 3)
    path = bk.backup_before(db.path, paths, bk.PRE_MIGRATION)
    (info,) = bk.list_backups(paths.backups_dir, db.path)
    assert info.path == path and info.protected and info.customers == 3


def test_newest_clean_backup_skips_a_damaged_one(paths: AppPaths) -> None:
    db = open_database(paths.default_db)
    add_rows(db, 30)
    good = bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    add_rows(db, 30, start=100)
    bad = bk.create_backup(db, paths.backups_dir, bk.MANUAL)
    db.close()
    with open(bad.path, "r+b") as fh:  # the newest backup is cut short on disk
        fh.truncate(bad.size // 2)
    newest = bk.newest_clean_backup(paths.backups_dir, paths.default_db)
    assert newest is not None and newest.path == good.path
