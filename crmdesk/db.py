"""Opening the shop's SQLite file safely: pragmas, single writer, checks, migrations.

Every connection runs in WAL mode with ``synchronous=FULL`` (a committed order survives a
power cut), foreign keys and ``secure_delete`` on. The file is stamped with
:data:`APPLICATION_ID` so a foreign SQLite file is recognised. A second crmdesk on the
same file is refused through an OS lock on ``<file>.lock``, which the OS releases when a
process dies, so a crash never leaves a lock behind. A ``<file>.running`` marker that
survives a process tells the next start that the last shutdown was unclean.

An existing file is checked read-only before anything writes to it (not even the switch
to WAL): a damaged, empty or foreign file, or one from a newer crmdesk, raises and stays
byte for byte as it was. A new file is built beside its final name and renamed into
place, so a crash never leaves a half-made shop file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from crmdesk.errors import (
    CrmdeskError,
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    NotCrmdeskDatabaseError,
)
from crmdesk.i18n import translate

APPLICATION_ID = 0x43524D44  # "CRMD"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself: pysqlite's own transaction
    # handling would otherwise commit silently around DDL and SAVEPOINTs.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit reaches the disk before it returns; the owner's data is worth 1 ms.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def _begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with crmdesk's pragmas on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": 5},
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


class FileLock:
    """An exclusive OS lock on ``<db>.lock``; released by the OS if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseLockedError` at once (never waits)."""
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows builds
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise DatabaseLockedError(
                translate(
                    "Database",
                    "This shop file is already open in another crmdesk window: {path}. "
                    "Close the other window first.",
                ).format(path=self.path.with_name(self.path.name.removesuffix(".lock")))
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._fh = fh

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def release(self) -> None:
        """Give the lock back (the OS does the same when the process dies)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None


@dataclass
class Database:
    """An open shop file: the engine, a session factory and what happened on opening."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    unclean_shutdown: bool = False
    migrated_from: str | None = None
    pre_migration_backup: Path | None = None
    _lock: FileLock | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    @contextlib.contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """A session for one operation: commits on success, rolls back on any error."""
        bind = self.engine
        if immediate:
            bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")  # type: ignore[assignment]
        with Session(bind=bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Checkpoint the WAL, release the file and mark the shutdown clean.

        Closing twice is harmless. Nothing may use the database afterwards.
        """
        if self._closed:
            return
        self._closed = True
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.engine.dispose()
            _running_marker(self.path).unlink(missing_ok=True)
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _running_marker(path: Path) -> Path:
    """The marker whose presence at start means the last session did not end cleanly."""
    return path.with_name(path.name + ".running")


def lock_path(path: Path) -> Path:
    """Where the single-writer lock of ``path`` lives."""
    return path.with_name(path.name + ".lock")


def head_revision() -> str:
    """The newest schema revision this crmdesk knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() or ""


def known_revisions() -> set[str]:
    """Every schema revision this crmdesk knows."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the file, or None for an empty file."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


SQLITE_HEADER = b"SQLite format 3\x00"


def _foreign_kind(head: bytes) -> str | None:
    """What another program's file looks like, from its first bytes; None if unknown."""
    if head.startswith(b"PK\x03\x04"):
        return translate("Database", "it looks like a zip archive or an Excel workbook")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return translate("Database", "it looks like an old Office document")
    if head.startswith(b"%PDF"):
        return translate("Database", "it looks like a PDF document")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return translate("Database", "it looks like a picture")
    return None


@dataclass(frozen=True)
class FileCheck:
    """What a read-only look at a shop file found (it passed every check asked for)."""

    application_id: int
    revision: str | None
    has_tables: bool


def _damaged(path: Path, reason: object) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        translate("Database", "The shop file {path} is damaged: {reason}").format(
            path=path, reason=reason
        ),
        str(path),
    )


def _not_crmdesk(path: Path, what: str) -> NotCrmdeskDatabaseError:
    return NotCrmdeskDatabaseError(
        translate(
            "Database",
            "{path} is not a crmdesk shop file ({what}). It was left untouched.",
        ).format(path=path, what=what),
        str(path),
    )


def _integrity_problems(con: sqlite3.Connection, *, full: bool) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}")]
    problems = [] if rows == ["ok"] else rows
    if full:
        problems.extend(
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in con.execute("PRAGMA foreign_key_check")
        )
    return problems


def inspect_file(path: Path, *, full: bool = False, check: bool = True) -> FileCheck:
    """Look at ``path`` read-only, without changing a byte of it, and raise on any problem.

    Raises :class:`NotCrmdeskDatabaseError` for another program's file (a workbook, a
    foreign SQLite database), :class:`DamagedDatabaseError` for an empty, truncated or
    corrupted file (SQLite's ``quick_check``, or with ``full`` the ``integrity_check`` and
    ``foreign_key_check``), :class:`NewerDatabaseError` for a schema this crmdesk does not
    know. The journal mode is not touched, so a damaged file stays exactly as it was.
    """
    if path.is_dir():
        raise _not_crmdesk(path, translate("Database", "it is a folder"))
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except PermissionError as exc:  # not damage: nothing must be moved aside for this
        raise CrmdeskError(
            translate("Database", "crmdesk may not read the shop file {path}: {reason}").format(
                path=path, reason=exc
            )
        ) from exc
    except OSError as exc:
        raise _damaged(path, exc) from exc
    if not head:
        raise _damaged(path, translate("Database", "the file is empty (0 bytes)"))
    if not head.startswith(SQLITE_HEADER):
        what = _foreign_kind(head)
        if what is not None:
            raise _not_crmdesk(path, what)
        raise _damaged(path, translate("Database", "the file does not start like a database"))
    try:
        # mode=ro: the check never writes to the file, not even the WAL switch.
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
                raise _not_crmdesk(path, translate("Database", "a database of another program"))
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if revision is not None and revision not in known_revisions():
                raise NewerDatabaseError(
                    translate(
                        "Database",
                        "This shop file was saved by a newer version of crmdesk (schema {rev}). "
                        "Install the newer crmdesk to open it; the file was not changed.",
                    ).format(rev=revision)
                )
            problems = _integrity_problems(con, full=full) if check else []
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
    if problems:
        raise _damaged(path, "; ".join(problems[:5]))
    return FileCheck(application_id=app_id, revision=revision, has_tables=bool(tables))


def check_integrity(engine: Engine, *, full: bool) -> list[str]:
    """Problems SQLite finds in an open database (empty when it is sound)."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return _integrity_problems(raw, full=full)


BackupFn = Callable[[Path, str], Path]


def _fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create_new_file(path: Path) -> None:
    """Create a migrated, stamped empty shop file at ``path`` all at once.

    The schema is built in a side file and renamed into place, so a crash while
    creating never leaves a half-made (or 0-byte) shop file behind.
    """
    tmp = path.with_name(f".{path.name}.creating")
    for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)  # an earlier creation that never finished: no data
    engine = make_engine(tmp)
    try:
        with engine.begin() as conn:
            from alembic import command

            command.upgrade(_alembic_config(conn), "head")
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for side in ("-wal", "-shm"):
        tmp.with_name(tmp.name + side).unlink(missing_ok=True)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    tmp.replace(path)
    _fsync_dir(path.parent)


def open_database(
    path: Path,
    *,
    create: bool = True,
    backup_before_migration: BackupFn | None = None,
) -> Database:
    """Open (or create) the shop file at ``path``, checked and migrated to the newest schema.

    Raises :class:`DatabaseLockedError` when another crmdesk holds it,
    :class:`NewerDatabaseError` for a file from a newer crmdesk,
    :class:`NotCrmdeskDatabaseError` for another program's file,
    :class:`DamagedDatabaseError` when it fails SQLite's checks — an empty (0-byte) file
    included: nothing is changed or deleted, and no empty shop is opened in its place;
    the caller offers a backup. ``backup_before_migration(path, reason)`` is called
    before a pending migration touches an existing file.
    """
    path = Path(path).expanduser().resolve()
    if not path.exists() and not create:
        raise FileNotFoundError(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    lock = FileLock(lock_path(path))
    lock.acquire()
    try:
        marker = _running_marker(path)
        existed = path.exists()
        unclean = existed and marker.exists()
        if existed:
            # Every check runs read-only before the engine (and its WAL switch) touches it.
            inspect_file(path, full=unclean)
        else:
            _create_new_file(path)
        engine = make_engine(path)
        db = Database(
            path=path,
            engine=engine,
            session_factory=sessionmaker(engine, expire_on_commit=False),
            unclean_shutdown=unclean,
            _lock=lock,
        )
        try:
            _migrate(db, existed=existed, backup=backup_before_migration)
        except BaseException:
            engine.dispose()
            raise
        marker.write_text(dt.datetime.now().isoformat(), encoding="utf-8")
        return db
    except BaseException:
        lock.release()
        raise


def _migrate(db: Database, *, existed: bool, backup: BackupFn | None) -> None:
    from alembic import command

    current = current_revision(db.engine)
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(
            translate(
                "Database",
                "This shop file was saved by a newer version of crmdesk (schema {rev}). "
                "Install the newer crmdesk to open it; the file was not changed.",
            ).format(rev=current)
        )
    if existed and current is not None and backup is not None:
        db.pre_migration_backup = backup(db.path, "pre-migration")
    db.migrated_from = current
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
