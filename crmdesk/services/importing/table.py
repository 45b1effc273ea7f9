"""What the file-reading layer hands to the import pipeline: a raw table and its errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from crmdesk.errors import CrmdeskError

#: What a cell of :attr:`RawTable.rows` can hold.
CellValue = str | int | float | Decimal | datetime | date | bool | None

#: Values of :attr:`RawTable.file_format`.
FILE_FORMATS = ("xlsx", "xlsb", "xls", "html", "csv", "ods")


class ImportFileError(CrmdeskError):
    """A file that cannot be read as asked; ``str(err)`` is the owner-facing message.

    ``row`` is the 1-based row number in the file and ``column`` the column letter
    (``"C"``) or header name, where the problem has a place.
    """

    def __init__(self, message: str, *, row: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


class CellValueError(ImportFileError, ValueError):
    """One cell's text cannot be read as the value asked for (amount, date, id)."""


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook (CSV and HTML files have a single unnamed one)."""

    name: str
    index: int
    hidden: bool


@dataclass(frozen=True)
class RawTable:
    """A sheet as read: header found, every later row kept (blank ones too), nothing interpreted.

    Reconciliation: ``total_rows == len(rows)`` counts every file row after the header
    up to the last row holding anything; ``blank_rows`` of them are empty, so the
    pipeline's imported + rejected rows must add up to ``total_rows - blank_rows``.
    File row number of ``rows[i]`` is ``first_row_number + i``.
    """

    path: Path
    file_format: str
    encoding: str | None
    sheet: str | None
    sheets: tuple[SheetInfo, ...]
    rows: tuple[tuple[CellValue, ...], ...]
    first_row_number: int
    header_row_number: int
    headers: tuple[str, ...]
    raw_headers: tuple[str, ...]
    blank_rows: int
    total_rows: int
    warnings: tuple[str, ...]
    #: 0-based index of the file column that ``rows[i][0]`` comes from (for messages).
    first_column: int = 0
    #: 1-based numbers of rows the workbook hides (they are read like any other row).
    hidden_rows: tuple[int, ...] = ()

    def row_number(self, index: int) -> int:
        """1-based file row number of ``rows[index]``."""
        return self.first_row_number + index

    def column_name(self, index: int) -> str:
        """Spreadsheet letter of column ``index`` of :attr:`rows` (``A``, ``B``...)."""
        return column_letter(self.first_column + index)


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based column index (0 -> ``A``, 27 -> ``AB``)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
