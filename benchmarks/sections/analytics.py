"""Customer analytics (RFM, pyramid, value matrix, lifecycle, CLV, loyalty) beside pandas."""

from __future__ import annotations

from benchmarks.bench_analytics import bench_analytics
from benchmarks.registry import Context, Result, section


@section("analytics")
def analytics_section(ctx: Context) -> list[Result]:
    """The full analytics recompute vs pandas computing the same figures from the orders."""
    figures = bench_analytics(ctx.db_path, runs=min(ctx.runs, 3))
    baseline = "pandas: read valid orders + groupby computing the same figures"
    pandas_note = (
        f"pandas read {figures['pandas_read_s']:.2f} s + groupby "
        f"{figures['pandas_groupby_s']:.2f} s; figures differing from pandas: "
        f"{sum(figures['mismatches'].values())}"
    )
    size = f"{figures['customers']:,} customers, {figures['orders']:,} orders"
    return [
        Result(
            "analytics",
            f"full recompute, every row rewritten ({size})",
            figures["analytics_recompute_s"],
            baseline,
            figures["pandas_total_s"],
            note=pandas_note,
        ),
        Result(
            "analytics",
            "full recompute, nothing changed (same day again)",
            figures["analytics_same_day_again_s"],
            baseline,
            figures["pandas_total_s"],
        ),
        Result(
            "analytics",
            "the same as one SQL UPDATE with window functions (not used)",
            figures["sql_window_variant_s"],
            "crmdesk's pass in Python",
            figures["analytics_recompute_s"],
        ),
        Result("analytics", "shop summary", figures["shop_summary_s"]),
        Result("analytics", "explain one customer (card)", figures["explain_customer_s"]),
        Result(
            "analytics",
            "order edit: stats + analytics of one customer",
            figures["order_edit_stats_and_refresh_s"],
        ),
        Result(
            "analytics",
            "settings change (VIP share +5%): recompute and what moved",
            figures["set_params_vip_plus_5_s"],
            note=f"{figures['set_params_moved']:,} class changes",
        ),
    ]
