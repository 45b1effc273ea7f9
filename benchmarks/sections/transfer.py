"""Importing and exporting at shop scale, each beside the fastest generic way in the same run.

* ``import_customers``: a 100,000-row customer workbook (the template's columns) through
  crmdesk's whole import (``analyse`` + ``run_import`` into a fresh shop file: safety
  scan, row checks, matching, one transaction, search text and figures) beside
  ``pandas.read_excel(engine="calamine")`` + ``DataFrame.to_sql`` into a fresh SQLite
  file, which checks nothing and matches nothing.
* ``import_orders``: a 100,000-order Taobao export (the legacy 46-column GBK CSV, every
  value quoted, order numbers as ``="…"``) the same way, beside ``pandas.read_csv`` +
  ``to_sql`` (``read_excel`` does not read CSV).
* ``export_customers``: ``exporting.export_customers`` of every customer in the
  benchmark shop file beside plain xlsxwriter writing the same columns, fetched by one
  raw query.

The input files are generated once and cached under ``--out``. The imports take tens of
seconds, so they run once each (no warm-up); the note column says so.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.registry import Context, Result, section
from crmdesk.db import open_database
from crmdesk.services import demo_data as vocab
from crmdesk.services import demo_data_gen as gen
from crmdesk.services.platforms import platform

IMPORT_ROWS = 100_000
FORMAT = 1  # bump when the generated files change, so caches are rebuilt


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _cached(path: Path, build: Callable[[Path], None]) -> Path:
    """``path``, built through a temporary name first when missing."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building" + path.suffix)
    build(tmp)
    tmp.rename(path)
    return path


# --- input files -----------------------------------------------------------------------


def _customer_rows(rng: random.Random, count: int) -> Iterator[list[object]]:
    """Template-shaped rows; about 3% repeat an earlier customer's phone (to be matched)."""
    today = dt.date(2026, 1, 1)
    phones: list[str] = []
    for n in range(count):
        gender = rng.choice(("F", "F", "M"))
        if phones and rng.random() < 0.03:
            phone = rng.choice(phones)
        else:
            phone = gen.mobile(rng)
            phones.append(phone)
        plat = rng.choices(vocab.DEMO_PLATFORMS, weights=vocab.PLATFORM_WEIGHTS)[0]
        buyer_id, nick = gen.buyer_account(rng, plat)
        province, city, district, address = gen.region(rng)
        yield [
            gen.person_name(rng, gender),
            phone,
            gen.wechat_id(rng) if rng.random() < 0.3 else None,
            "女" if gender == "F" else "男",
            gen.birthday(rng, today) if rng.random() < 0.6 else None,
            province,
            city,
            district,
            address,
            platform(plat).name_zh,
            f"{buyer_id}_{n}",
            nick,
            ",".join(rng.sample(vocab.TAGS, rng.randint(0, 2))) if rng.random() < 0.4 else None,
            rng.choice(vocab.SOURCE_CHANNELS) if rng.random() < 0.5 else None,
            rng.choice(vocab.COMPANY_NAMES) if rng.random() < 0.05 else None,
            rng.choice(vocab.NOTES) if rng.random() < 0.2 else None,
        ]


def customer_workbook(out_dir: Path, rows: int, seed: int) -> Path:
    """The cached customer workbook: the import template's columns, ``rows`` rows."""

    def build(path: Path) -> None:
        import xlsxwriter

        from crmdesk.services.importing.template import customer_headers

        rng = random.Random(seed)
        workbook = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "strings_to_formulas": False}
        )
        ws = workbook.add_worksheet("客户")
        date = workbook.add_format({"num_format": "yyyy-mm-dd"})
        for c, name in enumerate(customer_headers()):
            ws.write_string(0, c, name)
        for r, row in enumerate(_customer_rows(rng, rows), start=1):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    ws.write_datetime(r, c, value, date)
                elif value is not None:
                    ws.write_string(r, c, str(value))
        workbook.close()

    name = f"transfer-customers-{rows}-s{seed}-v{FORMAT}.xlsx"
    return _cached(out_dir / name, build)


_TAOBAO_STATUSES = (
    ("交易成功",) * 85 + ("卖家已发货,等待买家确认",) * 6 + ("买家已付款,等待卖家发货",) * 3
    + ("交易关闭",) * 5 + ("等待买家付款",)
)  # fmt: skip


def _taobao_rows(rng: random.Random, count: int) -> Iterator[dict[str, object]]:
    """Orders from about 40% as many buyers (repeat buyers), some with masked phones."""
    buyers = []
    for _ in range(max(1, count * 2 // 5)):
        gender = rng.choice(("F", "F", "M"))
        phone = gen.mobile(rng)
        province, city, district, address = gen.region(rng)
        buyers.append(
            (
                gen.buyer_account(rng, "taobao")[0],
                gen.person_name(rng, gender),
                phone if rng.random() < 0.7 else gen.masked(phone),
                f"{province} {city} {district} {address}({rng.randint(100000, 999999)})",
            )
        )
    start = dt.datetime(2024, 1, 1, 8)
    for n in range(count):
        buyer, name, phone, address = buyers[n] if n < len(buyers) else rng.choice(buyers)
        _category, title, price = rng.choice(vocab.CATALOGUE)
        qty = rng.choice((1, 1, 1, 2, 3))
        paid = int(price.replace(".", "")) * (10 if "." in price else 100) * qty
        status = rng.choice(_TAOBAO_STATUSES)
        at = start + dt.timedelta(minutes=n * 5 + rng.randrange(5))
        refund = paid if status == "交易关闭" else 0
        yield {
            "订单编号": f'="{35153131473293579 + n * 7}"',
            "买家会员名": buyer,
            "买家实际支付金额": f"{paid / 100:.2f}",
            "订单状态": status,
            "收货人姓名": name,
            "收货地址 ": address,
            "联系手机": f"'{phone}",
            "订单创建时间": at.strftime("%Y-%m-%d %H:%M:%S"),
            "订单付款时间 ": (at + dt.timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S")
            if status not in ("等待买家付款", "交易关闭")
            else "",
            "宝贝标题 ": title,
            "宝贝总数量": str(qty),
            "退款金额": f"{refund / 100:.2f}",
            "订单关闭原因": "买家不想买了" if status == "交易关闭" else "订单未关闭",
        }


def taobao_csv(out_dir: Path, rows: int, seed: int) -> Path:
    """The cached Taobao order export: the 46 legacy columns, GBK, every value quoted."""

    def build(path: Path) -> None:
        from tests.services.importing.platform_files import TAOBAO_2017, fill, headers, write_csv

        cols = headers(TAOBAO_2017)
        write_csv(path, cols, fill(cols, _taobao_rows(random.Random(seed), rows)), "gbk")

    name = f"transfer-taobao-{rows}-s{seed}-v{FORMAT}.csv"
    return _cached(out_dir / name, build)


# --- imports -------------------------------------------------------------------------


def _crmdesk_import(path: Path, workdir: Path) -> tuple[float, float, object]:
    """(analyse seconds, run_import seconds, summary) into a fresh shop file."""
    from crmdesk.services.importing.pipeline import analyse, run_import

    db = open_database(workdir / "shop.crmdesk")  # schema creation is not timed
    try:
        read_plan, plan = _timed(lambda: analyse(db, path))
        commit, summary = _timed(lambda: run_import(db, plan))  # type: ignore[arg-type]
    finally:
        db.close()
    return read_plan, commit, summary


def _pandas_import(read: Callable[[], object], workdir: Path) -> tuple[float, float]:
    """(read seconds, to_sql seconds) into a fresh SQLite file."""
    frame_time, frame = _timed(read)
    con = sqlite3.connect(workdir / "pandas.sqlite")
    try:
        write_time, _ = _timed(lambda: frame.to_sql("rows", con, index=False))  # type: ignore[attr-defined]
        con.commit()
    finally:
        con.close()
    return frame_time, write_time


def _import_results(
    name: str, what: str, path: Path, read: Callable[[], object], baseline: str
) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-") as tmp:
        ours_read, ours_write, summary = _crmdesk_import(path, Path(tmp))
        theirs_read, theirs_write = _pandas_import(read, Path(tmp))
    s = summary
    note = (
        f"1 run each; crmdesk analyse {ours_read:.1f} s + run_import {ours_write:.1f} s "
        f"({s.rows_imported:,} rows, {s.rows_rejected:,} rejected, "  # type: ignore[attr-defined]
        f"{s.customers_created:,} customers created, "  # type: ignore[attr-defined]
        f"{s.orders_added:,} orders added); "  # type: ignore[attr-defined]
        f"pandas read {theirs_read:.1f} s + to_sql {theirs_write:.1f} s"
    )
    return [
        Result(name, what, ours_read + ours_write, baseline, theirs_read + theirs_write, note=note),
        Result(
            name,
            "  reading + checking (analyse) vs reading only",
            ours_read,
            "pandas read",
            theirs_read,
        ),
    ]


@section("import_customers")
def import_customers_section(ctx: Context) -> list[Result]:
    """analyse + run_import of a 100,000-row customer workbook vs pandas + to_sql."""
    import pandas as pd

    path = customer_workbook(ctx.out_dir, IMPORT_ROWS, 1)
    return _import_results(
        "import_customers",
        f"customer workbook, {IMPORT_ROWS:,} rows × 16 columns (.xlsx)",
        path,
        lambda: pd.read_excel(path, engine="calamine"),
        "pandas.read_excel(calamine) + to_sql",
    )


@section("import_orders")
def import_orders_section(ctx: Context) -> list[Result]:
    """analyse + run_import of a 100,000-order Taobao CSV vs pandas.read_csv + to_sql."""
    import pandas as pd

    path = taobao_csv(ctx.out_dir, IMPORT_ROWS, 1)
    return _import_results(
        "import_orders",
        f"Taobao order export, {IMPORT_ROWS:,} orders × 46 columns (GBK .csv)",
        path,
        lambda: pd.read_csv(path, encoding="gbk", dtype=str),
        "pandas.read_csv + to_sql",
    )


# --- export --------------------------------------------------------------------------

_RAW_EXPORT = """
SELECT c.name, c.phone, c.accounts_text,
       COALESCE(c.province, '') || COALESCE(c.city, '') || COALESCE(c.district, ''),
       (SELECT group_concat(t.name, '、') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.customer_id = c.id),
       c.relationship_status, c.order_count, c.total_spend_fen / 100.0, c.last_order_at
FROM customers c WHERE c.deleted_at IS NULL ORDER BY c.id
"""


def _xlsxwriter_export(db_path: Path, target: Path) -> int:
    import xlsxwriter

    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = con.execute(_RAW_EXPORT).fetchall()
    finally:
        con.close()
    workbook = xlsxwriter.Workbook(str(target), {"strings_to_formulas": False})
    ws = workbook.add_worksheet("Customers")
    ws.write_row(0, 0, ("name", "phone", "accounts", "region", "tags", "status", "orders",
                        "spend", "last order"))  # fmt: skip
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row)
    workbook.close()
    return len(rows)


@section("export_customers")
def export_customers_section(ctx: Context) -> list[Result]:
    """exporting.export_customers of every customer vs xlsxwriter over one raw query."""
    from crmdesk.services import exporting

    runs = 1 if ctx.runs <= 1 else 3
    ours: list[float] = []
    theirs: list[float] = []
    rows = 0
    db = ctx.open()
    try:
        with tempfile.TemporaryDirectory(prefix="crmdesk-bench-") as tmp:
            for _ in range(runs):
                target = Path(tmp) / "customers.xlsx"
                took, result = _timed(
                    lambda t=target: exporting.export_customers(db, t, mask_phones=False)
                )
                ours.append(took)
                rows = result.rows  # type: ignore[attr-defined]
                took, _ = _timed(lambda t=target: _xlsxwriter_export(ctx.db_path, t))
                theirs.append(took)
    finally:
        db.close()
    note = (
        f"median of {runs}; crmdesk: register order and columns, constant_memory, "
        "typed cells, temp file + fsync + rename; xlsxwriter: default mode, write_row"
    )
    return [
        Result(
            "export_customers",
            f"exporting.export_customers, {rows:,} customers, register's 9 columns",
            statistics.median(ours),
            "raw query + xlsxwriter",
            statistics.median(theirs),
            note=note,
        )
    ]
