"""Customer cards: create, read, update, merge, recycle bin.

Every function takes the open :class:`crmdesk.db.Database` and plain values and returns
frozen dataclasses, never live ORM objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Customer, CustomerAccount, CustomerTag, ImportantDate, Tag, Tier
from crmdesk.models.base import utcnow
from crmdesk.services import stats
from crmdesk.services.customer_input import (
    KINDS,
    LOST_REASONS,
    check_accounts,
    check_referrer,
    clean_customer,
    tag_ids,
    write_children,
)
from crmdesk.services.derived_text import compact_search_index, refresh_derived_text
from crmdesk.services.validation import fen_to_yuan

#: Relationship statuses (DESIGN §2), stored in ``customers.relationship_status``.
STATUSES = ("potential", "target", "first", "repeat", "loyal", "lost", "non_customer")

__all__ = [
    "KINDS",
    "LOST_REASONS",
    "STATUSES",
    "AccountInput",
    "Changed",
    "CustomerCard",
    "CustomerInput",
    "DeletedCustomer",
    "ImportantDateInput",
    "create_customer",
    "delete_customers",
    "get_customer",
    "list_deleted",
    "merge_customers",
    "purge_customers",
    "refresh_derived_text",
    "restore_customers",
    "tag_ids",
    "update_customer",
]


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


def _not_found(customer_id: int) -> NotFoundError:
    return NotFoundError(
        translate("Customers", "Customer #{id} does not exist (any more).").format(id=customer_id)
    )


def _load(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise _not_found(customer_id)
    return customer


def read_card(session: Session, customer_id: int) -> CustomerCard:
    """The card of one customer, read inside the caller's transaction."""
    c = _load(session, customer_id)
    accounts = tuple(
        AccountInput(p, b, n)
        for p, b, n in session.execute(
            select(CustomerAccount.platform, CustomerAccount.buyer_id, CustomerAccount.buyer_nick)
            .where(CustomerAccount.customer_id == customer_id)
            .order_by(CustomerAccount.id)
        )
    )
    tags = tuple(
        session.execute(
            select(Tag.name)
            .join(CustomerTag, CustomerTag.tag_id == Tag.id)
            .where(CustomerTag.customer_id == customer_id)
            .order_by(Tag.name)
        ).scalars()
    )
    dates = tuple(
        ImportantDateInput(d.label, d.month, d.day, d.year, d.remind_days_before)
        for d in session.execute(
            select(ImportantDate)
            .where(ImportantDate.customer_id == customer_id)
            .order_by(ImportantDate.month, ImportantDate.day, ImportantDate.id)
        ).scalars()
    )
    tier_name = (
        session.execute(select(Tier.name).where(Tier.id == c.tier_id)).scalar_one_or_none()
        if c.tier_id is not None
        else None
    )
    data = CustomerInput(
        name=c.name,
        kind=c.kind,
        gender=c.gender,
        birthday=c.birthday,
        phone=c.phone,
        wechat=c.wechat,
        email=c.email,
        province=c.province,
        city=c.city,
        district=c.district,
        address=c.address,
        source_channel=c.source_channel,
        referrer_id=c.referrer_id,
        company=c.company,
        industry=c.industry,
        contact_person=c.contact_person,
        position=c.position,
        preferences=c.preferences,
        interests=c.interests,
        notes=c.notes,
        status_override=c.status_override,
        lost_reason=c.lost_reason,
        accounts=accounts,
        tags=tags,
        important_dates=dates,
    )
    return CustomerCard(
        id=c.id,
        data=data,
        phone_masked=bool(c.phone_masked),
        relationship_status=c.relationship_status,
        churn_warning=bool(c.churn_warning),
        order_count=c.order_count,
        total_spend=fen_to_yuan(c.total_spend_fen),
        first_order_at=c.first_order_at,
        last_order_at=c.last_order_at,
        median_interval_days=c.median_interval_days,
        created_at=c.created_at,
        updated_at=c.updated_at,
        deleted_at=c.deleted_at,
        tier_name=tier_name,
        points_balance=c.points_balance,
    )


def _after_write(session: Session, customer_ids: list[int]) -> None:
    refresh_derived_text(session, customer_ids)
    stats.recompute_customers(session, customer_ids)
    from crmdesk.services import analytics

    analytics.refresh_customers_analytics(session, customer_ids)
    # A new card joins the entry tier at once; a merged card may have crossed a threshold.
    from crmdesk.services import tier_eval

    tier_eval.evaluate_customers(session, customer_ids)


def create_customer(db: Database, data: CustomerInput) -> CustomerCard:
    """Validate and store a new card; raises ValidationError naming the field at fault."""
    clean = clean_customer(data)
    with db.session() as session:
        check_referrer(session, clean.columns["referrer_id"], None)
        check_accounts(session, clean, None)
        customer = Customer(**clean.columns)
        if customer.status_override:
            customer.relationship_status = customer.status_override
        session.add(customer)
        session.flush()
        write_children(session, customer.id, clean)
        _after_write(session, [customer.id])
        session.expire(customer)
        return read_card(session, customer.id)


def update_customer(db: Database, customer_id: int, data: CustomerInput) -> CustomerCard:
    """Validate and store changes to a card (accounts, tags, dates replaced as given)."""
    clean = clean_customer(data)
    with db.session() as session:
        customer = _load(session, customer_id)
        check_referrer(session, clean.columns["referrer_id"], customer_id)
        check_accounts(session, clean, customer_id)
        for key, value in clean.columns.items():
            setattr(customer, key, value)
        customer.updated_at = utcnow()
        session.flush()
        write_children(session, customer_id, clean)
        _after_write(session, [customer_id])
        session.expire(customer)
        return read_card(session, customer_id)


def get_customer(db: Database, customer_id: int) -> CustomerCard:
    """The card of one customer (also when it is in the recycle bin)."""
    with db.session() as session:
        return read_card(session, customer_id)


def delete_customers(db: Database, ids: list[int]) -> Changed:
    """Move cards to the recycle bin."""
    wanted = sorted(set(ids))
    with db.session() as session:
        changed = list(
            session.execute(
                update(Customer)
                .where(Customer.id.in_(wanted), Customer.deleted_at.is_(None))
                .values(deleted_at=utcnow())
                .returning(Customer.id)
                .execution_options(synchronize_session=False)
            ).scalars()
        )
    changed.sort()
    return Changed(customer_ids=tuple(changed), deleted=tuple(changed))


def restore_customers(db: Database, ids: list[int]) -> Changed:
    """Bring cards back from the recycle bin."""
    wanted = sorted(set(ids))
    with db.session() as session:
        changed = list(
            session.execute(
                update(Customer)
                .where(Customer.id.in_(wanted), Customer.deleted_at.is_not(None))
                .values(deleted_at=None)
                .returning(Customer.id)
                .execution_options(synchronize_session=False)
            ).scalars()
        )
    changed.sort()
    return Changed(customer_ids=tuple(changed))


def purge_customers(db: Database, ids: list[int]) -> Changed:
    """Delete cards for good (only from the recycle bin), leaving no readable bytes."""
    wanted = sorted(set(ids))
    with db.session(immediate=True) as session:
        in_bin = list(
            session.execute(
                select(Customer.id).where(Customer.id.in_(wanted), Customer.deleted_at.is_not(None))
            ).scalars()
        )
        if in_bin:
            session.execute(
                delete(Customer)
                .where(Customer.id.in_(in_bin))
                .execution_options(synchronize_session=False)
            )
            compact_search_index(session)
    if in_bin:
        # secure_delete zeroes the freed pages; the checkpoint also empties the -wal file,
        # which otherwise still holds the old pages.
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Changed(customer_ids=tuple(in_bin), deleted=tuple(in_bin))


def list_deleted(db: Database) -> list[DeletedCustomer]:
    """The recycle bin, newest first."""
    with db.session() as session:
        rows = session.execute(
            select(
                Customer.id,
                Customer.name,
                Customer.phone,
                Customer.deleted_at,
                Customer.order_count,
            )
            .where(Customer.deleted_at.is_not(None))
            .order_by(Customer.deleted_at.desc(), Customer.id.desc())
        ).all()
    return [DeletedCustomer(i, n, p, d, c) for i, n, p, d, c in rows]


def merge_customers(db: Database, keep_id: int, merge_id: int) -> CustomerCard:
    """Move orders, contacts, tags, dates, accounts and points of ``merge_id`` to ``keep_id``.

    Empty fields of the kept card are filled from the other; the other card is removed.
    """
    from crmdesk.services.customer_merge import merge_into

    if keep_id == merge_id:
        raise ValidationError(
            translate("Customers", "Choose two different cards to merge."), field="merge_id"
        )
    with db.session(immediate=True) as session:
        merge_into(session, _load(session, keep_id), _load(session, merge_id))
        _after_write(session, [keep_id])
        session.expire_all()
        card = read_card(session, keep_id)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return card
