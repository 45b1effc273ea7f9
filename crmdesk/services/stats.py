"""Stored per-customer order figures and relationship status, kept right as orders change.

``recompute_customers`` is the incremental path (one card's edit); ``recompute_all`` the
bulk path (after an import), done in set-based SQL, not per-row Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session


def recompute_customers(
    session: Session, customer_ids: Iterable[int], today: dt.date | None = None
) -> None:
    """Recompute order count, spend, first/last order, median interval, status for these."""
    raise NotImplementedError


def recompute_all(session: Session, today: dt.date | None = None) -> None:
    """The same for every customer, in bulk SQL."""
    raise NotImplementedError
