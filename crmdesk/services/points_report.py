"""The shop's points summary (issued, redeemed, expired, outstanding) and Excel exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from crmdesk.db import Database
from crmdesk.i18n import translate
from crmdesk.models.membership import Reward
from crmdesk.services import points
from crmdesk.services.jobs import CancelFn, ProgressFn
from crmdesk.services.validation import fen_to_yuan


@dataclass(frozen=True)
class PointsSummary:
    """Points of the whole shop; debits as positive numbers. outstanding = issued − the rest."""

    issued: int  # earned by orders, bonuses, upward adjustments and corrections
    earned: int
    bonus: int
    redeemed: int
    expired: int
    reversed: int  # refunds, closed or removed orders, later order corrections
    adjusted_down: int  # manual adjustments downwards
    outstanding: int  # the liability: what customers hold
    customers_with_points: int
    # What the outstanding points are worth under the best active cash deduction, if any.
    liability_value: Decimal | None


def points_summary(db: Database) -> PointsSummary:
    """Issued, redeemed, expired and outstanding points of the shop."""
    with db.session() as session:
        sums: dict[str, int] = {}
        for key, total in session.execute(
            text(
                "SELECT CASE"
                " WHEN kind = 'adjust' AND order_id IS NOT NULL AND points < 0 THEN 'reverse'"
                " WHEN kind = 'adjust' AND order_id IS NOT NULL THEN 'restore'"
                " WHEN kind = 'adjust' AND points < 0 THEN 'adjust_down'"
                " WHEN kind = 'adjust' THEN 'adjust_up' ELSE kind END AS k, SUM(points)"
                " FROM points_ledger GROUP BY k"
            )
        ):
            sums[str(key)] = int(total)
        holders = session.execute(
            select(func.count()).where(text("points_balance > 0")).select_from(text("customers"))
        ).scalar_one()
        outstanding = sum(sums.values())
        best = session.execute(
            select(Reward.value_fen, Reward.points_cost).where(
                Reward.kind == "cash", Reward.active.is_(True), Reward.value_fen.is_not(None)
            )
        ).all()
        value = None
        if best:
            fen = max(Decimal(outstanding) * v / c for v, c in best)
            value = fen_to_yuan(int(fen))
        return PointsSummary(
            issued=sums.get("earn", 0)
            + sums.get("bonus", 0)
            + sums.get("adjust_up", 0)
            + sums.get("restore", 0),
            earned=sums.get("earn", 0),
            bonus=sums.get("bonus", 0),
            redeemed=-sums.get("redeem", 0),
            expired=-sums.get("expire", 0),
            reversed=-sums.get("reverse", 0),
            adjusted_down=-sums.get("adjust_down", 0),
            outstanding=outstanding,
            customers_with_points=int(holders),
            liability_value=value,
        )


def kind_label(kind: str) -> str:
    """The owner-facing name of a ledger entry kind."""
    labels = {
        "earn": translate("Membership", "Earned by order"),
        "bonus": translate("Membership", "Bonus"),
        "redeem": translate("Membership", "Redeemed"),
        "expire": translate("Membership", "Expired"),
        "reverse": translate("Membership", "Reversed (refund)"),
        "adjust": translate("Membership", "Adjustment"),
    }
    return labels.get(kind, kind)


def export_ledger(
    db: Database,
    path: Path | str,
    customer_id: int | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """The ledger (of one customer, or everyone) to .xlsx; every text cell stays text."""
    from crmdesk.reports.workbooks import SheetColumn, write_table

    columns = [
        SheetColumn(translate("Membership", "Entry")),
        SheetColumn(translate("Membership", "Customer no."), "int"),
        SheetColumn(translate("Membership", "Customer")),
        SheetColumn(translate("Membership", "Time"), "datetime"),
        SheetColumn(translate("Membership", "Kind")),
        SheetColumn(translate("Membership", "Points"), "int"),
        SheetColumn(translate("Membership", "Order no.")),
        SheetColumn(translate("Membership", "Usable from"), "date"),
        SheetColumn(translate("Membership", "Expires"), "date"),
        SheetColumn(translate("Membership", "Note")),
    ]
    where = "WHERE l.customer_id = :cid" if customer_id is not None else ""
    sql = text(
        "SELECT l.id, l.customer_id, c.name, l.created_at, l.kind, l.points,"
        " o.order_no, l.available_on, l.expires_on, l.note FROM points_ledger l"
        " JOIN customers c ON c.id = l.customer_id LEFT JOIN orders o ON o.id = l.order_id"
        f" {where} ORDER BY l.customer_id, l.id"
    )
    with db.session() as session:
        total = session.execute(
            text(f"SELECT COUNT(*) FROM points_ledger l {where}"), {"cid": customer_id}
        ).scalar_one()

        def rows() -> Iterator[list[Any]]:
            for r in session.execute(sql, {"cid": customer_id}):
                yield [
                    str(r[0]), r[1], r[2], _moment(r[3]), kind_label(r[4]), r[5], r[6],
                    _day(r[7]), _day(r[8]), r[9],
                ]  # fmt: skip

        return write_table(
            Path(path), columns, rows(), sheet_name=translate("Membership", "Points ledger"),
            total=int(total), progress=progress, cancel=cancel,
        )  # fmt: skip


def export_balances(
    db: Database,
    path: Path | str,
    today: dt.date | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Every customer with points (balance, usable, expiring soon, tier) to .xlsx."""
    from crmdesk.reports.workbooks import SheetColumn, write_table
    from crmdesk.services import points_lots

    today = today or dt.date.today()
    columns = [
        SheetColumn(translate("Membership", "Customer no."), "int"),
        SheetColumn(translate("Membership", "Customer")),
        SheetColumn(translate("Membership", "Tier")),
        SheetColumn(translate("Membership", "Balance"), "int"),
        SheetColumn(translate("Membership", "Usable"), "int"),
        SheetColumn(translate("Membership", "Expiring soon"), "int"),
        SheetColumn(translate("Membership", "Expires on"), "date"),
    ]
    with db.session() as session:
        soon_days = points.read_rules(session).expiring_soon_days
        people = session.execute(
            text(
                "SELECT c.id, c.name, t.name, c.points_balance FROM customers c"
                " LEFT JOIN tiers t ON t.id = c.tier_id"
                " WHERE c.deleted_at IS NULL AND c.points_balance > 0 ORDER BY c.id"
            )
        ).all()

        def rows() -> Iterator[list[Any]]:
            for chunk_start in range(0, len(people), 500):
                chunk = people[chunk_start : chunk_start + 500]
                lots = points_lots.load_lots(session, [int(p[0]) for p in chunk])
                for cid, name, tier, balance in chunk:
                    f = points_lots.figures(lots[cid], int(balance), today, soon_days)
                    yield [cid, name, tier, f.balance, f.available, f.expiring_soon, f.expiring_on]

        return write_table(
            Path(path), columns, rows(), sheet_name=translate("Membership", "Points balances"),
            total=len(people), progress=progress, cancel=cancel,
        )  # fmt: skip


def _moment(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
