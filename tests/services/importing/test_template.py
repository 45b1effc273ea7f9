"""The blank customer workbook: headers, example row, the 说明 sheet, and re-import."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from crmdesk.services.importing import read_table, write_customer_template
from crmdesk.services.importing.template import customer_headers

HEADERS = (
    "姓名",
    "手机",
    "微信",
    "性别",
    "生日",
    "省份",
    "城市",
    "区县",
    "详细地址",
    "平台",
    "买家ID",
    "买家昵称",
    "标签",
    "来源渠道",
    "公司",
    "备注",
)


def test_template_sheets_headers_and_example(tmp_path: Path) -> None:
    path = write_customer_template(tmp_path / "客户导入模板.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["客户", "说明"]
    sheet = workbook["客户"]
    assert tuple(c.value for c in sheet[1]) == HEADERS == customer_headers()
    example = list(sheet[2])
    assert example[1].value == "13800138000" and example[1].data_type == "s"
    assert sheet.max_row == 2
    notes = workbook["说明"]
    documented = [r[0] for r in notes.iter_rows(min_row=2, max_row=17, values_only=True)]
    assert documented == list(HEADERS)
    for name, required, form, _ in notes.iter_rows(min_row=2, max_row=17, values_only=True):
        assert required and form, name
    assert sum(1 for c in sheet[1] if c.fill.fgColor.rgb.endswith("DDEBF7")) == 2


def test_template_has_no_formula_and_reads_back(tmp_path: Path) -> None:
    path = write_customer_template(tmp_path / "t.xlsx")
    table = read_table(path, known_headers=HEADERS)
    assert table.sheet == "客户" and table.header_row_number == 1
    assert table.raw_headers == HEADERS
    assert table.rows[0][:2] == ("张三", "13800138000")
    assert table.total_rows == 1
