"""Opening workbooks (xlsx, xlsb, xls, ods) with python-calamine, checked before parsing.

Before calamine parses an xlsx, :mod:`.xlsxscan` streams the sheet's XML once to refuse
bombs and oversized sheets and to find hidden rows and formulas without a calculated
value; :func:`load_sheet` then hands :mod:`.readers` the rows to convert.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crmdesk.i18n import translate
from crmdesk.services.importing import xlsxscan
from crmdesk.services.importing.sniff import SniffResult, encrypted_error
from crmdesk.services.importing.table import ImportFileError, SheetInfo, column_letter

#: The reader allocates a full rectangle up to the last used cell; a few cells placed far
#: apart (A1 and ZZ1000000) would ask for gigabytes. 20 million cells ~ 640 MB there.
MAX_GRID_CELLS = 20_000_000


def _msg(text: str, *args: object) -> str:
    return translate("Import", text).format(*args)


@dataclass
class LoadedSheet:
    """A sheet opened by calamine, with what the pre-scan found."""

    workbook: Any
    sheets: tuple[SheetInfo, ...]
    name: str
    rows: Iterator[list[Any]]
    first_row: int
    first_col: int
    height: int
    hidden_rows: tuple[int, ...]
    warnings: list[str]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.workbook.close()


def open_workbook(path: Path) -> Any:
    """The workbook opened by calamine; a damaged or encrypted file is an ImportFileError."""
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise encrypted_error() from None
    except (python_calamine.CalamineError, ValueError, OSError, EOFError) as exc:
        raise _damaged(path, exc) from None


def _damaged(path: Path, exc: BaseException) -> ImportFileError:
    detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    if "password" in detail.lower() or "encrypt" in detail.lower():
        return encrypted_error()
    return ImportFileError(
        _msg(
            "The file {0} is damaged and cannot be read ({1}). Export it again.", path.name, detail
        )
    )


def sheet_infos(workbook: Any) -> tuple[SheetInfo, ...]:
    """The worksheets of an open workbook (chart sheets left out), hidden ones marked."""
    import python_calamine

    infos = []
    for index, meta in enumerate(workbook.sheets_metadata):
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue
        hidden = meta.visible != python_calamine.SheetVisibleEnum.Visible
        infos.append(SheetInfo(meta.name, index, hidden))
    return tuple(infos)


def load_sheet(
    path: Path,
    kind: SniffResult,
    wanted: str | int | None,
    max_rows: int,
    max_cells: int,
    check: Callable[[], None],
) -> LoadedSheet:
    """Check and open the sheet ``wanted`` (default: the first visible one holding data)."""
    parts: dict[str, str] = {}
    if kind.file_format == "xlsx":
        parts = xlsxscan.sheet_parts(path)
        for member in ("xl/sharedStrings.xml", "xl/styles.xml"):
            if _has_member(path, member):
                xlsxscan.scan_part(path, member, check=check, want_rows=False)
    elif kind.file_format == "ods":
        xlsxscan.scan_part(path, "content.xml", check=check, want_rows=False)
    workbook = open_workbook(path)
    try:
        sheets = sheet_infos(workbook)
        if not sheets:
            raise ImportFileError(_msg("The workbook {0} holds no worksheet.", path.name))
        warnings: list[str] = []
        candidates = _pick(sheets, wanted, path)
        for position, info in enumerate(candidates):
            check()
            scan = None
            if info.name in parts:
                scan = xlsxscan.scan_part(
                    path,
                    parts[info.name],
                    check=check,
                    stop_rows=max_rows + 100,
                    stop_cells=max_cells,
                )
                _refuse_scan(scan, info.name, max_rows, max_cells)
            check()
            try:
                loaded = workbook.get_sheet_by_index(info.index)
            except Exception as exc:  # calamine raises its own and plain errors alike
                raise _damaged(path, exc) from None
            if loaded.height * loaded.width > max_cells or loaded.height > max_rows + 100:
                raise too_big(loaded.height, loaded.width, max_rows, max_cells)
            if loaded.start is None and position + 1 < len(candidates):
                continue  # an empty first sheet: take the next one holding data
            visible_with_data = [s.name for s in sheets if not s.hidden and s.name != info.name]
            if wanted is None and visible_with_data:
                warnings.append(
                    _msg(
                        "The workbook has {0} sheets; reading “{1}”. Choose another sheet if"
                        " the data is elsewhere.",
                        len(sheets),
                        info.name,
                    )
                )
            warnings.extend(_merged_warnings(loaded))
            start = loaded.start or (0, 0)
            end = loaded.end or (-1, 0)
            rows_iter = loaded.iter_rows()
            return LoadedSheet(
                workbook,
                sheets,
                info.name,
                rows_iter,
                first_row=0,
                first_col=start[1],
                height=end[0] + 1,
                hidden_rows=scan.hidden_rows if scan else (),
                warnings=warnings,
            )
        raise AssertionError("unreachable: candidates is never empty")
    except BaseException:
        workbook.close()
        raise


def _has_member(path: Path, member: str) -> bool:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return member in archive.NameToInfo


def _pick(sheets: tuple[SheetInfo, ...], wanted: str | int | None, path: Path) -> list[SheetInfo]:
    if wanted is None:
        visible = [s for s in sheets if not s.hidden]
        return visible or list(sheets)
    for position, info in enumerate(sheets):
        if wanted == info.name or (isinstance(wanted, int) and wanted == position):
            return [info]
    raise ImportFileError(
        _msg(
            "The workbook {0} has no sheet “{1}”. Its sheets: {2}.",
            path.name,
            wanted,
            "、".join(s.name for s in sheets),
        )
    )


def too_big(
    rows: int, columns: int, max_rows: int, max_cells: int, *, at_least: bool = False
) -> ImportFileError:
    """The owner's message for a sheet with more rows or cells than one read may hold."""
    shown = _msg("at least {0:,}", rows) if at_least else f"{rows:,}"
    if rows > max_rows:
        return ImportFileError(
            _msg(
                "The sheet has {0} rows; at most {1:,} rows can be imported at once. Export"
                " a shorter period, or split the file.",
                shown,
                max_rows,
            )
        )
    return ImportFileError(
        _msg(
            "The sheet has {0} rows and {1:,} columns, more than can be read at once ({2:,}"
            " cells). Export fewer columns or a shorter period, or split the file.",
            shown,
            columns,
            max_cells,
        )
    )


def _refuse_scan(scan: xlsxscan.SheetScan, name: str, max_rows: int, max_cells: int) -> None:
    if scan.rows > max_rows + 100 or scan.cells > max_cells:
        columns = scan.cells // max(scan.rows, 1)
        raise too_big(scan.rows, columns, max_rows, max_cells, at_least=True)
    if scan.grid_cells > MAX_GRID_CELLS:
        raise ImportFileError(
            _msg(
                "The sheet “{0}” places cells so far apart that reading it would need"
                " {1:,} cells of memory. It is not a normal export and was not read, for"
                " safety.",
                name,
                scan.grid_cells,
            )
        )
    if scan.uncached_total:
        cells = ", ".join(scan.uncached_formulas[:10])
        more = "…" if scan.uncached_total > 10 else ""
        first = scan.uncached_formulas[0] if scan.uncached_formulas else ""
        raise ImportFileError(
            _msg(
                "On sheet “{0}”, {1:,} cells ({2}{3}) hold formulas that were never calculated,"
                " so their values are unknown. Open the file in Excel or WPS, save it, and"
                " import it again.",
                name,
                scan.uncached_total,
                cells,
                more,
            ),
            row=_row_of(first),
            column=first.rstrip("0123456789") or None,
        )


def _row_of(ref: str) -> int | None:
    digits = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() else None


def _merged_warnings(loaded: Any) -> list[str]:
    try:
        ranges = loaded.merged_cell_ranges or []
    except Exception:  # not supported for this format
        return []
    if not ranges:
        return []
    names = [
        f"{column_letter(a[1])}{a[0] + 1}:{column_letter(b[1])}{b[0] + 1}" for a, b in ranges[:10]
    ]
    return [
        _msg(
            "{0} cell ranges are merged ({1}); only the top-left cell of each holds the value,"
            " the other cells are read as empty.",
            len(ranges),
            ", ".join(names) + ("…" if len(ranges) > 10 else ""),
        )
    ]
