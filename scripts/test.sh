#!/usr/bin/env bash
# Installs what is needed, then runs the whole test suite (headless) and ruff.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
cd "$here"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check crmdesk tests benchmarks
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
    echo "No test ran: that is a failure." >&2
    exit 1
fi
exit "$rc"
