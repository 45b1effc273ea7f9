"""Orders and contact records on a card; each change keeps the customer's figures right."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import translate
from crmdesk.models import ContactRecord, Customer, Order
from crmdesk.models.contact import COMPLAINT_STATUSES, CONTACT_CHANNELS, CONTACT_KINDS
from crmdesk.models.order import ORDER_STATUSES, VALID_ORDER_STATUSES
from crmdesk.services import membership, stats
from crmdesk.services.customers import Changed
from crmdesk.services.platforms import PLATFORM_KEYS, platform
from crmdesk.services.validation import fen_to_yuan, validate_amount, validate_text

ORDER_NO_MAX = 80
CATEGORY_MAX = 100


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


def is_valid_order(status: str, paid_fen: int, refund_fen: int) -> bool:
    """Whether an order counts: paid, shipped or completed, and not fully refunded."""
    return status in VALID_ORDER_STATUSES and paid_fen - refund_fen > 0


# --- orders -------------------------------------------------------------------------


def _amount(value: Decimal, field: str, label: str) -> int:
    try:
        return validate_amount(value, field=field)
    except ValidationError as err:
        raise ValidationError(
            translate("Orders", "{label}: {problem}").format(label=label, problem=err),
            field=field,
        ) from None


def _order_values(session: Session, data: OrderInput, order_id: int | None) -> dict[str, object]:
    """Checked column values of an order, or ValidationError naming the field at fault."""
    if not isinstance(data.ordered_at, dt.datetime):
        raise ValidationError(
            translate("Orders", "Enter the date and time of the order."), field="ordered_at"
        )
    if data.ordered_at.replace(tzinfo=None) > dt.datetime.now() + dt.timedelta(days=1):
        raise ValidationError(
            translate("Orders", "The order date {date} is in the future.").format(
                date=data.ordered_at.strftime("%Y-%m-%d")
            ),
            field="ordered_at",
        )
    paid = _amount(data.paid, "paid", translate("Orders", "Paid amount"))
    refund = _amount(data.refund, "refund", translate("Orders", "Refund"))
    if refund > paid:
        raise ValidationError(
            translate(
                "Orders", "The refund ({refund}) cannot be more than the paid amount ({paid})."
            ).format(refund=fen_to_yuan(refund), paid=fen_to_yuan(paid)),
            field="refund",
        )
    if data.status not in ORDER_STATUSES:
        raise ValidationError(
            translate("Orders", 'Unknown order status "{status}".').format(status=data.status),
            field="status",
        )
    plat = (data.platform or "manual").strip()
    if plat not in PLATFORM_KEYS:
        raise ValidationError(
            translate("Orders", 'Unknown platform "{platform}".').format(platform=plat),
            field="platform",
        )
    order_no = validate_text(
        data.order_no, ORDER_NO_MAX, "order_no", translate("Orders", "Order number")
    )
    if order_no is not None:
        taken = session.execute(
            select(Order.id, Customer.name)
            .join(Customer, Customer.id == Order.customer_id)
            .where(Order.platform == plat, Order.order_no == order_no)
        ).first()
        if taken is not None and taken.id != order_id:
            raise ValidationError(
                translate(
                    "Orders",
                    "Order number {order_no} on {platform} is already recorded (customer {name}).",
                ).format(order_no=order_no, platform=platform(plat).name_zh, name=taken.name),
                field="order_no",
            )
    if data.paid_at is not None and not isinstance(data.paid_at, dt.datetime):
        raise ValidationError(
            translate("Orders", "The payment time is not a date and time."), field="paid_at"
        )
    return {
        "ordered_at": data.ordered_at.replace(tzinfo=None),
        "paid_at": data.paid_at.replace(tzinfo=None) if data.paid_at else None,
        "paid_fen": paid,
        "refund_fen": refund,
        "status": data.status,
        "platform": plat,
        "order_no": order_no,
        "items_text": validate_text(
            data.items_text, 4000, "items_text", translate("Orders", "Items")
        ),
        "category": validate_text(
            data.category, CATEGORY_MAX, "category", translate("Orders", "Category")
        ),
        "notes": validate_text(data.notes, 4000, "notes", translate("Orders", "Notes")),
    }


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(
            translate("Orders", "Customer {id} does not exist.").format(id=customer_id)
        )
    return customer


def _order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFoundError(translate("Orders", "Order {id} does not exist.").format(id=order_id))
    return order


def _after_order_change(session: Session, customer_id: int, order_id: int) -> None:
    """Everything that follows an order being added, changed or removed.

    First the customer's stored figures and status. Membership (points earned or
    reversed for this order, tier re-evaluation) attaches here, after the figures, in the
    same transaction; ``order_id`` may name an order that no longer exists.
    """
    stats.recompute_customers(session, [customer_id])
    # Classifications against the shop-wide cut-offs (RFM, pyramid, stage, CLV...).
    from crmdesk.services import analytics

    analytics.refresh_customer_analytics(session, customer_id)
    # Membership: points earned or reversed for this order, then tier upgrades.
    membership.after_orders_changed(session, [order_id], customer_ids=[customer_id])


def _order_row(order: Order) -> OrderRow:
    return OrderRow(
        id=order.id,
        customer_id=order.customer_id,
        data=OrderInput(
            ordered_at=order.ordered_at,
            paid=fen_to_yuan(order.paid_fen),
            refund=fen_to_yuan(order.refund_fen),
            status=order.status,
            platform=order.platform,
            order_no=order.order_no,
            paid_at=order.paid_at,
            items_text=order.items_text,
            category=order.category,
            notes=order.notes,
        ),
        is_valid=is_valid_order(order.status, order.paid_fen, order.refund_fen),
    )


def list_orders(db: Database, customer_id: int) -> list[OrderRow]:
    """A customer's orders, newest first."""
    with db.session() as session:
        _customer(session, customer_id)
        orders = session.scalars(
            select(Order)
            .where(Order.customer_id == customer_id)
            .order_by(Order.ordered_at.desc(), Order.id.desc())
        )
        return [_order_row(o) for o in orders]


def add_order(db: Database, customer_id: int, data: OrderInput) -> Changed:
    """Add an order and bring the customer's figures up to date."""
    with db.session() as session:
        _customer(session, customer_id)
        order = Order(customer_id=customer_id, **_order_values(session, data, None))
        session.add(order)
        session.flush()
        _after_order_change(session, customer_id, order.id)
        return Changed(customer_ids=(customer_id,), extra={"order_id": order.id})


def update_order(db: Database, order_id: int, data: OrderInput) -> Changed:
    """Change an order and bring the customer's figures up to date."""
    with db.session() as session:
        order = _order(session, order_id)
        for key, value in _order_values(session, data, order_id).items():
            setattr(order, key, value)
        session.flush()
        _after_order_change(session, order.customer_id, order_id)
        return Changed(customer_ids=(order.customer_id,), extra={"order_id": order_id})


def delete_order(db: Database, order_id: int) -> Changed:
    """Remove an order and bring the customer's figures up to date."""
    with db.session() as session:
        order = _order(session, order_id)
        customer_id = order.customer_id
        session.delete(order)
        session.flush()
        _after_order_change(session, customer_id, order_id)
        return Changed(customer_ids=(customer_id,), extra={"order_id": order_id})


# --- contact records ----------------------------------------------------------------


def _contact_values(data: ContactInput) -> dict[str, object]:
    """Checked column values of a contact record, or ValidationError naming the field."""
    if not isinstance(data.contacted_at, dt.datetime):
        raise ValidationError(
            translate("Contacts", "Enter the date and time of the contact."), field="contacted_at"
        )
    if data.channel not in CONTACT_CHANNELS:
        raise ValidationError(
            translate("Contacts", 'Unknown contact channel "{channel}".').format(
                channel=data.channel
            ),
            field="channel",
        )
    if data.kind not in CONTACT_KINDS:
        raise ValidationError(
            translate("Contacts", 'Unknown contact type "{kind}".').format(kind=data.kind),
            field="kind",
        )
    summary = validate_text(data.summary, 4000, "summary", translate("Contacts", "Summary"))
    if summary is None:
        raise ValidationError(
            translate("Contacts", "Write a short summary of the contact."), field="summary"
        )
    status = data.complaint_status or None
    if data.kind == "complaint":
        status = status or "open"
        if status not in COMPLAINT_STATUSES:
            raise ValidationError(
                translate("Contacts", 'Unknown complaint status "{status}".').format(status=status),
                field="complaint_status",
            )
    elif status is not None:
        raise ValidationError(
            translate("Contacts", "Only a complaint has a complaint status."),
            field="complaint_status",
        )
    follow_up = data.follow_up_on
    if isinstance(follow_up, dt.datetime):
        follow_up = follow_up.date()
    if follow_up is not None and not isinstance(follow_up, dt.date):
        raise ValidationError(
            translate("Contacts", "The follow-up date is not a date."), field="follow_up_on"
        )
    return {
        "contacted_at": data.contacted_at.replace(tzinfo=None),
        "channel": data.channel,
        "kind": data.kind,
        "summary": summary,
        "result": validate_text(data.result, 4000, "result", translate("Contacts", "Result")),
        "follow_up_on": follow_up,
        "complaint_status": status,
        "resolution": validate_text(
            data.resolution, 4000, "resolution", translate("Contacts", "Resolution")
        ),
    }


def _contact(session: Session, contact_id: int) -> ContactRecord:
    record = session.get(ContactRecord, contact_id)
    if record is None:
        raise NotFoundError(
            translate("Contacts", "Contact record {id} does not exist.").format(id=contact_id)
        )
    return record


def _contact_row(record: ContactRecord) -> ContactRow:
    return ContactRow(
        id=record.id,
        customer_id=record.customer_id,
        data=ContactInput(
            contacted_at=record.contacted_at,
            channel=record.channel,
            kind=record.kind,
            summary=record.summary,
            result=record.result,
            follow_up_on=record.follow_up_on,
            complaint_status=record.complaint_status,
            resolution=record.resolution,
        ),
    )


def list_contacts(db: Database, customer_id: int) -> list[ContactRow]:
    """A customer's contact records, newest first."""
    with db.session() as session:
        _customer(session, customer_id)
        records = session.scalars(
            select(ContactRecord)
            .where(ContactRecord.customer_id == customer_id)
            .order_by(ContactRecord.contacted_at.desc(), ContactRecord.id.desc())
        )
        return [_contact_row(r) for r in records]


def add_contact(db: Database, customer_id: int, data: ContactInput) -> Changed:
    """Record a contact."""
    with db.session() as session:
        _customer(session, customer_id)
        record = ContactRecord(customer_id=customer_id, **_contact_values(data))
        session.add(record)
        session.flush()
        return Changed(customer_ids=(customer_id,), extra={"contact_id": record.id})


def update_contact(db: Database, contact_id: int, data: ContactInput) -> Changed:
    """Change a contact record."""
    with db.session() as session:
        record = _contact(session, contact_id)
        for key, value in _contact_values(data).items():
            setattr(record, key, value)
        return Changed(customer_ids=(record.customer_id,), extra={"contact_id": contact_id})


def delete_contact(db: Database, contact_id: int) -> Changed:
    """Remove a contact record."""
    with db.session() as session:
        record = _contact(session, contact_id)
        customer_id = record.customer_id
        session.delete(record)
        return Changed(customer_ids=(customer_id,), extra={"contact_id": contact_id})
