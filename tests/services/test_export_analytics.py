"""Every analytics figure goes to the customer export, as the register labels it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl

from crmdesk.cli import main
from crmdesk.db import Database, open_database
from crmdesk.services import exporting
from crmdesk.services.analytics_text import label
from crmdesk.services.demo import create_demo_shop
from crmdesk.services.register import RegisterQuery, fetch_page
from crmdesk.services.register_columns import ANALYTICS_COLUMNS

TITLES = [
    "Churn warning",
    "Days since last order",
    "R score",
    "F score",
    "M score",
    "RFM segment",
    "Customer pyramid",
    "Value matrix",
    "Lifecycle stage",
    "Customer lifetime value",
    "Loyalty",
]


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_chosen_analytics_columns_carry_every_figure(db: Database, tmp_path: Path) -> None:
    create_demo_shop(db, customers=60, orders=300, today=dt.date.today())
    query = RegisterQuery(sort_key="clv")
    out = exporting.export_customers(
        db, tmp_path / "a.xlsx", query, ["name", *ANALYTICS_COLUMNS], mask_phones=False
    )
    sheet = _sheet(out.path)
    assert list(sheet[0]) == ["Name", *TITLES]
    rows = fetch_page(db, query, 0, 1000)
    assert len(sheet) == len(rows) + 1
    for row, cells in zip(rows, sheet[1:], strict=True):
        got = dict(zip(["name", *ANALYTICS_COLUMNS], cells, strict=True))
        assert got["name"] == row.name
        assert got["churn_warning"] == ("Yes" if row.churn_warning else None)
        assert (got["r_days"], got["r_score"], got["f_score"], got["m_score"]) == (
            row.r_days, row.r_score, row.f_score, row.m_score,
        )  # fmt: skip
        for key in ("rfm_segment", "pyramid_level", "value_class", "lifecycle_stage"):
            assert got[key] == (label(key, getattr(row, key)) or None), key
        assert got["loyalty_type"] == (label("loyalty_type", row.loyalty_type) or None)
        clv = got["clv"]
        assert (None if clv is None else Decimal(str(clv))) == row.clv
    assert any(c[1 + ANALYTICS_COLUMNS.index("rfm_segment")] == "Important value" for c in sheet)


def test_cli_export_includes_every_figure_by_default(tmp_path: Path) -> None:
    shop = tmp_path / "cli.crmdesk"
    db = open_database(shop)
    try:
        create_demo_shop(db, customers=30, orders=120, today=dt.date.today())
    finally:
        db.close()
    out = tmp_path / "cli.xlsx"
    assert main(["export", "customers", str(out), "--db", str(shop), "--lang", "en"]) == 0
    header = list(_sheet(out)[0])
    assert header[: len(header) - len(TITLES)] == [
        "Name", "Phone", "Platform / buyer ID", "Region", "Tags", "Status", "Orders",
        "Total spend", "Last order", "Tier",
    ]  # fmt: skip
    assert header[-len(TITLES) :] == TITLES
