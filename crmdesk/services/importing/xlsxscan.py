"""A streaming look through a workbook's XML before the real reader parses it.

python-calamine reads fast but cannot be stopped, trusts nothing we can check, and
drops two facts the importer needs: hidden rows and formula cells that hold no
calculated value. One pass over the decompressed sheet XML (in 1 MB pieces, so memory
stays flat) checks the real unpacked size against the zip directory, refuses DTDs and
entity declarations (entity bombs), counts rows and cells (so an oversized sheet is
refused before it is loaded), and lists hidden rows and uncalculated formulas.
"""

from __future__ import annotations

import functools
import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from operator import methodcaller
from pathlib import Path

from defusedxml import ElementTree as SafeET

from crmdesk.i18n import translate
from crmdesk.services.importing.sniff import check_zip_members
from crmdesk.services.importing.table import ImportFileError

CHUNK = 1 << 20
#: The prolog (before the root element) of a part may not be longer than this.
MAX_PROLOG = 65_536
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_ROW_NUMBER = re.compile(rb"\sr=\"(\d+)\"")
# Cells in columns past Z: with the last row, what sizes calamine's grid.
_HIDDEN = re.compile(rb"\bhidden=\"(?:1|true)\"")
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CELL_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")
_CELL_REF = re.compile(rb"\br=\"([A-Z]{1,3}\d+)\"")
_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v>\s*[^<\s]|<(?:[A-Za-z_][\w.-]*:)?is>")
_EMPTY_STRING = re.compile(rb"\bt=\"str\"[^>]*>.*<(?:[A-Za-z_][\w.-]*:)?v>", re.DOTALL)
_ROOT = re.compile(rb"<[A-Za-z_]")


@dataclass(frozen=True)
class SheetScan:
    """What the pass over one sheet's XML found."""

    rows: int
    cells: int
    hidden_rows: tuple[int, ...]
    uncached_formulas: tuple[str, ...]
    uncached_total: int
    has_formulas: bool
    #: Upper bound of the rectangle the reader will allocate (last row x last column).
    grid_cells: int = 0


def _damaged(path: Path) -> ImportFileError:
    return ImportFileError(
        translate("Import", "The file {0} is damaged and cannot be read. Export it again.").format(
            path.name
        )
    )


def _unsafe() -> ImportFileError:
    return ImportFileError(
        translate(
            "Import",
            "The workbook contains XML constructs a spreadsheet never needs (a DTD or entity"
            " declarations, or a huge preamble). It was not read, for safety.",
        )
    )


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> member name of its XML, read from the workbook part (xlsx only)."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_members(archive.infolist())
            workbook = _small_part(archive, "xl/workbook.xml")
            rels = _small_part(archive, "xl/_rels/workbook.xml.rels")
    except (zipfile.BadZipFile, KeyError, EOFError, OSError):
        raise _damaged(path) from None
    try:
        targets = {
            rel.get("Id"): rel.get("Target", "")
            for rel in SafeET.fromstring(rels).iter(f"{_NS_PKG}Relationship")
        }
        parts: dict[str, str] = {}
        for sheet in SafeET.fromstring(workbook).iter(f"{_NS_MAIN}sheet"):
            target = targets.get(sheet.get(f"{_NS_REL}id"), "")
            member = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            parts[sheet.get("name", "")] = member
    except SafeET.ParseError:
        raise _damaged(path) from None
    except Exception as exc:  # defusedxml's DTD/entity refusals
        if type(exc).__module__.startswith("defusedxml"):
            raise _unsafe() from None
        raise
    return parts


def _small_part(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > 32 << 20:
        raise _unsafe()
    return archive.read(name)


def scan_part(
    path: Path,
    member: str,
    *,
    check: Callable[[], None] = lambda: None,
    want_rows: bool = True,
    stop_rows: int = 1 << 62,
    stop_cells: int = 1 << 62,
) -> SheetScan:
    """Stream one XML part: verify its size, refuse DTDs, count rows, cells and formulas.

    Counting stops early once ``stop_rows`` or ``stop_cells`` is passed (the caller
    refuses the sheet then), so an oversized sheet is refused without reading it all.
    """
    rows = cells = uncached_total = 0
    hidden: list[int] = []
    uncached: list[str] = []
    has_formulas = False
    tags: _Tags | None = None
    last_row, last_col = 0, 1
    # Rows and cells written without a reference go after the one before (the reader
    # counts on): they lengthen and widen the grid by as many as there are.
    spill_rows = spill_cols = carry = 0
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(member)
            with archive.open(info) as stream:
                seen = 0
                prolog_done = False
                pending = b""
                while True:
                    check()
                    chunk = stream.read(CHUNK)
                    seen += len(chunk)
                    if seen > info.file_size:
                        raise _damaged(path)  # unpacks to more than the directory says
                    if not prolog_done:  # the first piece: 1 MB, far above MAX_PROLOG
                        head = chunk[:MAX_PROLOG]
                        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                            raise _unsafe()
                        if _first_element(head) is None and len(chunk) > MAX_PROLOG:
                            raise _unsafe()
                        prolog_done = True
                    if not want_rows:
                        if not chunk:
                            break
                        continue
                    buffer = pending + chunk
                    if not chunk:
                        segment, pending = buffer, b""
                    else:
                        cut = buffer.rfind(b"row>")
                        cut = cut + 4 if cut >= 0 else 0
                        segment, pending = buffer[:cut], buffer[cut:]
                    if segment:
                        if tags is None:
                            tags = _Tags(_root_prefix(segment))
                        seg_cells = segment.count(tags.cell_ref)
                        seg_rows = segment.count(tags.row_ref)
                        plain = segment.count(tags.cell_any) == seg_cells and (
                            segment.count(tags.row_any) == seg_rows
                        )
                        if plain:
                            # Every cell and row written <c r="…" and <row r="…", as Excel
                            # and every library write them: each sits where it says.
                            cells += seg_cells
                            rows += seg_rows
                            carry = 0
                        else:
                            found = _count_unreferenced(segment, tags, carry)
                            cells += found.cells
                            rows += found.rows
                            spill_rows += found.unreferenced_rows
                            spill_cols = max(spill_cols, found.widest)
                            last_row = max(last_row, found.last_row)
                            carry = found.carry
                        last = _ROW_NUMBER.search(segment, max(segment.rfind(tags.row_open), 0))
                        if last:
                            last_row = max(last_row, int(last.group(1)))
                        if b"hidden=" in segment:
                            for match in tags.row_tag.finditer(segment):
                                attrs = match.group(1)
                                if b"hidden" in attrs and _HIDDEN.search(attrs):
                                    number = _ROW_NUMBER.search(attrs)
                                    hidden.append(int(number.group(1)) if number else rows)
                        # One pass for the rare references that grow the grid: a column
                        # past the widest so far, or a row number with more digits.
                        grow = _grow_pattern(last_col, len(str(last_row)) + 1, plain)
                        for ref in grow.findall(segment):
                            letters = ref.rstrip(b"0123456789")
                            last_col = max(last_col, _column_number(letters))
                            last_row = max(last_row, int(ref[len(letters) :]))
                        if rows > stop_rows or cells > stop_cells:
                            break  # over the caller's limits already: no need to read on
                        if tags.formula in segment and _FORMULA.search(segment):
                            has_formulas = True
                            found = _uncached_cells(segment)
                            uncached_total += len(found)
                            uncached.extend(found[: max(0, 20 - len(uncached))])
                    if not chunk:
                        break
    except (zipfile.BadZipFile, EOFError, KeyError, OSError):
        raise _damaged(path) from None
    except Exception as exc:  # zlib.error on a corrupt stream and friends
        if type(exc).__name__ == "error" and type(exc).__module__ == "zlib":
            raise _damaged(path) from None
        raise
    return SheetScan(
        rows,
        cells,
        tuple(hidden),
        tuple(uncached),
        uncached_total,
        has_formulas,
        grid_cells=(last_row + spill_rows) * (last_col + spill_cols),
    )


@functools.lru_cache(maxsize=256)
def _grow_pattern(last_col: int, row_digits: int, plain: bool) -> re.Pattern[bytes]:
    """Cell references past column ``last_col`` or with ``row_digits`` or more digits.

    ``plain``: every reference follows a space (the pattern then starts with a literal,
    which the search skips to several times faster); else any white space.
    """
    wider = rb"[A-Z]{2,3}"
    if last_col < 26:
        wider += rb"|[" + bytes([65 + last_col]) + rb"-Z]"
    digits = str(row_digits).encode()
    start = rb' r="((?:' if plain else rb'\sr="((?:'
    return re.compile(start + wider + rb")\d+|[A-Z]{1,3}\d{" + digits + rb',})"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


class _Tags:
    """Byte patterns of the tags counted, with the namespace prefix the part uses."""

    def __init__(self, prefix: bytes) -> None:
        # "<c" and "<row" start other tags too (<col>, <cfRule>, <rowBreaks>): a segment
        # holding one is counted the slow way, as is one with a cell or row written
        # otherwise than with r first.
        self.row_any = b"<" + prefix + b"row"
        self.row_open = b"<" + prefix + b"row "
        self.row_ref = b"<" + prefix + b'row r="'
        self.row_tag = re.compile(b"<" + re.escape(prefix) + rb"row\b([^>]*)>")
        self.cell_any = b"<" + prefix + b"c"
        self.cell_ref = b"<" + prefix + b'c r="'
        self.not_cell = re.compile(b"<" + re.escape(prefix) + rb"c[\w.:-]")
        self.row_start = re.compile(b"<" + re.escape(prefix) + rb"row\b")
        self.formula = b"<" + prefix + b"f"


@dataclass(frozen=True)
class _Counted:
    cells: int
    rows: int
    unreferenced_rows: int
    #: The highest row number written.
    last_row: int
    #: At least as many as the most cells without a reference in one row.
    widest: int
    #: Cells after the segment's last row tag (that row may go on in the next one).
    carry: int


def _count_unreferenced(segment: bytes, tags: _Tags, carry: int) -> _Counted:
    """Rows and cells of ``segment`` tag by tag, and bounds for those without a reference.

    ``carry`` is the previous segment's :attr:`_Counted.carry`. The bounds may be high
    (a cell whose r is not its first attribute counts as loose), never low.
    """
    unreferenced_rows = last_row = 0
    row_attrs = tags.row_tag.findall(segment)
    for attrs in row_attrs:
        number = _ROW_NUMBER.search(attrs)
        if number is None:
            unreferenced_rows += 1
        else:
            last_row = max(last_row, int(number.group(1)))
    # "<c" starts <col>, <cfRule>… too: those have a name character after the c.
    cells = segment.count(tags.cell_any) - len(tags.not_cell.findall(segment))
    loose = cells - segment.count(tags.cell_ref) + carry
    if not loose:
        return _Counted(cells, len(row_attrs), unreferenced_rows, last_row, 0, 0)
    per_row = list(map(methodcaller("count", tags.cell_any), tags.row_start.split(segment)))
    per_row[0] += carry
    return _Counted(
        cells,
        len(row_attrs),
        unreferenced_rows,
        last_row,
        min(max(per_row), loose),
        min(per_row[-1], loose),
    )


def _root_prefix(data: bytes) -> bytes:
    """``b"x:"`` when the root element is written ``<x:worksheet``, else ``b""``."""
    start = _first_element(data)
    if start is None:
        return b""
    name = re.match(rb"<([\w.:-]+)", data[start:])
    if name is None or b":" not in name.group(1):
        return b""
    return name.group(1).split(b":")[0] + b":"


def _first_element(data: bytes) -> int | None:
    """Offset of the root element's ``<``, skipping the declaration and comments."""
    pos = 0
    while True:
        match = _ROOT.search(data, pos)
        if match is None:
            return None
        comment = data.rfind(b"<!--", 0, match.start())
        if comment >= 0 and data.find(b"-->", comment, match.start()) < 0:
            end = data.find(b"-->", match.start())
            if end < 0:
                return None
            pos = end + 3
            continue
        return match.start()


def _uncached_cells(segment: bytes) -> list[str]:
    """References of cells in ``segment`` that hold a formula but no calculated value."""
    found: list[str] = []
    for match in _FORMULA.finditer(segment):
        pos = match.start()
        start = max(segment.rfind(b"<c ", 0, pos), segment.rfind(b":c ", 0, pos), 0)
        end = segment.find(b"c>", match.end())
        body = segment[start : end if end >= 0 else len(segment)]
        # Excel stores an empty-text result as t="str" with an empty <v></v>: that is cached.
        if not _VALUE.search(body) and not _EMPTY_STRING.search(body):
            ref = _CELL_REF.search(body)
            found.append(ref.group(1).decode() if ref else "?")
    return found
