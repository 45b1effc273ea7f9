"""The owner's tags: how often each is used, renaming, merging and removing tags; bulk tagging."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Customer, CustomerTag, Tag
from crmdesk.models.base import utcnow
from crmdesk.services.customer_input import clean_tag, tag_ids
from crmdesk.services.customers import Changed


@dataclass(frozen=True)
class TagInfo:
    """A tag and how many live customers carry it."""

    id: int
    name: str
    color: str | None
    customer_count: int


def list_tags(db: Database) -> list[TagInfo]:
    """Every tag by name, with the number of customers (recycle bin excluded) carrying it."""
    used = (
        select(CustomerTag.tag_id, func.count().label("n"))
        .join(Customer, Customer.id == CustomerTag.customer_id)
        .where(Customer.deleted_at.is_(None))
        .group_by(CustomerTag.tag_id)
        .subquery()
    )
    with db.session() as session:
        rows = session.execute(
            select(Tag.id, Tag.name, Tag.color, func.coalesce(used.c.n, 0))
            .outerjoin(used, used.c.tag_id == Tag.id)
            .order_by(Tag.name)
        ).all()
    return [TagInfo(i, n, c, int(k)) for i, n, c, k in rows]


def _tag_customers(session: Session, tag_id: int) -> list[int]:
    return list(
        session.execute(
            select(CustomerTag.customer_id).where(CustomerTag.tag_id == tag_id)
        ).scalars()
    )


def rename_tag(db: Database, tag_id: int, new_name: str) -> Changed:
    """Rename a tag; renaming onto an existing tag merges the two."""
    name = clean_tag(new_name, field="name")
    with db.session() as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise NotFoundError(translate("Tags", "The tag no longer exists."))
        carriers = _tag_customers(session, tag_id)
        if tag.name == name:
            return Changed()
        other = session.execute(select(Tag.id).where(Tag.name == name)).scalar_one_or_none()
        if other is None:
            tag.name = name
        else:
            session.execute(
                insert(CustomerTag)
                .from_select(
                    ["customer_id", "tag_id"],
                    select(CustomerTag.customer_id, other).where(CustomerTag.tag_id == tag_id),
                )
                .prefix_with("OR IGNORE")
            )
            session.execute(delete(Tag).where(Tag.id == tag_id))
        _touch(session, carriers)
    return Changed(customer_ids=tuple(sorted(carriers)))


def delete_tag(db: Database, tag_id: int) -> Changed:
    """Remove a tag from every customer and from the list."""
    with db.session() as session:
        carriers = _tag_customers(session, tag_id)
        session.execute(delete(CustomerTag).where(CustomerTag.tag_id == tag_id))
        session.execute(delete(Tag).where(Tag.id == tag_id))
        _touch(session, carriers)
    return Changed(customer_ids=tuple(sorted(carriers)))


def _live_ids(session: Session, ids: list[int]) -> list[int]:
    found: list[int] = []
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        found.extend(
            session.execute(
                select(Customer.id).where(Customer.id.in_(wanted[start : start + 500]))
            ).scalars()
        )
    return found


def add_tag(db: Database, ids: list[int], tag_name: str) -> Changed:
    """Put a tag on these customers (created if new)."""
    name = clean_tag(tag_name, field="tag")
    with db.session() as session:
        tag_id = tag_ids(session, [name])[name]
        present = _live_ids(session, ids)
        already = set(
            session.execute(
                select(CustomerTag.customer_id).where(
                    CustomerTag.tag_id == tag_id, CustomerTag.customer_id.in_(present)
                )
            ).scalars()
        )
        changed = [i for i in present if i not in already]
        if changed:
            session.execute(
                insert(CustomerTag), [{"customer_id": i, "tag_id": tag_id} for i in changed]
            )
            _touch(session, changed)
    return Changed(customer_ids=tuple(changed))


def remove_tag(db: Database, ids: list[int], tag_name: str) -> Changed:
    """Take a tag off these customers."""
    name = " ".join((tag_name or "").split())
    if not name:
        raise ValidationError(translate("Validation", "A tag needs a name."), field="tag")
    with db.session() as session:
        tag_id = session.execute(select(Tag.id).where(Tag.name == name)).scalar_one_or_none()
        if tag_id is None:
            return Changed()
        wanted = sorted(set(ids))
        changed: list[int] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            changed.extend(
                session.execute(
                    delete(CustomerTag)
                    .where(CustomerTag.tag_id == tag_id, CustomerTag.customer_id.in_(chunk))
                    .returning(CustomerTag.customer_id)
                ).scalars()
            )
        changed.sort()
        _touch(session, changed)
    return Changed(customer_ids=tuple(changed))


def _touch(session: Session, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        session.execute(
            update(Customer)
            .where(Customer.id.in_(ids[start : start + 500]))
            .values(updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
