"""The registry of benchmark sections and the tools they share (timing, results, context).

A section is a function ``(ctx: Context) -> list[Result]`` registered with
``@section("name")`` in a module under ``benchmarks/sections/``; the runner imports every
module there, so adding a section never means editing the runner.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crmdesk.db import Database, open_database


@dataclass(frozen=True)
class Result:
    """One measured figure beside its baseline (both medians, in seconds unless ``unit``)."""

    section: str
    name: str
    value: float
    baseline_name: str = ""
    baseline: float | None = None
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times the baseline this figure is (None without a baseline)."""
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline


@dataclass
class Context:
    """What a section gets: the built database file, its size, the run options."""

    db_path: Path
    customers: int
    orders: int
    runs: int
    out_dir: Path
    info: dict[str, Any] = field(default_factory=dict)

    def open(self) -> Database:
        """Open the benchmark database as the app does (lock, checks, pragmas)."""
        return open_database(self.db_path)


SectionFn = Callable[[Context], list[Result]]
SECTIONS: dict[str, SectionFn] = {}


def section(name: str) -> Callable[[SectionFn], SectionFn]:
    """Register a benchmark section under ``name`` (the --only option selects it)."""

    def register(fn: SectionFn) -> SectionFn:
        if name in SECTIONS:
            raise ValueError(f"benchmark section {name!r} registered twice")
        SECTIONS[name] = fn
        return fn

    return register


def median_time(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    """Median wall time of ``fn()`` over ``runs`` runs, after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(max(1, runs)):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
