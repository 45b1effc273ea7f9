"""``crmdesk backup``: back up the shop file now.

    crmdesk backup [--db PATH] [--data-dir DIR]

Works while the shop is open in crmdesk too (the copy is a consistent snapshot). The
backup goes to the shop's folder under the data folder's ``backups``; old automatic
backups are thinned afterwards.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.errors import CrmdeskError
from crmdesk.i18n import translate


def add_arguments(p: argparse.ArgumentParser) -> None:
    """``crmdesk backup`` has only the common options."""


def shop_path(args: argparse.Namespace) -> Path:
    """The shop file of a backup command: ``--db``, else the default shop file."""
    from crmdesk.paths import app_paths

    if args.db:
        return Path(args.db).expanduser().resolve()
    return app_paths(args.data_dir).default_db


def format_size(size: int) -> str:
    """A file size for people: 812 KB, 14.2 MB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def run(args: argparse.Namespace) -> int:
    """Make one backup and print where it went; returns the exit code."""
    from crmdesk.paths import app_paths
    from crmdesk.services.backup import MANUAL, create_backup, thin_backups

    db_path = shop_path(args)
    backups_dir = app_paths(args.data_dir).backups_dir
    try:
        info = create_backup(db_path, backups_dir, MANUAL)
        thin_backups(backups_dir, db_path)
    except CrmdeskError as err:
        print(str(err), file=sys.stderr)
        return 1
    print(
        translate(
            "Backup",
            "Backed up {path}: {customers} customers, {orders} orders, {size}, checked sound.\n"
            "Backup file: {backup}",
        ).format(
            path=db_path,
            customers=info.customers,
            orders=info.orders,
            size=format_size(info.size),
            backup=info.path,
        )
    )
    return 0
