"""Command line: the GUI by default, subcommands for scripting and tests.

    crmdesk [--db PATH] [--demo] [--lang zh_CN|en] [--data-dir DIR]
    crmdesk import FILE [--db DB] [--as customers|orders] [--platform auto|taobao|...]
    crmdesk export customers|orders|contacts OUT.xlsx [--db DB]
    crmdesk demo [--db DB] [--seed N]
    crmdesk backup [--db DB] | crmdesk backups [--db DB] | crmdesk restore BACKUP [--db DB]

Heavy modules (Qt, openpyxl, matplotlib) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

#: subcommand -> module in crmdesk.commands that has ``add_arguments(p)`` and ``run(args)``
SUBCOMMANDS = {
    "import": ("transfer_import", "Import customers or a platform's order export"),
    "export": ("transfer_export", "Export customers, orders or contacts to Excel"),
    "demo": ("demo", "Create a demo shop file"),
    "backup": ("backup", "Back up the shop file now"),
    "backups": ("backups", "List the backups of the shop file"),
    "restore": ("restore", "Restore the shop file from a backup"),
}


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="shop file to open or create")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the shop file, backups and logs (default: the user's data folder)",
    )
    p.add_argument("--lang", choices=("zh_CN", "en"), default=None, help="interface language")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``crmdesk`` command."""
    parser = argparse.ArgumentParser(prog="crmdesk", description="crmdesk customer files")
    _add_common(parser)
    parser.add_argument(
        "--demo", action="store_true", help="create (if needed) and open the demo shop at --db"
    )
    parser.add_argument(
        "--first-run-demo",
        action="store_true",
        help="open the demo shop when no shop file exists yet (used by the start script)",
    )
    sub = parser.add_subparsers(dest="command")
    for name, (module, help_text) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        _add_common(p)
        importlib.import_module(f"crmdesk.commands.{module}").add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run crmdesk; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from crmdesk.commands import gui

        return gui.run(args)
    from crmdesk.i18n import cli_language, install_catalog

    install_catalog(cli_language(args.lang))
    module = importlib.import_module(f"crmdesk.commands.{SUBCOMMANDS[args.command][0]}")
    return int(module.run(args))


if __name__ == "__main__":
    sys.exit(main())
