"""The rewards catalogue (礼品, 优惠券, 现金抵扣) and redeeming points against it.

A redemption runs in ``BEGIN IMMEDIATE``: the stock and the customer's usable points are
read again inside the transaction that writes the ``redeem`` entry, so two redemptions of
the last points (or the last item) can never both succeed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import translate
from crmdesk.models.membership import Reward
from crmdesk.services import points, points_lots
from crmdesk.services.validation import fen_to_yuan, validate_amount, validate_text

REWARD_KINDS = ("gift", "coupon", "cash")
_REWARDS = Reward.__table__


@dataclass(frozen=True)
class RewardInput:
    """A catalogue item as the owner types it. Money in yuan as Decimal."""

    name: str
    kind: str  # gift, coupon, cash
    points_cost: int
    stock: int | None = None  # None: unlimited
    value: Decimal | None = None  # coupon value, or yuan off per ``points_cost`` for cash
    per_order_cap: Decimal | None = None  # cash: most yuan off on one order
    description: str | None = None
    active: bool = True


@dataclass(frozen=True)
class RewardRow:
    """A catalogue item as the catalogue page lists it."""

    id: int
    data: RewardInput


@dataclass(frozen=True)
class Redemption:
    """A redemption written: the entry, points taken, what is left."""

    entry_id: int
    customer_id: int
    reward_id: int
    quantity: int
    points: int
    balance: int
    stock: int | None


def _row(r: Reward) -> RewardRow:
    return RewardRow(
        id=r.id,
        data=RewardInput(
            name=r.name,
            kind=r.kind,
            points_cost=r.points_cost,
            stock=r.stock,
            value=fen_to_yuan(r.value_fen) if r.value_fen is not None else None,
            per_order_cap=(
                fen_to_yuan(r.per_order_cap_fen) if r.per_order_cap_fen is not None else None
            ),
            description=r.description,
            active=r.active,
        ),
    )


def _values(data: RewardInput) -> dict[str, object]:
    name = validate_text(data.name, 100, "name", translate("Membership", "Name"))
    if not name:
        raise ValidationError(translate("Membership", "A reward needs a name."), field="name")
    if data.kind not in REWARD_KINDS:
        raise ValidationError(
            translate("Membership", "Unknown reward kind: {kind}.").format(kind=data.kind),
            field="kind",
        )
    if int(data.points_cost) <= 0:
        raise ValidationError(
            translate("Membership", "The points cost must be more than 0."), field="points_cost"
        )
    if data.stock is not None and int(data.stock) < 0:
        raise ValidationError(
            translate("Membership", "The stock cannot be negative."), field="stock"
        )
    value = validate_amount(data.value, "value") if data.value is not None else None
    cap = validate_amount(data.per_order_cap, "per_order_cap") if data.per_order_cap else None
    if data.kind == "cash" and not value:
        raise ValidationError(
            translate("Membership", "A cash deduction needs the yuan it is worth."),
            field="value",
        )
    return {
        "name": name,
        "kind": data.kind,
        "points_cost": int(data.points_cost),
        "stock": None if data.stock is None else int(data.stock),
        "value_fen": value,
        "per_order_cap_fen": cap if data.kind == "cash" else None,
        "description": validate_text(
            data.description, 2000, "description", translate("Membership", "Description")
        ),
        "active": bool(data.active),
    }


def list_rewards(db: Database, include_inactive: bool = False) -> list[RewardRow]:
    """The catalogue, cheapest first."""
    with db.session() as session:
        stmt = select(Reward).order_by(Reward.points_cost, Reward.id)
        if not include_inactive:
            stmt = stmt.where(Reward.active.is_(True))
        return [_row(r) for r in session.scalars(stmt)]


def save_reward(db: Database, data: RewardInput, reward_id: int | None = None) -> RewardRow:
    """Add a catalogue item (``reward_id`` None) or change one."""
    values = _values(data)
    with db.session() as session:
        if reward_id is None:
            reward = Reward(**values)
            session.add(reward)
        else:
            reward = _reward(session, reward_id)
            for key, value in values.items():
                setattr(reward, key, value)
        session.flush()
        return _row(reward)


def deactivate_reward(db: Database, reward_id: int) -> RewardRow:
    """Take an item out of the catalogue; past redemptions still name it."""
    with db.session() as session:
        reward = _reward(session, reward_id)
        reward.active = False
        session.flush()
        return _row(reward)


def _reward(session: Session, reward_id: int) -> Reward:
    reward = session.get(Reward, reward_id)
    if reward is None:
        raise NotFoundError(
            translate("Membership", "Reward #{id} does not exist.").format(id=reward_id)
        )
    return reward


def cash_value(reward: RewardRow, points_: int) -> Decimal:
    """Yuan off that ``points_`` are worth under a cash-deduction item (whole units only)."""
    if reward.data.kind != "cash" or reward.data.value is None:
        return Decimal(0)
    return reward.data.value * (points_ // reward.data.points_cost)


def cash_units_for_order(reward: RewardRow, order_total: Decimal, available: int) -> int:
    """The most units of a cash deduction one order can take: points, cap and total allow."""
    if reward.data.kind != "cash" or not reward.data.value:
        return 0
    limit = order_total
    if reward.data.per_order_cap is not None:
        limit = min(limit, reward.data.per_order_cap)
    by_money = int((limit / reward.data.value).to_integral_value(rounding=ROUND_FLOOR))
    return max(0, min(by_money, available // reward.data.points_cost))


def redeem(
    db: Database,
    customer_id: int,
    reward_id: int,
    quantity: int = 1,
    note: str | None = None,
    today: dt.date | None = None,
) -> Redemption:
    """Redeem ``quantity`` of a reward: stock and usable points re-checked in one transaction."""
    today = today or dt.date.today()
    if int(quantity) < 1:
        raise ValidationError(translate("Membership", "Redeem at least one."), field="quantity")
    note = validate_text(note, points.NOTE_MAX, "note", translate("Membership", "Note"))
    with db.session(immediate=True) as session:
        points.customer_row(session, customer_id)
        reward = _reward(session, reward_id)
        if not reward.active:
            raise ValidationError(
                translate("Membership", "{name} is no longer in the catalogue.").format(
                    name=reward.name
                ),
                field="reward",
            )
        cost = reward.points_cost * int(quantity)
        cap = reward.per_order_cap_fen if reward.kind == "cash" else None
        if cap is not None and (reward.value_fen or 0) * int(quantity) > cap:
            raise ValidationError(
                translate("Membership", "More than the cap of ¥{cap} for one order.").format(
                    cap=fen_to_yuan(reward.per_order_cap_fen)
                ),
                field="quantity",
            )
        figures = points_lots.customer_points_in(session, customer_id, today)
        if figures.available < cost:
            raise ValidationError(
                translate(
                    "Membership", "Not enough points: {cost} needed, {available} usable."
                ).format(cost=cost, available=figures.available),
                field="points",
            )
        stock = reward.stock
        if stock is not None:
            done = session.execute(
                update(_REWARDS)
                .where(_REWARDS.c.id == reward_id, _REWARDS.c.stock >= int(quantity))
                .values(stock=_REWARDS.c.stock - int(quantity))
            )
            if done.rowcount != 1:
                raise ValidationError(
                    translate("Membership", "{name} is out of stock.").format(name=reward.name),
                    field="stock",
                )
            stock -= int(quantity)
            session.expire(reward)
        label = f"{reward.name} × {int(quantity)}"
        row = points.entry_row(
            customer_id, "redeem", -cost, today=today, reward_id=reward_id,
            note=f"{label} · {note}" if note else label,
        )  # fmt: skip
        entry_id = session.execute(insert(points.LEDGER).values(row)).inserted_primary_key[0]
        points.refresh_balances(session, [customer_id])
        balance = points.balances(session, [customer_id])[customer_id]
        return Redemption(
            entry_id=int(entry_id),
            customer_id=customer_id,
            reward_id=reward_id,
            quantity=int(quantity),
            points=cost,
            balance=balance,
            stock=stock,
        )
