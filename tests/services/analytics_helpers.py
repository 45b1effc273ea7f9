"""Shop building helpers for the analytics tests: customers and orders straight into the file."""

from __future__ import annotations

import datetime as dt
import random

from analytics_reference import TODAY, Ord, at
from sqlalchemy import insert, select

from crmdesk.db import Database
from crmdesk.models import Customer, Order
from crmdesk.services import analytics
from crmdesk.services.analytics_rules import RESULT_COLUMNS


def add_customer(
    db: Database, orders: list[Ord], name: str = "客户", referrer: int | None = None
) -> int:
    with db.session() as session:
        cid = session.execute(
            insert(Customer).values(name=name, referrer_id=referrer).returning(Customer.id)
        ).scalar_one()
        for n, o in enumerate(orders):
            session.execute(
                insert(Order).values(
                    customer_id=cid,
                    order_no=f"{cid}-{n}",
                    ordered_at=o.at,
                    paid_fen=o.paid,
                    refund_fen=o.refund,
                    status=o.status,
                    category=o.category,
                )
            )
    return cid


def stored(db: Database) -> dict[int, dict[str, object]]:
    cols = [getattr(Customer, c) for c in RESULT_COLUMNS]
    with db.session() as session:
        rows = session.execute(select(Customer.id, *cols).where(Customer.deleted_at.is_(None)))
        return {r[0]: dict(zip(RESULT_COLUMNS, r[1:], strict=True)) for r in rows}


def build_shop(
    db: Database, histories: list[list[Ord]], referrals: list[int | None] | None = None
) -> tuple[dict[int, list[Ord]], set[int]]:
    """Customers with these histories; referrals[i] = index of the customer i was referred by."""
    ids: list[int] = []
    referred: set[int] = set()
    for i, orders in enumerate(histories):
        ref = referrals[i] if referrals else None
        referrer = ids[ref] if ref is not None and ref < len(ids) else None
        if referrer is not None:
            referred.add(referrer)
        ids.append(add_customer(db, orders, name=f"客户{i}", referrer=referrer))
    return dict(zip(ids, histories, strict=True)), referred


def recompute(db: Database, today: dt.date = TODAY) -> analytics.AnalyticsRun:
    return analytics.recompute_analytics(db, today)


def random_history(rng: random.Random, today: dt.date = TODAY) -> list[Ord]:
    out = []
    for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3, 5, 9))):
        paid = rng.choice((990, 5000, 5000, rng.randint(1, 200_000)))
        out.append(
            Ord(
                at(rng.randint(-2, 1100), rng.randint(0, 23), today),
                paid,
                refund=rng.choice((0, 0, 0, paid, paid // 3)),
                status=rng.choice(
                    ("completed", "completed", "paid", "shipped", "closed", "unpaid")
                ),
                category=rng.choice((None, "茶叶", "茶具", "零食")),
            )
        )
    return out
