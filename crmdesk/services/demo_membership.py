"""The demo shop's membership: default tiers, a small rewards catalogue, points for its orders."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.models.membership import Reward, Tier
from crmdesk.services import membership
from crmdesk.services.settings import read_setting, write_settings
from crmdesk.services.tiers import DEFAULT_TIERS

#: (name, kind, points cost, stock, value in fen, per-order cap in fen)
DEMO_REWARDS = (
    ("定制帆布袋", "gift", 300, 50, None, None),
    ("保温杯", "gift", 800, 20, None, None),
    ("10元优惠券", "coupon", 500, None, 1000, None),
    ("积分抵现", "cash", 100, None, 100, 5000),
)

#: Benefits of the demo's tiers by rank: (discount ‰ of 10折, points multiplier ‰,
#: free shipping, birthday gift)
DEMO_BENEFITS = (
    (1000, 1000, False, None),
    (980, 1200, False, "生日小礼品"),
    (950, 1500, True, "生日礼盒"),
    (900, 2000, True, "生日礼盒与手写贺卡"),
)


def add_demo_membership(session: Session, today: dt.date) -> None:
    """Tiers (if none yet), rewards, and every demo order's points, in the caller's transaction.

    The demo's orders all lie before today, so they are awarded as orders from before the
    scheme started.
    """
    if session.execute(select(Tier.id).limit(1)).first() is None:
        for i, (name, color, threshold, care) in enumerate(DEFAULT_TIERS):
            session.add(
                Tier(name=name, color=color, position=i, threshold=threshold, care_plan=care)
            )
    session.flush()
    for tier, (discount, multiplier, shipping, gift) in zip(
        session.scalars(select(Tier).order_by(Tier.position, Tier.id)), DEMO_BENEFITS, strict=False
    ):
        tier.discount_permille = discount
        tier.points_multiplier_permille = multiplier
        tier.free_shipping = shipping
        tier.birthday_gift = gift
    if session.execute(select(Reward.id).limit(1)).first() is None:
        for name, kind, cost, stock, value, cap in DEMO_REWARDS:
            session.add(
                Reward(
                    name=name, kind=kind, points_cost=cost, stock=stock, value_fen=value,
                    per_order_cap_fen=cap, active=True,
                )
            )  # fmt: skip
    session.flush()
    settings = {"points_award_historic": True}
    if read_setting(session, "points_start_date") is None:
        settings["points_start_date"] = today.isoformat()  # type: ignore[assignment]
    write_settings(session, settings)
    membership.after_orders_changed(session, None, today)
