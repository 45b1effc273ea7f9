"""Shop files at the byte level: facts and fingerprints, snapshot copies, fsync, disk errors.

Used by :mod:`crmdesk.services.backup`; nothing here knows about backup folders or policy.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from crmdesk.db import Database, inspect_file
from crmdesk.errors import DiskFullError
from crmdesk.i18n import translate
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel

#: Tables whose row counts go into the manifest (the first two are shown in lists).
COUNTED_TABLES = (
    "customers",
    "orders",
    "order_items",
    "points_ledger",
    "contact_records",
    "customer_accounts",
    "customer_tags",
    "tags",
    "important_dates",
    "tiers",
    "tier_changes",
    "rewards",
    "settings",
)
_COPY_PAGES_PER_STEP = 1024


# --- facts about a database ------------------------------------------------------------


def ro_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes to the file (WAL contents are still read)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def table_names(con: sqlite3.Connection) -> set[str]:
    """The tables in the database."""
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def column_names(con: sqlite3.Connection, table: str) -> set[str]:
    """The columns of ``table``."""
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def database_facts(con: sqlite3.Connection) -> dict[str, object]:
    """Row counts, total spend, points total, schema revision and a change fingerprint.

    Works on any schema revision (tables or columns a revision lacks are skipped). The
    fingerprint is cheap — counts, highest ids, the newest edit time and a few sums —
    and changes whenever the owner adds, removes or edits something that matters.
    """
    tables = table_names(con)
    counts: dict[str, int] = {}
    marks: dict[str, object] = {}
    for table in COUNTED_TABLES:
        if table in tables:
            counts[table] = int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            if table != "settings" and table != "customer_tags":
                marks[table] = con.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
    total_spend = points_total = None
    if "customers" in tables and "total_spend_fen" in column_names(con, "customers"):
        total_spend = int(con.execute("SELECT total(total_spend_fen) FROM customers").fetchone()[0])
        row = con.execute(
            "SELECT max(updated_at), total(points_balance), count(deleted_at) FROM customers"
        ).fetchone()
        marks["customers_edit"] = list(row)
    if "points_ledger" in tables:
        points_total = int(con.execute("SELECT total(points) FROM points_ledger").fetchone()[0])
    if "orders" in tables:
        marks["orders_sum"] = list(
            con.execute(
                "SELECT total(paid_fen), total(refund_fen), group_concat(DISTINCT status) "
                "FROM orders"
            ).fetchone()
        )
    if "settings" in tables:
        marks["settings"] = con.execute(
            "SELECT group_concat(key || '=' || value, char(10)) FROM settings"
        ).fetchone()[0]
    revision = None
    if "alembic_version" in tables:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    payload = json.dumps([counts, marks, total_spend, points_total], default=str)
    return {
        "counts": counts,
        "total_spend_fen": total_spend,
        "points_total": points_total,
        "schema_revision": revision,
        "fingerprint": hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32],
    }


def current_fingerprint(db: Database) -> str:
    """The change fingerprint of an open shop file (see :func:`database_facts`)."""
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return str(database_facts(raw)["fingerprint"])


# --- errors ----------------------------------------------------------------------------

_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EROFS}


def is_disk_problem(exc: BaseException) -> bool:
    """Whether ``exc`` means a full or failing disk (SQLite says either)."""
    if isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS:
        return True
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return "full" in text or "disk i/o" in text or "readonly" in text
    return False


def disk_full(target: Path, exc: BaseException, *, restoring: bool = False) -> DiskFullError:
    """The one clear message for a full or failing disk."""
    if restoring:
        return DiskFullError(
            translate(
                "Backup",
                "The backup could not be restored into {folder}: the disk is full or failing "
                "({reason}). The shop file was not changed. Free some disk space and try "
                "again.",
            ).format(folder=target, reason=exc)
        )
    return DiskFullError(
        translate(
            "Backup",
            "The backup could not be written to {folder}: the disk is full or failing "
            "({reason}). Nothing was saved under a backup name, and the shop file was not "
            "changed. Free some disk space and try again.",
        ).format(folder=target, reason=exc)
    )


def remove_quietly(paths: Iterable[Path]) -> None:
    """Remove half-made files, ignoring those already gone."""
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def side_files(path: Path) -> list[Path]:
    """The ``-wal``, ``-shm`` and ``-journal`` files SQLite keeps next to ``path``."""
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def fsync_file(path: Path) -> None:
    """Make sure the bytes of ``path`` are on the disk."""
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def fsync_dir(directory: Path) -> None:
    """Make sure a rename in ``directory`` is on the disk."""
    if os.name == "nt":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- copying ---------------------------------------------------------------------------


def copy_database(
    source: sqlite3.Connection,
    target: Path,
    progress: ProgressFn,
    cancel: CancelFn | None,
) -> None:
    """Copy ``source`` into the new file ``target`` with SQLite's backup API.

    The copy is a consistent snapshot even while the shop is in use. It is switched to a
    plain rollback journal, so reading a backup later never leaves ``-wal`` files around.
    """

    def step(_status: int, remaining: int, total: int) -> None:
        check_cancel(cancel)
        progress(total - remaining, total, translate("Backup", "Copying the shop file…"))

    check_cancel(cancel)
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(dest, pages=_COPY_PAGES_PER_STEP, progress=step)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def check_copy(path: Path) -> dict[str, object]:
    """Run the full checks on a copy and return its facts, or raise Damaged."""
    inspect_file(path, full=True)
    con = ro_connect(path)
    try:
        return database_facts(con)
    finally:
        con.close()
