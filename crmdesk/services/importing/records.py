"""What an import plan is made of: rows read, problems found, records to commit.

Shared by the customer-list and the order-export planners and by the commit step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.services import validation
from crmdesk.services.importing.cells import clean_text, parse_amount, parse_datetime, parse_id
from crmdesk.services.importing.table import CellValueError, RawTable
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel

KINDS = ("customers", "orders")
ON_DUPLICATE = ("update", "skip", "create")

# --- records ------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row: file row number, column (header), reason, severity."""

    row: int
    column: str | None
    reason: str
    severity: str  # "error" (the row is rejected) or "warning"


@dataclass(frozen=True)
class AccountRecord:
    """A platform buyer account read from a row."""

    platform: str
    buyer_id: str
    buyer_nick: str | None = None


@dataclass(frozen=True)
class CustomerRecord:
    """One customer read from a row. ``values`` holds only the fields the file filled."""

    row: int
    values: dict[str, object]
    accounts: tuple[AccountRecord, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemRecord:
    """One product line of an order."""

    title: str
    sku: str | None
    quantity: int
    amount_fen: int


@dataclass(frozen=True)
class OrderRecord:
    """One order put together from one or more rows."""

    rows: tuple[int, ...]
    platform: str
    order_no: str
    ordered_at: dt.datetime
    paid_at: dt.datetime | None
    paid_fen: int
    refund_fen: int
    status: str
    items: tuple[ItemRecord, ...]
    items_text: str | None
    notes: str | None
    buyer: AccountRecord | None
    customer: dict[str, object]  # name, phone, phone_masked, province, city, district, address
    receiver_name: str | None
    receiver_phone: str | None
    receiver_address: str | None


@dataclass(frozen=True)
class RejectedRow:
    """A row that will not be imported, with its original cells and every reason."""

    row: int
    values: tuple[object, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ImportPlan:
    """The preview of an import: what the file holds and what importing it would do."""

    path: Path
    kind: str
    platform: str | None  # the platform the rows belong to (orders), None for lists
    detected_platform: str | None
    sheet: str | None
    sheets: tuple[str, ...]
    file_format: str
    encoding: str | None
    headers: tuple[str, ...]
    mapping: dict[str, str]
    suggested_mapping: dict[str, str]
    unmapped_headers: tuple[str, ...]
    header_row: int
    total_rows: int
    blank_rows: int
    accepted_rows: int
    rejected_rows: int
    problems: tuple[RowProblem, ...]
    customers: tuple[CustomerRecord, ...] = ()
    orders: tuple[OrderRecord, ...] = ()
    rejected: tuple[RejectedRow, ...] = ()
    warnings: tuple[str, ...] = ()
    existing_orders: int = 0  # orders of the file already in the shop file
    existing_customers: int = 0  # customer-list rows matching a customer already there
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> tuple[RowProblem, ...]:
        """Problems that reject their row."""
        return tuple(p for p in self.problems if p.severity == "error")


@dataclass(frozen=True)
class ImportSummary:
    """What an import did. Row counts reconcile with the file; customers count once each."""

    kind: str
    platform: str | None
    batch_id: int
    customers_created: int
    customers_updated: int
    customers_unchanged: int
    customers_skipped: int
    orders_added: int
    orders_updated: int
    orders_unchanged: int
    rows_total: int
    rows_blank: int
    rows_imported: int
    rows_rejected: int
    notes: tuple[str, ...] = ()
    customers_restored: int = 0  # cards brought back from the recycle bin
    customer_ids: tuple[int, ...] = ()


class RowReader:
    """Reads one row's cells by field and collects its problems."""

    def __init__(self, number: int, cells: Sequence[object], index: dict[str, int]) -> None:
        self.number = number
        self.cells = cells
        self.index = index  # field -> column index
        self.problems: list[RowProblem] = []
        self.headers: dict[str, str] = {}

    def raw(self, name: str) -> object:
        i = self.index.get(name)
        if i is None or i >= len(self.cells):
            return None
        return self.cells[i]

    def has(self, name: str) -> bool:
        return name in self.index

    def error(self, name: str | None, reason: str) -> None:
        self.problems.append(RowProblem(self.number, self.headers.get(name or ""), reason, "error"))

    def warn(self, name: str | None, reason: str) -> None:
        self.problems.append(
            RowProblem(self.number, self.headers.get(name or ""), reason, "warning")
        )

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def text(self, name: str) -> str | None:
        # raw() inlined: this runs for every mapped cell of every row.
        i = self.index.get(name)
        if i is None or i >= len(self.cells):
            return None
        return clean_text(self.cells[i])

    def ident(self, name: str) -> str | None:
        i = self.index.get(name)  # raw() inlined, as in text()
        try:
            return parse_id(None if i is None or i >= len(self.cells) else self.cells[i])
        except CellValueError as exc:
            self.error(name, str(exc))
            return None

    def amount(self, name: str) -> int | None:
        try:
            value = parse_amount(self.raw(name))
        except CellValueError as exc:
            self.error(name, str(exc))
            return None
        if value is None:
            return None
        try:
            return validation.validate_amount(value.quantize(Decimal("0.01")), field=name)
        except ValidationError as exc:
            self.error(name, str(exc))
            return None

    def moment(self, name: str) -> dt.datetime | None:
        try:
            return parse_datetime(self.raw(name))
        except CellValueError as exc:
            self.error(name, str(exc))
            return None

    def phone(self, name: str, *, strict: bool) -> validation.PhoneValue | None:
        text = self.ident(name)
        if not text:
            return None
        try:
            return validation.normalise_phone(text, field=name)
        except ValidationError as exc:
            if strict:
                self.error(name, str(exc))
            else:
                self.warn(name, str(exc) + " " + translate("Import", "The phone was left out."))
            return None


def headers_index(table: RawTable, mapping: dict[str, str]) -> dict[str, int]:
    """Field -> column index for a mapping written with the file's (or normalised) headers."""
    position = {h: i for i, h in reversed(list(enumerate(table.raw_headers)))}
    for i, h in enumerate(table.headers):
        position.setdefault(h, i)
    return {name: position[header] for name, header in mapping.items() if header in position}


def base_plan(
    table: RawTable, kind: str, mapping: dict[str, str], suggested: dict[str, str]
) -> dict[str, object]:
    """The ImportPlan fields that describe the file itself, not its rows."""
    used = set(mapping.values())
    return {
        "path": table.path,
        "kind": kind,
        "sheet": table.sheet,
        "sheets": tuple(s.name for s in table.sheets),
        "file_format": table.file_format,
        "encoding": table.encoding,
        "headers": table.raw_headers,
        "mapping": mapping,
        "suggested_mapping": suggested,
        "unmapped_headers": tuple(h for h in table.raw_headers if h and h not in used),
        "header_row": table.header_row_number,
        "total_rows": len(table.rows),
        "warnings": table.warnings,
    }


def is_blank(cells: Sequence[object]) -> bool:
    """True for a row with nothing in it (empty, spaces, a lone tab or ``-``)."""
    # Stops at the first filled cell, which is nearly always the first one; a plain
    # loop costs a third of all() over a generator here.
    for c in cells:
        if c is None or (isinstance(c, str) and clean_text(c) is None):
            continue
        return False
    return True


def tick(i: int, total: int, progress: ProgressFn | None, cancel: CancelFn | None) -> None:
    """Every 2,000 rows: stop when asked to, and report how far the check got."""
    if i % 2000 == 0:
        check_cancel(cancel)
        if progress is not None:
            progress(i, total, translate("Import", "Checking rows"))


def rejected_row(row: RowReader) -> RejectedRow:
    """The row as rejected: its cells and every error, "column: reason"."""
    reasons = []
    for p in row.problems:
        if p.severity == "error":
            reasons.append(f"{p.column}: {p.reason}" if p.column else p.reason)
    return RejectedRow(row.number, tuple(row.cells), tuple(reasons))
