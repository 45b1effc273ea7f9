#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the source and compiles them to .qm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mapfile -t sources < <(find crmdesk -name '*.py' -not -path '*/migrations/*' | sort)
for ts in resources/translations/crmdesk_*.ts; do
    .venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts "$ts"
    .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
