"""Where crmdesk keeps its files: the user's data folder, or ``--data-dir``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "crmdesk"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one crmdesk installation (or one test)."""

    data_dir: Path

    @property
    def default_db(self) -> Path:
        """The shop file used when no ``--db`` is given."""
        return self.data_dir / "shop.crmdesk"

    @property
    def demo_db(self) -> Path:
        """The demo shop: its own file, never mixed with real data."""
        return self.data_dir / "demo.crmdesk"

    @property
    def backups_dir(self) -> Path:
        """Automatic backups."""
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        """Log files (the crash dialog names them)."""
        return self.data_dir / "logs"


def app_paths(data_dir: str | Path | None = None) -> AppPaths:
    """The paths for ``--data-dir`` when given, else the platform's user data folder."""
    if data_dir is not None:
        return AppPaths(Path(data_dir).expanduser().resolve())
    return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
