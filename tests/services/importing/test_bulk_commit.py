"""The import's bulk write path: driver-level inserts and a first import's index rebuild."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.db import Database
from crmdesk.models import Customer
from crmdesk.services.importing import commit, matching
from crmdesk.services.importing.pipeline import analyse, run_import

from .platform_files import write_xlsx

HEADERS = ["姓名", "手机", "生日", "标签", "平台", "买家ID"]


def _rows(count: int) -> list[list[object]]:
    return [
        [f"客户{i}", f"135{i:08d}", "1990-05-20", "老客户", "淘宝", f"tb_{i}"] for i in range(count)
    ]


def _indexes(db: Database) -> list[tuple[str, str]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " ORDER BY name"
        ).fetchall()
    finally:
        con.close()


def _integrity(db: Database) -> str:
    con = sqlite3.connect(db.path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def test_big_first_import_rebuilds_every_index(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "BIG_INSERT", 50)
    before = _indexes(db)
    assert any(sql and "customers" in sql for _, sql in before)
    dropped: list[str] = []
    original = matching.MatchState.restore_indexes

    def spy(self: matching.MatchState) -> None:
        dropped.extend(self.dropped_indexes)
        original(self)

    monkeypatch.setattr(matching.MatchState, "restore_indexes", spy)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", HEADERS, _rows(300)))
    summary = run_import(db, plan)
    assert summary.customers_created == 300
    assert len(dropped) >= 10  # the customers' indexes went, and came back:
    assert _indexes(db) == before
    assert _integrity(db) == "ok"
    with db.session() as s:
        first = s.execute(select(Customer).where(Customer.name == "客户7")).scalar_one()
        assert first.birthday == dt.date(1990, 5, 20)
        assert first.birthday_month == 5
        assert first.phone == "13500000007"
        assert first.kind == "person" and first.relationship_status == "potential"
        assert first.name_pinyin and "tb_7" in first.search_text
        assert isinstance(first.created_at, dt.datetime)


def test_failure_after_the_indexes_were_dropped_keeps_them(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "BIG_INSERT", 50)
    before = _indexes(db)
    plan = analyse(db, write_xlsx(tmp_path / "c.xlsx", HEADERS, _rows(300)))

    def broken(session: object, ids: object = None) -> int:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(commit, "refresh_derived_text", broken)
    with pytest.raises(RuntimeError):
        run_import(db, plan)
    assert _indexes(db) == before
    with db.session() as s:
        assert s.execute(select(Customer.id)).first() is None


def test_small_import_into_a_bigger_shop_keeps_the_indexes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_import(db, analyse(db, write_xlsx(tmp_path / "a.xlsx", HEADERS, _rows(200))))
    monkeypatch.setattr(matching, "BIG_INSERT", 50)
    dropped: list[int] = []
    original = matching.MatchState._drop_indexes

    def spy(self: matching.MatchState) -> None:
        dropped.append(1)
        original(self)

    monkeypatch.setattr(matching.MatchState, "_drop_indexes", spy)
    rows = [[f"新客{i}", f"136{i:08d}", None, None, None, None] for i in range(60)]
    summary = run_import(db, analyse(db, write_xlsx(tmp_path / "b.xlsx", HEADERS, rows)))
    assert summary.customers_created == 60
    assert dropped == []  # 60 new beside 200 old: indexes are kept and filled as usual
    assert _integrity(db) == "ok"
