"""``crmdesk import``: import a customer list or a platform's order export.

    crmdesk import FILE [--db DB] [--as customers|orders] [--platform auto|taobao|...]
                        [--sheet NAME] [--on-duplicate update|skip|create]
                        [--skip-bad-rows] [--rejected OUT.xlsx]

Prints the summary and exits 0. A file that cannot be read, or rows with errors (each
listed with its row, column and reason), exit 2 with the database untouched; with
``--skip-bad-rows`` the good rows are imported and the bad ones listed (and written to
``--rejected`` when given).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.errors import CrmdeskError
from crmdesk.i18n import translate

PLATFORM_CHOICES = (
    "auto",
    "taobao",
    "tmall",
    "jd",
    "pdd",
    "douyin",
    "kuaishou",
    "youzan",
    "wechat",
)
#: Problems printed before "... and N more".
MAX_SHOWN = 50


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Options of ``crmdesk import``."""
    p.add_argument("file", metavar="FILE", help="xlsx, xls, csv or html file to import")
    p.add_argument(
        "--as",
        dest="kind",
        choices=("auto", "customers", "orders"),
        default="auto",
        help="what the file holds (default: orders when a platform is recognised)",
    )
    p.add_argument(
        "--platform",
        choices=PLATFORM_CHOICES,
        default="auto",
        help="platform of an order export (default: recognised from the headers)",
    )
    p.add_argument("--sheet", metavar="NAME", help="sheet of a workbook (default: the first)")
    p.add_argument(
        "--on-duplicate",
        choices=("update", "skip", "create"),
        default="update",
        help="what a customer-list row matching an existing customer does",
    )
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even when some rows have errors",
    )
    p.add_argument(
        "--rejected",
        metavar="OUT.xlsx",
        help="write the rejected rows with their reasons to this workbook",
    )


def _print_problems(plan: object, stream: object, errors_only: bool) -> None:
    problems = [p for p in plan.problems if not errors_only or p.severity == "error"]  # type: ignore[attr-defined]
    for problem in problems[:MAX_SHOWN]:
        where = translate("Import", "row {row}").format(row=problem.row)
        if problem.column:
            where += translate("Import", ", column {column}").format(column=problem.column)
        kind = (
            translate("Import", "error")
            if problem.severity == "error"
            else translate("Import", "warning")
        )
        print(f"{where} ({kind}): {problem.reason}", file=stream)  # type: ignore[arg-type]
    if len(problems) > MAX_SHOWN:
        print(
            translate("Import", "... and {n} more.").format(n=len(problems) - MAX_SHOWN),
            file=stream,
        )  # type: ignore[arg-type]


def run(args: argparse.Namespace) -> int:
    """Import the file and print the summary; returns the exit code."""
    from crmdesk.db import open_database
    from crmdesk.i18n import cli_language, install_catalog
    from crmdesk.paths import app_paths
    from crmdesk.services.importing import ImportFileError
    from crmdesk.services.importing.pipeline import analyse, export_rejected, run_import

    install_catalog(cli_language(getattr(args, "lang", None)))
    path = Path(args.db).expanduser() if args.db else app_paths(args.data_dir).default_db
    source = Path(args.file).expanduser()
    if not source.is_file():
        print(translate("Import", "There is no file {path}.").format(path=source), file=sys.stderr)
        return 2
    try:
        db = open_database(path)
    except CrmdeskError as err:
        print(str(err), file=sys.stderr)
        return 1
    try:
        try:
            plan = analyse(db, source, kind=args.kind, platform=args.platform, sheet=args.sheet)
        except ImportFileError as err:
            where = []
            if err.row:
                where.append(translate("Import", "row {row}").format(row=err.row))
            if err.column:
                where.append(translate("Import", "column {column}").format(column=err.column))
            prefix = f"{', '.join(where)}: " if where else ""
            print(prefix + str(err), file=sys.stderr)
            return 2
        except CrmdeskError as err:
            print(str(err), file=sys.stderr)
            return 2
        if args.rejected and plan.rejected:
            export_rejected(plan, Path(args.rejected))
        if plan.errors and not args.skip_bad_rows:
            _print_problems(plan, sys.stderr, errors_only=True)
            print(
                translate(
                    "Import",
                    "{n} rows have errors; nothing was imported. Correct the file, or use "
                    "--skip-bad-rows to import the other rows.",
                ).format(n=plan.rejected_rows),
                file=sys.stderr,
            )
            return 2
        _print_problems(plan, sys.stdout, errors_only=False)
        summary = run_import(db, plan, on_duplicate=args.on_duplicate)
    except CrmdeskError as err:
        print(str(err), file=sys.stderr)
        return 2
    finally:
        db.close()
    print(format_summary(summary))
    return 0


def format_summary(summary: object) -> str:
    """The summary as the owner reads it."""
    s = summary
    lines = [
        translate(
            "Import",
            "Rows: {total} in the file, {imported} imported, {rejected} rejected, {blank} blank.",
        ).format(
            total=s.rows_total,
            imported=s.rows_imported,  # type: ignore[attr-defined]
            rejected=s.rows_rejected,
            blank=s.rows_blank,
        ),  # type: ignore[attr-defined]
        translate(
            "Import",
            "Customers: {created} created, {updated} updated, {unchanged} "
            "unchanged, {skipped} skipped.",
        ).format(
            created=s.customers_created,
            updated=s.customers_updated,  # type: ignore[attr-defined]
            unchanged=s.customers_unchanged,
            skipped=s.customers_skipped,
        ),  # type: ignore[attr-defined]
    ]
    restored = getattr(s, "customers_restored", 0)
    if restored:
        lines.append(
            translate("Import", "Customers restored from the recycle bin: {n}.").format(n=restored)
        )
    if s.kind == "orders":  # type: ignore[attr-defined]
        lines.append(
            translate(
                "Import", "Orders: {added} added, {updated} updated, {unchanged} unchanged."
            ).format(added=s.orders_added, updated=s.orders_updated, unchanged=s.orders_unchanged)
        )  # type: ignore[attr-defined]
    lines.extend(s.notes)  # type: ignore[attr-defined]
    return "\n".join(lines)
