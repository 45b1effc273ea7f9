"""Rows for data-safety tests, written with SQLAlchemy Core straight into the tables."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, insert, select

from crmdesk.db import Database
from crmdesk.models import Customer, Order, PointsEntry, Setting


def add_rows(db: Database, customers: int = 5, *, start: int = 0) -> None:
    """Add customers, each with two orders and an earn entry in the points ledger."""
    now = dt.datetime(2026, 5, 1, 12, 0)
    with db.session() as s:
        first_id = (s.scalar(select(func.max(Customer.id))) or 0) + 1
        s.execute(
            insert(Customer),
            [
                {
                    "id": first_id + i,
                    "name": f"客户{start + i}",
                    "phone": f"138{start + i:08d}",
                    "total_spend_fen": 1999 * (i + 1),
                    "order_count": 2,
                    "points_balance": 10 + i,
                }
                for i in range(customers)
            ],
        )
        s.execute(
            insert(Order),
            [
                {
                    "customer_id": first_id + i,
                    "platform": "taobao",
                    "order_no": f"T{first_id + i}-{k}",
                    "ordered_at": now,
                    "paid_fen": 1999 * (i + 1) // 2 + k,
                    "status": "completed",
                }
                for i in range(customers)
                for k in range(2)
            ],
        )
        s.execute(
            insert(PointsEntry),
            [
                {"customer_id": first_id + i, "kind": "earn", "points": 10 + i}
                for i in range(customers)
            ],
        )


def set_setting(db: Database, key: str, value: str) -> None:
    """Write one setting (an edit that adds no rows)."""
    with db.session() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def counts(db: Database) -> tuple[int, int, int]:
    """(customers, orders, ledger entries) in the shop."""
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Customer)) or 0,
            s.scalar(select(func.count()).select_from(Order)) or 0,
            s.scalar(select(func.count()).select_from(PointsEntry)) or 0,
        )
