"""The import pipeline: analyse a file into a plan (the preview), then commit it.

``analyse`` reads the file, recognises the platform, maps the columns and turns every
row into a customer or order record, listing each problem by row, column and reason
(errors reject the row, warnings do not). Nothing is written. ``run_import`` then
commits the plan in one transaction (see :mod:`crmdesk.services.importing.commit`);
``export_rejected`` writes the rejected rows, with a reason column, to a workbook.

Reconciliation: ``total_rows == blank_rows + accepted_rows + rejected_rows`` always.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.services.importing.customer_rows import plan_customers
from crmdesk.services.importing.mapping import known_customer_headers
from crmdesk.services.importing.order_rows import plan_orders
from crmdesk.services.importing.platform_presets import PRESETS, detect_platform, preset
from crmdesk.services.importing.records import (
    KINDS,
    ON_DUPLICATE,
    AccountRecord,
    CustomerRecord,
    ImportPlan,
    ImportSummary,
    ItemRecord,
    OrderRecord,
    RejectedRow,
    RowProblem,
)
from crmdesk.services.importing.table import ImportFileError, RawTable
from crmdesk.services.jobs import CancelFn, ProgressFn

__all__ = [
    "KINDS",
    "ON_DUPLICATE",
    "AccountRecord",
    "CustomerRecord",
    "ImportPlan",
    "ImportSummary",
    "ItemRecord",
    "OrderRecord",
    "RejectedRow",
    "RowProblem",
    "analyse",
    "export_rejected",
    "known_headers",
    "plan_table",
    "run_import",
]


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while an import builds or writes 100,000s of rows.

    Every full collection walks all the rows held so far, and an import builds no
    cycles worth chasing: the pauses cost a fifth of the check of a big order file.
    Collection resumes afterwards (when it was on), whatever happened.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def known_headers() -> tuple[str, ...]:
    """Every header any mapping knows: helps the reader find the header row."""
    names = set(known_customer_headers())
    for p in PRESETS:
        for alternatives in p.fields.values():
            names.update(alternatives)
    return tuple(sorted(names))


def analyse(
    db: Database,
    path: Path | str,
    kind: str = "auto",
    platform: str | None = None,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportPlan:
    """Read ``path`` and plan its import; nothing is written to the database.

    ``kind`` is "customers", "orders" or "auto" (orders when the headers look like a
    platform's export). ``platform`` None or "auto" recognises it from the headers.
    ``mapping`` (field -> header) replaces the suggested one. Raises ImportFileError
    when the file cannot be read, ValidationError for an impossible choice.
    """
    from crmdesk.services.importing import read_table

    with _without_cycle_collection():
        table = read_table(
            Path(path), sheet=sheet, known_headers=known_headers(), progress=progress, cancel=cancel
        )
        return plan_table(db, table, kind, platform, mapping, progress=progress, cancel=cancel)


def plan_table(
    db: Database | None,
    table: RawTable,
    kind: str = "auto",
    platform: str | None = None,
    mapping: dict[str, str] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportPlan:
    """The plan for a table already read (``analyse`` without the reading)."""
    if platform in (None, "", "auto"):
        platform = None
    if kind not in (*KINDS, "auto"):
        raise ValidationError(
            translate("Import", "Unknown kind of file: {kind}.").format(kind=kind), field="kind"
        )
    if platform is not None and platform not in {p.key for p in PRESETS}:
        raise ValidationError(
            translate("Import", "crmdesk has no order layout for the platform {p}.").format(
                p=platform
            ),
            field="platform",
        )
    detection = detect_platform(table.headers)
    if kind == "auto":
        kind = "orders" if (platform or detection.platform) else "customers"
    if kind == "orders":
        chosen = platform or detection.platform
        if chosen is None:
            raise ImportFileError(
                translate(
                    "Import",
                    "The platform of this order file was not recognised from its column "
                    "names. Choose the platform, or import it as a customer list.",
                )
            )
        return plan_orders(db, table, preset(chosen), detection.platform, mapping, progress, cancel)
    plan = plan_customers(table, detection.platform, mapping, progress, cancel)
    if db is not None:
        from crmdesk.services.importing.commit import count_matches

        plan = dataclasses.replace(plan, existing_customers=count_matches(db, plan.customers))
    return plan


def run_import(
    db: Database,
    plan: ImportPlan,
    on_duplicate: str = "update",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportSummary:
    """Commit ``plan`` in one transaction: all of it, or (cancel, error, crash) nothing.

    ``on_duplicate`` says what a customer-list row matching an existing customer does:
    "update" fills in what the file has, "skip" leaves the customer alone, "create"
    adds a new customer anyway. Platform orders always match (account, then phone).
    """
    from crmdesk.services.importing.commit import commit_plan

    with _without_cycle_collection():
        return commit_plan(db, plan, on_duplicate, progress=progress, cancel=cancel)


def export_rejected(plan: ImportPlan, path: Path | str) -> Path:
    """Write the rejected rows (original cells plus a reason column) to an .xlsx file."""
    from crmdesk.reports.workbooks import SheetColumn, write_table

    headers = [h or f"#{i + 1}" for i, h in enumerate(plan.headers)]
    columns = [SheetColumn(translate("Import", "Row"), "int", 8)]
    columns += [SheetColumn(h, "auto") for h in headers]
    columns.append(SheetColumn(translate("Import", "Reason"), "text", 60))
    width = len(headers)

    def rows():  # type: ignore[no-untyped-def]
        for r in plan.rejected:
            cells = list(r.values[:width]) + [None] * (width - len(r.values))
            yield [r.row, *cells, "；".join(r.reasons)]

    return write_table(
        Path(path),
        columns,
        rows(),
        sheet_name=translate("Import", "Rejected rows"),
        total=len(plan.rejected),
    )
