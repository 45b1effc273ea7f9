"""Membership as a whole: the order hook (points, then tiers) and the card's membership view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.services import points, points_lots, points_orders, tier_eval, tiers
from crmdesk.services.points_lots import CustomerPoints
from crmdesk.services.settings import read_setting
from crmdesk.services.tier_rules import review_due


@dataclass(frozen=True)
class OrdersApplied:
    """What the membership did after orders changed."""

    points: points.PointsApplied
    tiers: tiers.TiersChanged

    @property
    def customer_ids(self) -> tuple[int, ...]:
        """Customers whose points or tier changed."""
        return tuple(sorted(set(self.points.customer_ids) | set(self.tiers.customer_ids)))


@dataclass(frozen=True)
class MembershipCard:
    """The card's membership section: tier, benefits, progress, points."""

    customer_id: int
    tier: tiers.TierRow | None
    locked: bool
    lock_reason: str | None
    basis: str  # tiers.BASES
    value: Decimal  # the customer's basis value, in its unit (yuan, points, orders)
    next_tier: tiers.TierRow | None
    to_next: Decimal | None  # more needed to reach the next tier
    keep_needed: Decimal | None  # more needed by the next review to keep this tier
    next_review: dt.date | None
    points: CustomerPoints


def after_orders_changed(
    session: Session,
    order_ids: Iterable[int] | None,
    today: dt.date | None = None,
    customer_ids: Iterable[int] = (),
    *,
    owners: Iterable[int] | None = None,
) -> OrdersApplied:
    """Points for these orders (earn, reverse, correct), then upgrades, in the caller's
    transaction. The order hook and the import call this after the customers' figures are
    recomputed; ``order_ids`` None means every order. ``customer_ids`` names the cards of
    removed orders (a removed order no longer says whose it was). ``owners`` may name the
    customers holding the orders when the caller knows them already (the import does).
    """
    today = today or dt.date.today()
    if order_ids is None:
        applied = points_orders.apply_orders_to_points(session, None, today)
        changed = tier_eval.evaluate_customers(session, None, today)
    else:
        wanted = sorted({int(i) for i in order_ids})
        # Who holds the orders: the points need it first, the upgrades after (points move
        # no order, so it holds for both).
        held = (
            points_orders.order_owners(session, wanted)
            if owners is None
            else {int(c) for c in owners}
        )
        applied = points_orders.apply_orders_to_points(session, wanted, today, owners=held)
        ids = set(applied.customer_ids) | {int(c) for c in customer_ids} | held
        changed = tier_eval.evaluate_customers(session, ids, today)
    return OrdersApplied(points=applied, tiers=changed)


def membership_card(db: Database, customer_id: int, today: dt.date | None = None) -> MembershipCard:
    """Everything the card's membership section shows for one customer."""
    today = today or dt.date.today()
    with db.session() as session:
        customer = points.customer_row(session, customer_id)
        rules = tiers.read_rules(session)
        rows = tiers.list_tiers_in(session)
        current = next((t for t in rows if t.id == customer.tier_id), None)
        value = tier_eval.basis_values(session, rules.basis, [customer_id], today).get(
            customer_id, 0
        )
        shown = tiers.to_display(rules.basis, value) or Decimal(0)
        above = [t for t in rows if current is None or t.position > current.position]
        next_tier = above[0] if above else None
        to_next = max(next_tier.data.threshold - shown, Decimal(0)) if next_tier else None
        last = points.parse_date(read_setting(session, "tier_last_review"))
        next_review = None
        keep_needed = None
        if rules.downgrade == "yearly":
            # A review that is due but has not run yet comes first; else the next date.
            next_review = review_due(rules, last, today)
            if next_review is None:
                this_year = tiers.review_day(rules.review_date, today.year)
                if this_year is not None and this_year > today:
                    next_review = this_year
                else:
                    next_review = tiers.review_day(rules.review_date, today.year + 1)
            if current is not None and not customer.tier_locked:
                need = current.data.threshold
                if rules.keep_applies and current.data.keep_threshold is not None:
                    need = current.data.keep_threshold
                keep_needed = max(need - shown, Decimal(0))
        return MembershipCard(
            customer_id=customer_id,
            tier=current,
            locked=bool(customer.tier_locked),
            lock_reason=customer.tier_lock_reason,
            basis=rules.basis,
            value=shown,
            next_tier=next_tier,
            to_next=to_next,
            keep_needed=keep_needed,
            next_review=next_review,
            points=points_lots.customer_points_in(session, customer_id, today),
        )
