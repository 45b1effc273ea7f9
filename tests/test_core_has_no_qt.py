"""The core (models, services, reports, db) runs without Qt: no PySide6 module gets imported."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import crmdesk.services


def test_importing_the_core_loads_no_qt() -> None:
    services = sorted(
        m.name for m in pkgutil.walk_packages(crmdesk.services.__path__, "crmdesk.services.")
    )
    assert "crmdesk.services.customers" in services
    modules = ["crmdesk.models", "crmdesk.db", "crmdesk.reports", *services]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "ui = sorted(m for m in sys.modules if m.startswith('crmdesk.ui'))\n"
        "print(len(sys.modules), qt, ui)\n"
        "sys.exit(1 if qt or ui else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
