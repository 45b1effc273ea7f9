"""bulk.insert_rows stores the very rows SQLAlchemy's own insert() stores.

Values every row shares go into the statement as literals; the stored values and their
types must not change for that.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.models import Customer, CustomerAccount
from crmdesk.services import bulk
from crmdesk.services.importing import matching
from crmdesk.services.points import LEDGER, entry_row

CUSTOMERS: Table = Customer.__table__  # type: ignore[assignment]
ACCOUNTS: Table = CustomerAccount.__table__  # type: ignore[assignment]
NOW = dt.datetime(2026, 3, 1, 9, 30)


def reference_insert_rows(session: Session, table: Table, rows: list[dict[str, object]]) -> None:
    """SQLAlchemy's own bulk insert: what insert_rows must store, value for value."""
    session.execute(insert(table), rows)


def _stored(session: Session, table: Table) -> list[tuple[object, ...]]:
    # quote() shows the storage class: 1 and '1' and 1.0 differ.
    columns = ", ".join(f'quote("{c.name}")' for c in table.c)
    return list(session.execute(text(f'SELECT {columns} FROM "{table.name}" ORDER BY id')))


def _both_ways(db: Database, table: Table, rows: list[dict[str, object]]) -> None:
    with db.session() as session:
        bulk.insert_rows(session, table, rows)
        fast = _stored(session, table)
        session.rollback()
    with db.session() as session:
        reference_insert_rows(session, table, rows)
        assert _stored(session, table) == fast
        session.rollback()


def _customer(i: int, **values: object) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(matching.FIELDS)
    row.update({"id": i, "kind": "person", "phone_masked": False})
    row.update(
        name=f"客户{i}",
        phone=f"135{i:08d}",
        birthday=dt.date(1990, 1 + i % 12, 1) if i % 3 else None,
        name_pinyin=f"kehu{i}",
        search_text=f"客户{i}\x1fkehu{i}",
        accounts_text="",
        birthday_month=1 + i % 12 if i % 3 else None,
        created_at=NOW,
        updated_at=NOW,
    )
    row.update(values)
    return row


def test_new_customers_as_the_import_builds_them(db: Database) -> None:
    _both_ways(db, CUSTOMERS, [_customer(i) for i in range(1, 40)])


def test_one_row(db: Database) -> None:
    _both_ways(db, CUSTOMERS, [_customer(1)])


def test_shared_values_of_every_kind(db: Database) -> None:
    quoted = "O'Brien's \"shop\" ;--"
    rows = [
        _customer(
            i,
            notes=quoted,  # the same object everywhere: a literal, quotes doubled
            company="",
            email="零\x00nul",  # NUL never goes into SQL text: bound
            preferences=1.5,  # floats are bound
            interests=2**70,  # beyond 64 bits: bound (the driver refuses it)
            kind="company",
            phone_masked=True,
        )
        for i in range(1, 6)
    ]
    with pytest.raises(OverflowError):
        _both_ways(db, CUSTOMERS, rows)
    for row in rows:
        row["interests"] = -(2**63)
    _both_ways(db, CUSTOMERS, rows)


def test_equal_values_that_are_not_the_same_value(db: Database) -> None:
    # 1, 1.0 and True are equal in Python but stored differently: never one literal.
    rows = [_customer(i) for i in range(1, 7)]
    for row, value in zip(rows, [1, 1.0, True, 1, 1.0, True], strict=True):
        row["notes"] = value
        row["interests"] = value
        row["phone_masked"] = value
    _both_ways(db, CUSTOMERS, rows)


def test_equal_moments_of_different_types(db: Database) -> None:
    rows = [_customer(i) for i in range(1, 5)]
    rows[1]["created_at"] = dt.datetime(2026, 3, 1, 9, 30, 0, 1)
    rows[2]["birthday"] = dt.datetime(1990, 1, 1, 12, 0)  # a datetime in a Date column
    _both_ways(db, CUSTOMERS, rows)


def test_accounts_sharing_some_columns(db: Database) -> None:
    with db.session() as session:
        bulk.insert_rows(session, CUSTOMERS, [_customer(1)])
    rows: list[dict[str, object]] = [
        {"customer_id": 1, "platform": "taobao", "buyer_id": f"b{i}", "buyer_nick": None}
        for i in range(5)
    ]
    _both_ways(db, ACCOUNTS, rows)


def test_early_years_and_dates_in_moment_columns(db: Database) -> None:
    rows = [_customer(i) for i in range(1, 5)]
    rows[0]["created_at"] = dt.datetime(999, 12, 31, 23, 59, 59)  # strftime would not pad
    rows[1]["created_at"] = dt.date(2026, 3, 1)  # a date in a DateTime column
    rows[2]["updated_at"] = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    _both_ways(db, CUSTOMERS, rows)


def test_ledger_entries_with_defaults_left_out(db: Database) -> None:
    with db.session() as session:
        bulk.insert_rows(session, CUSTOMERS, [_customer(1), _customer(2)])
    rows: list[dict[str, object]] = [
        entry_row(1 + i % 2, "earn", 10 * (i + 1), today=dt.date(2026, 1, 1 + i), note=note)
        for note in ("o'k", None)
        for i in range(3)
    ]
    _both_ways(db, LEDGER, rows)
