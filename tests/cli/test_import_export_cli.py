"""``crmdesk import`` and ``crmdesk export`` end to end, including kill -9 mid-import."""

from __future__ import annotations

import csv
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from crmdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
TAOBAO = [
    "订单编号", "买家会员名", "买家实际支付金额", "订单状态", "收货人姓名", "收货地址 ",
    "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝总数量", "退款金额",
]  # fmt: skip


def _taobao_csv(path: Path, n: int, *, bad_row: int | None = None) -> Path:
    with open(path, "w", encoding="gbk", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(TAOBAO)
        for i in range(n):
            amount = "abc" if i == bad_row else f"{10 + i % 90}.50"
            writer.writerow([
                f'="{5118609024991000000 + i}"', f"tb_buyer{i % (n // 2 or 1)}", amount,
                "交易成功", f"客户{i % (n // 2 or 1)}", "广东省 广州市 越秀区 某街道1号(510180)",
                f"'13{i % (n // 2 or 1):09d}", "2025-03-05 14:30:00", "2025-03-05 14:31:00",
                "毛衣", "1", "0.00",
            ])  # fmt: skip
    return path


def _rows(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def _digest(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        h = hashlib.sha256()
        for table in ("customers", "orders", "order_items", "customer_accounts", "import_batches"):
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def test_import_prints_summary_and_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.crmdesk"
    src = _taobao_csv(tmp_path / "ExportOrderList.csv", 10)
    assert main(["import", str(src), "--db", str(db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Orders: 10 added, 0 updated, 0 unchanged." in out
    assert "Customers: 5 created" in out
    assert main(["import", str(src), "--db", str(db), "--platform", "taobao", "--lang", "en"]) == 0
    assert "Orders: 0 added, 0 updated, 10 unchanged." in capsys.readouterr().out
    assert (_rows(db, "orders"), _rows(db, "customers")) == (10, 5)


def test_bad_input_exits_2_and_leaves_the_database_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.crmdesk"
    assert main(["import", str(_taobao_csv(tmp_path / "a.csv", 4)), "--db", str(db)]) == 0
    before = _digest(db)
    bad = _taobao_csv(tmp_path / "b.csv", 6, bad_row=3)
    assert main(["import", str(bad), "--db", str(db), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "row 5, column 买家实际支付金额" in err and "abc" in err
    assert _digest(db) == before

    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a spreadsheet")
    assert main(["import", str(junk), "--db", str(db)]) == 2
    assert capsys.readouterr().err.strip()
    assert main(["import", str(tmp_path / "missing.csv"), "--db", str(db)]) == 2
    assert _digest(db) == before

    rejected = tmp_path / "rejected.xlsx"
    args = ["import", str(bad), "--db", str(db), "--skip-bad-rows", "--rejected", str(rejected)]
    assert main([*args, "--lang", "en"]) == 0
    assert "1 rejected" in capsys.readouterr().out
    ws = openpyxl.load_workbook(rejected).active
    assert [r[0] for r in ws.iter_rows(min_row=2, values_only=True)] == [5]


def test_customer_list_and_export_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.crmdesk"
    src = tmp_path / "customers.csv"
    with open(src, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(
            [["姓名", "手机", "标签", "地区"], ["张三", "13800138000", "VIP", "广东省 深圳市"]]
        )
    assert main(["import", str(src), "--db", str(db), "--as", "customers"]) == 0
    out = tmp_path / "out.xlsx"
    assert main(["export", "customers", str(out), "--db", str(db), "--full-phones"]) == 0
    assert "1" in capsys.readouterr().out
    values = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert values[1][:2] == ("张三", "13800138000")
    assert main(["import", str(out), "--db", str(db), "--lang", "en"]) == 0
    assert "0 created, 0 updated, 1 unchanged" in capsys.readouterr().out
    for what in ("orders", "contacts"):
        assert main(["export", what, str(tmp_path / f"{what}.xlsx"), "--db", str(db)]) == 0
    assert main(["export", "orders", str(tmp_path / "x.csv"), "--db", str(db)]) == 2


@pytest.mark.slow
def test_kill_9_during_a_50000_row_import(tmp_path: Path) -> None:
    """The import is wholly present or wholly absent after kill -9 at random moments."""
    src = _taobao_csv(tmp_path / "big.csv", 50_000)
    rng = random.Random(20261123)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "crmdesk", "import", str(src)]
    # Time one full run to choose kill moments across its whole length.
    start = time.monotonic()
    full_db = tmp_path / "full.crmdesk"
    subprocess.run([*cmd, "--db", str(full_db)], env=env, check=True, capture_output=True)
    duration = time.monotonic() - start
    assert _rows(full_db, "orders") == 50_000
    outcomes = []
    for attempt in range(3):
        db = tmp_path / f"kill{attempt}.crmdesk"
        proc = subprocess.Popen([*cmd, "--db", str(db)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.3, 0.95) * duration)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if not db.exists():
            outcomes.append("absent")
            continue
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            orders = con.execute("SELECT count(*) FROM orders").fetchone()[0]
            customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
            batches = con.execute("SELECT count(*) FROM import_batches").fetchone()[0]
        finally:
            con.close()
        assert (orders, customers, batches) in ((0, 0, 0), (50_000, 25_000, 1))
        outcomes.append("present" if orders else "absent")
    print(f"full import {duration:.1f}s; kill -9 outcomes: {outcomes}")


CONTROL = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("CREATE TABLE t (i INTEGER)")
for chunk in range(500):
    con.execute("BEGIN")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    con.execute("COMMIT")
    time.sleep(0.01)
"""


@pytest.mark.slow
def test_kill_harness_sees_a_chunked_writer_half_done(tmp_path: Path) -> None:
    """Control: a writer that commits in chunks is caught half-way by the same kill -9."""
    db = tmp_path / "control.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", CONTROL, str(db)])
    time.sleep(2.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        con.close()
    assert 0 < rows < 50_000
