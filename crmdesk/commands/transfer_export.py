"""``crmdesk export``: customers, orders or contact records to an Excel workbook.

    crmdesk export customers|orders|contacts OUT.xlsx [--db DB] [--full-phones]

Customers are exported as the register shows them by default (its visible columns),
followed by every analytics figure (RFM, pyramid, value matrix, lifecycle, CLV, loyalty).
Phones follow the shop's masking setting unless ``--full-phones`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.errors import CrmdeskError
from crmdesk.i18n import translate


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Options of ``crmdesk export``."""
    p.add_argument("what", choices=("customers", "orders", "contacts"), help="what to export")
    p.add_argument("out", metavar="OUT.xlsx", help="workbook to write")
    p.add_argument(
        "--full-phones",
        action="store_true",
        help="write phone numbers in full even when the shop masks them",
    )


def run(args: argparse.Namespace) -> int:
    """Write the workbook and say how many rows it holds; returns the exit code."""
    from crmdesk.db import open_database
    from crmdesk.i18n import cli_language, install_catalog
    from crmdesk.paths import app_paths
    from crmdesk.services import exporting, exporting_records

    install_catalog(cli_language(getattr(args, "lang", None)))
    path = Path(args.db).expanduser() if args.db else app_paths(args.data_dir).default_db
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        print(translate("Export", "The file name must end in .xlsx."), file=sys.stderr)
        return 2
    try:
        db = open_database(path, create=False)
    except FileNotFoundError:
        print(
            translate("Export", "There is no shop file {path}.").format(path=path), file=sys.stderr
        )
        return 2
    except CrmdeskError as err:
        print(str(err), file=sys.stderr)
        return 1
    mask = False if args.full_phones else None
    try:
        if args.what == "customers":
            result = exporting.export_customers(db, out, mask_phones=mask, with_analytics=True)
        elif args.what == "orders":
            result = exporting_records.export_orders(db, out, mask_phones=mask)
        else:
            result = exporting_records.export_contacts(db, out)
    except CrmdeskError as err:
        print(str(err), file=sys.stderr)
        return 2
    finally:
        db.close()
    print(translate("Export", "Wrote {n} rows to {path}.").format(n=result.rows, path=result.path))
    return 0
