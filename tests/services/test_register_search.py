"""The register's typed search: the trigram index finds exactly what a substring scan finds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, text, update

from crmdesk.db import Database, open_database
from crmdesk.models import Customer, CustomerAccount
from crmdesk.services import customers as cust
from crmdesk.services import register as reg
from crmdesk.services.customers import AccountInput, CustomerInput
from crmdesk.services.derived_text import refresh_derived_text
from crmdesk.services.register import RegisterQuery
from crmdesk.services.search_text import SEPARATOR, normalise_query

_c = Customer.__table__.c

#: Names, pinyin, digits, LIKE wildcards, quotes and FTS5 query syntax.
ALPHABET = st.sampled_from(
    [*list("张王李小明三丽zhangwliaoxm0123456789 _%'\"*^:()-+.AaＺ１"), "AND", "NEAR(", SEPARATOR]
)
TEXTS = st.lists(ALPHABET, max_size=12).map("".join)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("search") / "shop.crmdesk")
    yield database
    database.close()


def _ids(db: Database, search: str, *, deleted: bool = False) -> list[int]:
    return sorted(reg.fetch_ids(db, RegisterQuery(search=search, deleted=deleted)))


def _expected(
    rows: dict[int, tuple[str, bool]], search: str, *, deleted: bool = False
) -> list[int]:
    needle = normalise_query(search)
    return sorted(cid for cid, (body, gone) in rows.items() if gone == deleted and (needle in body))


@settings(max_examples=60, deadline=None)
@given(
    cards=st.lists(st.tuples(TEXTS, st.booleans()), min_size=1, max_size=8),
    edits=st.lists(st.tuples(st.integers(0, 7), TEXTS), max_size=3),
    queries=st.lists(TEXTS, min_size=1, max_size=4),
    picks=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 12), st.integers(1, 6)), max_size=4),
)
def test_index_and_scan_agree_on_every_query(
    shared_db: Database,
    cards: list[tuple[str, bool]],
    edits: list[tuple[int, str]],
    queries: list[str],
    picks: list[tuple[int, int, int]],
) -> None:
    db = shared_db
    now = dt.datetime(2026, 1, 1)
    with db.session() as s:
        s.execute(delete(Customer))  # the delete trigger empties the index as it goes
        ids = [
            s.execute(
                insert(Customer).values(
                    name="x", search_text=body, deleted_at=now if gone else None
                )
            ).inserted_primary_key[0]
            for body, gone in cards
        ]
        rows = dict(zip(ids, cards, strict=True))
        for index, body in edits:  # the update trigger swaps the indexed text
            cid = ids[index % len(ids)]
            s.execute(update(Customer).where(_c.id == cid).values(search_text=body))
            rows[cid] = (body, rows[cid][1])
    # Substrings of stored texts as well as free text, so the index path gets hits.
    texts = [body for body, _ in rows.values()]
    for which, start, length in picks:
        body = texts[which % len(texts)]
        queries.append(body[start : start + length])
    for search in queries:
        for deleted in (False, True):
            expected = _expected(rows, search, deleted=deleted)
            assert _ids(db, search, deleted=deleted) == expected, (search, deleted)
            query = RegisterQuery(search=search, deleted=deleted)
            assert reg.count_customers(db, query) == len(expected)
            assert reg.count_customers(db, query, cap=1) == min(len(expected), 2)


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    def make(name: str, **fields: object) -> int:
        return cust.create_customer(db, CustomerInput(name=name, **fields)).id  # type: ignore[arg-type]

    return {
        "张三丰": make("张三丰", phone="13800138000", accounts=(AccountInput("taobao", "tb_zsf"),)),
        "李四": make("李四", phone="13912345678", wechat="lisi_wx"),
        "Amy Wong": make("Amy Wong", accounts=(AccountInput("pdd", "amy_pdd", "小艾"),)),
    }


def test_pinyin_phone_and_buyer_ids_are_found_through_the_index(
    db: Database, shop: dict[str, int]
) -> None:
    assert _ids(db, "zhangsan") == [shop["张三丰"]]
    assert _ids(db, "ZSF") == [shop["张三丰"]]  # initials, typed in capitals
    assert _ids(db, "张三丰") == [shop["张三丰"]]
    assert _ids(db, "138 0013-8000") == [shop["张三丰"]]
    assert _ids(db, "2345") == [shop["李四"]]
    assert _ids(db, "wong") == [shop["Amy Wong"]]
    assert _ids(db, "amy_pdd") == [shop["Amy Wong"]]
    assert _ids(db, "amy%pdd") == []  # a literal %, not a wildcard
    assert _ids(db, '"* AND NEAR(') == []
    assert _ids(db, "李四") == [shop["李四"]]  # two characters: the scan


def test_edits_delete_restore_and_purge_keep_the_index_right(
    db: Database, shop: dict[str, int]
) -> None:
    lisi = shop["李四"]
    cust.update_customer(db, lisi, CustomerInput(name="李四", phone="13700001111"))
    assert _ids(db, "2345") == []
    assert _ids(db, "0001111") == [lisi]
    cust.delete_customers(db, [lisi])
    assert _ids(db, "0001111") == []
    assert _ids(db, "0001111", deleted=True) == [lisi]
    cust.restore_customers(db, [lisi])
    assert _ids(db, "0001111") == [lisi]
    cust.delete_customers(db, [lisi])
    cust.purge_customers(db, [lisi])
    assert _ids(db, "0001111", deleted=True) == []
    with db.session() as s:
        left = s.execute(
            text("SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"0001111\"'")
        ).scalar_one()
    assert left == 0


def test_purge_leaves_no_trigram_of_the_card_in_the_file(db: Database, tmp_path: Path) -> None:
    gone = cust.create_customer(db, CustomerInput(name="Qvxjzk Purged", phone="15555550123"))
    cust.create_customer(db, CustomerInput(name="Kept Card"))
    cust.delete_customers(db, [gone.id])
    cust.purge_customers(db, [gone.id])
    raw = db.path.read_bytes()
    assert b"qvx" not in raw and b"jzk" not in raw
    assert _ids(db, "kept") != []


def test_merge_moves_the_merged_cards_terms_to_the_kept_card(
    db: Database, shop: dict[str, int]
) -> None:
    cust.merge_customers(db, shop["张三丰"], shop["Amy Wong"])
    assert _ids(db, "amy_pdd") == [shop["张三丰"]]
    assert _ids(db, "tb_zsf") == [shop["张三丰"]]


def test_core_inserts_then_refresh_are_searchable_as_after_an_import(db: Database) -> None:
    with db.session() as s:
        cid = s.execute(
            insert(Customer).values(name="导入客户", search_text="")
        ).inserted_primary_key[0]
        s.execute(
            insert(CustomerAccount).values(customer_id=cid, platform="jd", buyer_id="jd_import_9")
        )
        refresh_derived_text(s, [cid])
        assert s.execute(select(_c.search_text).where(_c.id == cid)).scalar_one() != ""
    assert _ids(db, "daoru") == [cid]
    assert _ids(db, "jd_import") == [cid]
    assert _ids(db, "导入客") == [cid]
