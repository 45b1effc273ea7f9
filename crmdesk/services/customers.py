"""Customer cards: create, read, update, duplicates, merge, recycle bin.

Every function takes the open :class:`crmdesk.db.Database` and plain values and returns
frozen dataclasses, never live ORM objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from crmdesk.db import Database

#: Relationship statuses (DESIGN §2), stored in ``customers.relationship_status``.
STATUSES = ("potential", "target", "first", "repeat", "loyal", "lost", "non_customer")
KINDS = ("person", "company")
LOST_REASONS = ("price", "quality", "service", "logistics", "competitor", "no_need", "other")


@dataclass(frozen=True)
class AccountInput:
    """A platform buyer account on a card."""

    platform: str  # see crmdesk.services.platforms.PLATFORMS keys
    buyer_id: str
    buyer_nick: str | None = None


@dataclass(frozen=True)
class ImportantDateInput:
    """A yearly important date on a card."""

    label: str
    month: int
    day: int
    year: int | None = None
    remind_days_before: int = 7


@dataclass(frozen=True)
class CustomerInput:
    """Everything the owner types on a card. Strings are stripped; empty means None."""

    name: str
    kind: str = "person"
    gender: str | None = None
    birthday: dt.date | None = None
    phone: str | None = None
    wechat: str | None = None
    email: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    address: str | None = None
    source_channel: str | None = None
    referrer_id: int | None = None
    company: str | None = None
    industry: str | None = None
    contact_person: str | None = None
    position: str | None = None
    preferences: str | None = None
    interests: str | None = None
    notes: str | None = None
    status_override: str | None = None  # None, 'target' or 'non_customer'
    lost_reason: str | None = None
    accounts: tuple[AccountInput, ...] = ()
    tags: tuple[str, ...] = ()
    important_dates: tuple[ImportantDateInput, ...] = ()


@dataclass(frozen=True)
class CustomerCard:
    """A customer as the card shows it: the input fields plus ids and derived figures."""

    id: int
    data: CustomerInput
    phone_masked: bool
    relationship_status: str
    churn_warning: bool
    order_count: int
    total_spend: Decimal  # yuan
    first_order_at: dt.datetime | None
    last_order_at: dt.datetime | None
    median_interval_days: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    tier_name: str | None = None
    points_balance: int = 0


@dataclass(frozen=True)
class DuplicateHit:
    """An existing card that shares a phone or a platform buyer id with new input."""

    customer_id: int
    name: str
    reason: str  # 'phone' or 'account'
    detail: str  # the shared phone, or "platform: buyer id"


@dataclass(frozen=True)
class DeletedCustomer:
    """A card in the recycle bin."""

    id: int
    name: str
    phone: str | None
    deleted_at: dt.datetime
    order_count: int


@dataclass(frozen=True)
class Changed:
    """What a mutating service changed, so views can refresh just that."""

    customer_ids: tuple[int, ...] = ()
    created: tuple[int, ...] = ()
    deleted: tuple[int, ...] = ()
    extra: dict[str, int] = field(default_factory=dict)


def create_customer(db: Database, data: CustomerInput) -> CustomerCard:
    """Validate and store a new card; raises ValidationError naming the field at fault."""
    raise NotImplementedError


def update_customer(db: Database, customer_id: int, data: CustomerInput) -> CustomerCard:
    """Validate and store changes to a card (accounts, tags, dates replaced as given)."""
    raise NotImplementedError


def get_customer(db: Database, customer_id: int) -> CustomerCard:
    """The card of one customer (also when it is in the recycle bin)."""
    raise NotImplementedError


def find_duplicates(
    db: Database,
    phone: str | None,
    accounts: tuple[AccountInput, ...],
    exclude_id: int | None = None,
) -> list[DuplicateHit]:
    """Live cards sharing the full (unmasked) phone or a platform + buyer id."""
    raise NotImplementedError


def delete_customers(db: Database, ids: list[int]) -> Changed:
    """Move cards to the recycle bin."""
    raise NotImplementedError


def restore_customers(db: Database, ids: list[int]) -> Changed:
    """Bring cards back from the recycle bin."""
    raise NotImplementedError


def purge_customers(db: Database, ids: list[int]) -> Changed:
    """Delete cards for good (only from the recycle bin), leaving no readable bytes."""
    raise NotImplementedError


def list_deleted(db: Database) -> list[DeletedCustomer]:
    """The recycle bin, newest first."""
    raise NotImplementedError


def merge_customers(db: Database, keep_id: int, merge_id: int) -> CustomerCard:
    """Move orders, contacts, tags, dates, accounts and points of ``merge_id`` to ``keep_id``.

    Empty fields of the kept card are filled from the other; the other card is removed.
    """
    raise NotImplementedError
