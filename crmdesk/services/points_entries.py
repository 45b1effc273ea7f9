"""Points entries the owner writes by hand: bonuses, adjustments; the ledger view; recompute."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.services import points, points_orders
from crmdesk.services.points import LEDGER, EntryWritten, LedgerEntry
from crmdesk.services.validation import validate_text


@dataclass(frozen=True)
class BalanceFix:
    """A customer whose cached balance differed from the ledger, and the two figures."""

    customer_id: int
    cached: int
    ledger: int


def _bonus_label(kind: str) -> str:
    labels = {
        "join": translate("Membership", "Joining bonus"),
        "birthday": translate("Membership", "Birthday month bonus"),
        "survey": translate("Membership", "Survey bonus"),
        "referral": translate("Membership", "Referral bonus"),
        "review": translate("Membership", "Review bonus"),
    }
    return labels[kind]


def _already_has(session: Session, customer_id: int, kind: str, year: int | None) -> bool:
    stmt = select(LEDGER.c.id).where(
        LEDGER.c.customer_id == customer_id,
        LEDGER.c.kind == "bonus",
        LEDGER.c.bonus_kind == kind,
    )
    if year is not None:
        stmt = stmt.where(func.strftime("%Y", LEDGER.c.created_at) == f"{year:04d}")
    return session.execute(stmt.limit(1)).first() is not None


def add_bonus(
    db: Database,
    customer_id: int,
    kind: str,
    points_: int | None = None,
    note: str | None = None,
    today: dt.date | None = None,
) -> EntryWritten | None:
    """Credit a bonus (see points.BONUS_KINDS); ``points_`` defaults to the shop's setting.

    The joining bonus is given once per customer, the birthday bonus once a year and only
    in the birthday month. Returns None when nothing was due (already given, 0 points).
    """
    today = today or dt.date.today()
    if kind not in points.BONUS_KINDS:
        raise ValidationError(
            translate("Membership", "Unknown bonus: {kind}.").format(kind=kind), field="kind"
        )
    note = validate_text(note, points.NOTE_MAX, "note", translate("Membership", "Note"))
    with db.session(immediate=True) as session:
        customer = points.customer_row(session, customer_id)
        rules = points.read_rules(session)
        amount = rules.bonus(kind) if points_ is None else int(points_)
        if amount < 0:
            raise ValidationError(
                translate("Membership", "A bonus cannot be negative; use an adjustment."),
                field="points",
            )
        if kind == "birthday" and customer.birthday_month != today.month:
            raise ValidationError(
                translate("Membership", "It is not this customer's birthday month."),
                field="kind",
            )
        if kind == "join" and _already_has(session, customer_id, kind, None):
            return None
        if kind == "birthday" and _already_has(session, customer_id, kind, today.year):
            return None
        if amount == 0:
            return None
        row = points.entry_row(
            customer_id, "bonus", amount, today=today, rules=rules, bonus_kind=kind,
            note=note or _bonus_label(kind),
        )  # fmt: skip
        entry_id = session.execute(insert(LEDGER).values(row)).inserted_primary_key[0]
        points.refresh_balances(session, [customer_id])
        # New points settle any reversal still owed by a refunded order.
        points_orders.sync_customers(session, [customer_id], today)
        balance = points.balances(session, [customer_id])[customer_id]
        return EntryWritten(customer_id, int(entry_id), amount, balance)


def award_birthday_bonuses(db: Database, today: dt.date | None = None) -> tuple[int, ...]:
    """Give this month's birthday bonus to every customer who has not had it this year."""
    today = today or dt.date.today()
    with db.session(immediate=True) as session:
        rules = points.read_rules(session)
        if rules.bonus_birthday <= 0:
            return ()
        ids = session.execute(
            text(
                "SELECT c.id FROM customers c WHERE c.birthday_month = :m"
                " AND c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM points_ledger l"
                " WHERE l.customer_id = c.id AND l.kind = 'bonus'"
                " AND l.bonus_kind = 'birthday' AND strftime('%Y', l.created_at) = :y)"
                " ORDER BY c.id"
            ),
            {"m": today.month, "y": f"{today.year:04d}"},
        ).scalars()
        rows = [
            points.entry_row(
                int(cid), "bonus", rules.bonus_birthday, today=today, rules=rules,
                bonus_kind="birthday", note=_bonus_label("birthday"),
            )
            for cid in ids
        ]  # fmt: skip
        points.write_entries(session, rows)
        given = tuple(int(r["customer_id"]) for r in rows)
        points_orders.sync_customers(session, given, today)
        return given


def adjust(
    db: Database, customer_id: int, points_: int, reason: str, today: dt.date | None = None
) -> EntryWritten:
    """A manual adjustment (调整) with its reason; it may not take the balance below zero."""
    today = today or dt.date.today()
    reason_text = validate_text(
        reason, points.NOTE_MAX, "reason", translate("Membership", "Reason")
    )
    if not reason_text:
        raise ValidationError(
            translate("Membership", "An adjustment needs a reason."), field="reason"
        )
    if int(points_) == 0:
        raise ValidationError(
            translate("Membership", "An adjustment of 0 points changes nothing."), field="points"
        )
    with db.session(immediate=True) as session:
        points.customer_row(session, customer_id)
        rules = points.read_rules(session)
        balance = points.balances(session, [customer_id])[customer_id]
        if balance + points_ < 0:
            raise ValidationError(
                translate(
                    "Membership", "The customer has only {balance} points; cannot take {n}."
                ).format(balance=balance, n=-points_),
                field="points",
            )
        row = points.entry_row(
            customer_id, "adjust", int(points_), today=today, rules=rules, note=reason_text
        )
        entry_id = session.execute(insert(LEDGER).values(row)).inserted_primary_key[0]
        points.refresh_balances(session, [customer_id])
        if points_ > 0:
            points_orders.sync_customers(session, [customer_id], today)
        balance = points.balances(session, [customer_id])[customer_id]
        return EntryWritten(customer_id, int(entry_id), int(points_), balance)


def ledger(db: Database, customer_id: int) -> list[LedgerEntry]:
    """A customer's ledger, oldest first, with the running balance."""
    with db.session() as session:
        points.customer_row(session, customer_id)
        rows = session.execute(
            select(LEDGER).where(LEDGER.c.customer_id == customer_id).order_by(LEDGER.c.id)
        ).mappings()
        out = []
        running = 0
        for r in rows:
            running += r["points"]
            out.append(
                LedgerEntry(
                    id=r["id"], customer_id=r["customer_id"], created_at=r["created_at"],
                    kind=r["kind"], bonus_kind=r["bonus_kind"], points=r["points"],
                    order_id=r["order_id"], reward_id=r["reward_id"],
                    available_on=r["available_on"], expires_on=r["expires_on"],
                    note=r["note"], balance_after=running,
                )
            )  # fmt: skip
        return out


def recompute_balances(db: Database) -> list[BalanceFix]:
    """Recompute every cached balance from the ledger; returns the ones that were wrong."""
    with db.session(immediate=True) as session:
        wrong = session.execute(
            text(
                "SELECT c.id, c.points_balance, COALESCE(s.total, 0) FROM customers c"
                " LEFT JOIN (SELECT customer_id, SUM(points) AS total FROM points_ledger"
                " GROUP BY customer_id) s ON s.customer_id = c.id"
                " WHERE c.points_balance <> COALESCE(s.total, 0) ORDER BY c.id"
            )
        ).all()
        fixes = [BalanceFix(int(a), int(b), int(c)) for a, b, c in wrong]
        points.refresh_balances(session, [f.customer_id for f in fixes])
        return fixes


def total_outstanding(db: Database) -> int:
    """Points held by all customers (sum of the whole ledger)."""
    with db.session() as session:
        return int(session.execute(select(func.coalesce(func.sum(LEDGER.c.points), 0))).scalar())
