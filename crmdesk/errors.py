"""Known errors: user mistakes and environment problems that get a clear message, not a crash."""

from __future__ import annotations


class CrmdeskError(Exception):
    """A problem the owner can understand and act on; ``str(err)`` is the message to show."""


class ValidationError(CrmdeskError):
    """Input that breaks a rule; ``field`` names the field (or column) at fault."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.row = row


class NotFoundError(CrmdeskError):
    """The thing asked for does not exist (any more)."""


class DatabaseLockedError(CrmdeskError):
    """Another crmdesk already has this database file open."""


class NewerDatabaseError(CrmdeskError):
    """The file was written by a newer crmdesk than this one."""


class DamagedDatabaseError(CrmdeskError):
    """The file fails SQLite's checks, or is not a crmdesk database at all."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class NotCrmdeskDatabaseError(DamagedDatabaseError):
    """A valid SQLite file that belongs to some other program."""


class DiskFullError(CrmdeskError):
    """The disk is full or failing; nothing was written under a final name."""


class Cancelled(CrmdeskError):  # noqa: N818 - reads better at the call site than CancelledError
    """Long work was cancelled by the owner; everything it did was rolled back."""
