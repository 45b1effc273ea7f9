"""Bulk statements: INSERT through the driver's own ``executemany`` (PERFORMANCE.md: the
bulk path), and any number of ids as one parameter.

``session.execute(insert(table), rows)`` spends more on SQLAlchemy's per-row work than
SQLite spends on the insert. :func:`insert_rows` stores the very same values (the tests
compare the two column by column, storage class included) for a fraction of that:
parameters are built as tuples in C, only the columns whose type converts values are
touched (each distinct value once), and a value every row shares goes into the
statement as a literal instead of being bound once per row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from itertools import repeat
from operator import is_, itemgetter
from typing import Any

from sqlalchemy import DateTime, Table, insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

_DIALECT = sqlite.dialect()


def _processor(type_: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    return type_.dialect_impl(_DIALECT).bind_processor(_DIALECT)  # type: ignore[no-any-return]


_DATETIME = _processor(DateTime())


def driver_value(value: object) -> object:
    """A moment as SQLAlchemy's SQLite DateTime type stores it (text); others as they are."""
    if value.__class__ is dt.datetime and value.tzinfo is None:  # type: ignore[attr-defined]
        # The very text of the type's processor, several times faster.
        return value.isoformat(" ", "microseconds")  # type: ignore[attr-defined]
    if isinstance(value, dt.date):
        return _DATETIME(value)  # type: ignore[misc]
    return value


class DriverValues(dict[object, object]):
    """:func:`driver_value` with a memory: an import stamps a few moments on many rows."""

    def __missing__(self, value: object) -> object:
        converted = self[value] = driver_value(value)
        return converted


class _Converted(dict[object, object]):
    # One column's values as its type binds them, each distinct value converted once
    # (equal values bind alike: True, 1 and 1.0 all bind 1 in a Boolean column).
    def __init__(self, type_: TypeEngine[Any], process: Callable[[Any], Any]) -> None:
        super().__init__()
        self.process = driver_value if isinstance(type_, DateTime) else process

    def __missing__(self, value: object) -> object:
        converted = self[value] = self.process(value)
        return converted


def json_ids(ids: Iterable[int]) -> str:
    """Ids as one JSON array, the parameter of ``IN (SELECT value FROM json_each(:ids))``.

    One statement for any number of ids (an import names 100,000s), where an expanding
    IN list takes them 500 at a time and binds each one by one.
    """
    return json.dumps([int(i) for i in ids])


def insert_sql(table: Table, columns: Iterable[str]) -> str:
    """``INSERT INTO table (columns) VALUES (?, …)``, for parameter tuples in that order."""
    names = list(columns)
    return 'INSERT INTO "{t}" ({c}) VALUES ({q})'.format(
        t=table.name, c=", ".join(f'"{c}"' for c in names), q=", ".join("?" for _ in names)
    )


def _getter(columns: list[str]) -> Callable[[dict[str, object]], tuple[object, ...]]:
    # itemgetter builds the tuple in C; with one key it returns the bare value.
    if len(columns) == 1:
        key = columns[0]
        return lambda row: (row[key],)
    return itemgetter(*columns)


def driver_rows(
    table: Table, columns: list[str], rows: Iterable[dict[str, object]]
) -> list[tuple[object, ...]]:
    """``rows`` as parameter tuples in ``columns`` order, bound as their types bind them.

    Only the columns whose type converts values (dates, moments, booleans) are touched,
    each distinct value once; the others go to the driver as they are. Building the
    parameters costs a tuple per row, not a function call per value.
    """
    getter = _getter(columns)
    converting = []
    for i, name in enumerate(columns):
        type_ = table.c[name].type
        process = _processor(type_)
        if process is not None:
            converting.append((i, _Converted(type_, process)))
    if not converting:
        return list(map(getter, rows))
    params = []
    for row in rows:
        values = list(getter(row))
        for i, converted in converting:
            values[i] = converted[values[i]]
        params.append(tuple(values))
    return params


def _bound(table: Table, column: str, value: object) -> object:
    process = _processor(table.c[column].type)
    return value if process is None else _Converted(table.c[column].type, process)[value]


def _sql_literal(value: object) -> str | None:
    # A value as SQL text, for the types whose literal SQLite stores exactly as it
    # stores the bound value (NULL, 64-bit integer, text); None for anything else.
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        number = int(value)
        return str(number) if -(2**63) <= number < 2**63 else None
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _fixed_literal(table: Table, column: str, rows: list[dict[str, object]]) -> str | None:
    """The SQL literal of ``column`` if every row holds the very same value, else None."""
    first = rows[0][column]
    literal = _sql_literal(_bound(table, column, first))
    if literal is None:
        return None
    # The same object in every row (checked in C), not merely an equal one: True == 1.
    return literal if all(map(is_, map(itemgetter(column), rows), repeat(first))) else None


def insert_rows(session: Session, table: Table, rows: list[dict[str, object]]) -> None:
    """``session.execute(insert(table), rows)``, stored the same, without its per-row cost.

    Every row has the keys of the first. Columns missing from it get their scalar
    default as SQLAlchemy would give it; when one has a computed default (a function),
    SQLAlchemy does the insert.
    """
    if not rows:
        return
    first = rows[0]
    missing = [c for c in table.c if c.name not in first and c.default is not None]
    if any(not c.default.is_scalar for c in missing):  # type: ignore[union-attr]
        session.execute(insert(table), rows)
        return
    session.flush()  # as session.execute would: pending ORM changes go first
    # A value every row shares (a column's default; an import's "now", a flag, or a
    # column the file leaves empty) goes into the statement as a literal: binding
    # costs per value, None and bools the most (the driver looks for an adapter).
    names: list[str] = []
    slots: list[str] = []
    bound: list[str] = []
    for column in first:
        literal = _fixed_literal(table, column, rows)
        names.append(column)
        slots.append("?" if literal is None else literal)
        if literal is None:
            bound.append(column)
    tail: list[object] = []
    for c in missing:
        value = _bound(table, c.name, c.default.arg)  # type: ignore[union-attr]
        literal = _sql_literal(value)
        names.append(c.name)
        slots.append("?" if literal is None else literal)
        if literal is None:
            tail.append(value)
    sql = 'INSERT INTO "{t}" ({c}) VALUES ({q})'.format(
        t=table.name, c=", ".join(f'"{c}"' for c in names), q=", ".join(slots)
    )
    params = driver_rows(table, bound, rows) if bound else [()] * len(rows)
    if tail:
        extra = tuple(tail)
        params = [p + extra for p in params]
    session.connection().exec_driver_sql(sql, params)  # type: ignore[arg-type]
