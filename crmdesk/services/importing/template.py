"""A blank customer workbook the owner can fill in and import back."""

from __future__ import annotations

from pathlib import Path

#: Column, required?, format, explanation — in the order of the template's columns.
CUSTOMER_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("姓名", "姓名和手机至少填一项", "文字", "客户姓名或称呼。"),
    (
        "手机",
        "姓名和手机至少填一项",
        "11位手机号，按文字填写",
        "用于识别同一客户；带 * 的打码号码只作参考。",
    ),
    ("微信", "选填", "文字", "微信号。"),
    ("性别", "选填", "男 / 女", "留空表示未知。"),
    ("生日", "选填", "日期，如 1990-05-20", "填写完整日期（年-月-日）。"),
    ("省份", "选填", "文字，如 浙江省", ""),
    ("城市", "选填", "文字，如 杭州市", ""),
    ("区县", "选填", "文字，如 西湖区", ""),
    ("详细地址", "选填", "文字", "街道、门牌号。"),
    ("平台", "选填", "淘宝 / 京东 / 拼多多 / 抖音 / 微信 / 其他", "客户所在的销售平台。"),
    ("买家ID", "选填", "文字", "平台上的买家编号；与平台一起用于识别同一客户。"),
    ("买家昵称", "选填", "文字", "平台上显示的昵称。"),
    ("标签", "选填", "多个标签用逗号分隔，如 老客户,批发", ""),
    ("来源渠道", "选填", "文字，如 朋友介绍", "客户从哪里来。"),
    ("公司", "选填", "文字", ""),
    ("备注", "选填", "文字", "任何补充说明。"),
)

_EXAMPLE = (
    "张三",
    "13800138000",
    "zhangsan_wx",
    "男",
    "1990-05-20",
    "浙江省",
    "杭州市",
    "西湖区",
    "文三路 100 号",
    "淘宝",
    "tb123456",
    "小张爱购物",
    "老客户,VIP",
    "朋友介绍",
    "杭州示例贸易有限公司",
    "这一行是示例，导入前请删除",
)


def customer_headers() -> tuple[str, ...]:
    """The template's column names, as the importer should recognise them."""
    return tuple(field[0] for field in CUSTOMER_FIELDS)


def write_customer_template(path: Path) -> Path:
    """Write the blank customer workbook (sheet 客户 plus a 说明 sheet) to ``path``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column, (name, required, _format, _note) in enumerate(CUSTOMER_FIELDS, start=1):
        cell = sheet.cell(row=1, column=column, value=name)
        cell.font = bold
        if not required.startswith("选填"):
            cell.fill = fill
        example = sheet.cell(row=2, column=column, value=_EXAMPLE[column - 1])
        example.data_type = "s"  # never a formula, never a number
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = max(10, len(_EXAMPLE[column - 1]) * 2 + 2)
        # Text format for the whole column, so a typed phone keeps its digits.
        sheet.column_dimensions[letter].number_format = "@"
    sheet.freeze_panes = "A2"

    notes = workbook.create_sheet("说明")
    notes.append(("字段", "是否必填", "格式", "说明"))
    for cell in notes[1]:
        cell.font = bold
    for field in CUSTOMER_FIELDS:
        notes.append(field)
        for cell in notes[notes.max_row]:
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes.append(())
    notes.append(("第一行是列名，请勿修改；第二行是示例，导入前请删除。",))
    for letter, width in zip("ABCD", (12, 22, 34, 48), strict=True):
        notes.column_dimensions[letter].width = width
    workbook.save(path)
    return path
