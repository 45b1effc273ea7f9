"""Read-only table models of the membership pages: tiers, moves, rewards, the ledger."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from crmdesk.services.points import LedgerEntry
from crmdesk.services.points_report import kind_label
from crmdesk.services.rewards import RewardRow
from crmdesk.services.tiers import MONEY_BASES, TierMove, TierRow
from crmdesk.ui import formatting
from crmdesk.ui.table_model import ROW_ROLE as ROW_ROLE  # the role of every model here
from crmdesk.ui.table_model import Column, RowsModel

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Membership", text)


def _red_if_negative(text: Callable[[T], str]) -> Callable[[T], str | None]:
    return lambda row: "#c62828" if text(row).startswith("-") else None


def row_column(
    title: str,
    text: Callable[[T], str],
    numeric: bool = False,
    color: Callable[[T], str | None] | None = None,
) -> Column[T]:
    """A membership column: its text is also its tooltip; negative numbers show red."""
    return Column(
        title,
        text,
        numeric=numeric,
        tooltip=text,
        foreground=_red_if_negative(text) if numeric else None,
        decoration=color,
    )


# --- texts shared by the pages ---------------------------------------------------------


def discount_text(discount: Decimal) -> str:
    """9.5 (折) -> "95% of price" (in Chinese: 9.5折); 10 -> "No discount"."""
    if discount >= 10:
        return _tr("No discount")
    pct = (discount * 10).normalize()
    zhe = discount.normalize()
    # The Chinese translation shows {zhe}折; the English {pct}% of price.
    return _tr("{pct}% of price").format(pct=f"{pct:f}", zhe=f"{zhe:f}")


def basis_value_text(basis: str, value: Decimal | None) -> str:
    """A threshold or basis value in its unit: ¥ for spend, points, orders."""
    if value is None:
        return ""
    if basis in MONEY_BASES:
        return formatting.money(value)
    if basis == "order_count":
        return _tr("{n} orders").format(n=f"{value.normalize():f}")
    return _tr("{n} points").format(n=f"{value.normalize():f}")


def basis_names() -> dict[str, str]:
    """Tier basis key -> owner-facing name."""
    return {
        "total_spend": _tr("Cumulative spend"),
        "spend_12m": _tr("Spend in the last 12 months"),
        "spend_year": _tr("Spend this calendar year"),
        "points_earned": _tr("Points earned by orders"),
        "order_count": _tr("Number of orders"),
    }


def reward_kind_names() -> dict[str, str]:
    """Reward kind key -> owner-facing name."""
    return {"gift": _tr("Gift"), "coupon": _tr("Coupon"), "cash": _tr("Cash deduction")}


def _yes(value: bool) -> str:
    return _tr("Yes") if value else ""


# --- the models -------------------------------------------------------------------------


def tiers_model(basis: Callable[[], str], parent: Any = None) -> RowsModel[TierRow]:
    """The tier list of the tiers page (lowest first)."""
    return RowsModel(
        [
            row_column(_tr("Tier"), lambda t: t.data.name, color=lambda t: t.data.color),
            row_column(_tr("Threshold"), lambda t: basis_value_text(basis(), t.data.threshold),
                      numeric=True),
            row_column(_tr("Keep at"), lambda t: basis_value_text(basis(), t.data.keep_threshold),
                      numeric=True),
            row_column(_tr("Discount"), lambda t: discount_text(t.data.discount)),
            row_column(_tr("Points ×"), lambda t: f"{t.data.points_multiplier.normalize():f}",
                      numeric=True),
            row_column(_tr("Free shipping"), lambda t: _yes(t.data.free_shipping)),
            row_column(_tr("Entry reward"), lambda t: str(t.data.entry_reward_points or ""),
                      numeric=True),
            row_column(_tr("Members"), lambda t: "" if t.id < 0 else str(t.members), numeric=True),
        ],
        parent,
    )  # fmt: skip


def moves_model(basis: Callable[[], str], parent: Any = None) -> RowsModel[TierMove]:
    """Customers who would move (the what-if of the tiers page)."""
    return RowsModel(
        [
            row_column(_tr("Customer"), lambda m: m.name),
            row_column(_tr("From"), lambda m: m.from_tier or "—"),
            row_column(_tr("To"), lambda m: m.to_tier or "—"),
            row_column(_tr("Value"), lambda m: basis_value_text(basis(), m.value), numeric=True),
        ],
        parent,
    )


def rewards_model(parent: Any = None) -> RowsModel[RewardRow]:
    """The rewards catalogue."""
    kinds = reward_kind_names()
    return RowsModel(
        [
            row_column(_tr("Reward"), lambda r: r.data.name),
            row_column(_tr("Kind"), lambda r: kinds.get(r.data.kind, r.data.kind)),
            row_column(_tr("Points"), lambda r: str(r.data.points_cost), numeric=True),
            row_column(_tr("Value"), lambda r: formatting.money(r.data.value), numeric=True),
            row_column(_tr("Cap per order"), lambda r: formatting.money(r.data.per_order_cap),
                      numeric=True),
            row_column(_tr("Stock"),
                      lambda r: _tr("Unlimited") if r.data.stock is None else str(r.data.stock),
                      numeric=True),
            row_column(_tr("Active"), lambda r: _yes(r.data.active)),
        ],
        parent,
    )  # fmt: skip


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


def ledger_model(parent: Any = None) -> RowsModel[LedgerEntry]:
    """A customer's points ledger (newest first as the card shows it)."""
    return RowsModel(
        [
            row_column(_tr("Time"), lambda e: formatting.datetime_text(e.created_at)),
            row_column(_tr("Kind"), lambda e: kind_label(e.kind)),
            row_column(_tr("Points"), lambda e: _signed(e.points), numeric=True),
            row_column(_tr("Balance"), lambda e: str(e.balance_after), numeric=True),
            row_column(_tr("Usable from"), lambda e: formatting.date_text(e.available_on)),
            row_column(_tr("Expires"), lambda e: formatting.date_text(e.expires_on)),
            row_column(_tr("Note"), lambda e: e.note or ""),
        ],
        parent,
    )
