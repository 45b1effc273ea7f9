"""Benchmarks of crmdesk at shop scale, each figure beside a baseline measured in the same run.

Run from the project root:

    .venv/bin/python -m benchmarks.bench                       # every section
    .venv/bin/python -m benchmarks.bench --only register       # one section (repeatable)
    .venv/bin/python -m benchmarks.bench --customers 20000 --orders 200000 --runs 3
    .venv/bin/python -m benchmarks.bench --out bench-out --list

The first run builds a 100,000-customer, 1,000,000-order shop file under ``--out``
(default ``bench-out/``, ignored by git) and later runs reuse it. Figures are medians of
``--runs`` runs after one warm-up. Results are printed as a table and written to
``<out>/results.md`` and ``<out>/results.json``.

Sections live in ``benchmarks/sections/``: a module there registers a function with
``@section("name")`` (see ``benchmarks/registry.py``) and the runner picks it up.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import platform
import sys
import time
from pathlib import Path

from benchmarks import sections as sections_pkg
from benchmarks.build import ensure_database
from benchmarks.registry import SECTIONS, Context, Result, peak_memory_mb


def load_sections() -> None:
    """Import every module under benchmarks/sections so their sections register."""
    for info in pkgutil.iter_modules(sections_pkg.__path__):
        importlib.import_module(f"{sections_pkg.__name__}.{info.name}")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:,.0f} {unit}"


def render(results: list[Result], header: str) -> str:
    """The results as a Markdown table."""
    lines = [
        header,
        "",
        "| section | measure | crmdesk | baseline | baseline value | ratio | note |",
        "|---|---|---:|---|---:|---:|---|",
    ]
    for r in results:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "–"
        lines.append(
            f"| {r.section} | {r.name} | {_fmt(r.value, r.unit)} | {r.baseline_name or '–'} "
            f"| {_fmt(r.baseline, r.unit)} | {ratio} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the benchmark file, run the chosen sections, print and save the table."""
    load_sections()
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this section")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="measured runs per figure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("bench-out"), help="cache and results")
    parser.add_argument("--list", action="store_true", help="list the sections and stop")
    args = parser.parse_args(argv)

    if args.list:
        print("\n".join(sorted(SECTIONS)))
        return 0
    chosen = args.only or list(SECTIONS)
    unknown = [n for n in chosen if n not in SECTIONS]
    if unknown:
        print(f"unknown section(s): {', '.join(unknown)}; known: {', '.join(SECTIONS)}")
        return 2

    start = time.perf_counter()
    path, build = ensure_database(args.out, args.customers, args.orders, args.seed)
    print(
        f"database {path} ({path.stat().st_size / 1e6:.0f} MB), ready in "
        f"{time.perf_counter() - start:.1f} s; build timings {build}",
        flush=True,
    )
    ctx = Context(path, args.customers, args.orders, args.runs, args.out, info=dict(build))

    results: list[Result] = []
    for name in chosen:
        print(f"-- {name}", flush=True)
        section_results = SECTIONS[name](ctx)
        for r in section_results:
            print(
                f"   {r.name}: {_fmt(r.value, r.unit)} (baseline {_fmt(r.baseline, r.unit)})",
                flush=True,
            )
        results.extend(section_results)
    results.append(Result("process", "peak memory (maxrss)", peak_memory_mb(), unit="MB"))

    header = (
        f"crmdesk benchmark — {args.customers:,} customers, {args.orders:,} orders, "
        f"median of {args.runs} runs; Python {platform.python_version()} on "
        f"{platform.machine()}"
    )
    table = render(results, header)
    print()
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.md").write_text(table + "\n", encoding="utf-8")
    (args.out / "results.json").write_text(
        json.dumps([r.__dict__ | {"ratio": r.ratio} for r in results], indent=2),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
