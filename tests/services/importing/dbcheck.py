"""Looks straight into a shop file with sqlite3, beside the application's own connection."""

from __future__ import annotations

import sqlite3

from crmdesk.db import Database


def indexes(db: Database) -> list[tuple[str, str]]:
    """(name, CREATE statement) of every index the schema declares, by name."""
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " ORDER BY name"
        ).fetchall()
    finally:
        con.close()


def integrity(db: Database) -> str:
    """``PRAGMA integrity_check``'s first line: "ok" for a sound file."""
    con = sqlite3.connect(db.path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()
