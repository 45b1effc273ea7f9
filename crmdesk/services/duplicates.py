"""Existing cards a new or edited card may duplicate: the same phone or platform buyer id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, tuple_

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.models import Customer, CustomerAccount
from crmdesk.services.customers import AccountInput
from crmdesk.services.platforms import platform
from crmdesk.services.validation import normalise_phone


@dataclass(frozen=True)
class DuplicateHit:
    """An existing card that shares a phone or a platform buyer id with new input."""

    customer_id: int
    name: str
    reason: str  # 'phone' or 'account'
    detail: str  # the shared phone, or "platform: buyer id"


def find_duplicates(
    db: Database,
    phone: str | None,
    accounts: tuple[AccountInput, ...],
    exclude_id: int | None = None,
) -> list[DuplicateHit]:
    """Live cards sharing the full (unmasked) phone or a platform + buyer id."""
    try:
        normalised = normalise_phone(phone)
    except ValidationError:
        normalised = None
    pairs = [
        (a.platform.strip(), a.buyer_id.strip())
        for a in accounts
        if a.platform and a.buyer_id and a.buyer_id.strip()
    ]
    hits: list[DuplicateHit] = []
    with db.session() as session:
        live = Customer.deleted_at.is_(None)
        other = Customer.id != exclude_id if exclude_id is not None else True
        if normalised is not None and not normalised.masked:
            for cid, name in session.execute(
                select(Customer.id, Customer.name)
                .where(Customer.phone == normalised.text, live, other)
                .where(Customer.phone_masked.is_(False))
                .order_by(Customer.id)
            ):
                hits.append(DuplicateHit(cid, name, "phone", normalised.text))
        if pairs:
            for cid, name, plat, buyer_id in session.execute(
                select(
                    Customer.id, Customer.name, CustomerAccount.platform, CustomerAccount.buyer_id
                )
                .join(CustomerAccount, CustomerAccount.customer_id == Customer.id)
                .where(tuple_(CustomerAccount.platform, CustomerAccount.buyer_id).in_(pairs))
                .where(live, other)
                .order_by(Customer.id)
            ):
                hits.append(
                    DuplicateHit(cid, name, "account", f"{platform(plat).name_zh}: {buyer_id}")
                )
    return hits
