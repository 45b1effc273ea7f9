#!/usr/bin/env bash
# Builds the one-folder app with PyInstaller and smoke-tests it (creates a demo shop file).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/bootstrap.sh
bash scripts/translations.sh
.venv/bin/python -m pip install -q "pyinstaller>=6.0"
.venv/bin/pyinstaller --noconfirm --distpath dist --workpath build installer/crmdesk.spec
tmp="$(mktemp -d)"
./dist/crmdesk/crmdesk demo --db "$tmp/demo.crmdesk" --customers 50 --orders 200
echo "built dist/crmdesk and created a demo shop with it"
