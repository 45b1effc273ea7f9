"""Backups of the shop file: make, check, list, thin, restore, and set damaged files aside.

A backup is written with SQLite's backup API into a hidden ``.part`` file in the shop's
own backup folder, synced to disk, opened again and checked with ``integrity_check``,
and only then renamed to its final name next to a small JSON manifest (row counts,
total spend, points total, schema revision, reason, time, source file). A backup under
a final name is therefore always complete and sound; a full disk leaves nothing behind
but a clear :class:`~crmdesk.errors.DiskFullError`.

Each shop file has its own subfolder of the backups folder, so the backups of the real
shop and the demo shop never mix. Nothing here deletes the owner's data: only old
automatic backups are thinned, and a damaged shop file is moved aside, never removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.db import (
    Database,
    FileLock,
    inspect_file,
    lock_path,
)
from crmdesk.errors import (
    CrmdeskError,
    DamagedDatabaseError,
    DatabaseLockedError,
    NotCrmdeskDatabaseError,
)
from crmdesk.i18n import translate
from crmdesk.paths import AppPaths
from crmdesk.services import dbfiles
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel, no_progress

SUFFIX = ".crmdesk"
MANIFEST_SUFFIX = ".json"

#: Why a backup was made. The first two are never thinned away.
PRE_MIGRATION = "pre-migration"
PRE_RESTORE = "pre-restore"
PROTECTED_REASONS = frozenset({PRE_MIGRATION, PRE_RESTORE})
MANUAL = "manual"
ON_CLOSE = "on-close"
PERIODIC = "periodic"

#: Thinning policy: the newest few, then the newest backup of each of the last
#: 12 days, 10 weeks and 9 months that have one.
KEEP_LAST = 5
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
#: Periodic backups while the data changes: not more often than this.
PERIODIC_EVERY = dt.timedelta(minutes=30)

_TIME_FORMAT = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its manifest says about it."""

    path: Path
    created_at: dt.datetime
    reason: str
    size: int
    counts: Mapping[str, int] = field(default_factory=dict)
    total_spend_fen: int | None = None
    points_total: int | None = None
    schema_revision: str | None = None
    source: str = ""
    fingerprint: str = ""

    @property
    def manifest_path(self) -> Path:
        """The JSON manifest next to the backup."""
        return self.path.with_suffix(MANIFEST_SUFFIX)

    @property
    def protected(self) -> bool:
        """Whether thinning must keep it (made before a migration or a restore)."""
        return self.reason in PROTECTED_REASONS

    @property
    def customers(self) -> int | None:
        """Customers in the backup (None when the manifest is missing)."""
        return self.counts.get("customers")

    @property
    def orders(self) -> int | None:
        """Orders in the backup (None when the manifest is missing)."""
        return self.counts.get("orders")


# --- where backups live ----------------------------------------------------------------


def backup_folder(backups_dir: Path, db_path: Path) -> Path:
    """The subfolder of ``backups_dir`` that holds the backups of ``db_path``.

    A shop file in the data folder itself gets a plain name (``shop``, ``demo``), so the
    data folder can be moved; a file elsewhere also gets a hash of its full path, so two
    ``shop.crmdesk`` files in different folders never share backups.
    """
    db_path = Path(db_path).expanduser().resolve()
    backups_dir = Path(backups_dir).expanduser().resolve()
    stem = db_path.stem or "shop"
    if db_path.parent == backups_dir.parent:
        return backups_dir / stem
    digest = hashlib.sha1(str(db_path).encode("utf-8"), usedforsecurity=False).hexdigest()
    return backups_dir / f"{stem}-{digest[:8]}"


def _final_name(db_path: Path, when: dt.datetime, reason: str) -> str:
    return f"{db_path.stem}_{when.strftime(_TIME_FORMAT)}_{reason}{SUFFIX}"


def _parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    parts = path.stem.rsplit("_", 2)
    if len(parts) != 3:
        return None
    try:
        return dt.datetime.strptime(parts[1], _TIME_FORMAT), parts[2]
    except ValueError:
        return None


# --- making backups --------------------------------------------------------------------


def create_backup(
    db_or_path: Database | Path,
    backups_dir: Path,
    reason: str,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back up an open :class:`Database` (or a shop file by path) and return the backup.

    The backup is checked with ``integrity_check`` before it gets its final name. Raises
    :class:`DiskFullError` when the disk is full or failing and
    :class:`DamagedDatabaseError` when the source does not make a sound copy; in both
    cases no file is left under a backup name. ``now`` stamps the backup (for tests).
    """
    progress = progress or no_progress
    when = now or dt.datetime.now()
    if isinstance(db_or_path, Database):
        db_path = db_or_path.path
    else:
        db_path = Path(db_or_path).expanduser().resolve()
        if not db_path.is_file():
            raise CrmdeskError(
                translate("Backup", "There is no shop file at {path}.").format(path=db_path)
            )
    folder = backup_folder(backups_dir, db_path)
    name = _final_name(db_path, when, reason)
    while (folder / name).exists():  # two backups within a microsecond: keep both
        when += dt.timedelta(microseconds=1)
        name = _final_name(db_path, when, reason)
    final = folder / name
    part = folder / f".{name}.part"
    manifest_part = folder / f".{name}.json.part"
    leftovers = [part, manifest_part, *dbfiles.side_files(part)]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(db_or_path, Database):
            raw = db_or_path.engine.raw_connection()
            try:
                source = raw.driver_connection
                assert isinstance(source, sqlite3.Connection)
                dbfiles.copy_database(source, part, progress, cancel)
            finally:
                raw.close()
        else:
            source = dbfiles.ro_connect(db_path)
            try:
                dbfiles.copy_database(source, part, progress, cancel)
            finally:
                source.close()
        progress(0, 0, translate("Backup", "Checking the backup…"))
        try:
            facts = dbfiles.check_copy(part)
        except DamagedDatabaseError as exc:
            raise DamagedDatabaseError(
                translate(
                    "Backup",
                    "The shop file {path} could not be backed up because it is damaged: {reason}",
                ).format(path=db_path, reason=exc),
                str(db_path),
            ) from exc
        dbfiles.fsync_file(part)
        manifest = {
            "format": 1,
            "created_at": when.isoformat(),
            "reason": reason,
            "source": str(db_path),
            "size": part.stat().st_size,
            **facts,
        }
        with open(manifest_part, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        # The manifest first: a manifest without its backup is ignored, never the reverse.
        manifest_part.replace(final.with_suffix(MANIFEST_SUFFIX))
        part.replace(final)
        dbfiles.fsync_dir(folder)
    except sqlite3.DatabaseError as exc:
        dbfiles.remove_quietly(leftovers)
        if dbfiles.is_disk_problem(exc):
            raise dbfiles.disk_full(folder, exc) from exc
        raise DamagedDatabaseError(
            translate(
                "Backup",
                "The shop file {path} could not be backed up because it is damaged: {reason}",
            ).format(path=db_path, reason=exc),
            str(db_path),
        ) from exc
    except OSError as exc:
        dbfiles.remove_quietly(leftovers)
        if dbfiles.is_disk_problem(exc):
            raise dbfiles.disk_full(folder, exc) from exc
        raise
    except BaseException:
        dbfiles.remove_quietly(leftovers)
        raise
    return _info_from_manifest(final, manifest)


def _info_from_manifest(path: Path, manifest: Mapping[str, object]) -> BackupInfo:
    counts = manifest.get("counts") or {}
    spend = manifest.get("total_spend_fen")
    points = manifest.get("points_total")
    revision = manifest.get("schema_revision")
    return BackupInfo(
        path=path,
        created_at=dt.datetime.fromisoformat(str(manifest["created_at"])),
        reason=str(manifest.get("reason", "")),
        size=path.stat().st_size,
        counts={str(k): int(v) for k, v in dict(counts).items()},  # type: ignore[call-overload]
        total_spend_fen=int(spend) if isinstance(spend, int) else None,
        points_total=int(points) if isinstance(points, int) else None,
        schema_revision=str(revision) if revision is not None else None,
        source=str(manifest.get("source", "")),
        fingerprint=str(manifest.get("fingerprint", "")),
    )


def _read_info(path: Path) -> BackupInfo | None:
    manifest_path = path.with_suffix(MANIFEST_SUFFIX)
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        return _info_from_manifest(path, manifest)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    parsed = _parse_name(path)  # a backup whose manifest went missing is still a backup
    if parsed is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, created_at=parsed[0], reason=parsed[1], size=size)


def list_backups(backups_dir: Path, db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first."""
    folder = backup_folder(backups_dir, db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        if path.name.startswith(".") or not path.is_file():
            continue
        info = _read_info(path)
        if info is not None:
            found.append(info)
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


def verify_backup(path: Path) -> list[str]:
    """Problems with the backup at ``path`` (empty when it is sound and matches its manifest)."""
    path = Path(path)
    if not path.is_file():
        return [translate("Backup", "The backup {path} does not exist.").format(path=path)]
    try:
        facts = dbfiles.check_copy(path)
    except (CrmdeskError, sqlite3.Error, OSError) as exc:
        return [str(exc)]
    info = _read_info(path)
    problems = []
    if info is not None and info.counts and dict(info.counts) != facts["counts"]:
        problems.append(
            translate("Backup", "The backup {path} does not match its manifest.").format(path=path)
        )
    return problems


def newest_clean_backup(backups_dir: Path, db_path: Path) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes :func:`verify_backup`, if any."""
    for info in list_backups(backups_dir, db_path):
        if not verify_backup(info.path):
            return info
    return None


# --- thinning --------------------------------------------------------------------------


def _newest_per_bucket(
    backups: list[BackupInfo], key: Callable[[dt.datetime], object], keep: int
) -> set[Path]:
    kept: set[Path] = set()
    seen: list[object] = []
    for info in backups:  # newest first
        bucket = key(info.created_at)
        if bucket in seen:
            continue
        if len(seen) == keep:
            break
        seen.append(bucket)
        kept.add(info.path)
    return kept


def backups_to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """Which of ``backups`` (newest first) the thinning policy keeps."""
    keep = {b.path for b in backups if b.protected or b.created_at > now}
    plain = [b for b in backups if not b.protected and b.created_at <= now]
    keep.update(b.path for b in plain[:KEEP_LAST])
    keep |= _newest_per_bucket(plain, lambda t: t.date(), KEEP_DAILY)
    keep |= _newest_per_bucket(plain, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per_bucket(plain, lambda t: (t.year, t.month), KEEP_MONTHLY)
    return keep


def thin_backups(backups_dir: Path, db_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove old automatic backups beyond the policy; return the removed files.

    Keeps the newest :data:`KEEP_LAST`, then the newest of each of the last
    :data:`KEEP_DAILY` days, :data:`KEEP_WEEKLY` weeks and :data:`KEEP_MONTHLY` months,
    and every backup made before a migration or a restore.
    """
    now = now or dt.datetime.now()
    backups = list_backups(backups_dir, db_path)
    keep = backups_to_keep(backups, now)
    removed = []
    for info in backups:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue  # in use or read-only: try again next time
        info.manifest_path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


# --- automatic backups -----------------------------------------------------------------


def backup_before(db_path: Path, paths: AppPaths, reason: str) -> Path:
    """Back up ``db_path`` now (before a migration, import, bulk delete…); return the file.

    Fits :func:`crmdesk.db.open_database`'s ``backup_before_migration`` as
    ``lambda p, r: backup_before(p, paths, r)``.
    """
    return create_backup(Path(db_path), paths.backups_dir, reason).path


def _changed_since_last(db: Database, backups: list[BackupInfo]) -> bool:
    if not backups:
        return True
    return dbfiles.current_fingerprint(db) != backups[0].fingerprint


def backup_on_close(db: Database, paths: AppPaths) -> BackupInfo | None:
    """Back up an open shop that is about to close, when it changed since the last backup.

    Call it before :meth:`Database.close`. Thins old backups afterwards.
    """
    backups = list_backups(paths.backups_dir, db.path)
    if not _changed_since_last(db, backups):
        return None
    info = create_backup(db, paths.backups_dir, ON_CLOSE)
    thin_backups(paths.backups_dir, db.path)
    return info


def maybe_periodic_backup(
    db: Database, paths: AppPaths, now: dt.datetime | None = None
) -> BackupInfo | None:
    """Back up while the shop is in use: at most every :data:`PERIODIC_EVERY`, and only
    when the data changed since the last backup. Returns the new backup or None."""
    now = now or dt.datetime.now()
    backups = list_backups(paths.backups_dir, db.path)
    if backups and now - backups[0].created_at < PERIODIC_EVERY:
        return None
    if not _changed_since_last(db, backups):
        return None
    info = create_backup(db, paths.backups_dir, PERIODIC, now=now)
    thin_backups(paths.backups_dir, db.path, now)
    return info


# --- damaged files and restore ---------------------------------------------------------


def quarantine_damaged(path: Path) -> Path:
    """Move a damaged shop file and its ``-wal``/``-shm`` aside as ``*.damaged-<time>``.

    Nothing is deleted: the moved files can still be sent to someone who repairs them.
    Returns the new path of the main file.
    """
    path = Path(path).expanduser().resolve()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for side in ("-wal", "-shm", "-journal"):
        src = path.with_name(path.name + side)
        if src.exists():
            src.replace(target.with_name(target.name + side))
    path.replace(target)
    path.with_name(path.name + ".running").unlink(missing_ok=True)
    dbfiles.fsync_dir(path.parent)
    return target


def restore_backup(
    db_path: Path,
    backup_path: Path,
    backups_dir: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Replace the shop file at ``db_path`` with the backup at ``backup_path``.

    The caller must have closed the :class:`Database` on ``db_path`` first; a file still
    open (here or in another crmdesk) is refused with :class:`DatabaseLockedError`.
    The backup is checked in a temporary copy before anything changes; the current file
    is kept as a ``pre-restore`` backup (listed and restorable, so a restore can be
    undone) — or, if it is too damaged to back up, moved aside with
    :func:`quarantine_damaged`. Stale ``-wal``/``-shm`` files go before the swap, so
    they can never be replayed onto the restored file. Returns ``db_path``.
    """
    progress = progress or no_progress
    db_path = Path(db_path).expanduser().resolve()
    backup_path = Path(backup_path).expanduser().resolve()
    if not backup_path.is_file():
        raise CrmdeskError(
            translate("Backup", "The backup {path} does not exist.").format(path=backup_path)
        )
    lock = FileLock(lock_path(db_path))
    try:
        lock.acquire()
    except DatabaseLockedError as exc:
        raise DatabaseLockedError(
            translate(
                "Backup",
                "The shop file {path} is still open. Close it (and any other crmdesk "
                "window using it) before restoring a backup.",
            ).format(path=db_path)
        ) from exc
    staged = db_path.with_name(f".{db_path.name}.restoring")
    leftovers = [staged, *dbfiles.side_files(staged)]
    try:
        dbfiles.remove_quietly(leftovers)
        source = dbfiles.ro_connect(backup_path)
        try:
            dbfiles.copy_database(source, staged, progress, cancel)
        except sqlite3.DatabaseError as exc:
            if dbfiles.is_disk_problem(exc):
                raise dbfiles.disk_full(db_path.parent, exc, restoring=True) from exc
            raise _bad_backup(backup_path, exc) from exc
        finally:
            source.close()
        progress(0, 0, translate("Backup", "Checking the backup…"))
        try:
            inspect_file(staged, full=True)
        except NotCrmdeskDatabaseError as exc:
            raise _bad_backup(backup_path, exc) from exc
        except DamagedDatabaseError as exc:
            raise _bad_backup(backup_path, exc) from exc
        dbfiles.fsync_file(staged)
        check_cancel(cancel)
        if db_path.exists():
            progress(0, 0, translate("Backup", "Keeping the current file as a backup…"))
            try:
                create_backup(db_path, backups_dir, PRE_RESTORE)
            except DamagedDatabaseError:
                quarantine_damaged(db_path)  # too damaged to back up: set aside, never lost
        # A stale WAL would be replayed onto the restored file and corrupt it.
        for side in dbfiles.side_files(db_path):
            side.unlink(missing_ok=True)
        db_path.with_name(db_path.name + ".running").unlink(missing_ok=True)
        staged.replace(db_path)
        dbfiles.fsync_dir(db_path.parent)
    except OSError as exc:
        dbfiles.remove_quietly(leftovers)
        if dbfiles.is_disk_problem(exc):
            raise dbfiles.disk_full(db_path.parent, exc, restoring=True) from exc
        raise
    except BaseException:
        dbfiles.remove_quietly(leftovers)
        raise
    finally:
        lock.release()
    return db_path


def _bad_backup(backup_path: Path, exc: BaseException) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        translate(
            "Backup",
            "The backup {path} cannot be restored: {reason}. The shop file was not changed.",
        ).format(path=backup_path, reason=exc),
        str(backup_path),
    )
