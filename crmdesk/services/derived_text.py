"""Keeps the stored text columns of customers right: pinyin, search text, accounts, birthday month.

``refresh_derived_text`` works inside the caller's transaction and in bulk (a few queries
per 500 customers), so the importer can call it once after inserting thousands of cards.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from crmdesk.models import Customer, CustomerAccount
from crmdesk.models.customer import SEARCH_INDEX
from crmdesk.services.platforms import platform
from crmdesk.services.search_text import search_columns

CHUNK = 500
ACCOUNTS_TEXT_MAX = 400

_customers = Customer.__table__
_accounts = CustomerAccount.__table__


def _chunks(ids: list[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def accounts_text(accounts: Iterable[tuple[str, str]]) -> str:
    """The register's account column: "淘宝 tb_buyer01; 京东 jd_xx"."""
    return _fit("; ".join(f"{platform(p).name_zh} {buyer_id}" for p, buyer_id in accounts))


def _fit(text: str) -> str:
    # The column's width; the ellipsis tells the register there is more.
    if len(text) > ACCOUNTS_TEXT_MAX:
        text = text[: ACCOUNTS_TEXT_MAX - 1] + "…"
    return text


@dataclass(frozen=True, slots=True)
class DerivedText:
    """The stored text columns of one customer, computed from its plain values."""

    name_pinyin: str
    search_text: str
    accounts_text: str
    birthday_month: int | None


def derived_text(
    name: str | None,
    phone: str | None,
    wechat: str | None,
    birthday: dt.date | None,
    accounts: Sequence[tuple[str, str, str | None]] = (),
) -> DerivedText:
    """The derived columns of a customer with these values and (platform, buyer id, nick)s.

    ``accounts`` in the register's order (the order they were added). Used by
    :func:`refresh_derived_text` and by the importer, which fills the columns of new
    customers before inserting them, so each new card is written once.
    """
    return DerivedText(*derived_columns(name, phone, wechat, birthday, accounts))


def derived_columns(
    name: str | None,
    phone: str | None,
    wechat: str | None,
    birthday: dt.date | None,
    accounts: Sequence[tuple[str, str, str | None]] = (),
) -> tuple[str, str, str, int | None]:
    """:func:`derived_text` as a plain tuple, in :class:`DerivedText`'s field order.

    For the importer's 100,000 new cards: one pass over the name for pinyin and search
    text, and no frozen-dataclass instance per card.
    """
    values: list[str | None] = [wechat]
    names: list[str] = []
    for key, buyer_id, nick in accounts:
        values.append(buyer_id)
        values.append(nick)
        names.append(f"{platform(key).name_zh} {buyer_id}")
    pinyin, search = search_columns(name or "", phone, values)
    return pinyin, search, _fit("; ".join(names)), birthday.month if birthday else None


def refresh_derived_text(session: Session, customer_ids: Iterable[int] | None = None) -> int:
    """Rebuild name_pinyin, search_text, accounts_text and birthday_month of these customers.

    ``None`` means every customer. Returns how many rows were rewritten.
    """
    if customer_ids is None:
        ids = list(session.execute(select(_customers.c.id).order_by(_customers.c.id)).scalars())
    else:
        ids = sorted(set(customer_ids))
    stmt = (
        update(_customers)
        .where(_customers.c.id == bindparam("_id"))
        .values(
            name_pinyin=bindparam("_pinyin"),
            search_text=bindparam("_search"),
            accounts_text=bindparam("_accounts"),
            birthday_month=bindparam("_month"),
        )
    )
    done = 0
    for chunk in _chunks(ids):
        accounts: dict[int, list[tuple[str, str, str | None]]] = defaultdict(list)
        for cid, plat, buyer_id, nick in session.execute(
            select(
                _accounts.c.customer_id,
                _accounts.c.platform,
                _accounts.c.buyer_id,
                _accounts.c.buyer_nick,
            )
            .where(_accounts.c.customer_id.in_(chunk))
            .order_by(_accounts.c.customer_id, _accounts.c.id)
        ):
            accounts[cid].append((plat, buyer_id, nick))
        rows = []
        for cid, name, phone, wechat, birthday in session.execute(
            select(
                _customers.c.id,
                _customers.c.name,
                _customers.c.phone,
                _customers.c.wechat,
                _customers.c.birthday,
            ).where(_customers.c.id.in_(chunk))
        ):
            derived = derived_text(name, phone, wechat, birthday, accounts.get(cid, ()))
            rows.append(
                {
                    "_id": cid,
                    "_pinyin": derived.name_pinyin,
                    "_search": derived.search_text,
                    "_accounts": derived.accounts_text,
                    "_month": derived.birthday_month,
                }
            )
        if rows:
            session.execute(stmt, rows)
            done += len(rows)
    return done


def compact_search_index(session: Session) -> None:
    """Rewrite the trigram search index in one piece, without what deleted cards left in it.

    The index records a deletion as a marker beside the old entries, so a purged card's
    name and phone would stay readable in the file until a full merge; after it, the
    freed pages are zeroed (``secure_delete``). About 0.5 s at 100,000 customers.
    """
    session.execute(text(f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}) VALUES ('optimize')"))
