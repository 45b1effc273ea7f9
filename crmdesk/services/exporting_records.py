"""Exporting orders and contact records to Excel workbooks (all, or the register's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.i18n import translate
from crmdesk.models import ContactRecord, Customer, Order
from crmdesk.services import register
from crmdesk.services.exporting import (
    CHUNK,
    ExportResult,
    mask_default,
    mask_phone,
    workbook_properties,
    write_export,
)
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel
from crmdesk.services.platforms import platform
from crmdesk.services.register import RegisterQuery
from crmdesk.services.validation import fen_to_yuan

_c = Customer.__table__
_o = Order.__table__
_r = ContactRecord.__table__


def _customer_filter(session: Session, query: RegisterQuery | None) -> list[int] | None:
    if query is None:
        return None
    return list(session.execute(register.select_ids(query)).scalars())


def _records(
    session: Session,
    base: Select[Any],
    customer_id: Any,
    ids: list[int] | None,
    cancel: CancelFn | None,
) -> Iterator[Any]:
    """Stream ``base``'s rows: all of them, or those of the filtered customers in chunks."""
    chunks = [None] if ids is None else [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    for chunk in chunks:
        check_cancel(cancel)
        stmt = base if chunk is None else base.where(customer_id.in_(chunk))
        yield from session.execute(stmt.execution_options(yield_per=2000))


def _total(session: Session, base: Select[Any], ids: list[int] | None) -> int:
    """Rows to expect, for the progress bar (0: unknown, with a customer filter)."""
    if ids is not None:
        return 0
    return int(session.execute(select(func.count()).select_from(base.subquery())).scalar_one())


def _order_status_names() -> dict[str, str]:
    # Same context and text as the card's order status names.
    return {
        "unpaid": translate("CardLabels", "Unpaid"),
        "paid": translate("CardLabels", "Paid"),
        "shipped": translate("CardLabels", "Shipped"),
        "completed": translate("CardLabels", "Completed"),
        "closed": translate("CardLabels", "Closed"),
    }


def export_orders(
    db: Database,
    path: Path | str,
    query: RegisterQuery | None = None,
    *,
    mask_phones: bool | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportResult:
    """Every order (of the customers matching ``query`` when given), newest first."""
    from crmdesk.reports.workbooks import SheetColumn

    t = translate
    columns = [
        SheetColumn(t("Export", "Order number")),
        SheetColumn(t("Export", "Platform")),
        SheetColumn(t("Export", "Customer")),
        SheetColumn(t("Export", "Ordered at"), "datetime"),
        SheetColumn(t("Export", "Paid at"), "datetime"),
        SheetColumn(t("Export", "Status")),
        SheetColumn(t("Export", "Amount paid"), "money"),
        SheetColumn(t("Export", "Refund"), "money"),
        SheetColumn(t("Export", "Items"), "text", 40),
        SheetColumn(t("Export", "Receiver")),
        SheetColumn(t("Export", "Receiver phone")),
        SheetColumn(t("Export", "Receiver address"), "text", 40),
        SheetColumn(t("Export", "Notes"), "text", 30),
    ]
    statuses = _order_status_names()
    with db.session() as session:
        mask = mask_default(session, mask_phones)
        props = workbook_properties(session, t("Export", "Orders"))
        ids = _customer_filter(session, query)
        base = (
            select(
                _o.c.order_no, _o.c.platform, _c.c.name, _o.c.ordered_at, _o.c.paid_at,
                _o.c.status, _o.c.paid_fen, _o.c.refund_fen, _o.c.items_text,
                _o.c.receiver_name, _o.c.receiver_phone, _o.c.receiver_address, _o.c.notes,
            )
            .join(_c, _c.c.id == _o.c.customer_id)
            .where(_c.c.deleted_at.is_(None))
            .order_by(_o.c.ordered_at.desc(), _o.c.id.desc())
        )  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            for r in _records(session, base, _o.c.customer_id, ids, cancel):
                yield [
                    r.order_no,
                    platform(r.platform).name_zh,
                    r.name,
                    r.ordered_at,
                    r.paid_at,
                    statuses.get(r.status, r.status),
                    fen_to_yuan(r.paid_fen),
                    fen_to_yuan(r.refund_fen),
                    r.items_text,
                    r.receiver_name,
                    mask_phone(r.receiver_phone) if mask else r.receiver_phone,
                    r.receiver_address,
                    r.notes,
                ]

        total = _total(session, base, ids)
        return write_export(
            path, columns, rows(), t("Export", "Orders"), props, total, progress, cancel
        )


def export_contacts(
    db: Database,
    path: Path | str,
    query: RegisterQuery | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportResult:
    """Every contact record (of the customers matching ``query`` when given), newest first."""
    from crmdesk.reports.workbooks import SheetColumn

    t = translate
    columns = [
        SheetColumn(t("Export", "Customer")),
        SheetColumn(t("Export", "Contacted at"), "datetime"),
        SheetColumn(t("Export", "Channel")),
        SheetColumn(t("Export", "Type")),
        SheetColumn(t("Export", "Summary"), "text", 40),
        SheetColumn(t("Export", "Result"), "text", 30),
        SheetColumn(t("Export", "Follow up on"), "date"),
        SheetColumn(t("Export", "Complaint status")),
        SheetColumn(t("Export", "Resolution"), "text", 30),
    ]
    channels = {
        "phone": t("CardLabels", "Phone"), "wechat": t("CardLabels", "WeChat"),
        "platform": t("CardLabels", "Platform message"), "sms": t("CardLabels", "SMS"),
        "email": t("CardLabels", "E-mail"), "visit": t("CardLabels", "Visit"),
    }  # fmt: skip
    kinds = {
        "inquiry": t("CardLabels", "Inquiry"), "follow_up": t("CardLabels", "Follow-up"),
        "care": t("CardLabels", "Care"), "marketing": t("CardLabels", "Marketing"),
        "after_sales": t("CardLabels", "After-sales"),
        "complaint": t("CardLabels", "Complaint"), "win_back": t("CardLabels", "Win-back"),
    }  # fmt: skip
    complaint = {
        "open": t("CardLabels", "Open"), "in_progress": t("CardLabels", "In progress"),
        "resolved": t("CardLabels", "Resolved"),
    }  # fmt: skip
    with db.session() as session:
        props = workbook_properties(session, t("Export", "Contact records"))
        ids = _customer_filter(session, query)
        base = (
            select(
                _c.c.name, _r.c.contacted_at, _r.c.channel, _r.c.kind, _r.c.summary,
                _r.c.result, _r.c.follow_up_on, _r.c.complaint_status, _r.c.resolution,
            )
            .join(_c, _c.c.id == _r.c.customer_id)
            .where(_c.c.deleted_at.is_(None))
            .order_by(_r.c.contacted_at.desc(), _r.c.id.desc())
        )  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            for r in _records(session, base, _r.c.customer_id, ids, cancel):
                yield [
                    r.name,
                    r.contacted_at,
                    channels.get(r.channel, r.channel),
                    kinds.get(r.kind, r.kind),
                    r.summary,
                    r.result,
                    r.follow_up_on,
                    complaint.get(r.complaint_status or "", r.complaint_status),
                    r.resolution,
                ]

        total = _total(session, base, ids)
        return write_export(
            path, columns, rows(), t("Export", "Contact records"), props, total, progress, cancel
        )
