"""Builds the benchmark shop file (100,000 customers, 1,000,000 orders) fast, and caches it.

The schema comes from ``open_database`` (the real migrations); rows go in with the plain
``sqlite3`` driver's ``executemany`` with the orders' indexes dropped and rebuilt after,
then the derived figures are computed by ``stats.recompute_all`` as after an import.
The file is cached under ``bench-out/`` by size and seed, and rebuilt only when missing.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from crmdesk.db import open_database
from crmdesk.services import demo_data as vocab
from crmdesk.services import demo_data_gen as gen
from crmdesk.services import stats
from crmdesk.services.derived_text import accounts_text
from crmdesk.services.search_text import build_search_text, name_pinyin

FORMAT = 4  # bump when the generated data or the schema changes, so caches are rebuilt
_TS = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime on SQLite
_STATUSES = ("completed",) * 90 + ("shipped",) * 3 + ("paid",) * 2 + ("closed",) * 4 + ("unpaid",)


def cached_path(out_dir: Path, customers: int, orders: int, seed: int) -> Path:
    """Where the file for these sizes lives."""
    return out_dir / f"bench-{customers}c-{orders}o-s{seed}-v{FORMAT}.crmdesk"


def ensure_database(
    out_dir: Path, customers: int, orders: int, seed: int = 1, today: dt.date | None = None
) -> tuple[Path, dict[str, float]]:
    """The cached benchmark file, built first when missing; returns (path, build timings)."""
    path = cached_path(out_dir, customers, orders, seed)
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        return path, json.loads(meta.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for stale in out_dir.glob(tmp.name + "*"):
        stale.unlink()
    timings = _build(tmp, customers, orders, seed, today or dt.date.today())
    for suffix in ("-wal", "-shm", ".lock", ".running"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    meta.write_text(json.dumps(timings, indent=2), encoding="utf-8")
    return path, timings


def _build(path: Path, customers: int, orders: int, seed: int, today: dt.date) -> dict[str, float]:
    rng = random.Random(seed)
    timings: dict[str, float] = {}
    open_database(path).close()  # schema and pragmas exactly as the app makes them

    start = time.perf_counter()
    customer_rows, account_rows, spans = _customers(rng, customers, today)
    order_rows = sorted(_orders(rng, spans, orders, today), key=lambda r: r[3])
    timings["generate_s"] = time.perf_counter() - start

    start = time.perf_counter()
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous=NORMAL")  # a scratch file, rebuilt if lost
        con.execute("BEGIN")
        indexes = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='orders'"
            " AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        cols = ", ".join(_CUSTOMER_COLUMNS)
        marks = ", ".join("?" for _ in _CUSTOMER_COLUMNS)
        con.executemany(f"INSERT INTO customers ({cols}) VALUES ({marks})", customer_rows)
        con.executemany(
            "INSERT INTO customer_accounts (customer_id, platform, buyer_id, buyer_nick)"
            " VALUES (?, ?, ?, ?)",
            account_rows,
        )
        con.executemany(
            "INSERT INTO orders (customer_id, platform, order_no, ordered_at, paid_at, paid_fen,"
            " refund_fen, status, items_text, category, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            order_rows,
        )
        for _, sql in indexes:
            con.execute(sql)
        con.execute("COMMIT")
        con.execute("ANALYZE")
    finally:
        con.close()
    timings["insert_s"] = time.perf_counter() - start

    db = open_database(path)
    try:
        start = time.perf_counter()
        with db.session() as session:
            stats.recompute_all(session, today=today)
        timings["recompute_s"] = time.perf_counter() - start
    finally:
        db.close()
    return timings


_CUSTOMER_COLUMNS = (
    "id",
    "name",
    "kind",
    "gender",
    "birthday",
    "birthday_month",
    "phone",
    "phone_masked",
    "wechat",
    "province",
    "city",
    "district",
    "address",
    "relationship_status",
    "churn_warning",
    "name_pinyin",
    "search_text",
    "accounts_text",
    "order_count",
    "total_spend_fen",
    "spend_12m_fen",
    "orders_12m",
    "spend_6m_fen",
    "spend_prev6m_fen",
    "category_count",
    "tier_locked",
    "points_balance",
    "is_demo",
    "created_at",
    "updated_at",
)


def _customers(
    rng: random.Random, count: int, today: dt.date
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[int, int]]]:
    start = today - dt.timedelta(days=3 * 365)
    rows, accounts, spans = [], [], []
    used: set[tuple[str, str]] = set()
    for cid in range(1, count + 1):
        gender = rng.choice(("F", "F", "M"))
        name = gen.person_name(rng, gender)
        phone = gen.mobile(rng) if rng.random() < 0.9 else None
        masked = phone is not None and rng.random() < 0.3
        if phone and masked:
            phone = gen.masked(phone)
        wechat = gen.wechat_id(rng) if rng.random() < 0.3 else None
        plat = rng.choices(vocab.DEMO_PLATFORMS, weights=vocab.PLATFORM_WEIGHTS)[0]
        buyer_id, nick = gen.buyer_account(rng, plat)
        while (plat, buyer_id) in used:
            buyer_id, nick = gen.buyer_account(rng, plat)
        used.add((plat, buyer_id))
        accounts.append((cid, plat, buyer_id, nick))
        birthday = gen.birthday(rng, today) if rng.random() < 0.6 else None
        province, city, district, address = gen.region(rng)
        first_day = rng.randint(0, 3 * 365)
        spans.append((cid, first_day))
        created = dt.datetime.combine(start + dt.timedelta(days=first_day), dt.time(9)).strftime(
            _TS
        )
        rows.append(
            (
                cid,
                name,
                "person",
                gender,
                birthday.isoformat() if birthday else None,
                birthday.month if birthday else None,
                phone,
                masked,
                wechat,
                province,
                city,
                district,
                address,
                "potential",
                False,
                name_pinyin(name),
                build_search_text(name, phone, wechat, (buyer_id, nick)),
                accounts_text([(plat, buyer_id)]),
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                False,
                0,
                False,
                created,
                created,
            )
        )
    return rows, accounts, spans


def _orders(
    rng: random.Random, spans: list[tuple[int, int]], count: int, today: dt.date
) -> Iterator[tuple[object, ...]]:
    start = today - dt.timedelta(days=3 * 365)
    days = [(start + dt.timedelta(days=d)).isoformat() for d in range(3 * 365 + 1)]
    buyers = [s for s in spans if rng.random() < 0.8]
    weights = [rng.lognormvariate(0, 1.0) for _ in buyers]
    picks = buyers + rng.choices(buyers, weights=weights, k=max(0, count - len(buyers)))
    last_day = len(days) - 1
    for n, (cid, first_day) in enumerate(picks[:count]):
        day = rng.randint(first_day, last_day)
        at = f"{days[day]} {rng.randint(8, 23):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        category, title, price = rng.choice(vocab.CATALOGUE)
        paid = int(price.replace(".", "")) * (10 if "." in price else 100) * rng.choice((1, 1, 2))
        status = rng.choice(_STATUSES)
        refund = paid if rng.random() < 0.02 else 0
        plat = rng.choice(vocab.DEMO_PLATFORMS)
        yield (
            cid,
            plat,
            f"B{n:010d}",
            at + ".000000",
            at + ".000000" if status not in ("unpaid", "closed") else None,
            paid,
            refund,
            status,
            title,
            category,
            at + ".000000",
        )
