"""``crmdesk backups``: list the backups of the shop file, newest first.

    crmdesk backups [--db PATH] [--data-dir DIR]

The number in the first column can be given to ``crmdesk restore``.
"""

from __future__ import annotations

import argparse

from crmdesk.commands.backup import format_size, shop_path
from crmdesk.i18n import translate


def add_arguments(p: argparse.ArgumentParser) -> None:
    """``crmdesk backups`` has only the common options."""


def reason_label(reason: str) -> str:
    """Why a backup was made, in the owner's words."""
    labels = {
        "manual": translate("Backup", "by hand"),
        "on-close": translate("Backup", "on closing"),
        "periodic": translate("Backup", "while working"),
        "pre-migration": translate("Backup", "before an update"),
        "pre-restore": translate("Backup", "before a restore"),
        "pre-import": translate("Backup", "before an import"),
        "pre-delete": translate("Backup", "before deleting"),
    }
    return labels.get(reason, reason)


def run(args: argparse.Namespace) -> int:
    """Print the backups as a table; returns the exit code."""
    from crmdesk.paths import app_paths
    from crmdesk.services.backup import backup_folder, list_backups

    db_path = shop_path(args)
    backups_dir = app_paths(args.data_dir).backups_dir
    backups = list_backups(backups_dir, db_path)
    if not backups:
        print(translate("Backup", "No backups of {path} yet.").format(path=db_path))
        return 0
    print(
        translate("Backup", "Backups of {path} in {folder}:").format(
            path=db_path, folder=backup_folder(backups_dir, db_path)
        )
    )
    header = (
        "#",
        translate("Backup", "Time"),
        translate("Backup", "Reason"),
        translate("Backup", "Size"),
        translate("Backup", "Customers"),
        translate("Backup", "Orders"),
        translate("Backup", "File"),
    )
    print("\t".join(header))
    for n, info in enumerate(backups, 1):
        print(
            "\t".join(
                (
                    str(n),
                    info.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                    reason_label(info.reason),
                    format_size(info.size),
                    "?" if info.customers is None else str(info.customers),
                    "?" if info.orders is None else str(info.orders),
                    info.path.name,
                )
            )
        )
    return 0
