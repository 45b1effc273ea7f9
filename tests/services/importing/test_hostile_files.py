"""Hostile and damaged files: each gets a specific message, fast, with bounded memory."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from crmdesk.services.importing import ImportFileError, read_table, xlsxscan

from .test_sniff import make_cfb
from .xlsx_parts import SHEET_HEAD, row, write_xlsx

KNOWN = ("订单编号", "联系手机")


def refused(path: Path, match: str, **kwargs: object) -> ImportFileError:
    started = time.monotonic()
    with pytest.raises(ImportFileError, match=match) as err:
        read_table(path, known_headers=KNOWN, **kwargs)  # type: ignore[arg-type]
    assert time.monotonic() - started < 10
    return err.value


def test_entity_bomb_in_the_sheet(tmp_path: Path) -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    head = f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "lol">{lol}]>' + SHEET_HEAD[21:]
    path = write_xlsx(tmp_path / "bomb.xlsx", row(1, ["订单编号", "&l9;"]), head=head)
    refused(path, "for safety")


def test_entity_bomb_in_shared_strings(tmp_path: Path) -> None:
    strings = (
        b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>'
    )
    path = write_xlsx(
        tmp_path / "bomb.xlsx", row(1, ["订单编号"]), extra={"xl/sharedStrings.xml": strings}
    )
    refused(path, "for safety")


def test_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"

    def spaces() -> Iterator[bytes]:
        yield row(1, ["订单编号"]).encode()
        block = b" " * (1 << 20)
        for _ in range(200):
            yield block

    write_xlsx(path, spaces(), level=9)
    assert path.stat().st_size < 1 << 20
    refused(path, "times larger")


def test_huge_whitespace_comment_is_read_quickly(tmp_path: Path) -> None:
    comment = "<!--" + " " * (12 << 20) + "-->"
    path = write_xlsx(tmp_path / "c.xlsx", row(1, ["订单编号"]) + comment + row(2, ["1"]))
    started = time.monotonic()
    table = read_table(path, known_headers=KNOWN)
    assert time.monotonic() - started < 10
    assert table.rows == (("1",),)


def test_huge_preamble_is_refused(tmp_path: Path) -> None:
    head = '<?xml version="1.0"?><!--' + " " * (2 << 20) + "-->" + SHEET_HEAD[38:]
    path = write_xlsx(tmp_path / "c.xlsx", row(1, ["订单编号"]), head=head)
    refused(path, "for safety")


def test_truncated_zip(tmp_path: Path) -> None:
    whole = write_xlsx(
        tmp_path / "whole.xlsx", "".join(row(i, [i, "x" * 50]) for i in range(1, 3000))
    )
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    refused(cut, "damaged")


def test_corrupt_deflate_stream(tmp_path: Path) -> None:
    whole = write_xlsx(
        tmp_path / "whole.xlsx", "".join(row(i, [i, "x" * 50]) for i in range(1, 3000))
    )
    data = bytearray(whole.read_bytes())
    with zipfile.ZipFile(whole) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 200 : start + 400] = b"\xff" * 200
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(bytes(data))
    refused(broken, "damaged")


def test_encrypted_workbook(tmp_path: Path) -> None:
    path = tmp_path / "jd.xlsx"
    path.write_bytes(make_cfb(["EncryptionInfo", "EncryptedPackage"]))
    refused(path, "password")


def test_fake_xls_container_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "a.xls"
    path.write_bytes(make_cfb(["Workbook"]))
    refused(path, "damaged|holds no worksheet")


@pytest.mark.parametrize(
    ("data", "what"),
    [(b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"), (b"%PDF-1.4\n%\xe2\xe3", "PDF document")],
)
def test_renamed_files(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "orders.xlsx"
    path.write_bytes(data)
    refused(path, what)


def test_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "orders.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types>wordprocessingml</Types>")
    refused(path, "Word document")


def test_five_megabyte_cell_names_row_and_column(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "big.xlsx", row(1, ["订单编号", "备注"]) + row(2, ["1", "x" * (5 << 20)])
    )
    err = refused(path, "Row 2, column B")
    assert (err.row, err.column) == (2, "B")
    csv = tmp_path / "big.csv"
    csv.write_text("订单编号,备注\n1,2\n3," + "x" * (5 << 20) + "\n", "utf-8")
    assert refused(csv, "Row 3").row == 3


def test_merged_cells_are_named(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row("A1", ["订单编号", "联系手机"])
    sheet.merge_range("A2:A4", "123")
    sheet.write_column("B2", ["1", "2", "3"])
    workbook.close()
    table = read_table(path, known_headers=KNOWN)
    assert table.rows == (("123", "1"), (None, "2"), (None, "3"))
    assert any("A2:A4" in w for w in table.warnings)


def test_hidden_rows_are_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row("A1", ["订单编号", "联系手机"])
    for number in range(2, 8):
        sheet.write_row(number - 1, 0, [str(number), "x"])
    sheet.set_row(3, None, None, {"hidden": True})
    sheet.set_row(5, None, None, {"hidden": True})
    workbook.close()
    table = read_table(path, known_headers=KNOWN)
    assert table.total_rows == 6 and table.hidden_rows == (4, 6)
    assert any("rows 4, 6" in w for w in table.warnings)


def test_wrong_dimension_does_not_truncate(tmp_path: Path) -> None:
    body = row(1, ["订单编号", "联系手机"]) + "".join(row(i, [i, "x"]) for i in range(2, 5002))
    path = write_xlsx(tmp_path / "dim.xlsx", body, dimension="A1:C3")
    table = read_table(path, known_headers=KNOWN)
    assert table.total_rows == 5000 and table.rows[-1] == (5001, "x")


def test_formula_without_cached_value_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["订单编号", "联系手机"])
    sheet.append(["1", "=1+1"])
    workbook.save(path)
    err = refused(path, "never calculated")
    assert (err.row, err.column) == (2, "B")


def test_formula_with_cached_value_is_read(tmp_path: Path) -> None:
    body = row(1, ["订单编号", "联系手机"]) + '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c>'
    body += '<c r="B2" t="str"><f>""</f><v></v></c></row>'
    table = read_table(write_xlsx(tmp_path / "f.xlsx", body), known_headers=KNOWN)
    assert table.rows == ((2, None),)


@pytest.mark.parametrize(
    "far",
    [
        '<row r="2"><c r="ZZ1000000"><v>1</v></c></row>',
        '<row\nr="2"><c\nr="ZZ1000000"><v>1</v></c></row>',
        '<row\tr="1000000"><c><v>1</v></c><c r="ZZ5"/></row>',
    ],
)
def test_far_apart_cells_are_refused_before_loading(tmp_path: Path, far: str) -> None:
    body = row(1, ["订单编号", "联系手机"]) + far
    refused(write_xlsx(tmp_path / "sparse.xlsx", body), "far apart")


SHEET = "xl/worksheets/sheet1.xml"


def test_cells_without_references_widen_the_grid(tmp_path: Path) -> None:
    # The reader puts a cell with no r="…" after the one before it: 3,000 of them in
    # one row and a row numbered 100,000 make a grid of 300 million cells from 2 KB.
    loose = '<row r="2">' + "<c><v>1</v></c>" * 3000 + "</row>"
    body = (
        row(1, ["订单编号", "联系手机"])
        + loose
        + '<row r="100000"><c r="A100000"><v>1</v></c></row>'
    )
    path = write_xlsx(tmp_path / "loose.xlsx", body, level=9)
    assert path.stat().st_size < 5000
    scan = xlsxscan.scan_part(path, SHEET)
    assert scan.cells == 3003 and scan.rows == 3
    assert scan.grid_cells >= 100_000 * 3000
    refused(path, "far apart")


def test_rows_without_references_lengthen_the_grid(tmp_path: Path) -> None:
    body = '<row r="50"><c r="A50"><v>1</v></c><c r="B50"><v>2</v></c></row>'
    body += '<row><c r="A51"><v>1</v></c></row>' * 10 + "<row/>" * 5
    scan = xlsxscan.scan_part(write_xlsx(tmp_path / "rows.xlsx", body), SHEET)
    assert scan.rows == 16
    assert scan.grid_cells >= (50 + 15) * 2


def test_tags_written_with_other_spacing_are_counted(tmp_path: Path) -> None:
    body = "".join(
        f'<row\tr="{i}"><c\nr="A{i}"><v>1</v></c><c\r\nr="B{i}"/></row>' for i in range(1, 101)
    )
    scan = xlsxscan.scan_part(write_xlsx(tmp_path / "spacing.xlsx", body), SHEET)
    assert (scan.rows, scan.cells) == (100, 200)
    # r not written as `<c r="`: counted as if each cell might have none, at most twice
    assert 200 <= scan.grid_cells <= 400


def test_a_row_of_loose_cells_longer_than_a_read_piece_is_counted_whole(tmp_path: Path) -> None:
    count = xlsxscan.CHUNK // 4 + 1000  # "<c/>" is 4 bytes: the row spans two pieces
    body = '<row r="1"><c r="A1"><v>1</v></c></row><row>' + "<c/>" * count + "</row>"
    scan = xlsxscan.scan_part(write_xlsx(tmp_path / "long-row.xlsx", body), SHEET)
    assert scan.cells == count + 1
    assert scan.grid_cells >= count


def test_a_plain_workbook_keeps_its_exact_grid(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.set_column(0, 3, 20)  # a <cols> element: "<col" starts like a cell tag
    for r in range(300):
        sheet.write_row(r, 0, [f"r{r}", r, "x", "y"])
    workbook.close()
    scan = xlsxscan.scan_part(path, SHEET)
    assert (scan.rows, scan.cells, scan.grid_cells) == (300, 1200, 1200)


def test_empty_sheet(tmp_path: Path) -> None:
    refused(write_xlsx(tmp_path / "e.xlsx", ""), "empty")
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n,,\r\n")
    refused(blank, "empty")


def _rows_xml(count: int, columns: int) -> Iterator[bytes]:
    """Rows of numbers; cells without ``r`` (optional in the format) keep the XML small."""
    yield row(1, ["订单编号", *(f"列{c}" for c in range(1, columns))]).encode()
    batch: list[str] = []
    for number in range(2, count + 1):
        cells = f"<c><v>{number}</v></c>" * columns
        batch.append(f'<row r="{number}">{cells}</row>')
        if len(batch) == 50_000:
            yield "".join(batch).encode()
            batch.clear()
    yield "".join(batch).encode()


_MEASURE = """
import resource, sys, time
from pathlib import Path
from crmdesk.services.importing import ImportFileError, read_table
started = time.monotonic()
try:
    table = read_table(Path(sys.argv[1]), known_headers=["订单编号"])
    outcome = f"rows={table.total_rows}"
except ImportFileError as exc:
    outcome = f"refused={exc}"
print(outcome)
print(f"seconds={time.monotonic() - started:.2f}")
# This process's own peak: Linux carries the parent's (pytest's) peak over into
# ru_maxrss across fork and exec, VmHWM starts afresh with the new program.
status = Path("/proc/self/status")
if status.exists():
    line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
    print(f"peak_mb={int(line.split()[1]) // 1024}")
else:
    print(f"peak_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024 // 1024}")
"""


def _measure(path: Path) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return dict(line.split("=", 1) for line in done.stdout.splitlines())


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with resource")
def test_a_full_height_sheet_is_read_within_limits(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tall.xlsx", _rows_xml(1_048_576, 1), level=1)
    figures = _measure(path)
    print(figures)
    assert figures.get("rows") == "1048575", figures
    assert float(figures["seconds"]) < 10
    assert int(figures["peak_mb"]) < 500


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with resource")
def test_a_full_height_wide_sheet_is_refused_quickly(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "wide.xlsx", _rows_xml(1_048_576, 8), level=1)
    figures = _measure(path)
    print(figures)
    assert "more than can be read at once" in figures.get("refused", ""), figures
    assert float(figures["seconds"]) < 10
    assert int(figures["peak_mb"]) < 500
