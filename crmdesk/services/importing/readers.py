"""Reading a sheet of an export into a :class:`RawTable`, safely and completely.

Workbooks (xlsx, xlsb, xls, ods) are read with python-calamine, about 13 times faster
than openpyxl and not fooled by a wrong ``<dimension>``; CSV and HTML tables with the
standard library. Before calamine parses an xlsx (:mod:`.calamine_sheets`),
:mod:`.xlsxscan` streams the sheet's XML once to refuse bombs and oversized sheets and
to find hidden rows and formulas without a calculated value. Parsing runs in-process:
the pre-checks bound the one step that cannot be interrupted (calamine loading the
sheet, ~1 s per 100,000 rows x 15 columns here), and cancel and the timeout are checked
between every other step and every 2,000 rows.
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.i18n import translate
from crmdesk.services.importing.calamine_sheets import (
    load_sheet,
    open_workbook,
    sheet_infos,
    too_big,
)
from crmdesk.services.importing.headers import HEADER_SCAN_ROWS, find_header_row, normalise_header
from crmdesk.services.importing.sniff import SniffResult, sniff
from crmdesk.services.importing.table import (
    CellValue,
    ImportFileError,
    RawTable,
    SheetInfo,
    column_letter,
)
from crmdesk.services.importing.textread import (
    MAX_CELL_CHARS,
    iter_csv,
    read_html_table,
    too_long,
)
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel

#: Cells one read may hold (rows x columns). Bounds memory: ~6 million cells stay
#: under 500 MB with calamine's copy and ours side by side.
MAX_CELLS = 6_000_000
_BLANK = " \t\r\n\u3000\xa0"
_INT_LIMIT = 10**15  # Excel's 15 digits: larger numbers stay floats so damage shows


def _msg(text: str, *args: object) -> str:
    return translate("Import", text).format(*args)


def list_sheets(path: Path) -> tuple[SheetInfo, ...]:
    """The sheets of a workbook (one unnamed sheet for CSV and HTML files)."""
    kind = sniff(path)
    if kind.file_format in ("csv", "html"):
        return (SheetInfo(path.stem, 0, False),)
    workbook = open_workbook(path)
    try:
        return sheet_infos(workbook)
    finally:
        workbook.close()


def read_table(
    path: Path,
    *,
    sheet: str | int | None = None,
    known_headers: Iterable[str] = (),
    header_row: int | None = None,
    max_rows: int = 1_100_000,
    timeout_s: float = 120,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_cells: int = MAX_CELLS,
) -> RawTable:
    """Read one sheet: every row after the header, with reconciliation figures.

    ``sheet`` is a name or 0-based index (default: the first visible sheet holding
    data); ``header_row`` a 1-based file row number (0: the file has no header row;
    default: found from ``known_headers``). Raises :class:`ImportFileError` with a
    message for the owner, or :class:`~crmdesk.errors.Cancelled`.
    """
    started = _time.monotonic()
    path = Path(path)

    def check() -> None:
        check_cancel(cancel)
        if _time.monotonic() - started > timeout_s:
            raise ImportFileError(
                _msg(
                    "Reading the file took longer than {0:.0f} seconds and was stopped.", timeout_s
                )
            )

    report = progress or _quiet
    kind = sniff(path)
    check()
    warnings: list[str] = []
    hidden_rows: tuple[int, ...] = ()
    first_col = 0
    sheet_name: str | None = None
    source: Iterable[Sequence[object]]
    if kind.file_format == "csv":
        sheets = (SheetInfo(path.stem, 0, False),)
        source, first_row, estimate = iter_csv(path, kind.encoding or "utf-8"), 0, 0
    elif kind.file_format == "html":
        sheets = (SheetInfo(path.stem, 0, False),)
        html_rows, spans = read_html_table(path, kind.encoding or "utf-8")
        if spans:
            warnings.append(_msg("{0} cells span several columns or rows; check them.", spans))
        source, first_row, estimate = html_rows, 0, len(html_rows)
    else:
        loaded = load_sheet(path, kind, sheet, max_rows, max_cells, check)
        sheets, sheet_name, source = loaded.sheets, loaded.name, loaded.rows
        first_row, first_col, estimate = loaded.first_row, loaded.first_col, loaded.height
        hidden_rows = loaded.hidden_rows
        warnings.extend(loaded.warnings)
    try:
        rows = _collect(
            source,
            first_row,
            first_col,
            max_rows,
            max_cells,
            check,
            report,
            estimate,
            text_only=kind.file_format == "csv",
        )
    finally:
        if kind.file_format not in ("csv", "html"):
            loaded.close()
    if kind.file_format not in ("csv", "html") and len(rows) < loaded.height:
        # calamine yields rows from row 1 of the sheet; should a version start at the first
        # used row instead, pad so that file row numbers stay right.
        rows[:0] = [()] * (loaded.height - len(rows))
    table = _build(path, kind, sheet_name, sheets, rows, first_row, known_headers, header_row)
    if hidden_rows:
        shown = ", ".join(map(str, hidden_rows[:10])) + ("…" if len(hidden_rows) > 10 else "")
        warnings.append(
            _msg(
                "{0} rows are hidden in the workbook (rows {1}); they are read too.",
                len(hidden_rows),
                shown,
            )
        )
    report(len(rows), len(rows), _msg("Read {0:,} rows.", table.total_rows))
    return replace(
        table,
        warnings=(*table.warnings, *warnings),
        first_column=first_col,
        hidden_rows=hidden_rows,
    )


def _quiet(done: int, total: int, message: str = "") -> None:
    """Progress sink used when the caller passes none."""


# --- rows: conversion, blanks, header --------------------------------------------------


class _LongCell(Exception):  # noqa: N818 - internal signal, never leaves this module
    """A text cell longer than a spreadsheet cell can be."""


#: Cell types _cell() hands on as they are (exact types: a subclass goes through _cell).
_KEPT_TYPES = frozenset({int, bool, datetime, date, Decimal, type(None)})


def _cell(value: Any) -> CellValue:
    kind = type(value)
    if kind is str:
        if len(value) > MAX_CELL_CHARS:
            raise _LongCell
        return value or None
    if kind is float:
        if value.is_integer() and -_INT_LIMIT < value < _INT_LIMIT:
            return int(value)
        return value
    if kind in (int, bool, datetime, date, Decimal) or value is None:
        return value
    if kind is time:
        return value.isoformat()
    if kind is timedelta:
        return str(value)
    return str(value)


def _collect(
    source: Iterable[Sequence[object]],
    first_row: int,
    first_col: int,
    max_rows: int,
    max_cells: int,
    check: Callable[[], None],
    report: ProgressFn,
    estimate: int,
    *,
    text_only: bool = False,
) -> list[tuple[CellValue, ...]]:
    """All rows from file row ``first_row`` (0-based) on, as tuples; long cells refused.

    ``text_only``: the source yields only non-empty ``str`` and ``None`` (the CSV reader),
    so a row holding less text in all than one cell may hold is taken as it is.
    """
    rows: list[tuple[CellValue, ...]] = []
    cells = 0
    limit = max_rows + HEADER_SCAN_ROWS
    for number, raw in enumerate(source, start=first_row + 1):
        try:
            if text_only and sum(map(len, filter(None, raw))) <= MAX_CELL_CHARS:  # type: ignore[arg-type]
                row = tuple(raw)  # type: ignore[arg-type]
            else:
                # _cell() inlined for the cells nearly every workbook holds (text, ""
                # for an empty cell, dates); the rest, and a text too long, go to it.
                row = tuple(
                    [
                        (v or None)
                        if v.__class__ is str and len(v) <= MAX_CELL_CHARS  # type: ignore[arg-type]
                        else v
                        if v.__class__ in _KEPT_TYPES
                        else _cell(v)
                        for v in raw
                    ]
                )
        except _LongCell:
            column, value = next(
                (i, v) for i, v in enumerate(raw) if isinstance(v, str) and len(v) > MAX_CELL_CHARS
            )
            raise too_long(number, column_letter(first_col + column), len(value)) from None
        rows.append(row)
        cells += len(row)
        if len(rows) % 2000 == 0:
            check()
            report(len(rows), estimate, _msg("Reading row {0:,}…", len(rows)))
            if len(rows) > limit or cells > max_cells:
                raise too_big(len(rows), max(len(r) for r in rows[-100:]), max_rows, max_cells)
    if len(rows) > limit or cells > max_cells:
        raise too_big(len(rows), max((len(r) for r in rows[-100:]), default=0), max_rows, max_cells)
    return rows


def _is_blank(row: Sequence[CellValue]) -> bool:
    for value in row:  # a plain loop: twice as fast as all() over a generator here
        if value is None or (type(value) is str and not value.strip(_BLANK)):
            continue
        return False
    return True


def _count_blank(rows: Sequence[Sequence[CellValue]]) -> int:
    """How many of ``rows`` are blank (:func:`_is_blank`)."""
    blank = 0
    for row in rows:
        # A filled first cell, as in nearly every row, settles it without a call.
        if row:
            first = row[0]
            if first is not None and (first.__class__ is not str or first.strip(_BLANK)):  # type: ignore[union-attr]
                continue
        if _is_blank(row):
            blank += 1
    return blank


def _build(
    path: Path,
    kind: SniffResult,
    sheet_name: str | None,
    sheets: tuple[SheetInfo, ...],
    rows: list[tuple[CellValue, ...]],
    first_row: int,
    known_headers: Iterable[str],
    header_row: int | None,
) -> RawTable:
    while rows and _is_blank(rows[-1]):
        rows.pop()
    if not rows:
        where = _msg("The sheet “{0}”", sheet_name) if sheet_name else path.name
        raise ImportFileError(_msg("{0} is empty: there is nothing to import.", where))
    top = first_row + 1  # 1-based file row of rows[0]
    if header_row is None:
        index = find_header_row(rows, known_headers)
        if index is None:
            raise ImportFileError(
                _msg(
                    "No header row (the row with the column names) was found in the first {0}"
                    " rows. Choose the header row by hand.",
                    HEADER_SCAN_ROWS,
                )
            )
        header_number = top + index
    else:
        header_number = header_row
        if header_number and not top <= header_number < top + len(rows):
            raise ImportFileError(
                _msg(
                    "Row {0} is outside the sheet (rows {1}–{2}).",
                    header_row,
                    top,
                    top + len(rows) - 1,
                ),
                row=header_row,
            )
    warnings: list[str] = []
    if header_number:
        raw = rows[header_number - top]
        data = rows[header_number - top + 1 :]
    else:
        raw, data = (), rows
    width = max(len(raw), max(map(len, data), default=0))
    raw_headers = tuple("" if v is None else str(v).strip(_BLANK) for v in raw)
    raw_headers += ("",) * (width - len(raw_headers))
    headers = tuple(normalise_header(h) for h in raw_headers)
    named = [h for h in headers if h]
    if len(set(named)) != len(named):
        twice = sorted({h for h in named if named.count(h) > 1})
        warnings.append(_msg("Column names appear more than once: {0}.", "、".join(twice)))
    if min(map(len, data), default=width) == width:  # a workbook's rows: all as wide
        padded = tuple(data)
    else:
        padded = tuple(r + (None,) * (width - len(r)) if len(r) < width else r for r in data)
    blank = _count_blank(padded)
    return RawTable(
        path=path,
        file_format=kind.file_format,
        encoding=kind.encoding,
        sheet=sheet_name,
        sheets=sheets,
        rows=padded,
        first_row_number=header_number + 1 if header_number else top,
        header_row_number=header_number,
        headers=headers,
        raw_headers=raw_headers,
        blank_rows=blank,
        total_rows=len(padded),
        warnings=tuple(warnings),
    )
