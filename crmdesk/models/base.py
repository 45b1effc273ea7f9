"""Declarative base with named constraints and the column types shared by every table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Every constraint gets a name: Alembic's batch mode silently drops unnamed CHECK
# constraints when it rebuilds a SQLite table.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of every crmdesk table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """Current local wall-clock time, without tz: the shop's dates are local time."""
    return dt.datetime.now().replace(microsecond=0)
