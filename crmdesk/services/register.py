"""The customer register (客户名册): filtered, sorted pages straight from SQL.

The register never loads every customer: the UI asks for the count and for one page at
a time; sorting and filtering happen in SQL on stored columns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from crmdesk.db import Database
from crmdesk.services.customers import Changed


@dataclass(frozen=True)
class Column:
    """A register column: key, English title (translated by the UI), sortable or not."""

    key: str
    title: str
    sortable: bool = True
    default_visible: bool = True


#: Columns the owner can show. Keys are stable (saved layouts refer to them).
COLUMNS: tuple[Column, ...] = (
    Column("name", "Name"),
    Column("phone", "Phone"),
    Column("accounts", "Platform / buyer ID"),
    Column("region", "Region"),
    Column("tags", "Tags", sortable=False),
    Column("status", "Status"),
    Column("order_count", "Orders"),
    Column("total_spend", "Total spend"),
    Column("first_order_at", "First order", default_visible=False),
    Column("last_order_at", "Last order"),
    Column("created_at", "Created", default_visible=False),
    Column("wechat", "WeChat", default_visible=False),
    Column("birthday", "Birthday", default_visible=False),
)


@dataclass(frozen=True)
class RegisterQuery:
    """What the register shows: search text, filters and sort order."""

    search: str = ""
    platforms: tuple[str, ...] = ()
    province: str | None = None
    tag_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    birthday_month: int | None = None
    deleted: bool = False
    sort_key: str = "created_at"
    sort_desc: bool = True
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class RegisterRow:
    """One register row, with real values (the UI formats them)."""

    id: int
    name: str
    phone: str | None
    phone_masked: bool
    accounts: str
    region: str
    tags: tuple[str, ...]
    status: str
    churn_warning: bool
    order_count: int
    total_spend: Decimal
    first_order_at: dt.datetime | None
    last_order_at: dt.datetime | None
    created_at: dt.datetime
    wechat: str | None
    birthday: dt.date | None


def count_customers(db: Database, query: RegisterQuery) -> int:
    """How many customers match ``query``."""
    raise NotImplementedError


def fetch_page(db: Database, query: RegisterQuery, offset: int, limit: int) -> list[RegisterRow]:
    """Rows ``offset`` .. ``offset+limit`` of the register in the query's order."""
    raise NotImplementedError


def fetch_ids(db: Database, query: RegisterQuery) -> list[int]:
    """All matching ids in order (for bulk actions and export; ids only, cheap)."""
    raise NotImplementedError


def add_tag(db: Database, ids: list[int], tag_name: str) -> Changed:
    """Put a tag on these customers (created if new)."""
    raise NotImplementedError


def remove_tag(db: Database, ids: list[int], tag_name: str) -> Changed:
    """Take a tag off these customers."""
    raise NotImplementedError


def filter_choices(db: Database) -> dict[str, list[str]]:
    """Values present for the filter boxes: 'platforms', 'provinces', 'tags'."""
    raise NotImplementedError
