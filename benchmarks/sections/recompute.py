"""Recomputing every customer's figures from the orders, beside a pandas group-by."""

from __future__ import annotations

import gc
import sqlite3
import statistics
import time

from sqlalchemy import text

from benchmarks.registry import Context, Result, median_time, section
from crmdesk.services import stats

_VALID = "status IN ('paid', 'shipped', 'completed') AND paid_fen > refund_fen"


def _time_recompute(ctx: Context, *, spoil: bool) -> float:
    """Median time of recompute_all, each run rolled back; ``spoil`` first dirties every row."""
    db = ctx.open()
    times = []
    try:
        for run in range(min(ctx.runs, 3) + 1):
            with db.session_factory() as session:
                if spoil:  # untimed: make every stored figure differ, so every row is rewritten
                    session.execute(
                        text("UPDATE customers SET category_count = category_count + 1")
                    )
                gc.collect()
                start = time.perf_counter()
                stats.recompute_all(session)
                elapsed = time.perf_counter() - start
                session.rollback()
            if run:  # the first run warms the cache
                times.append(elapsed)
    finally:
        db.close()
    return statistics.median(times)


@section("recompute")
def recompute_section(ctx: Context) -> list[Result]:
    """stats.recompute_all over all orders vs pandas over the same orders."""
    import pandas as pd

    full = _time_recompute(ctx, spoil=True)
    unchanged = _time_recompute(ctx, spoil=False)

    con = sqlite3.connect(f"file:{ctx.db_path}?mode=ro", uri=True)
    try:
        start = time.perf_counter()
        frame = pd.read_sql_query(
            "SELECT customer_id, ordered_at, paid_fen - refund_fen AS v"
            f" FROM orders WHERE {_VALID}",
            con,
        )
        frame["ordered_at"] = pd.to_datetime(frame["ordered_at"])
        load = time.perf_counter() - start
    finally:
        con.close()

    def pandas_figures() -> None:
        ordered = frame.sort_values(["customer_id", "ordered_at"])
        days = ordered["ordered_at"].dt.normalize()
        gaps = days.groupby(ordered["customer_id"]).diff().dt.days
        agg = ordered.groupby("customer_id").agg(
            n=("v", "size"),
            total=("v", "sum"),
            first=("ordered_at", "min"),
            last=("ordered_at", "max"),
        )
        agg["median_gap"] = gaps.groupby(ordered["customer_id"]).median()

    grouping = median_time(pandas_figures, min(ctx.runs, 3))
    # Both sides read the orders from the file; crmdesk also writes the figures back.
    theirs = load + grouping
    baseline = "pandas: read valid orders + groupby (count, sum, first, last, median gap)"
    note = f"pandas read {load:.2f} s + groupby {grouping:.2f} s"
    size = f"{ctx.customers:,} customers, {ctx.orders:,} orders"
    return [
        Result(
            "recompute",
            f"stats.recompute_all, every row rewritten ({size})",
            full,
            baseline,
            theirs,
            note=note,
        ),
        Result(
            "recompute",
            "stats.recompute_all, nothing changed",
            unchanged,
            baseline,
            theirs,
            note=note,
        ),
    ]
