"""Readers for text exports: CSV (UTF-8 or GBK) and the HTML tables saved as ``.xls``."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from crmdesk.i18n import translate
from crmdesk.services.importing.table import ImportFileError

#: Excel's own limit for one cell; longer text is not a real export.
MAX_CELL_CHARS = 32_767
_DELIMITERS = ",\t;|"


def too_long(row: int, column: str, length: int) -> ImportFileError:
    """The message for a cell longer than a spreadsheet cell can be."""
    return ImportFileError(
        translate(
            "Import",
            "Row {0}, column {1} holds {2:,} characters; a spreadsheet cell holds at most"
            " {3:,}. The file is damaged or not an export.",
        ).format(row, column, length, MAX_CELL_CHARS),
        row=row,
        column=column,
    )


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def iter_csv(path: Path, encoding: str) -> Iterator[list[str | None]]:
    """Rows of a CSV file as text (``None`` for empty); one list per file line."""
    with path.open("r", encoding=encoding, newline="", errors="strict") as handle:
        sample = handle.read(65_536)
        handle.seek(0)
        reader = csv.reader(handle, delimiter=_delimiter(sample.lstrip("\ufeff")), strict=False)
        line = 0  # rows read so far, for a message when the reader has no line number
        try:
            # One for loop (no next() and StopIteration per row), and `or` rather than a
            # comparison: the reader gives 100,000s of rows of dozens of cells. ``line``
            # is read by the handler below.
            for line, record in enumerate(reader, start=1):  # noqa: B007
                yield [value or None for value in record]
        except csv.Error as exc:
            row = reader.line_num or line + 1
            if "field larger" in str(exc):
                raise too_long(row, "?", csv.field_size_limit()) from None
            raise ImportFileError(
                translate("Import", "Row {0} of the CSV file cannot be read: {1}").format(row, exc),
                row=row,
            ) from None


class _TableParser(HTMLParser):
    """Collects every ``<table>`` as rows of cell text; ``colspan`` repeats empty cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str | None]]] = []
        self._depth = 0
        self._row: list[str | None] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self.spans = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif self._depth != 1:
            return
        elif tag == "tr":
            self._finish_row()
            self._row = []
        elif tag in ("td", "th"):
            self._finish_cell()
            if self._row is None:
                self._row = []
            self._cell = []
            named = dict(attrs)
            span = named.get("colspan") or "1"
            self._span = min(int(span), 1000) if span.isdigit() and int(span) > 0 else 1
            if self._span > 1 or (named.get("rowspan") or "1") != "1":
                self.spans += 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            if self._depth == 1:
                self._finish_row()
            self._depth = max(0, self._depth - 1)
        elif self._depth == 1 and tag in ("td", "th"):
            self._finish_cell()
        elif self._depth == 1 and tag == "tr":
            self._finish_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None and self._depth == 1:
            self._cell.append(data)

    def _finish_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            text = "".join(self._cell).strip(" \r\n")
            self._row.append(text or None)
            self._row.extend([None] * (self._span - 1))
        self._cell = None
        self._span = 1

    def _finish_row(self) -> None:
        self._finish_cell()
        if self._row is not None and self.tables:
            self.tables[-1].append(self._row)
        self._row = None


def read_html_table(path: Path, encoding: str) -> tuple[list[list[str | None]], int]:
    """The largest table of an HTML file (rows of text) and how many cells were spanned."""
    parser = _TableParser()
    with path.open("r", encoding=encoding, errors="replace") as handle:
        while chunk := handle.read(1 << 20):
            parser.feed(chunk)
    parser.close()
    if not parser.tables or not any(parser.tables):
        raise ImportFileError(
            translate(
                "Import", "The web page {0} holds no table, so there is nothing to import."
            ).format(path.name)
        )
    return max(parser.tables, key=len), parser.spans
