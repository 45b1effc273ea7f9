"""``crmdesk restore``: put a backup back in place of the shop file.

    crmdesk restore BACKUP [--db PATH] [--data-dir DIR]

BACKUP is a backup file, or its number in ``crmdesk backups`` (1 = the newest). The
shop must not be open in crmdesk. The current file is kept as a "before a restore"
backup first, so the restore can be undone the same way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.commands.backup import shop_path
from crmdesk.errors import CrmdeskError
from crmdesk.i18n import translate


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Options of ``crmdesk restore``."""
    p.add_argument(
        "backup", metavar="BACKUP", help="backup file, or its number in `crmdesk backups`"
    )


def run(args: argparse.Namespace) -> int:
    """Restore and print what the shop holds now; returns the exit code."""
    from crmdesk.paths import app_paths
    from crmdesk.services.backup import PRE_RESTORE, list_backups, restore_backup

    db_path = shop_path(args)
    backups_dir = app_paths(args.data_dir).backups_dir
    try:
        backups = list_backups(backups_dir, db_path)
        if args.backup.isdigit() and not Path(args.backup).exists():
            n = int(args.backup)
            if not 1 <= n <= len(backups):
                raise CrmdeskError(
                    translate(
                        "Backup", "There is no backup number {n}; `crmdesk backups` lists them."
                    ).format(n=n)
                )
            backup = backups[n - 1].path
        else:
            backup = Path(args.backup).expanduser().resolve()
        restore_backup(db_path, backup, backups_dir)
        undo = next(
            (b for b in list_backups(backups_dir, db_path) if b.reason == PRE_RESTORE), None
        )
    except CrmdeskError as err:
        print(str(err), file=sys.stderr)
        return 1
    print(translate("Backup", "Restored {path} from {backup}.").format(path=db_path, backup=backup))
    if undo is not None:
        print(
            translate(
                "Backup",
                "The file as it was before is kept as a backup: {undo}\n"
                "To undo, restore that one: crmdesk restore 1",
            ).format(undo=undo.path)
        )
    return 0
