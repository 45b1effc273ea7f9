"""Writing tables to .xlsx: bold frozen header, autofilter, widths, ¥ and date formats.

Built on xlsxwriter in ``constant_memory`` mode (rows stream to disk, memory stays
flat). Text is always written with ``write_string``, so a cell starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return stays text and Excel never runs it.
The workbook is written to a temporary file beside the target and renamed at the end:
a cancelled or failed export leaves no half file under the final name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.errors import DiskFullError
from crmdesk.i18n import translate
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel

#: Column kinds: how a column's values are written and formatted.
KINDS = ("text", "int", "money", "date", "datetime", "auto")
MONEY_FORMAT = '"¥"#,##0.00'
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_SAMPLE_ROWS = 200
_MIN_WIDTH, _MAX_WIDTH = 6, 60
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class SheetColumn:
    """A column of an exported sheet: title, kind (see :data:`KINDS`), width in characters."""

    title: str
    kind: str = "text"
    width: float | None = None


def _display_width(text: str) -> int:
    """Width in Excel character units: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _cell_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return f"¥{value:,.2f}"
    if kind == "date":
        return "0000-00-00"
    if kind == "datetime":
        return "0000-00-00 00:00"
    return str(value)


def _widths(columns: Sequence[SheetColumn], sample: list[Sequence[Any]]) -> list[float]:
    widths = []
    for i, col in enumerate(columns):
        if col.width is not None:
            widths.append(col.width)
            continue
        longest = _display_width(col.title) + 3  # room for the filter button
        for row in sample:
            if i < len(row):
                first_line = _cell_text(row[i], col.kind).split("\n", 1)[0]
                longest = max(longest, _display_width(first_line) + 1)
        widths.append(float(min(max(longest, _MIN_WIDTH), _MAX_WIDTH)))
    return widths


def sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet (31 characters, none of ``[]:*?/\\``)."""
    return (_BAD_SHEET_CHARS.sub("_", name).strip("'") or "Sheet1")[:31]


class _Writer:
    """Writes one cell by kind; text goes through ``write_string`` only."""

    def __init__(self, workbook: Any, worksheet: Any) -> None:
        self.ws = worksheet
        self.money = workbook.add_format({"num_format": MONEY_FORMAT})
        self.date = workbook.add_format({"num_format": DATE_FORMAT})
        self.datetime = workbook.add_format({"num_format": DATETIME_FORMAT})

    def write(self, r: int, c: int, value: Any, kind: str) -> None:
        if value is None:
            return
        ws = self.ws
        if kind == "text":
            ws.write_string(r, c, str(value))
        elif kind == "money":
            ws.write_number(r, c, _number(value), self.money)
        elif kind == "int":
            ws.write_number(r, c, _number(value))
        elif kind in ("date", "datetime"):
            self._moment(r, c, value, kind)
        else:
            self._auto(r, c, value)

    def _moment(self, r: int, c: int, value: Any, kind: str) -> None:
        if isinstance(value, dt.datetime):
            self.ws.write_datetime(r, c, value, self.datetime if kind == "datetime" else self.date)
        elif isinstance(value, dt.date):
            self.ws.write_datetime(r, c, value, self.date)
        else:
            self.ws.write_string(r, c, str(value))

    def _auto(self, r: int, c: int, value: Any) -> None:
        if isinstance(value, bool):
            self.ws.write_boolean(r, c, value)
        elif isinstance(value, int | Decimal):
            self.ws.write_number(r, c, _number(value))
        elif isinstance(value, float):
            self.ws.write_number(r, c, value)
        elif isinstance(value, dt.datetime):
            self.ws.write_datetime(r, c, value, self.datetime)
        elif isinstance(value, dt.date):
            self.ws.write_datetime(r, c, value, self.date)
        else:
            self.ws.write_string(r, c, str(value))


def _number(value: Any) -> Any:
    # xlsxwriter prints the number with "%.16G"; Decimal and int print exactly.
    if isinstance(value, Decimal | int):
        return value
    return Decimal(str(value))


def _temp_path(path: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp.xlsx", dir=path.parent)
    os.close(fd)
    return Path(name)


def _disk_error(exc: OSError, path: Path) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO):
        return DiskFullError(
            translate("Export", "The disk is full or failing; {path} was not written.").format(
                path=path
            )
        )
    return exc


def write_table(
    path: Path,
    columns: Sequence[SheetColumn],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_name: str = "Sheet1",
    properties: dict[str, Any] | None = None,
    total: int = 0,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Write ``rows`` under ``columns`` to ``path`` (.xlsx); returns the path written.

    ``properties`` go to the document properties (title, company, created, comments...).
    Raises Cancelled (nothing left behind) or DiskFullError.
    """
    import xlsxwriter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_path(path)
    # xlsxwriter's row scratch files; removed even when the export stops half-way.
    scratch = tempfile.TemporaryDirectory(prefix="crmdesk-export-")
    workbook = xlsxwriter.Workbook(
        str(tmp),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "tmpdir": scratch.name,
        },
    )
    closed = False
    try:
        if properties:
            workbook.set_properties(dict(properties))
        ws = workbook.add_worksheet(sheet_title(sheet_name))
        writer = _Writer(workbook, ws)
        bold = workbook.add_format({"bold": True})
        iterator = iter(rows)
        sample: list[Sequence[Any]] = []
        for row in iterator:
            sample.append(row)
            if len(sample) >= _SAMPLE_ROWS:
                break
        for i, width in enumerate(_widths(columns, sample)):
            ws.set_column(i, i, width)
        ws.freeze_panes(1, 0)
        for c, col in enumerate(columns):
            ws.write_string(0, c, col.title, bold)
        kinds = [col.kind for col in columns]
        count = 0

        def emit(row: Sequence[Any]) -> None:
            nonlocal count
            count += 1
            for c, value in enumerate(row[: len(kinds)]):
                writer.write(count, c, value, kinds[c])
            if count % 1000 == 0:
                check_cancel(cancel)
                if progress is not None:
                    progress(count, total, translate("Export", "Writing rows"))

        for row in sample:
            emit(row)
        for row in iterator:
            emit(row)
        if columns:
            ws.autofilter(0, 0, max(count, 1), len(columns) - 1)
        check_cancel(cancel)
        workbook.close()
        closed = True
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(path)
        if progress is not None:
            progress(count, total or count, translate("Export", "Done"))
        return path
    except OSError as exc:
        raise _disk_error(exc, path) from exc
    finally:
        if not closed:
            with contextlib.suppress(Exception):
                workbook.close()
        tmp.unlink(missing_ok=True)
        scratch.cleanup()
