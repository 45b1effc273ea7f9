"""Matching import rows to customers, and the customer changes an import collects.

A customer is found by platform + buyer ID first, then by a full (unmasked) phone
across platforms; a masked phone is never a key. Changes are collected in memory and
written in bulk by :meth:`MatchState.flush` (the driver's own ``executemany``, see
:mod:`crmdesk.services.bulk`, with ids assigned here: the import holds ``BEGIN IMMEDIATE``, so
nobody else writes meanwhile).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from crmdesk.i18n import translate
from crmdesk.models import Customer, CustomerAccount, CustomerTag, Order, OrderItem, Tag
from crmdesk.models.customer import SEARCH_INDEX
from crmdesk.services.bulk import driver_rows, insert_rows
from crmdesk.services.derived_text import derived_columns
from crmdesk.services.importing.address import canonical_province
from crmdesk.services.importing.records import AccountRecord
from crmdesk.services.jobs import CancelFn, check_cancel

CUSTOMERS = Customer.__table__
ACCOUNTS = CustomerAccount.__table__
TAGS = Tag.__table__
CUSTOMER_TAGS = CustomerTag.__table__
ORDERS = Order.__table__
ITEMS = OrderItem.__table__

#: Customer columns an import may set.
FIELDS = (
    "name", "kind", "gender", "birthday", "phone", "phone_masked", "wechat", "email",
    "province", "city", "district", "address", "source_channel", "company", "industry",
    "contact_person", "position", "preferences", "interests", "notes",
)  # fmt: skip
_CHUNK = 500
BATCH = 5000
#: New customers from which a first import drops and rebuilds the customers' indexes.
BIG_INSERT = 10_000
#: The trigger that keeps the search index up to date on inserts (migration 0001).
SEARCH_INSERT_TRIGGER = "customer_search_insert"


def chunks(values: list, size: int = _CHUNK) -> Iterable[list]:  # type: ignore[type-arg]
    """``values`` in slices of ``size`` (SQLite limits the parameters of one IN list)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _same(key: str, old: object, new: object) -> bool:
    if key == "province":
        return canonical_province(str(old) if old else None) == canonical_province(
            str(new) if new else None
        )
    return old == new


@dataclass
class MatchState:
    """Customers touched by one import, the indexes it matches on, and its pending writes."""

    session: Session
    now: dt.datetime
    accounts: dict[tuple[str, str], tuple[int, str | None]] = field(default_factory=dict)
    phones: dict[str, int] = field(default_factory=dict)
    values: dict[int, dict[str, object]] = field(default_factory=dict)
    new_ids: set[int] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)
    matched: set[int] = field(default_factory=set)
    # Loaded customers that are in the recycle bin, and those the import brings back.
    deleted: set[int] = field(default_factory=set)
    restored: set[int] = field(default_factory=set)
    new_accounts: list[dict[str, object]] = field(default_factory=list)
    nick_updates: list[dict[str, object]] = field(default_factory=list)
    tag_ids: dict[str, int] = field(default_factory=dict)
    new_tags: list[dict[str, object]] = field(default_factory=list)
    customer_tags: set[tuple[int, int]] = field(default_factory=set)
    new_customer_tags: list[dict[str, object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    next_id: int = 1
    next_tag_id: int = 1
    flushed: bool = False
    #: CREATE INDEX statements of customer indexes dropped for a big insert (see flush).
    #: Table name -> CREATE INDEX statements of the indexes a big insert dropped.
    dropped_indexes: dict[str, list[str]] = field(default_factory=dict)

    # --- loading ---
    def load_accounts(self, platforms: set[str] | None) -> None:
        stmt = select(
            ACCOUNTS.c.platform, ACCOUNTS.c.buyer_id, ACCOUNTS.c.customer_id, ACCOUNTS.c.buyer_nick
        )
        if platforms is not None:
            stmt = stmt.where(ACCOUNTS.c.platform.in_(sorted(platforms)))
        for platform, buyer_id, customer_id, nick in self.session.execute(stmt):
            self.accounts[(platform, buyer_id)] = (customer_id, nick)

    def load_phones(self) -> None:
        stmt = (
            select(CUSTOMERS.c.phone, CUSTOMERS.c.id)
            .where(
                CUSTOMERS.c.phone.is_not(None),
                CUSTOMERS.c.phone_masked.is_(False),
                CUSTOMERS.c.deleted_at.is_(None),
            )
            .order_by(CUSTOMERS.c.id.desc())
        )
        for phone, customer_id in self.session.execute(stmt):
            self.phones[phone] = customer_id  # the oldest card wins

    def load_values(self, ids: Iterable[int]) -> None:
        wanted = sorted(set(ids) - set(self.values))
        cols = [CUSTOMERS.c.id, CUSTOMERS.c.deleted_at, *(CUSTOMERS.c[k] for k in FIELDS)]
        for chunk in chunks(wanted):
            for row in self.session.execute(select(*cols).where(CUSTOMERS.c.id.in_(chunk))):
                data = row._asdict()
                customer_id = data.pop("id")
                if data.pop("deleted_at") is not None:
                    self.deleted.add(customer_id)
                self.values[customer_id] = data

    def load_tags(self, customer_ids: Iterable[int]) -> None:
        for tag_id, name in self.session.execute(select(TAGS.c.id, TAGS.c.name)):
            self.tag_ids[name] = tag_id
        self.next_tag_id = (self.session.execute(select(func.max(TAGS.c.id))).scalar() or 0) + 1
        for chunk in chunks(sorted(set(customer_ids))):
            stmt = select(CUSTOMER_TAGS.c.customer_id, CUSTOMER_TAGS.c.tag_id).where(
                CUSTOMER_TAGS.c.customer_id.in_(chunk)
            )
            self.customer_tags.update((c, t) for c, t in self.session.execute(stmt))

    # --- matching ---
    def match(self, accounts: Iterable[AccountRecord], phone: object, masked: object) -> int | None:
        for account in accounts:
            owner = self.accounts.get((account.platform, account.buyer_id))
            if owner is not None:
                return owner[0]
        if phone and not masked:
            return self.phones.get(str(phone))
        return None

    # --- changes ---
    def create(self, values: dict[str, object]) -> int:
        customer_id = self.next_id
        self.next_id += 1
        row: dict[str, object] = dict.fromkeys(FIELDS)
        row.update({"kind": "person", "phone_masked": False})
        row.update(values)
        self.values[customer_id] = row
        self.new_ids.add(customer_id)
        self._index_phone(customer_id, row)
        return customer_id

    def _index_phone(self, customer_id: int, row: dict[str, object]) -> None:
        phone = row.get("phone")
        if phone and not row.get("phone_masked"):
            self.phones.setdefault(str(phone), customer_id)

    def apply(self, customer_id: int, values: dict[str, object], *, only_blank: bool) -> None:
        current = self.values[customer_id]
        for key, new in values.items():
            if key == "phone_masked" or new is None or new == "":
                continue
            old = current.get(key)
            if only_blank and old not in (None, ""):
                continue
            if key == "name" and only_blank:
                continue
            if not _same(key, old, new):
                current[key] = new
                if key == "phone":
                    current["phone_masked"] = bool(values.get("phone_masked"))
                    self._index_phone(customer_id, current)
                self.mark(customer_id)

    def restore(self, customer_id: int) -> None:
        """Bring a matched card back from the recycle bin: the file has data for it."""
        if customer_id not in self.deleted or customer_id in self.restored:
            return
        self.restored.add(customer_id)
        self._index_phone(customer_id, self.values[customer_id])
        self.notes.append(
            translate(
                "Import", "Customer {name} was in the recycle bin and has been restored."
            ).format(name=self.values[customer_id].get("name"))
        )

    def mark(self, customer_id: int) -> None:
        if customer_id not in self.new_ids:
            self.changed.add(customer_id)

    def add_accounts(self, customer_id: int, accounts: Iterable[AccountRecord]) -> None:
        for account in accounts:
            key = (account.platform, account.buyer_id[:200])
            owner = self.accounts.get(key)
            if owner is None:
                self.accounts[key] = (customer_id, account.buyer_nick)
                self.new_accounts.append(
                    {
                        "customer_id": customer_id,
                        "platform": account.platform,
                        "buyer_id": key[1],
                        "buyer_nick": account.buyer_nick,
                    }
                )
                self.mark(customer_id)
            elif owner[0] == customer_id:
                if account.buyer_nick and account.buyer_nick != owner[1]:
                    self.accounts[key] = (customer_id, account.buyer_nick)
                    self.nick_updates.append(
                        {"b_platform": key[0], "b_buyer": key[1], "b_nick": account.buyer_nick}
                    )
                    self.mark(customer_id)
            else:
                self.notes.append(
                    translate(
                        "Import",
                        "Buyer ID {buyer} ({platform}) already belongs to another "
                        "customer; it was not added twice.",
                    ).format(buyer=account.buyer_id, platform=account.platform)
                )

    def add_tags(self, customer_id: int, tags: Iterable[str]) -> None:
        for name in tags:
            tag_id = self.tag_ids.get(name)
            if tag_id is None:
                tag_id = self.next_tag_id
                self.next_tag_id += 1
                self.tag_ids[name] = tag_id
                self.new_tags.append({"id": tag_id, "name": name})
            if (customer_id, tag_id) not in self.customer_tags:
                self.customer_tags.add((customer_id, tag_id))
                self.new_customer_tags.append({"customer_id": customer_id, "tag_id": tag_id})
                self.mark(customer_id)

    # --- writing ---
    def _drop_indexes(self) -> None:
        # Adding more customers than the shop holds (a first import): filling the
        # customers' dozen indexes row by row costs more than building them once after
        # the insert and the derived-text update. DDL is transactional in SQLite: a
        # cancelled or failed import gets them back with the rollback.
        self.drop_indexes_of(CUSTOMERS)

    def drop_indexes_of(self, table: Table) -> None:
        """Drop the named indexes of ``table`` until :meth:`restore_indexes` (a big insert).

        Constraints' own indexes (UNIQUE) stay: they keep checking the rows.
        """
        connection = self.session.connection()
        found = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL",
            (table.name,),
        ).fetchall()
        for name, sql in found:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
            self.dropped_indexes.setdefault(table.name, []).append(sql)

    def restore_indexes(self, table: Table | None = None) -> None:
        """Build again the indexes a big insert dropped, of ``table`` or of every table.

        Every dropped index must be back before the transaction ends.
        """
        connection = self.session.connection()
        names = list(self.dropped_indexes) if table is None else [table.name]
        for name in names:
            for sql in self.dropped_indexes.pop(name, []):
                connection.exec_driver_sql(sql)

    def _suspend_search_trigger(self) -> str | None:
        # The search index's insert trigger adds one row per statement, and the trigram
        # index writes out what it holds at every statement: ~70 us a card, seven times
        # what one bulk insert into the index costs. So the import drops the trigger
        # (transactionally, as the indexes above) and does the trigger's work itself.
        connection = self.session.connection()
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (SEARCH_INSERT_TRIGGER,),
        ).scalar()
        if sql is not None:
            connection.exec_driver_sql(f'DROP TRIGGER "{SEARCH_INSERT_TRIGGER}"')
        return sql  # type: ignore[no-any-return]

    def _index_search_text(self, rows: list[dict[str, object]], trigger: str) -> None:
        # What the suspended trigger does for each inserted card (empty texts match no
        # query and stay out), then the trigger back for everyone else's writes.
        connection = self.session.connection()
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX} (rowid, search_text) VALUES (?, ?)",
            [(r["id"], r["search_text"]) for r in rows if r["search_text"] != ""],  # type: ignore[arg-type]
        )
        connection.exec_driver_sql(trigger)

    def new_customer_rows(self) -> list[dict[str, object]]:
        """The rows of the new customers, derived text included, in id order."""
        accounts: dict[int, list[tuple[str, str, str | None]]] = defaultdict(list)
        for account in self.new_accounts:
            key: tuple[str, str] = (account["platform"], account["buyer_id"])  # type: ignore[assignment]
            # The nick last seen in the file (a later row may have renamed it).
            accounts[account["customer_id"]].append((*key, self.accounts[key][1]))  # type: ignore[index]
        rows = []
        now = self.now
        for cid in sorted(self.new_ids):
            values = self.values[cid]
            name = str(values["name"])[:100]
            pinyin, search, accounts_text, month = derived_columns(
                name,
                values["phone"],  # type: ignore[arg-type]
                values["wechat"],  # type: ignore[arg-type]
                values["birthday"],  # type: ignore[arg-type]
                accounts.get(cid, ()),
            )
            rows.append(
                {
                    "id": cid,
                    **values,
                    "name": name,
                    "name_pinyin": pinyin,
                    "search_text": search,
                    "accounts_text": accounts_text,
                    "birthday_month": month,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        return rows

    def flush(self, cancel: CancelFn | None) -> None:
        """Write every pending customer change (once; later calls do nothing)."""
        if self.flushed:
            return
        self.flushed = True
        session = self.session
        if len(self.new_ids) >= BIG_INSERT and len(self.new_ids) >= self.next_id - len(
            self.new_ids
        ):
            self._drop_indexes()
        if self.new_ids:
            # New cards go in with their derived text already filled in: written once.
            rows = self.new_customer_rows()
            trigger = self._suspend_search_trigger()
            for chunk in chunks(rows, BATCH):
                check_cancel(cancel)
                insert_rows(session, CUSTOMERS, chunk)
            if trigger is not None:
                self._index_search_text(rows, trigger)
        changed = sorted(self.changed - self.new_ids)
        if changed:
            columns = [*FIELDS, "updated_at"]
            sql = "UPDATE customers SET {s} WHERE id = ?".format(
                s=", ".join(f'"{k}" = ?' for k in columns)
            )
            for chunk in chunks(changed, BATCH):
                check_cancel(cancel)
                rows = [
                    {**{k: self.values[cid].get(k) for k in FIELDS}, "updated_at": self.now}
                    for cid in chunk
                ]
                params = driver_rows(CUSTOMERS, columns, rows)
                params = [(*p, cid) for p, cid in zip(params, chunk, strict=True)]
                session.connection().exec_driver_sql(sql, params)  # type: ignore[arg-type]
        if self.restored:
            session.execute(
                update(CUSTOMERS)
                .where(CUSTOMERS.c.id == bindparam("b_id"))
                .values(deleted_at=None, updated_at=self.now),
                [{"b_id": cid} for cid in sorted(self.restored)],
            )
        insert_rows(session, TAGS, self.new_tags)
        insert_rows(session, CUSTOMER_TAGS, self.new_customer_tags)
        for chunk in chunks(self.new_accounts, BATCH):
            insert_rows(session, ACCOUNTS, chunk)
        if self.nick_updates:
            session.execute(
                update(ACCOUNTS)
                .where(
                    ACCOUNTS.c.platform == bindparam("b_platform"),
                    ACCOUNTS.c.buyer_id == bindparam("b_buyer"),
                )
                .values(buyer_nick=bindparam("b_nick")),
                self.nick_updates,
            )
