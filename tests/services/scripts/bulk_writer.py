"""Child process for the kill -9 tests: one large write to a shop file, then "done".

    python bulk_writer.py DB ROWS atomic|chunked|hold

Prints "ready" just before the write starts and "chunk N" after each 1,000 rows.
``atomic`` inserts every customer in one transaction (as an import does); ``chunked``
commits every 1,000 rows (the control that must show partial results). ``hold`` opens
the file and waits for stdin to close.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import insert

from crmdesk.db import open_database
from crmdesk.models import Customer


def main() -> int:
    db_path, rows, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    db = open_database(db_path)
    if mode == "hold":
        print("ready", flush=True)
        sys.stdin.read()
        db.close()
        return 0
    batch = [
        {"name": f"导入客户{i}", "phone": f"139{i:08d}", "total_spend_fen": i, "search_text": ""}
        for i in range(rows)
    ]
    print("ready", flush=True)
    if mode == "atomic":
        with db.engine.begin() as conn:
            for n, start in enumerate(range(0, rows, 1000), 1):
                conn.execute(insert(Customer), batch[start : start + 1000])
                print(f"chunk {n}", flush=True)
    else:
        for n, start in enumerate(range(0, rows, 1000), 1):
            with db.engine.begin() as conn:
                conn.execute(insert(Customer), batch[start : start + 1000])
            print(f"chunk {n}", flush=True)
    db.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
