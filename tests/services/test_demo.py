"""The demo shop: realistic, complete, deterministic, and marked as a demo."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.db import Database, open_database
from crmdesk.errors import Cancelled, ValidationError
from crmdesk.models import (
    ContactRecord,
    Customer,
    CustomerAccount,
    CustomerTag,
    ImportantDate,
    Order,
    OrderItem,
    Tag,
)
from crmdesk.services import stats
from crmdesk.services.demo import create_demo_shop
from crmdesk.services.settings import read_settings

TODAY = dt.date(2026, 11, 23)


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.session() as session:
        customers = session.execute(
            select(Customer.name, Customer.phone, Customer.city, Customer.total_spend_fen).order_by(
                Customer.id
            )
        ).all()
        orders = session.execute(
            select(Order.order_no, Order.paid_fen, Order.refund_fen, Order.ordered_at).order_by(
                Order.id
            )
        ).all()
    return [tuple(r) for r in customers] + [tuple(r) for r in orders]


def test_default_demo_shop(db: Database) -> None:
    summary = create_demo_shop(db, today=TODAY)
    assert count(db, Customer) == summary.customers == 2000
    assert count(db, Order) == summary.orders == 15000
    assert count(db, OrderItem) == summary.order_items > 15000
    assert 300 <= count(db, ContactRecord) == summary.contacts <= 1000
    assert count(db, CustomerAccount) == summary.accounts >= 1800
    assert count(db, Tag) == summary.tags >= 6
    assert count(db, ImportantDate) == summary.important_dates > 100
    assert count(db, CustomerTag) > 500

    with db.session() as session:
        settings = read_settings(session)
        assert settings["is_demo"] is True
        assert settings["shop_name"] == "演示店铺"
        assert session.scalar(select(func.count()).where(Customer.is_demo.is_(False))) == 0

        # Figures were computed: they match a fresh recompute.
        before = session.execute(
            select(Customer.id, Customer.order_count, Customer.total_spend_fen).order_by(
                Customer.id
            )
        ).all()
        stats.recompute_all(session, today=TODAY)
        after = session.execute(
            select(Customer.id, Customer.order_count, Customer.total_spend_fen).order_by(
                Customer.id
            )
        ).all()
        assert before == after
        assert sum(r.order_count for r in after) > 13000  # closed and refunded ones drop out

        statuses = dict(
            session.execute(
                select(Customer.relationship_status, func.count()).group_by(
                    Customer.relationship_status
                )
            ).all()
        )
        for status in ("potential", "target", "first", "repeat", "loyal", "lost", "non_customer"):
            assert statuses.get(status, 0) > 0, status

        order_states = dict(
            session.execute(select(Order.status, func.count()).group_by(Order.status)).all()
        )
        assert order_states["completed"] > 10000
        assert order_states["closed"] > 100
        refunded = session.scalar(select(func.count()).where(Order.refund_fen > 0))
        assert refunded > 200
        full_refunds = session.scalar(
            select(func.count()).where(Order.refund_fen == Order.paid_fen, Order.paid_fen > 0)
        )
        assert full_refunds > 50

        first, last = session.execute(
            select(func.min(Order.ordered_at), func.max(Order.ordered_at))
        ).one()
        assert first.date() >= TODAY - dt.timedelta(days=3 * 366)
        assert last.date() <= TODAY
        assert (last.date() - first.date()).days > 2 * 365

        names = session.scalars(select(Customer.name).where(Customer.kind == "person")).all()
        assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) for n in names)
        phones = session.scalars(select(Customer.phone).where(Customer.phone.is_not(None))).all()
        masked = [p for p in phones if "*" in p]
        assert 100 < len(masked) < len(phones)
        assert all(re.fullmatch(r"1[3-9]\d\*{4}\d{4}", p) for p in masked)
        assert all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones if "*" not in p)
        assert session.scalar(select(func.count()).where(Customer.birthday.is_(None))) > 100
        assert session.scalar(select(func.count()).where(Customer.search_text == "")) == 0
        zhang = session.scalars(
            select(Customer.search_text).where(Customer.name.like("张%")).limit(1)
        ).one()
        assert "zhang" in zhang
        platforms = set(session.scalars(select(CustomerAccount.platform).distinct()))
        assert platforms == {"taobao", "jd", "pdd", "douyin", "wechat"}
        accounts = session.scalars(
            select(Customer.accounts_text).where(Customer.accounts_text != "").limit(50)
        ).all()
        assert any("淘宝" in a for a in accounts)
        provinces = set(session.scalars(select(Customer.province).distinct()))
        assert {"广东省", "浙江省", "北京市"} <= provinces
        tags = set(session.scalars(select(Tag.name)))
        assert {"回头客", "价格敏感", "大客户", "宝妈", "学生", "送礼"} <= tags
        complaints = session.scalars(
            select(ContactRecord.complaint_status).where(ContactRecord.kind == "complaint")
        ).all()
        assert complaints and all(c in ("open", "in_progress", "resolved") for c in complaints)


def test_same_seed_same_shop(tmp_path: Path) -> None:
    shots = []
    for n in (1, 2, 3):
        db = open_database(tmp_path / f"demo{n}.crmdesk")
        try:
            create_demo_shop(db, seed=7 if n < 3 else 8, customers=150, orders=900, today=TODAY)
            shots.append(snapshot(db))
        finally:
            db.close()
    assert shots[0] == shots[1]
    assert shots[0] != shots[2]


def test_small_shop_counts_and_progress(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    summary = create_demo_shop(
        db, customers=40, orders=100, today=TODAY, progress=lambda d, t, m="": seen.append((d, t))
    )
    assert (summary.customers, summary.orders) == (40, 100)
    assert (count(db, Customer), count(db, Order)) == (40, 100)
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_no_orders_at_all(db: Database) -> None:
    create_demo_shop(db, customers=10, orders=0, today=TODAY)
    assert count(db, Order) == 0
    with db.session() as session:
        assert set(session.scalars(select(Customer.relationship_status))) <= {
            "potential",
            "target",
            "non_customer",
        }


def test_refuses_a_shop_with_customers(db: Database) -> None:
    create_demo_shop(db, customers=5, orders=5, today=TODAY)
    with pytest.raises(ValidationError):
        create_demo_shop(db, customers=5, orders=5, today=TODAY)
    assert count(db, Customer) == 5


def test_cancel_leaves_nothing(db: Database) -> None:
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        create_demo_shop(db, customers=30, orders=60, today=TODAY, cancel=lambda: next(calls) >= 3)
    assert count(db, Customer) == 0
    assert count(db, Order) == 0
    with db.session() as session:
        assert read_settings(session)["is_demo"] is False
