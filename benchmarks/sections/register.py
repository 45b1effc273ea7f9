"""The register (客户名册): first page, typed search, sort by spend — beside raw sqlite3."""

from __future__ import annotations

import sqlite3

from benchmarks.registry import Context, Result, median_time, section
from crmdesk.services import register
from crmdesk.services.register import RegisterQuery
from crmdesk.services.search_text import normalise_query

PAGE = 100
_RAW_COLUMNS = (
    "id, name, phone, phone_masked, accounts_text, province, city, district, relationship_status,"
    " churn_warning, order_count, total_spend_fen, first_order_at, last_order_at, created_at,"
    " wechat, birthday"
)


def _common_surname(con: sqlite3.Connection) -> str:
    row = con.execute(
        "SELECT substr(name, 1, 1), count(*) FROM customers GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    return str(row[0])


def _phone_fragment(con: sqlite3.Connection) -> str:
    row = con.execute(
        "SELECT substr(phone, 4, 4) FROM customers WHERE phone NOT LIKE '%*%' LIMIT 1 OFFSET 500"
    ).fetchone()
    return str(row[0])


@section("register")
def register_section(ctx: Context) -> list[Result]:
    """Open the register, type searches, sort by total spend."""
    cap = getattr(register, "COUNT_CAP", None)
    db = ctx.open()
    raw = sqlite3.connect(f"file:{ctx.db_path}?mode=ro", uri=True)
    results: list[Result] = []
    try:

        def service(query: RegisterQuery, capped: bool) -> None:
            register.count_customers(db, query, cap if capped else None)
            register.fetch_page(db, query, 0, PAGE)

        def raw_page(where: str, params: tuple[object, ...], order: str, capped: bool) -> None:
            if capped and cap is not None:
                raw.execute(
                    f"SELECT count(*) FROM (SELECT id FROM customers WHERE {where} LIMIT ?)",
                    (*params, cap + 1),
                ).fetchone()
            else:
                raw.execute(f"SELECT count(*) FROM customers WHERE {where}", params).fetchone()
            raw.execute(
                f"SELECT {_RAW_COLUMNS} FROM customers WHERE {where} ORDER BY {order} LIMIT {PAGE}",
                params,
            ).fetchall()

        live = "deleted_at IS NULL"
        results.append(
            Result(
                "register",
                "first page (count + 100 rows, newest first)",
                median_time(lambda: service(RegisterQuery(), False), ctx.runs),
                "raw sqlite3 count + ORDER BY created_at DESC LIMIT 100",
                median_time(lambda: raw_page(live, (), "created_at DESC", False), ctx.runs),
            )
        )
        terms = {
            "common surname": _common_surname(raw),
            "pinyin fragment": "zhang",
            "3-letter pinyin": "zha",
            "phone fragment": _phone_fragment(raw),
            "matches nothing": "qqxzv",
            "two characters, rare": "王小",
        }
        for label, term in terms.items():
            needle = normalise_query(term)
            query = RegisterQuery(search=term)
            hits = register.count_customers(db, query)
            results.append(
                Result(
                    "register",
                    f"search {label} “{term}” (count{' capped' if cap else ''} + page)",
                    median_time(lambda q=query: service(q, True), ctx.runs),  # type: ignore[misc]
                    "raw sqlite3 search_text LIKE '%term%'",
                    median_time(
                        lambda n=needle: raw_page(  # type: ignore[misc]
                            f"{live} AND search_text LIKE ?", (f"%{n}%",), "created_at DESC", True
                        ),
                        ctx.runs,
                    ),
                    note=f"{hits:,} matches",
                )
            )
        for term in ("zha", "qqxzv"):
            query = RegisterQuery(search=term)
            like = (f"%{normalise_query(term)}%",)
            results.append(
                Result(
                    "register",
                    f"count every match of “{term}” (no cap)",
                    median_time(lambda q=query: register.count_customers(db, q), ctx.runs),  # type: ignore[misc]
                    "raw sqlite3 count(*) WHERE search_text LIKE '%term%'",
                    median_time(
                        lambda p=like: raw.execute(  # type: ignore[misc]
                            f"SELECT count(*) FROM customers WHERE {live} AND search_text LIKE ?", p
                        ).fetchone(),
                        ctx.runs,
                    ),
                )
            )
        by_spend = RegisterQuery(sort_key="total_spend", sort_desc=True)
        results.append(
            Result(
                "register",
                "sort by total spend, first page",
                median_time(lambda: service(by_spend, False), ctx.runs),
                "raw sqlite3 ORDER BY total_spend_fen DESC LIMIT 100",
                median_time(lambda: raw_page(live, (), "total_spend_fen DESC", False), ctx.runs),
            )
        )
    finally:
        raw.close()
        db.close()
    return results
