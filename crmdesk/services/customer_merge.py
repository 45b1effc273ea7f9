"""Merging two cards of the same customer into one, inside the caller's transaction.

Everything that hangs on the merged card moves to the kept one: orders, contacts, tags,
important dates, buyer accounts, tier history, and rows of any other table that points
at a customer. Points ledger entries cannot be changed (the ledger is append-only), so
they are re-entered on the kept card with their dates and order links, after the merged
card and its own entries are gone; the balance stays the sum of entries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.i18n import translate
from crmdesk.models import (
    Base,
    Customer,
    CustomerAccount,
    CustomerTag,
    ImportantDate,
    PointsEntry,
)

#: Fields taken from the merged card when the kept card has none.
FILL_FIELDS = (
    "gender",
    "birthday",
    "wechat",
    "email",
    "province",
    "city",
    "district",
    "address",
    "source_channel",
    "referrer_id",
    "company",
    "industry",
    "contact_person",
    "position",
    "lost_reason",
    "tier_id",
)
#: Free-text fields: when both cards have text, the merged card's is appended.
APPEND_FIELDS = ("preferences", "interests", "notes")
#: Tables handled one by one below rather than by the generic move.
_SPECIAL = {"customers", "customer_accounts", "customer_tags", "important_dates", "points_ledger"}
NOTE_MAX = 400


def _fill_fields(keep: Customer, other: Customer) -> None:
    for name in FILL_FIELDS:
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(keep, name, getattr(other, name))
    if keep.referrer_id in (keep.id, other.id):
        keep.referrer_id = None
    # A full number beats a masked one; a masked one beats none.
    if other.phone and (not keep.phone or (keep.phone_masked and not other.phone_masked)):
        keep.phone = other.phone
        keep.phone_masked = other.phone_masked
    for name in APPEND_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if theirs and not mine:
            setattr(keep, name, theirs)
        elif theirs and mine and theirs.strip() not in mine:
            setattr(keep, name, f"{mine}\n{theirs}")
    if other.created_at and keep.created_at and other.created_at < keep.created_at:
        keep.created_at = other.created_at


def _move_references(session: Session, keep_id: int, other_id: int) -> None:
    """Point every other table's customer reference at the kept card."""
    customers_id = Customer.__table__.c.id
    for table in Base.metadata.sorted_tables:
        if table.name in _SPECIAL:
            continue
        for fk in table.foreign_keys:
            if fk.column is not customers_id:
                continue
            column = fk.parent
            # OR IGNORE: where a table allows one row per customer, the kept card's row stays
            # and the merged card's goes with it.
            session.execute(
                update(table)
                .where(column == other_id)
                .values({column.name: keep_id})
                .prefix_with("OR IGNORE")
            )
    session.execute(
        update(Customer)
        .where(Customer.referrer_id == other_id, Customer.id != keep_id)
        .values(referrer_id=keep_id)
        .execution_options(synchronize_session=False)
    )


def _move_children(session: Session, keep_id: int, other_id: int) -> None:
    session.execute(
        update(CustomerAccount)
        .where(CustomerAccount.customer_id == other_id)
        .values(customer_id=keep_id)
        .execution_options(synchronize_session=False)
    )
    tag_ids = select(CustomerTag.tag_id).where(CustomerTag.customer_id == other_id)
    session.execute(
        insert(CustomerTag)
        .from_select(["customer_id", "tag_id"], select(keep_id, tag_ids.subquery().c.tag_id))
        .prefix_with("OR IGNORE")
    )
    kept_dates = {
        (label, month, day)
        for label, month, day in session.execute(
            select(ImportantDate.label, ImportantDate.month, ImportantDate.day).where(
                ImportantDate.customer_id == keep_id
            )
        )
    }
    for date in session.execute(
        select(ImportantDate).where(ImportantDate.customer_id == other_id)
    ).scalars():
        if (date.label, date.month, date.day) not in kept_dates:
            date.customer_id = keep_id
            kept_dates.add((date.label, date.month, date.day))
    session.flush()


def _ledger_rows(session: Session, other_id: int) -> list[dict[str, Any]]:
    table = PointsEntry.__table__
    columns = [c for c in table.c if c.name not in ("id", "customer_id")]
    return [
        dict(row._mapping)
        for row in session.execute(
            select(*columns).where(table.c.customer_id == other_id).order_by(table.c.id)
        )
    ]


def merge_into(session: Session, keep: Customer, other: Customer) -> None:
    """Move everything of ``other`` onto ``keep`` and remove ``other`` for good."""
    keep_id, other_id = keep.id, other.id
    _fill_fields(keep, other)
    session.flush()
    _move_children(session, keep_id, other_id)
    _move_references(session, keep_id, other_id)
    ledger = _ledger_rows(session, other_id)

    session.expunge(other)
    session.execute(
        delete(Customer).where(Customer.id == other_id).execution_options(synchronize_session=False)
    )
    if ledger:
        mark = translate("Customers", "from merged card #{id}").format(id=other_id)
        for row in ledger:
            note = f"{row['note']} ({mark})" if row["note"] else mark
            row["note"] = note[:NOTE_MAX]
            row["customer_id"] = keep_id
        session.execute(insert(PointsEntry.__table__), ledger)
    balance = session.execute(
        select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
            PointsEntry.customer_id == keep_id
        )
    ).scalar_one()
    keep.points_balance = max(int(balance), 0)
    session.flush()
