"""Opening the shop's SQLite file safely: pragmas, single writer, checks, migrations.

Every connection runs in WAL mode with ``synchronous=FULL`` (a committed order survives a
power cut), foreign keys and ``secure_delete`` on. The file is stamped with
:data:`APPLICATION_ID` so a foreign SQLite file is recognised. A second crmdesk on the
same file is refused through an OS lock on ``<file>.lock``, which the OS releases when a
process dies, so a crash never leaves a lock behind. A ``<file>.running`` marker that
survives a process tells the next start that the last shutdown was unclean.
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


class _FileLock:
    """An exclusive OS lock on ``<db>.lock``; released by the OS if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
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
                ).format(path=self.path.with_suffix(""))
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
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
    _lock: _FileLock | None = field(default=None, repr=False)

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
        """Checkpoint the WAL, release the file and mark the shutdown clean."""
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


def _inspect_file(path: Path) -> tuple[int, bool]:
    """Return (application_id, has_tables) read with the plain driver, or raise Damaged."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            has_tables = bool(
                con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            )
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            translate(
                "Database", "The shop file {path} is damaged or is not a database: {reason}"
            ).format(path=path, reason=exc),
            str(path),
        ) from exc
    return app_id, has_tables


def check_integrity(engine: Engine, *, full: bool) -> list[str]:
    """Problems SQLite finds in the file (empty when it is sound)."""
    problems: list[str] = []
    with engine.connect() as conn:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        if rows != ["ok"]:
            problems.extend(str(r) for r in rows)
        if full:
            problems.extend(
                f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
                for r in conn.exec_driver_sql("PRAGMA foreign_key_check")
            )
    return problems


BackupFn = Callable[[Path, str], Path]


def open_database(
    path: Path,
    *,
    create: bool = True,
    backup_before_migration: BackupFn | None = None,
) -> Database:
    """Open (or create) the shop file at ``path``, checked and migrated to the newest schema.

    Raises :class:`DatabaseLockedError` when another crmdesk holds it,
    :class:`NewerDatabaseError` for a file from a newer crmdesk,
    :class:`DamagedDatabaseError` when it fails SQLite's checks (nothing is changed or
    deleted; the caller offers a backup). ``backup_before_migration(path, reason)`` is
    called before a pending migration touches an existing file.
    """
    path = Path(path).expanduser().resolve()
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise FileNotFoundError(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    lock = _FileLock(lock_path(path))
    lock.acquire()
    try:
        if exists:
            app_id, has_tables = _inspect_file(path)
            if app_id not in (0, APPLICATION_ID) or (app_id == 0 and has_tables):
                raise NotCrmdeskDatabaseError(
                    translate(
                        "Database",
                        "{path} is a database of another program, not a crmdesk shop file.",
                    ).format(path=path),
                    str(path),
                )
        marker = _running_marker(path)
        unclean = exists and marker.exists()
        engine = make_engine(path)
        try:
            problems = check_integrity(engine, full=unclean) if exists else []
        except Exception as exc:
            engine.dispose()
            raise DamagedDatabaseError(
                translate("Database", "The shop file {path} is damaged: {reason}").format(
                    path=path, reason=exc
                ),
                str(path),
            ) from exc
        if problems:
            engine.dispose()
            raise DamagedDatabaseError(
                translate("Database", "The shop file {path} is damaged: {reason}").format(
                    path=path, reason="; ".join(problems[:5])
                ),
                str(path),
            )
        db = Database(
            path=path,
            engine=engine,
            session_factory=sessionmaker(engine, expire_on_commit=False),
            unclean_shutdown=unclean,
            _lock=lock,
        )
        _migrate(db, existed=exists, backup=backup_before_migration)
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
        db.engine.dispose()
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
