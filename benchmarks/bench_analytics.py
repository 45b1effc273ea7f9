"""Benchmark: the full customer-analytics recompute beside pandas computing the same figures.

``bench_analytics(db_path)`` times, on one shop file:

- ``stats``: the stored order figures (crmdesk.services.stats.recompute_all), for context;
- ``analytics``: crmdesk's full analytics recompute (median of 3 runs, each on a new day so
  every buyer's row really changes and is written);
- ``pandas``: reading the valid orders into pandas and computing the same figures with
  groupby (read and compute timed apart), then checks that both agree.

Run standalone with ``python -m benchmarks.bench_analytics [--customers N --orders M]`` (the
shared benchmark file of ``benchmarks.build``), or as the ``analytics`` section of
``python -m benchmarks.bench``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from crmdesk.db import open_database
from crmdesk.services import analytics, stats
from crmdesk.services.analytics import read_cutoffs, read_params, recompute_analytics_in_session
from crmdesk.services.analytics_rules import RESULT_COLUMNS, clv_factor
from crmdesk.services.analytics_text import explain_customer

VALID = ("paid", "shipped", "completed")


def _months_before(day: dt.date, months: int) -> dt.date:
    return stats.months_before(day, months)


def pandas_figures(path: Path, today: dt.date, params: Any) -> tuple[Any, float, float]:
    """Every analytics figure per customer from the orders table with pandas groupby.

    Returns (DataFrame indexed by customer id, seconds reading, seconds computing).
    """
    import numpy as np
    import pandas as pd

    t0 = time.perf_counter()
    con = sqlite3.connect(path)
    marks = ", ".join(f"'{s}'" for s in VALID)
    o = pd.read_sql_query(
        "SELECT customer_id, ordered_at, paid_fen - refund_fen AS v, category FROM orders "
        f"WHERE status IN ({marks}) AND paid_fen - refund_fen > 0",
        con,
    )
    c = pd.read_sql_query("SELECT id, referrer_id FROM customers WHERE deleted_at IS NULL", con)
    con.close()
    t1 = time.perf_counter()

    epoch = dt.date(1970, 1, 1).toordinal()
    day_of = pd.to_datetime(o["ordered_at"].str.slice(0, 10)).to_numpy()
    o["day"] = day_of.astype("datetime64[D]").astype(np.int64) + epoch
    t = today.toordinal()
    s12 = _months_before(today, 12).toordinal()
    s6 = _months_before(today, 6).toordinal()
    s24 = _months_before(today, 24).toordinal()
    o["v12"] = o["v"].where(o["day"] >= s12, 0)
    o["n12"] = (o["day"] >= s12).astype(np.int64)
    o["v6"] = o["v"].where(o["day"] >= s6, 0)
    o["vp6"] = o["v"].where((o["day"] >= s12) & (o["day"] < s6), 0)
    o = o.sort_values(["customer_id", "ordered_at"], kind="stable")
    o["gap"] = o.groupby("customer_id")["day"].diff()
    g = o.groupby("customer_id")
    a = g.agg(
        n=("v", "size"),
        total=("v", "sum"),
        first=("day", "min"),
        last=("day", "max"),
        s12=("v12", "sum"),
        o12=("n12", "sum"),
        s6=("v6", "sum"),
        sp6=("vp6", "sum"),
        cats=("category", "nunique"),
    )
    a["med"] = np.floor(g["gap"].median() + 0.5)
    a = a[a.index.isin(c["id"])]
    a["referred"] = a.index.isin(c["referrer_id"].dropna().astype(np.int64))
    n = len(a)

    def quintile(x: Any) -> Any:
        p = (x.rank(method="average") - 0.5) / n
        return np.minimum(5, np.floor(5 * p + 1e-9) + 1).astype(np.int64)

    out = pd.DataFrame(index=a.index)
    out["r_days"] = t - a["last"]
    out["r_score"] = quintile(a["last"])
    out["f_score"] = quintile(a["n"])
    out["m_score"] = quintile(a["total"])
    r_hi = a["last"] >= a["last"].mean()
    f_hi = a["n"] >= a["n"].mean()
    m_hi = a["total"] >= a["total"].mean()
    rf = np.select(
        [r_hi & f_hi, r_hi & ~f_hi, ~r_hi & f_hi], ["value", "develop", "keep"], "retain"
    )
    out["rfm_segment"] = np.where(m_hi, "important_", "general_") + rf
    p = (a["total"].rank(method="average") - 0.5) / n + 1e-9
    vip = params.pyramid_vip_percent / 100
    major = vip + params.pyramid_major_percent / 100
    ordinary = major + params.pyramid_ordinary_percent / 100
    out["pyramid_level"] = np.select(
        [p >= 1 - vip, p >= 1 - major, p >= 1 - ordinary], ["vip", "major", "ordinary"], "small"
    )
    growth = (a["s6"] > a["sp6"]) | (a["cats"] >= 2) | a["referred"]
    current = a["s12"] >= a["s12"].median()
    out["value_class"] = np.select(
        [current & growth, current, growth],
        ["most_valuable", "high_value", "potential"],
        "low_value",
    )
    age = t - a["first"]
    overdue = a["med"].notna() & (out["r_days"] > 2 * a["med"])
    decline = (
        overdue | (out["r_days"] > params.churn_days) | (2 * a["s6"] < a["sp6"]) | (a["n"] < 2)
    )
    out["lifecycle_stage"] = np.select(
        [age < params.lifecycle_new_days, decline, age >= 365],
        ["exploration", "decline", "stability"],
        "formation",
    )
    first24 = o[(o["day"] >= s24)].groupby("customer_id")["day"].agg(["min", "max"])
    first24 = first24[first24.index.isin(c["id"])]
    last_year = first24[first24["min"] < s12]
    base, returned = len(last_year), int((last_year["max"] >= s12).sum())
    r = returned / base if base else ((a["n"] >= 2).sum() / n if n else 0.0)
    d = 1 + float(params.discount_rate_percent) / 100
    factor = (
        float(params.margin_percent)
        / 100
        * sum(r ** (k - 1) / d**k for k in range(1, params.clv_horizon_years + 1))
    )
    annual = a["total"] * 365 / np.maximum(365, age)
    out["clv_fen"] = np.floor(annual * factor + 0.5).astype(np.int64)
    behaviour = a["o12"] >= params.loyal_min_orders_12m
    out["loyalty_type"] = np.select(
        [behaviour & a["referred"], behaviour, a["referred"]],
        ["absolute", "inertia", "latent"],
        "none",
    )
    t2 = time.perf_counter()
    return out, t1 - t0, t2 - t1


_DAY = "CAST(julianday(date({col})) - 1721424.5 AS INTEGER)"


def sql_window_recompute(session: Any, today: dt.date, params: Any, factor: float) -> None:
    """The same figures as one set-based UPDATE with SQLite window functions.

    Kept here to measure the alternative to crmdesk's one pass in Python; the product
    uses the Python pass (exact CLV, shared with the one-customer refresh).
    """
    from sqlalchemy import text

    t = today.toordinal()
    med = (
        session.execute(
            text(
                "SELECT spend_12m_fen FROM customers WHERE order_count > 0 AND deleted_at IS NULL "
                "ORDER BY spend_12m_fen"
            )
        )
        .scalars()
        .all()
    )
    n = len(med)
    median_x2 = 0 if not n else (2 * med[n // 2] if n % 2 else med[n // 2 - 1] + med[n // 2])
    vip = params.pyramid_vip_percent
    major = vip + params.pyramid_major_percent
    ordinary = major + params.pyramid_ordinary_percent
    session.execute(
        text(
            f"""
            WITH b AS (
                SELECT id, order_count AS f, total_spend_fen AS m,
                       {_DAY.format(col="first_order_at")} AS fd,
                       {_DAY.format(col="last_order_at")} AS ld,
                       median_interval_days AS med, spend_12m_fen AS s12, orders_12m AS o12,
                       spend_6m_fen AS s6, spend_prev6m_fen AS sp6, category_count AS k,
                       id IN (SELECT referrer_id FROM customers WHERE referrer_id IS NOT NULL
                              AND deleted_at IS NULL) AS ref
                FROM customers WHERE order_count > 0 AND deleted_at IS NULL
            ), w AS (
                SELECT b.*, count(*) OVER () AS n,
                       2 * (rank() OVER (ORDER BY ld) - 1) + count(*) OVER (PARTITION BY ld) AS rp,
                       2 * (rank() OVER (ORDER BY f) - 1) + count(*) OVER (PARTITION BY f) AS fp,
                       2 * (rank() OVER (ORDER BY m) - 1) + count(*) OVER (PARTITION BY m) AS mp,
                       sum(ld) OVER () AS sld, sum(f) OVER () AS sf, sum(m) OVER () AS sm
                FROM b
            ), x AS (
                SELECT id, :t - ld AS r_days,
                       min(5, 1 + (5 * rp) / (2 * n)) AS r_score,
                       min(5, 1 + (5 * fp) / (2 * n)) AS f_score,
                       min(5, 1 + (5 * mp) / (2 * n)) AS m_score,
                       CASE WHEN m * n >= sm THEN 'important_' ELSE 'general_' END ||
                       CASE WHEN ld * n >= sld AND f * n >= sf THEN 'value'
                            WHEN ld * n >= sld THEN 'develop'
                            WHEN f * n >= sf THEN 'keep' ELSE 'retain' END AS rfm_segment,
                       CASE WHEN 100 * mp >= (100 - {vip}) * 2 * n THEN 'vip'
                            WHEN 100 * mp >= (100 - {major}) * 2 * n THEN 'major'
                            WHEN 100 * mp >= (100 - {ordinary}) * 2 * n THEN 'ordinary'
                            ELSE 'small' END AS pyramid_level,
                       CASE WHEN 2 * s12 >= :median_x2 THEN
                                CASE WHEN s6 > sp6 OR k >= 2 OR ref THEN 'most_valuable'
                                     ELSE 'high_value' END
                            ELSE CASE WHEN s6 > sp6 OR k >= 2 OR ref THEN 'potential'
                                      ELSE 'low_value' END END AS value_class,
                       CASE WHEN :t - fd < :new_days THEN 'exploration'
                            WHEN (med IS NOT NULL AND :t - ld > 2 * med) OR :t - ld > :churn
                                 OR 2 * s6 < sp6 OR f < 2 THEN 'decline'
                            WHEN :t - fd >= 365 THEN 'stability' ELSE 'formation' END
                           AS lifecycle_stage,
                       CAST(m * 365.0 / max(365, :t - fd) * :factor + 0.5 AS INTEGER) AS clv_fen,
                       CASE WHEN o12 >= :loyal12 THEN
                                CASE WHEN ref THEN 'absolute' ELSE 'inertia' END
                            ELSE CASE WHEN ref THEN 'latent' ELSE 'none' END END AS loyalty_type
                FROM w
            )
            UPDATE customers SET r_days = x.r_days, r_score = x.r_score, f_score = x.f_score,
                   m_score = x.m_score, rfm_segment = x.rfm_segment,
                   pyramid_level = x.pyramid_level, value_class = x.value_class,
                   lifecycle_stage = x.lifecycle_stage, clv_fen = x.clv_fen,
                   loyalty_type = x.loyalty_type
            FROM x WHERE customers.id = x.id
            """
        ),
        {
            "t": t,
            "median_x2": median_x2,
            "new_days": params.lifecycle_new_days,
            "churn": params.churn_days,
            "factor": factor,
            "loyal12": params.loyal_min_orders_12m,
        },
    )


def _compare(path: Path, want: Any) -> dict[str, int]:
    """Rows where crmdesk's stored figure differs from pandas (CLV allowed ±1 fen)."""
    import pandas as pd

    con = sqlite3.connect(path)
    got = pd.read_sql_query(
        f"SELECT id, {', '.join(RESULT_COLUMNS)} FROM customers WHERE order_count > 0", con
    ).set_index("id")
    con.close()
    got = got.loc[want.index]
    out = {}
    for col in RESULT_COLUMNS:
        if col == "clv_fen":
            out[col] = int(((got[col] - want[col]).abs() > 1).sum())
        else:
            out[col] = int((got[col].astype(str) != want[col].astype(str)).sum())
    out["buyers_missing"] = int(len(want.index) != len(got.index))
    return out


def bench_analytics(db_path: Path | str, runs: int = 3) -> dict[str, Any]:
    """Time crmdesk's full analytics recompute beside pandas on the same file.

    Timed work is rolled back, except one final recompute for today that is kept (so the
    file carries current analytics for other sections) and a parameter change that is
    made and undone.
    """
    path = Path(db_path)
    today = dt.date.today()
    db = open_database(path)
    try:
        with db.session() as session:
            counts = (
                session.connection()
                .exec_driver_sql(
                    "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM orders)"
                )
                .one()
            )

        def rolled_back(fn: Any) -> float:
            with db.session_factory() as session:
                start = time.perf_counter()
                fn(session)
                elapsed = time.perf_counter() - start
                session.rollback()
            return elapsed

        stats_s = rolled_back(lambda s: stats.recompute_all(s, today=today))
        # each timed run is another day: every buyer's recency moves, every row is written
        times = [
            rolled_back(
                lambda s, k=k: recompute_analytics_in_session(s, today - dt.timedelta(days=k))
            )
            for k in range(runs, 0, -1)
        ]
        start = time.perf_counter()
        with db.session(immediate=True) as session:
            stats.recompute_all(session, today=today)
            run = recompute_analytics_in_session(session, today)
        kept_s = time.perf_counter() - start
        same_day = rolled_back(lambda s: recompute_analytics_in_session(s, today))
        with db.session() as session:
            params = read_params(session)
            cut = read_cutoffs(session)
        factor = float(clv_factor(params, cut.retention)) if cut else 0.0
        sql_times = [
            rolled_back(
                lambda s, k=k: sql_window_recompute(s, today - dt.timedelta(days=k), params, factor)
            )
            for k in range(runs, 0, -1)
        ]
        start = time.perf_counter()
        summary = analytics.shop_summary(db, today)
        summary_s = time.perf_counter() - start
        some_id = counts[0] // 2 or 1
        start = time.perf_counter()
        explain_customer(db, some_id, today)
        explain_s = time.perf_counter() - start

        def order_edit(session: Any) -> None:
            stats.recompute_customers(session, [some_id], today=today)
            analytics.refresh_customer_analytics(session, some_id, today=today)

        refresh_s = rolled_back(order_edit)
        start = time.perf_counter()
        changed = dataclasses.replace(params, pyramid_vip_percent=params.pyramid_vip_percent + 5)
        diff = analytics.set_analytics_params(db, changed, today)
        params_s = time.perf_counter() - start
        analytics.set_analytics_params(db, params, today)
    finally:
        db.close()
    want, read_s, compute_s = pandas_figures(path, today, params)
    mismatches = _compare(path, want)
    return {
        "customers": counts[0],
        "orders": counts[1],
        "buyers": run.buyers,
        "stats_recompute_all_s": round(stats_s, 3),
        "analytics_recompute_s": round(statistics.median(times), 3),
        "analytics_recompute_runs_s": [round(x, 3) for x in times],
        "stats_and_analytics_committed_s": round(kept_s, 3),
        "analytics_same_day_again_s": round(same_day, 3),
        "sql_window_variant_s": round(statistics.median(sql_times), 3),
        "pandas_read_s": round(read_s, 3),
        "pandas_groupby_s": round(compute_s, 3),
        "pandas_total_s": round(read_s + compute_s, 3),
        "mismatches": mismatches,
        "shop_summary_s": round(summary_s, 3),
        "explain_customer_s": round(explain_s, 3),
        "order_edit_stats_and_refresh_s": round(refresh_s, 4),
        "set_params_vip_plus_5_s": round(params_s, 3),
        "set_params_moved": sum(diff.moved_by_kind.values()),
        "summary": {
            "buyers": summary.buyers,
            "repeat_rate": str(round(summary.repeat_rate or 0, 4)),
            "retention_rate": str(round(summary.retention_rate or 0, 4)),
            "churn_rate": str(round(summary.churn_rate or 0, 4)),
            "customer_equity": str(summary.customer_equity),
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Use (or build) the shared benchmark shop file, run this benchmark, print the figures."""
    from benchmarks.build import ensure_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    args = parser.parse_args(argv)
    path, _ = ensure_database(args.out, args.customers, args.orders)
    for key, value in bench_analytics(path, args.runs).items():
        print(f"{key:34} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
