"""read_table on ordinary exports: every format, header search, reconciliation."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import xlsxwriter

from crmdesk.errors import Cancelled
from crmdesk.services.importing import (
    ImportFileError,
    RawTable,
    SheetInfo,
    list_sheets,
    parse_id,
    read_table,
)

from .xlsx_parts import row, write_xlsx

KNOWN = ("订单编号", "收货人姓名", "联系手机", "订单金额", "买家会员名")


def reconciles(table: RawTable) -> bool:
    return table.total_rows == len(table.rows) and all(
        len(r) == len(table.headers) for r in table.rows
    )


def make_orders_xlsx(path: Path) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("订单")
    sheet.write_string("A1", "订单报表（导出时间 2024-03-05）")
    sheet.write_row("A3", ["订单编号 ", "收货人姓名", "联系手机", "订单金额（元）", "下单时间"])
    stamp = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_string("A4", "5118609024991031607")
    sheet.write_string("B4", "张*")
    sheet.write_number("C4", 13812345678)
    sheet.write_string("D4", "¥1,299.50")
    sheet.write_datetime("E4", datetime(2024, 3, 5, 14, 30), stamp)
    sheet.write_string("A6", "5118609024991031608")
    sheet.write_number("C6", 1.2345678901234568e18)
    workbook.add_worksheet("空白")
    workbook.close()
    return path


def test_xlsx_with_title_rows(tmp_path: Path) -> None:
    table = read_table(make_orders_xlsx(tmp_path / "orders.xlsx"), known_headers=KNOWN)
    assert (table.file_format, table.sheet, table.encoding) == ("xlsx", "订单", None)
    assert table.header_row_number == 3
    assert table.first_row_number == 4
    assert table.headers == ("订单编号", "收货人姓名", "联系手机", "订单金额(元)", "下单时间")
    assert table.raw_headers[0] == "订单编号"
    assert table.rows[0] == (
        "5118609024991031607",
        "张*",
        13812345678,
        "¥1,299.50",
        datetime(2024, 3, 5, 14, 30),
    )
    assert (table.total_rows, table.blank_rows) == (3, 1)
    assert table.row_number(2) == 6
    assert reconciles(table)
    # A 19-digit number cell kept its damage visible instead of becoming an int.
    with pytest.raises(ImportFileError, match="original"):
        parse_id(table.rows[2][2])


def test_sheets_are_listed_and_chosen(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("说明").write("A1", "请看第二张表")
    data = workbook.add_worksheet("数据")
    data.write_row("A1", ["订单编号", "联系手机"])
    data.write_row("A2", ["1", "2"])
    secret = workbook.add_worksheet("隐藏")
    secret.hide()
    workbook.close()
    assert list_sheets(path) == (
        SheetInfo("说明", 0, False),
        SheetInfo("数据", 1, False),
        SheetInfo("隐藏", 2, True),
    )
    first = read_table(path)
    assert first.sheet == "说明"
    assert any("3 sheets" in w for w in first.warnings)
    by_name = read_table(path, sheet="数据", known_headers=KNOWN)
    by_index = read_table(path, sheet=1, known_headers=KNOWN)
    assert by_name.rows == by_index.rows == (("1", "2"),)
    with pytest.raises(ImportFileError, match="no sheet"):
        read_table(path, sheet="不存在")


def test_empty_first_sheet_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Sheet1")
    workbook.add_worksheet("Sheet2").write_row("A1", ["订单编号", "联系手机"])
    workbook.close()
    assert read_table(path, known_headers=KNOWN).sheet == "Sheet2"


def test_data_not_starting_in_a1_keeps_file_positions(tmp_path: Path) -> None:
    path = tmp_path / "offset.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row("C5", ["订单编号", "联系手机"])
    sheet.write_row("C6", ["1", "138"])
    workbook.close()
    table = read_table(path, known_headers=KNOWN)
    assert (table.header_row_number, table.first_row_number) == (5, 6)
    assert table.column_name(1) == "D"
    assert table.rows == (("1", "138"),)


def test_header_row_can_be_given_or_absent(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("标题\n1,2\n3,4\n", "utf-8")
    table = read_table(path, header_row=2)
    assert table.headers == ("1", "2") and table.rows == (("3", "4"),)
    bare = read_table(path, header_row=0)
    assert bare.header_row_number == 0 and bare.first_row_number == 1
    assert bare.headers == ("", "") and len(bare.rows) == 3
    with pytest.raises(ImportFileError, match="outside"):
        read_table(path, header_row=9)


def test_no_recognisable_header_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("1,2,3\n4,5,6\n", "utf-8")
    with pytest.raises(ImportFileError, match="header row"):
        read_table(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk", "gb18030"])
def test_csv_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "orders.xls"
    text = '订单编号,收货人姓名,联系手机\r\n="123",张三,\'13800138000\r\n\r\n4,李\t,-\r\n\r\n'
    path.write_bytes(text.encode(encoding))
    table = read_table(path, known_headers=KNOWN)
    assert table.file_format == "csv"
    assert table.headers == ("订单编号", "收货人姓名", "联系手机")
    assert table.rows == (
        ('="123"', "张三", "'13800138000"),
        (None, None, None),
        ("4", "李\t", "-"),
    )
    assert (table.total_rows, table.blank_rows, table.first_row_number) == (3, 1, 2)


def test_tab_separated_and_quoted_csv(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text('订单编号\t备注\n1\t"多行\n备注"\n', "utf-8")
    table = read_table(path, known_headers=KNOWN)
    assert table.rows == (("1", "多行\n备注"),)


def test_ragged_csv_rows_are_padded_and_extra_columns_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("订单编号,联系手机\n1\n2,3,extra\n", "utf-8")
    table = read_table(path, known_headers=KNOWN)
    assert table.headers == ("订单编号", "联系手机", "")
    assert table.rows == (("1", None, None), ("2", "3", "extra"))


def test_html_table_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "jd.xls"
    path.write_text(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>'
        "<body><p>导出</p><table><tr><th>订单编号</th><th>客户姓名</th><th>联系电话</th></tr>"
        "<tr><td>\t123</td><td>&#24352;&#19977;</td><td>1******6198</td></tr>"
        "<tr><td></td><td></td><td></td></tr>"
        "<tr><td>124</td><td>李<br>四</td><td>&amp;</td></tr></table></body></html>",
        encoding="gbk",
    )
    table = read_table(path, known_headers=("订单编号", "客户姓名", "联系电话"))
    assert (table.file_format, table.encoding) == ("html", "gb18030")
    assert table.rows == (
        ("\t123", "张三", "1******6198"),
        (None, None, None),
        ("124", "李\n四", "&"),
    )
    assert table.blank_rows == 1


def test_ods_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.ods"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="客户">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>手机</text:p>'
        "</table:table-cell></table:table-row>"
        '<table:table-row><table:table-cell office:value-type="float" office:value="13800138000">'
        "<text:p>13800138000</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
            'spreadsheet"/></manifest:manifest>',
        )
    table = read_table(path, known_headers=("手机",))
    assert (table.file_format, table.sheet, table.headers) == ("ods", "客户", ("手机",))
    assert table.rows == ((13800138000,),)


def test_trailing_blank_rows_are_not_counted(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        row(1, ["订单编号", "联系手机"]) + row(2, [1, 2]) + row(3, ["", " "]) + row(9, [" ", "\t"]),
    )
    table = read_table(path, known_headers=KNOWN)
    assert table.total_rows == 1 and table.rows == ((1, 2),)


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("订单编号,联系手机\n" + "1,2\n" * 10_000, "utf-8")
    calls: list[tuple[int, int]] = []
    table = read_table(path, known_headers=KNOWN, progress=lambda d, t, m="": calls.append((d, t)))
    assert table.total_rows == 10_000 and calls and calls[-1][0] == 10_001
    with pytest.raises(Cancelled):
        read_table(path, cancel=lambda: True)
    with pytest.raises(ImportFileError, match="longer than"):
        read_table(path, timeout_s=0)


def test_row_limit_is_a_clear_refusal(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("订单编号\n" + "1\n" * 5_000, "utf-8")
    with pytest.raises(ImportFileError, match="at most 100 rows"):
        read_table(path, max_rows=100)
    xlsx = write_xlsx(tmp_path / "a.xlsx", "".join(row(i, [i]) for i in range(1, 500)))
    with pytest.raises(ImportFileError, match="at most 100 rows"):
        read_table(xlsx, max_rows=100)


def test_duplicate_headers_are_warned(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("订单编号,备注,备注 \n1,a,b\n", "utf-8")
    table = read_table(path, known_headers=KNOWN)
    assert any("备注" in w for w in table.warnings)
