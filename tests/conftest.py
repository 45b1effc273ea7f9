"""Shared fixtures: a fresh shop file per test, app paths in tmp_path, headless Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests never need a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crmdesk.db import Database, open_database
from crmdesk.paths import AppPaths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """App folders inside the test's temporary directory."""
    return AppPaths(tmp_path / "data")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, empty, migrated shop file, closed after the test."""
    database = open_database(tmp_path / "shop.crmdesk")
    yield database
    database.close()
