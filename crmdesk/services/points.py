"""Points (积分): the append-only ledger, earning and reversing by order, bonuses, adjustments.

The ledger (``points_ledger``) is the truth: a customer's balance is the sum of their
entries, and ``customers.points_balance`` is only a cache kept in the same transaction
(``recompute_balances`` proves it). Entries are never changed or deleted; the database
aborts any attempt.
Earning and reversing by order lives in :mod:`crmdesk.services.points_orders`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import translate
from crmdesk.models import Customer
from crmdesk.models.base import utcnow
from crmdesk.models.membership import PointsEntry
from crmdesk.services.bulk import insert_rows, json_ids
from crmdesk.services.settings import read_settings, write_settings

LEDGER = PointsEntry.__table__
BONUS_KINDS = ("join", "birthday", "survey", "referral", "review")
EXPIRY_POLICIES = ("never", "months", "year_end_next")
NOTE_MAX = 400
_CHUNK = 500


@dataclass(frozen=True)
class PointsRules:
    """The shop's points settings (DESIGN §2), read from and written to the settings."""

    per_yuan: Decimal = Decimal(1)
    freeze_days: int = 0
    expiry: str = "never"  # one of EXPIRY_POLICIES
    expiry_months: int = 24
    expiring_soon_days: int = 30
    award_historic: bool = False
    start_date: dt.date | None = None
    bonus_join: int = 100
    bonus_birthday: int = 200
    bonus_survey: int = 50
    bonus_referral: int = 200
    bonus_review: int = 20

    def bonus(self, kind: str) -> int:
        """The default points of a bonus kind (see BONUS_KINDS)."""
        return int(getattr(self, f"bonus_{kind}"))


@dataclass(frozen=True)
class LedgerEntry:
    """One ledger entry as the card's ledger view lists it, with the running balance."""

    id: int
    customer_id: int
    created_at: dt.datetime
    kind: str
    bonus_kind: str | None
    points: int
    order_id: int | None
    reward_id: int | None
    available_on: dt.date | None
    expires_on: dt.date | None
    note: str | None
    balance_after: int


@dataclass(frozen=True)
class PointsApplied:
    """What applying orders to the ledger did."""

    customer_ids: tuple[int, ...] = ()
    orders_earned: int = 0
    points_earned: int = 0
    points_reversed: int = 0  # reversals and later downward corrections, as a positive number
    points_restored: int = 0  # upward corrections (a refund undone, an order reopened)


@dataclass(frozen=True)
class EntryWritten:
    """One entry written by a single-customer operation and the balance afterwards."""

    customer_id: int
    entry_id: int
    points: int
    balance: int


# --- rules ----------------------------------------------------------------------------


def parse_date(value: Any) -> dt.date | None:
    """An ISO date from a setting, or None when empty or damaged."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def rules_from_settings(values: dict[str, Any]) -> PointsRules:
    """PointsRules from a settings dict; damaged values fall back to the defaults."""
    base = PointsRules()
    try:
        per_yuan = Decimal(str(values.get("points_per_yuan", "1")))
        if not per_yuan.is_finite() or per_yuan < 0:
            per_yuan = base.per_yuan
    except InvalidOperation:
        per_yuan = base.per_yuan
    expiry = values.get("points_expiry")
    return PointsRules(
        per_yuan=per_yuan,
        freeze_days=max(0, _int(values.get("points_freeze_days"), 0)),
        expiry=expiry if expiry in EXPIRY_POLICIES else "never",
        expiry_months=max(1, _int(values.get("points_expiry_months"), base.expiry_months)),
        expiring_soon_days=max(0, _int(values.get("points_expiring_soon_days"), 30)),
        award_historic=bool(values.get("points_award_historic")),
        start_date=parse_date(values.get("points_start_date")),
        **{
            f"bonus_{k}": max(0, _int(values.get(f"points_bonus_{k}"), base.bonus(k)))
            for k in BONUS_KINDS
        },
    )


def read_rules(session: Session) -> PointsRules:
    """The points rules inside the caller's transaction."""
    return rules_from_settings(read_settings(session))


def get_rules(db: Database) -> PointsRules:
    """The shop's points rules."""
    with db.session() as session:
        return read_rules(session)


def save_rules(db: Database, rules: PointsRules) -> PointsRules:
    """Validate and store the points rules; they apply to entries written from now on."""
    if not rules.per_yuan.is_finite() or rules.per_yuan < 0:
        raise ValidationError(
            translate("Membership", "Points per yuan must be zero or more."), field="per_yuan"
        )
    if rules.expiry not in EXPIRY_POLICIES:
        raise ValidationError(
            translate("Membership", "Unknown expiry policy: {v}.").format(v=rules.expiry),
            field="expiry",
        )
    numbers = {
        "freeze_days": rules.freeze_days,
        "expiry_months": rules.expiry_months,
        "expiring_soon_days": rules.expiring_soon_days,
        **{f"bonus_{k}": rules.bonus(k) for k in BONUS_KINDS},
    }
    for field, value in numbers.items():
        if value < 0 or (field == "expiry_months" and value < 1):
            raise ValidationError(
                translate("Membership", "The value {value} is out of range.").format(value=value),
                field=field,
            )
    with db.session() as session:
        write_settings(
            session,
            {
                "points_per_yuan": str(rules.per_yuan),
                "points_freeze_days": rules.freeze_days,
                "points_expiry": rules.expiry,
                "points_expiry_months": rules.expiry_months,
                "points_expiring_soon_days": rules.expiring_soon_days,
                "points_award_historic": rules.award_historic,
                "points_start_date": rules.start_date.isoformat() if rules.start_date else None,
                **{f"points_bonus_{k}": rules.bonus(k) for k in BONUS_KINDS},
            },
        )
    return rules


# --- arithmetic -----------------------------------------------------------------------


def order_points(paid_fen: int, per_yuan: Decimal, multiplier_permille: int) -> int:
    """floor(paid yuan × per_yuan × multiplier) in exact integer arithmetic."""
    num, den = per_yuan.as_integer_ratio()
    return (paid_fen * num * multiplier_permille) // (100 * 1000 * den)


def kept_points(earned: int, paid_fen: int, refund_fen: int, valid: bool) -> int:
    """What an order that earned ``earned`` may keep: floor(E × (paid − refund) / paid)."""
    if not valid or paid_fen <= 0 or paid_fen - refund_fen <= 0:
        return 0
    return earned * (paid_fen - refund_fen) // paid_fen


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's end."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def expiry_for(rules: PointsRules, credited: dt.date) -> dt.date | None:
    """The last day points credited on ``credited`` can be used, or None (never expire)."""
    if rules.expiry == "months":
        return add_months(credited, rules.expiry_months)
    if rules.expiry == "year_end_next":
        return dt.date(credited.year + 1, 12, 31)
    return None


def chunks(values: Sequence[int], size: int = _CHUNK) -> Iterator[list[int]]:
    """``values`` in lists of at most ``size``."""
    for i in range(0, len(values), size):
        yield list(values[i : i + size])


# --- ledger writes --------------------------------------------------------------------


def entry_row(
    customer_id: int,
    kind: str,
    points: int,
    *,
    today: dt.date,
    rules: PointsRules | None = None,
    order_id: int | None = None,
    bonus_kind: str | None = None,
    reward_id: int | None = None,
    available_on: dt.date | None = None,
    note: str | None = None,
    expires_on: dt.date | None = None,
) -> dict[str, Any]:
    """A ledger row; credits get their usable-from and expiry dates from the rules."""
    if points > 0:
        available_on = available_on or today
        if expires_on is None and rules is not None:
            expires_on = expiry_for(rules, today)
    return {
        "customer_id": customer_id,
        "created_at": utcnow(),
        "kind": kind,
        "bonus_kind": bonus_kind,
        "points": points,
        "order_id": order_id,
        "reward_id": reward_id,
        "available_on": available_on,
        "expires_on": expires_on,
        "note": note[:NOTE_MAX] if note else None,
    }


def write_entries(session: Session, rows: list[dict[str, Any]]) -> None:
    """Append ledger rows (in bulk) and refresh the cached balances they touch."""
    if not rows:
        return
    insert_rows(session, LEDGER, rows)
    refresh_balances(session, {int(r["customer_id"]) for r in rows})


def refresh_balances(session: Session, customer_ids: Iterable[int]) -> None:
    """Set the cached balance of these customers to the sum of their ledger."""
    ids = sorted({int(i) for i in customer_ids})
    if not ids:
        return
    # One statement for any number of customers (an import touches 100,000s): the ids
    # go in as one JSON array, not as 500-value IN lists the driver binds one by one.
    session.execute(
        text(
            "UPDATE customers SET points_balance = (SELECT COALESCE(SUM(points), 0)"
            " FROM points_ledger WHERE customer_id = customers.id)"
            " WHERE id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": json_ids(ids)},
    )


def balances(session: Session, customer_ids: Sequence[int]) -> dict[int, int]:
    """Ledger balances (sum of entries) of these customers; missing ones are 0."""
    out = dict.fromkeys(customer_ids, 0)
    for chunk in chunks(list(customer_ids)):
        for cid, total in session.execute(
            select(LEDGER.c.customer_id, func.sum(LEDGER.c.points))
            .where(LEDGER.c.customer_id.in_(chunk))
            .group_by(LEDGER.c.customer_id)
        ):
            out[int(cid)] = int(total)
    return out


def customer_row(session: Session, customer_id: int) -> Customer:
    """The customer, or a clear NotFoundError."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(
            translate("Membership", "Customer #{id} does not exist (any more).").format(
                id=customer_id
            )
        )
    return customer
