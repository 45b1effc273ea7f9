"""Progress reporting and cancellation for long work, with no Qt inside.

A long service function takes ``progress`` and ``cancel`` keyword arguments. It calls
``progress(done, total, message)`` now and then and checks ``cancel()``; when that
returns True it raises :class:`crmdesk.errors.Cancelled` before committing, so
everything it did is rolled back. The UI passes a callback that feeds a progress dialog;
tests and the command line pass nothing or their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from crmdesk.errors import Cancelled


class ProgressFn(Protocol):
    """Receives (done, total, message); total 0 means unknown."""

    def __call__(self, done: int, total: int, message: str = "") -> None: ...


CancelFn = Callable[[], bool]


def no_progress(done: int, total: int, message: str = "") -> None:
    """A progress callback that ignores everything."""


def never_cancel() -> bool:
    """A cancel flag that is never raised."""
    return False


def check_cancel(cancel: CancelFn | None) -> None:
    """Raise :class:`Cancelled` when the owner asked to stop."""
    if cancel is not None and cancel():
        raise Cancelled("Cancelled; nothing was changed.")
