"""Which points are still there: FIFO lots, the waiting period, expiry and "expiring soon".

Every credit (earn, bonus, positive adjustment) is a lot. Debits take from lots oldest
first — ordered by the day the lot became usable, then by entry — so redemptions and
expiry always use the oldest points first. A reversal takes from its own order's lots
first; an ``expire`` entry takes from the lots that had expired by its ``expires_on``
(the day the expiry ran). Replaying the ledger in entry order always gives the same
lots, so nothing but the ledger is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import Cancelled
from crmdesk.i18n import translate
from crmdesk.services import points
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel

_LEDGER = points.LEDGER


@dataclass
class Lot:
    """Points of one credit entry and how many of them are left."""

    entry_id: int
    available_on: dt.date
    expires_on: dt.date | None
    order_id: int | None
    remaining: int


@dataclass(frozen=True)
class CustomerPoints:
    """A customer's points as the card shows them."""

    balance: int
    available: int  # usable now (not in the waiting period)
    frozen: int  # still in the waiting period
    next_available_on: dt.date | None
    expiring_soon: int  # expiring within the shop's "soon" window (or already due)
    expiring_on: dt.date | None  # the first of those dates


@dataclass(frozen=True)
class ExpiryResult:
    """What an expiry run did."""

    customer_ids: tuple[int, ...]
    points: int  # points expired, as a positive number


_Entry = tuple[int, str, int, int | None, dt.date | None, dt.date | None]


def _take(pool: list[Lot], need: int) -> int:
    for lot in sorted(pool, key=lambda lot: (lot.available_on, lot.entry_id)):
        if need <= 0:
            break
        used = min(lot.remaining, need)
        lot.remaining -= used
        need -= used
    return need


def replay(entries: Iterable[_Entry]) -> list[Lot]:
    """The lots left after ``(id, kind, points, order_id, available_on, expires_on)`` entries.

    Entries must come in id order.
    """
    lots: list[Lot] = []
    for entry_id, kind, pts, order_id, available_on, expires_on in entries:
        if pts > 0:
            lots.append(Lot(entry_id, available_on or dt.date.min, expires_on, order_id, pts))
            continue
        need = -pts
        live = [lot for lot in lots if lot.remaining > 0]
        if kind == "expire":
            cutoff = expires_on or dt.date.max
            _take([lot for lot in live if lot.expires_on and lot.expires_on <= cutoff], need)
            continue
        if order_id is not None and kind in ("reverse", "adjust"):
            need = _take([lot for lot in live if lot.order_id == order_id], need)
        _take(live, need)
    return lots


def load_lots(session: Session, customer_ids: Sequence[int]) -> dict[int, list[Lot]]:
    """Replayed lots of these customers."""
    out: dict[int, list[Lot]] = {}
    for chunk in points.chunks(list(customer_ids)):
        entries: dict[int, list[_Entry]] = {cid: [] for cid in chunk}
        rows = session.execute(
            select(
                _LEDGER.c.customer_id, _LEDGER.c.id, _LEDGER.c.kind, _LEDGER.c.points,
                _LEDGER.c.order_id, _LEDGER.c.available_on, _LEDGER.c.expires_on,
            )
            .where(_LEDGER.c.customer_id.in_(chunk))
            .order_by(_LEDGER.c.customer_id, _LEDGER.c.id)
        )  # fmt: skip
        for cid, *entry in rows:
            entries[cid].append(tuple(entry))  # type: ignore[arg-type]
        for cid, items in entries.items():
            out[cid] = replay(items)
    return out


def figures(lots: list[Lot], balance: int, today: dt.date, soon_days: int) -> CustomerPoints:
    """The card's figures from a customer's lots and ledger balance."""
    live = [lot for lot in lots if lot.remaining > 0]
    frozen_lots = [lot for lot in live if lot.available_on > today]
    frozen = min(balance, sum(lot.remaining for lot in frozen_lots))
    horizon = today + dt.timedelta(days=soon_days)
    soon = [lot for lot in live if lot.expires_on is not None and lot.expires_on <= horizon]
    return CustomerPoints(
        balance=balance,
        available=max(0, balance - frozen),
        frozen=frozen,
        next_available_on=min((lot.available_on for lot in frozen_lots), default=None),
        expiring_soon=min(balance, sum(lot.remaining for lot in soon)),
        expiring_on=min((lot.expires_on for lot in soon if lot.expires_on), default=None),
    )


def customer_points_in(
    session: Session, customer_id: int, today: dt.date | None = None
) -> CustomerPoints:
    """A customer's points figures inside the caller's transaction."""
    today = today or dt.date.today()
    rules = points.read_rules(session)
    balance = points.balances(session, [customer_id])[customer_id]
    lots = load_lots(session, [customer_id])[customer_id]
    return figures(lots, balance, today, rules.expiring_soon_days)


def customer_points(db: Database, customer_id: int, today: dt.date | None = None) -> CustomerPoints:
    """A customer's balance, what is usable, in the waiting period, and expiring soon."""
    with db.session() as session:
        points.customer_row(session, customer_id)
        return customer_points_in(session, customer_id, today)


def expiring_soon(
    db: Database, customer_ids: Sequence[int], today: dt.date | None = None
) -> dict[int, CustomerPoints]:
    """The points figures of several customers (e.g. for the care list)."""
    today = today or dt.date.today()
    with db.session() as session:
        rules = points.read_rules(session)
        bal = points.balances(session, customer_ids)
        lots = load_lots(session, customer_ids)
        return {
            cid: figures(lots[cid], bal[cid], today, rules.expiring_soon_days)
            for cid in customer_ids
        }


_SOON = text(
    "SELECT DISTINCT l.customer_id FROM points_ledger l"
    " JOIN customers c ON c.id = l.customer_id"
    " WHERE l.points > 0 AND l.expires_on IS NOT NULL AND l.expires_on <= :horizon"
    " AND c.points_balance > 0 AND c.deleted_at IS NULL ORDER BY l.customer_id"
)


def customers_expiring_soon(
    db: Database, today: dt.date | None = None, days: int | None = None
) -> dict[int, CustomerPoints]:
    """Customers with points expiring within ``days`` (default: the shop's setting)."""
    today = today or dt.date.today()
    with db.session() as session:
        rules = points.read_rules(session)
        window = rules.expiring_soon_days if days is None else days
        horizon = today + dt.timedelta(days=window)
        ids = [int(c) for c in session.execute(_SOON, {"horizon": horizon}).scalars()]
        out: dict[int, CustomerPoints] = {}
        for chunk in points.chunks(ids):
            bal = points.balances(session, chunk)
            for cid, lots in load_lots(session, chunk).items():
                f = figures(lots, bal[cid], today, window)
                if f.expiring_soon > 0:
                    out[cid] = f
        return out


_CANDIDATES = text(
    "SELECT DISTINCT l.customer_id FROM points_ledger l"
    " JOIN customers c ON c.id = l.customer_id"
    " WHERE l.points > 0 AND l.expires_on IS NOT NULL AND l.expires_on <= :today"
    " AND c.points_balance > 0 ORDER BY l.customer_id"
)


def expire_in(
    session: Session,
    today: dt.date,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExpiryResult:
    """Write an ``expire`` entry for every customer with points past their date."""
    ids = [int(c) for c in session.execute(_CANDIDATES, {"today": today}).scalars()]
    note = translate("Membership", "Points expired on {date}").format(date=today.isoformat())
    touched: list[int] = []
    total = 0
    done = 0
    for chunk in points.chunks(ids):
        check_cancel(cancel)
        bal = points.balances(session, chunk)
        rows = []
        for cid, lots in load_lots(session, chunk).items():
            due = sum(lot.remaining for lot in lots if lot.expires_on and lot.expires_on <= today)
            due = min(due, bal[cid])
            if due > 0:
                rows.append(points.entry_row(cid, "expire", -due, today=today, note=note,
                                             expires_on=today))  # fmt: skip
                touched.append(cid)
                total += due
        if rows:
            session.execute(insert(_LEDGER), rows)
        done += len(chunk)
        if progress is not None:
            progress(done, len(ids), translate("Membership", "Expiring points"))
    points.refresh_balances(session, touched)
    return ExpiryResult(customer_ids=tuple(touched), points=total)


def run_expiry(
    db: Database,
    today: dt.date | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExpiryResult:
    """Expire points past their date, all customers in one transaction (or none if cancelled).

    Running it again the same day writes nothing.
    """
    today = today or dt.date.today()
    with db.session(immediate=True) as session:
        result = expire_in(session, today, progress=progress, cancel=cancel)
        if cancel is not None and cancel():
            raise Cancelled(translate("Membership", "Cancelled; nothing was changed."))
        return result
