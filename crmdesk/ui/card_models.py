"""Qt item models for the card's order list and contact list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crmdesk.services.orders import ContactRow, OrderRow
from crmdesk.ui.card_labels import (
    channel_names,
    complaint_status_names,
    contact_kind_names,
    order_status_names,
)
from crmdesk.ui.formatting import date_text, datetime_text, money, platform_name
from crmdesk.ui.table_model import Column, RowsModel

_GREY = "#8a8a8a"
_RED = "#c62828"


(
    ORDER_DATE,
    ORDER_PLATFORM,
    ORDER_NO,
    ORDER_STATUS,
    ORDER_PAID,
    ORDER_REFUND,
    ORDER_ITEMS,
    ORDER_CATEGORY,
) = range(8)


class OrderTableModel(RowsModel[OrderRow]):
    """A customer's orders, newest first; orders that do not count are shown grey."""

    def __init__(self, tr: Callable[[str], str], parent: Any = None) -> None:
        names = order_status_names()

        def grey(row: OrderRow) -> str | None:
            return None if row.is_valid else _GREY

        not_counted = tr("Does not count toward the figures (unpaid, closed or fully refunded).")

        def tip(row: OrderRow) -> str | None:
            return None if row.is_valid else not_counted

        def items_tip(row: OrderRow) -> str | None:
            return tip(row) or row.data.items_text or None

        def column(
            title: str, text: Callable[[OrderRow], str], numeric: bool = False
        ) -> Column[OrderRow]:
            return Column(title, text, numeric=numeric, tooltip=tip, foreground=grey)

        super().__init__(
            [
                column(tr("Ordered"), lambda r: datetime_text(r.data.ordered_at)),
                column(tr("Platform"), lambda r: platform_name(r.data.platform)),
                column(tr("Order no."), lambda r: r.data.order_no or ""),
                column(tr("Status"), lambda r: names.get(r.data.status, r.data.status)),
                column(tr("Paid"), lambda r: money(r.data.paid), numeric=True),
                column(
                    tr("Refund"),
                    lambda r: money(r.data.refund) if r.data.refund else "",
                    numeric=True,
                ),
                Column(
                    tr("Items"),
                    lambda r: (r.data.items_text or "").replace("\n", "; "),
                    tooltip=items_tip,
                    foreground=grey,
                ),
                column(tr("Category"), lambda r: r.data.category or ""),
            ],
            parent,
        )


(
    CONTACT_TIME,
    CONTACT_CHANNEL,
    CONTACT_KIND,
    CONTACT_SUMMARY,
    CONTACT_RESULT,
    CONTACT_FOLLOW_UP,
    CONTACT_COMPLAINT,
) = range(7)


class ContactTableModel(RowsModel[ContactRow]):
    """A customer's contact records, newest first."""

    def __init__(self, tr: Callable[[str], str], parent: Any = None) -> None:
        channels = channel_names()
        kinds = contact_kind_names()
        complaints = complaint_status_names()

        def complaint_color(row: ContactRow) -> str | None:
            return _RED if row.data.complaint_status in ("open", "in_progress") else None

        super().__init__(
            [
                Column(tr("When"), lambda r: datetime_text(r.data.contacted_at)),
                Column(tr("Channel"), lambda r: channels.get(r.data.channel, r.data.channel)),
                Column(tr("Type"), lambda r: kinds.get(r.data.kind, r.data.kind)),
                Column(
                    tr("Summary"),
                    lambda r: r.data.summary.replace("\n", " "),
                    tooltip=lambda r: r.data.summary or None,
                ),
                Column(
                    tr("Result"),
                    lambda r: (r.data.result or "").replace("\n", " "),
                    tooltip=lambda r: r.data.result or None,
                ),
                Column(tr("Follow up on"), lambda r: date_text(r.data.follow_up_on)),
                Column(
                    tr("Complaint"),
                    lambda r: complaints.get(r.data.complaint_status or "", ""),
                    foreground=complaint_color,
                ),
            ],
            parent,
        )
