"""Rewards catalogue and redemption: stock and balance checked in one transaction."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.models import Customer
from crmdesk.models.membership import PointsEntry
from crmdesk.services import orders, points_entries, points_report, rewards, settings
from crmdesk.services.orders import OrderInput
from crmdesk.services.rewards import RewardInput


def new_customer(db: Database, name: str = "王小明") -> int:
    with db.session() as session:
        return session.execute(
            insert(Customer).values(name=name).returning(Customer.id)
        ).scalar_one()


def with_points(db: Database, n: int) -> int:
    cid = new_customer(db)
    points_entries.adjust(db, cid, n, "开卡赠送")
    return cid


def test_catalogue_round_trip_and_validation(db: Database) -> None:
    gift = rewards.save_reward(db, RewardInput("保温杯", "gift", 500, stock=3))
    cash = rewards.save_reward(
        db, RewardInput("积分抵现", "cash", 100, value=Decimal(1), per_order_cap=Decimal(20))
    )
    assert [r.data.name for r in rewards.list_rewards(db)] == ["积分抵现", "保温杯"]
    assert cash.data.per_order_cap == Decimal("20.00")
    rewards.deactivate_reward(db, gift.id)
    assert [r.id for r in rewards.list_rewards(db)] == [cash.id]
    assert len(rewards.list_rewards(db, include_inactive=True)) == 2
    for bad in (
        RewardInput("", "gift", 1),
        RewardInput("x", "voucher", 1),
        RewardInput("x", "gift", 0),
        RewardInput("x", "gift", 1, stock=-1),
        RewardInput("x", "cash", 100),
    ):
        with pytest.raises(ValidationError):
            rewards.save_reward(db, bad)
    with pytest.raises(NotFoundError):
        rewards.deactivate_reward(db, 999)


def test_redeem_takes_points_and_stock(db: Database) -> None:
    cid = with_points(db, 1200)
    gift = rewards.save_reward(db, RewardInput("保温杯", "gift", 500, stock=3))
    done = rewards.redeem(db, cid, gift.id, 2)
    assert (done.points, done.balance, done.stock) == (1000, 200, 1)
    with pytest.raises(ValidationError, match="Not enough points"):
        rewards.redeem(db, cid, gift.id)
    ledger = points_entries.ledger(db, cid)
    assert (ledger[-1].kind, ledger[-1].points, ledger[-1].reward_id) == ("redeem", -1000, gift.id)


def test_out_of_stock_and_inactive_refuse_without_writing(db: Database) -> None:
    cid = with_points(db, 5000)
    gift = rewards.save_reward(db, RewardInput("保温杯", "gift", 500, stock=1))
    with pytest.raises(ValidationError, match="out of stock"):
        rewards.redeem(db, cid, gift.id, 2)
    rewards.deactivate_reward(db, gift.id)
    with pytest.raises(ValidationError):
        rewards.redeem(db, cid, gift.id)
    assert [e.kind for e in points_entries.ledger(db, cid)] == ["adjust"]
    assert rewards.list_rewards(db, include_inactive=True)[0].data.stock == 1


def test_frozen_points_cannot_be_redeemed(db: Database) -> None:
    settings.set_settings(db, {"points_freeze_days": 10})
    cid = new_customer(db)
    orders.add_order(db, cid, OrderInput(ordered_at=dt.datetime.now(), paid=Decimal(600)))
    gift = rewards.save_reward(db, RewardInput("保温杯", "gift", 500))
    with pytest.raises(ValidationError, match="0 usable"):
        rewards.redeem(db, cid, gift.id)
    later = dt.date.today() + dt.timedelta(days=10)
    assert rewards.redeem(db, cid, gift.id, today=later).balance == 100


def test_cash_deduction_ratio_and_cap(db: Database) -> None:
    cid = with_points(db, 5000)
    cash = rewards.save_reward(
        db, RewardInput("积分抵现", "cash", 100, value=Decimal(1), per_order_cap=Decimal(20))
    )
    assert rewards.cash_units_for_order(cash, Decimal("15.50"), 5000) == 15
    assert rewards.cash_units_for_order(cash, Decimal(300), 5000) == 20
    assert rewards.cash_units_for_order(cash, Decimal(300), 450) == 4
    assert rewards.cash_value(cash, 450) == Decimal(4)
    with pytest.raises(ValidationError, match="cap"):
        rewards.redeem(db, cid, cash.id, 21)
    assert rewards.redeem(db, cid, cash.id, 20).points == 2000
    summary = points_report.points_summary(db)
    assert (summary.redeemed, summary.outstanding) == (2000, 3000)
    assert summary.liability_value == Decimal("30.00")


@pytest.mark.parametrize("stock", [None, 5])
def test_two_simultaneous_redemptions_of_the_last_points(db: Database, stock: int | None) -> None:
    """Two threads, each with its own connection, redeem the last 500 points: one wins."""
    cid = with_points(db, 500)
    gift = rewards.save_reward(db, RewardInput("保温杯", "gift", 500, stock=stock))
    barrier = threading.Barrier(2)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt() -> None:
        barrier.wait()
        try:
            rewards.redeem(db, cid, gift.id)
            result = "ok"
        except ValidationError:
            result = "refused"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["ok", "refused"]
    with db.session() as session:
        redeemed = session.execute(
            select(PointsEntry.points).where(PointsEntry.kind == "redeem")
        ).all()
        assert len(redeemed) == 1
        assert session.get(Customer, cid).points_balance == 0  # type: ignore[union-attr]
    if stock is not None:
        assert rewards.list_rewards(db)[0].data.stock == stock - 1
