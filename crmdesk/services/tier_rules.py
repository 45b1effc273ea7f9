"""Editing the tier rules with a what-if first; the yearly review; manual locks; defaults.

``preview_rules`` answers "who would move up or down" without writing anything;
``apply_rules`` stores the same rules and moves the same customers in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import bindparam, delete, select, text
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Customer
from crmdesk.models.membership import Tier
from crmdesk.services import points
from crmdesk.services.settings import read_setting, write_settings
from crmdesk.services.tier_eval import evaluate_customers, plan_moves, write_moves
from crmdesk.services.tiers import (
    BASES,
    DEFAULT_TIERS,
    DOWNGRADE_POLICIES,
    TierInput,
    TierMove,
    TierPreview,
    TierRules,
    TiersChanged,
    TierSpec,
    read_rules,
    review_day,
    stored_tiers,
    to_display,
    to_stored,
)
from crmdesk.services.validation import validate_text

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check(tiers: Sequence[TierInput], rules: TierRules) -> list[dict[str, object]]:
    """Validated stored values of each tier, lowest first, or a ValidationError."""
    if rules.basis not in BASES:
        raise ValidationError(
            translate("Membership", "Unknown tier basis: {v}.").format(v=rules.basis), "basis"
        )
    if rules.downgrade not in DOWNGRADE_POLICIES:
        raise ValidationError(
            translate("Membership", "Unknown downgrade policy: {v}.").format(v=rules.downgrade),
            "downgrade",
        )
    if review_day(rules.review_date, 2001) is None or len(rules.review_date) != 5:
        raise ValidationError(
            translate("Membership", "The review date must look like 01-01 (month-day)."),
            "review_date",
        )
    if not tiers:
        raise ValidationError(translate("Membership", "Keep at least one tier."), "tiers")
    out: list[dict[str, object]] = []
    names: set[str] = set()
    previous = -1
    for i, t in enumerate(tiers):
        where = f"tiers[{i}]"
        name = validate_text(t.name, 40, f"{where}.name", translate("Membership", "Name"))
        if not name:
            raise ValidationError(translate("Membership", "Every tier needs a name."), where)
        if name in names:
            raise ValidationError(
                translate("Membership", "Two tiers are called {name}.").format(name=name), where
            )
        names.add(name)
        threshold = to_stored(rules.basis, t.threshold, f"{where}.threshold") or 0
        keep = to_stored(rules.basis, t.keep_threshold, f"{where}.keep_threshold")
        if i == 0 and threshold != 0:
            raise ValidationError(
                translate("Membership", "The lowest tier must start at 0."), f"{where}.threshold"
            )
        if threshold <= previous:
            raise ValidationError(
                translate("Membership", "{name} must need more than the tier below it.").format(
                    name=name
                ),
                f"{where}.threshold",
            )
        previous = threshold
        if keep is not None and keep > threshold:
            raise ValidationError(
                translate(
                    "Membership", "The keep threshold of {name} cannot be above its threshold."
                ).format(name=name),
                f"{where}.keep_threshold",
            )
        discount = Decimal(str(t.discount)) * 100
        multiplier = Decimal(str(t.points_multiplier)) * 1000
        if discount != discount.to_integral_value() or not 1 <= discount <= 1000:
            raise ValidationError(
                translate("Membership", "A discount runs from 0.01 to 10 (no discount)."),
                f"{where}.discount",
            )
        if multiplier != multiplier.to_integral_value() or multiplier < 0:
            raise ValidationError(
                translate("Membership", "The points multiplier must be 0 or more."),
                f"{where}.points_multiplier",
            )
        if int(t.entry_reward_points) < 0:
            raise ValidationError(
                translate("Membership", "An entry reward cannot be negative."),
                f"{where}.entry_reward_points",
            )
        if not _COLOR.match(t.color or ""):
            raise ValidationError(
                translate("Membership", "A colour looks like #3c8dbc."), f"{where}.color"
            )
        out.append(
            {
                "id": t.id,
                "name": name,
                "color": t.color,
                "position": i,
                "threshold": threshold,
                "keep_threshold": keep,
                "discount_permille": int(discount),
                "points_multiplier_permille": int(multiplier),
                "free_shipping": bool(t.free_shipping),
                "birthday_gift": validate_text(
                    t.birthday_gift, 200, f"{where}.birthday_gift", translate("Membership", "Gift")
                ),
                "entry_reward_points": int(t.entry_reward_points),
                "care_plan": validate_text(
                    t.care_plan, 4000, f"{where}.care_plan", translate("Membership", "Care plan")
                ),
            }
        )
    return out


def _plan(
    session: Session, tiers: Sequence[TierInput], rules: TierRules
) -> list[dict[str, object]]:
    values = _check(tiers, rules)
    existing = set(session.execute(select(Tier.id)).scalars())
    for v in values:
        if v["id"] is not None and v["id"] not in existing:
            raise NotFoundError(
                translate("Membership", "Tier #{id} does not exist any more.").format(id=v["id"])
            )
    return values


def _as_t(values: list[dict[str, object]], ids: list[int | None]) -> list[TierSpec]:
    return [
        TierSpec(ids[i], i, str(v["name"]), int(v["threshold"]), v["keep_threshold"],  # type: ignore[arg-type]
           int(v["entry_reward_points"]))  # type: ignore[call-overload]
        for i, v in enumerate(values)
    ]  # fmt: skip


def preview_rules(
    db: Database,
    tiers: Sequence[TierInput],
    rules: TierRules,
    today: dt.date | None = None,
    limit: int = 500,
) -> TierPreview:
    """Who would move up or down if these rules were applied; writes nothing.

    ``up`` and ``down`` list at most ``limit`` customers each; the counts are complete.
    """
    today = today or dt.date.today()
    with db.session() as session:
        values = _plan(session, tiers, rules)
        # New tiers get stand-in ids that no stored tier has.
        ids = [v["id"] if v["id"] is not None else -(i + 1) for i, v in enumerate(values)]
        new = _as_t(values, ids)  # type: ignore[arg-type]
        old_pos = {t.id: t.position for t in stored_tiers(session)}
        old_names = {t.id: t.name for t in stored_tiers(session)}
        moves, locked = plan_moves(
            session, new, rules.basis, None, today, "both", keep_applies=rules.keep_applies
        )
        new_pos = {t.id: t.position for t in new}
        up: list[TierMove] = []
        down: list[TierMove] = []
        names = dict(session.execute(select(Customer.id, Customer.name)).all())
        up_count = down_count = 0
        for cid, from_id, to, value in moves:
            before = new_pos.get(from_id, old_pos.get(from_id, -1))
            after = to.position if to else -1
            move = TierMove(
                cid, names.get(cid, ""), old_names.get(from_id), to.name if to else None,
                to_display(rules.basis, value) or Decimal(0),
            )  # fmt: skip
            if after > before:
                up_count += 1
                if len(up) < limit:
                    up.append(move)
            else:
                down_count += 1
                if len(down) < limit:
                    down.append(move)
        moved = {cid: to for cid, _f, to, _v in moves}
        counts: Counter[str] = Counter()
        current = session.execute(
            text("SELECT id, tier_id FROM customers WHERE deleted_at IS NULL")
        ).all()
        by_id = {t.id: t for t in new}
        for cid, tier_id in current:
            target = moved[cid] if cid in moved else by_id.get(tier_id)
            if target is not None:
                counts[target.name] += 1
        session.rollback()
        return TierPreview(
            up=tuple(up),
            down=tuple(down),
            up_count=up_count,
            down_count=down_count,
            unchanged=len(current) - len(moves) - locked,
            locked=locked,
            members_after={t.name: counts.get(t.name, 0) for t in new},
        )


def _store_rules(session: Session, rules: TierRules) -> None:
    write_settings(
        session,
        {
            "tier_basis": rules.basis,
            "tier_downgrade": rules.downgrade,
            "tier_review_date": rules.review_date,
            "tier_keep_applies": rules.keep_applies,
        },
    )


def apply_rules(
    db: Database, tiers: Sequence[TierInput], rules: TierRules, today: dt.date | None = None
) -> TiersChanged:
    """Store the tiers and rules and move customers both ways, all in one transaction.

    Tiers missing from ``tiers`` are removed (their locked customers are unlocked first).
    History lines say ``rule_change``; promotions pay entry rewards.
    """
    today = today or dt.date.today()
    with db.session(immediate=True) as session:
        values = _plan(session, tiers, rules)
        stored = {t.id: t for t in session.scalars(select(Tier))}
        keep_ids = {v["id"] for v in values if v["id"] is not None}
        removed = [tid for tid in stored if tid not in keep_ids]
        # Free every name first so renames and swaps never clash on the unique index.
        for t in stored.values():
            t.name = f"~{t.id}"
        session.flush()
        ids: list[int | None] = []
        for v in values:
            fields = {k: val for k, val in v.items() if k != "id"}
            if v["id"] is None:
                tier = Tier(**fields)
                session.add(tier)
            else:
                tier = stored[v["id"]]  # type: ignore[index]
                for key, val in fields.items():
                    setattr(tier, key, val)
            session.flush()
            ids.append(tier.id)
        if removed:
            session.execute(
                text(
                    "UPDATE customers SET tier_locked = 0, tier_lock_reason = NULL"
                    " WHERE tier_locked AND tier_id IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": removed},
            )
        _store_rules(session, rules)
        new = _as_t(values, ids)
        moves, _locked = plan_moves(
            session, new, rules.basis, None, today, "both", keep_applies=rules.keep_applies
        )
        old_pos = dict.fromkeys(removed, -1)
        positions = {**old_pos, **{t.id: t.position for t in new}}
        changed = write_moves(session, new, moves, "rule_change", today, positions)
        if removed:
            session.execute(delete(Tier).where(Tier.id.in_(removed)))
        return changed


def save_tiers(
    db: Database, tiers: Sequence[TierInput], today: dt.date | None = None
) -> TiersChanged:
    """``apply_rules`` with the shop's current basis and policy."""
    with db.session() as session:
        rules = read_rules(session)
    return apply_rules(db, tiers, rules, today)


def review_due(rules: TierRules, last: dt.date | None, today: dt.date) -> dt.date | None:
    """The review date that has come and not been run yet, or None."""
    if rules.downgrade != "yearly":
        return None
    due = review_day(rules.review_date, today.year)
    if due is None:
        return None
    if due > today:
        due = review_day(rules.review_date, today.year - 1)
    if due is None or (last is not None and last >= due):
        return None
    return due


def yearly_review(db: Database, today: dt.date | None = None) -> TiersChanged | None:
    """Run the yearly re-evaluation if its date has come (once per year); None if not due.

    Customers below their tier's keep threshold (or its threshold, without keep rules)
    move down to the highest tier they hold; anyone above moves up.
    """
    today = today or dt.date.today()
    with db.session(immediate=True) as session:
        rules = read_rules(session)
        last = points.parse_date(read_setting(session, "tier_last_review"))
        due = review_due(rules, last, today)
        if due is None:
            return None
        tiers = stored_tiers(session)
        moves, _locked = plan_moves(
            session, tiers, rules.basis, None, due, "review", keep_applies=rules.keep_applies
        )
        note = translate("Membership", "Yearly review {date}").format(date=due.isoformat())
        changed = write_moves(session, tiers, moves, "review", today, note=note)
        write_settings(session, {"tier_last_review": due.isoformat()})
        return changed


def lock_tier(db: Database, customer_id: int, tier_id: int, reason: str) -> TiersChanged:
    """Put a customer on a tier by hand and keep them there (rules no longer move them)."""
    reason_text = validate_text(reason, 200, "reason", translate("Membership", "Reason"))
    if not reason_text:
        raise ValidationError(translate("Membership", "A lock needs a reason."), "reason")
    with db.session(immediate=True) as session:
        customer = points.customer_row(session, customer_id)
        tiers = stored_tiers(session)
        target = next((t for t in tiers if t.id == tier_id), None)
        if target is None:
            raise NotFoundError(
                translate("Membership", "Tier #{id} does not exist any more.").format(id=tier_id)
            )
        changed = TiersChanged(customer_ids=(customer_id,))
        if customer.tier_id != tier_id:
            move = [(customer_id, customer.tier_id, target, 0)]
            changed = write_moves(session, tiers, move, "manual", dt.date.today(), note=reason_text)
        session.refresh(customer)
        customer.tier_locked = True
        customer.tier_lock_reason = reason_text
        return changed


def unlock_tier(db: Database, customer_id: int, today: dt.date | None = None) -> TiersChanged:
    """Let the rules move a locked customer again (upgrades apply at once)."""
    with db.session(immediate=True) as session:
        customer = points.customer_row(session, customer_id)
        customer.tier_locked = False
        customer.tier_lock_reason = None
        session.flush()
        changed = evaluate_customers(session, [customer_id], today)
        return TiersChanged(
            customer_ids=(customer_id,), up=changed.up, reward_points=changed.reward_points
        )


def ensure_default_tiers(db: Database, today: dt.date | None = None) -> bool:
    """Create the default tiers on a shop without any, and start the points scheme today.

    Idempotent: returns False (and writes nothing) when tiers exist already.
    """
    today = today or dt.date.today()
    with db.session(immediate=True) as session:
        if session.execute(select(Tier.id).limit(1)).first() is not None:
            return False
        for i, (name, color, threshold, care) in enumerate(DEFAULT_TIERS):
            session.add(Tier(name=name, color=color, position=i, threshold=threshold,
                             care_plan=care))  # fmt: skip
        session.flush()
        if read_setting(session, "points_start_date") is None:
            write_settings(session, {"points_start_date": today.isoformat()})
        evaluate_customers(session, None, today)
        return True
