"""Orders and contact records on a card; each change keeps the customer's figures right."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.db import Database
from crmdesk.services.customers import Changed


@dataclass(frozen=True)
class OrderInput:
    """An order as typed on the card. Amounts in yuan as Decimal, never float."""

    ordered_at: dt.datetime
    paid: Decimal
    refund: Decimal = Decimal(0)
    status: str = "completed"  # one of crmdesk.models.order.ORDER_STATUSES
    platform: str = "manual"
    order_no: str | None = None
    paid_at: dt.datetime | None = None
    items_text: str | None = None
    category: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class OrderRow:
    """An order as the card lists it."""

    id: int
    customer_id: int
    data: OrderInput
    is_valid: bool  # counts toward the figures


@dataclass(frozen=True)
class ContactInput:
    """A contact record as typed on the card."""

    contacted_at: dt.datetime
    channel: str  # crmdesk.models.contact.CONTACT_CHANNELS
    kind: str  # crmdesk.models.contact.CONTACT_KINDS
    summary: str
    result: str | None = None
    follow_up_on: dt.date | None = None
    complaint_status: str | None = None
    resolution: str | None = None


@dataclass(frozen=True)
class ContactRow:
    """A contact record as the card lists it."""

    id: int
    customer_id: int
    data: ContactInput


def list_orders(db: Database, customer_id: int) -> list[OrderRow]:
    """A customer's orders, newest first."""
    raise NotImplementedError


def add_order(db: Database, customer_id: int, data: OrderInput) -> Changed:
    """Add an order and bring the customer's figures up to date."""
    raise NotImplementedError


def update_order(db: Database, order_id: int, data: OrderInput) -> Changed:
    """Change an order and bring the customer's figures up to date."""
    raise NotImplementedError


def delete_order(db: Database, order_id: int) -> Changed:
    """Remove an order and bring the customer's figures up to date."""
    raise NotImplementedError


def list_contacts(db: Database, customer_id: int) -> list[ContactRow]:
    """A customer's contact records, newest first."""
    raise NotImplementedError


def add_contact(db: Database, customer_id: int, data: ContactInput) -> Changed:
    """Record a contact."""
    raise NotImplementedError


def update_contact(db: Database, contact_id: int, data: ContactInput) -> Changed:
    """Change a contact record."""
    raise NotImplementedError


def delete_contact(db: Database, contact_id: int) -> Changed:
    """Remove a contact record."""
    raise NotImplementedError
