"""``crmdesk demo``: create the demo shop file (kept if it already exists).

    crmdesk demo [--db PATH] [--seed N] [--customers N] [--orders N]

Without ``--db`` the file is the demo shop in the data folder, never the owner's shop.
An existing demo file is kept as it is; a file holding real customers is refused
(an empty shop file, such as one left by a cancelled run, is filled).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.errors import CrmdeskError
from crmdesk.i18n import translate


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Options of ``crmdesk demo``."""
    from crmdesk.services.demo import DEFAULT_SEED

    p.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help="random seed (same seed, same shop)"
    )
    p.add_argument("--customers", type=int, default=2000, metavar="N", help="number of customers")
    p.add_argument("--orders", type=int, default=15000, metavar="N", help="number of orders")


def run(args: argparse.Namespace) -> int:
    """Create the demo shop and print what it holds; returns the exit code."""
    from sqlalchemy import func, select

    from crmdesk.db import open_database
    from crmdesk.models import Customer
    from crmdesk.paths import app_paths
    from crmdesk.services.demo import create_demo_shop
    from crmdesk.services.settings import read_settings

    path = Path(args.db).expanduser() if args.db else app_paths(args.data_dir).demo_db
    try:
        if args.customers < 1:
            raise CrmdeskError(translate("Demo", "--customers must be at least 1."))
        if args.orders < 0:
            raise CrmdeskError(translate("Demo", "--orders must not be negative."))
        db = open_database(path)
        try:
            with db.session() as session:
                is_demo = bool(read_settings(session).get("is_demo"))
                customers = session.scalar(select(func.count()).select_from(Customer)) or 0
            if customers and not is_demo:
                print(
                    translate(
                        "Demo",
                        "{path} is a shop file with real customers, not a demo shop; it was "
                        "left unchanged. Choose another file with --db.",
                    ).format(path=db.path),
                    file=sys.stderr,
                )
                return 2
            if customers:
                print(
                    translate(
                        "Demo",
                        "The demo shop {path} already exists ({n} customers); kept as it is.",
                    ).format(path=db.path, n=customers)
                )
                return 0
            summary = create_demo_shop(
                db, seed=args.seed, customers=args.customers, orders=args.orders
            )
            shown = db.path
        finally:
            db.close()
    except CrmdeskError as err:
        print(str(err), file=sys.stderr)
        return 1
    print(
        translate(
            "Demo",
            "Created the demo shop {path}: {customers} customers ({accounts} platform "
            "accounts), {orders} orders ({items} items), {contacts} contact records, "
            "{tags} tags, {dates} important dates.",
        ).format(
            path=shown,
            customers=summary.customers,
            accounts=summary.accounts,
            orders=summary.orders,
            items=summary.order_items,
            contacts=summary.contacts,
            tags=summary.tags,
            dates=summary.important_dates,
        )
    )
    return 0
