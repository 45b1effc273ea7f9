"""The desktop app (the default when ``crmdesk`` runs without a subcommand)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    """Start the GUI with the common flags (--db, --data-dir, --lang, --demo, --first-run-demo)."""
    from crmdesk.app import run_app

    return run_app(args)
