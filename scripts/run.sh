#!/usr/bin/env bash
# Installs what is needed, then starts crmdesk. With no database yet, it opens the demo shop.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
exec "$here/.venv/bin/python" -m crmdesk --first-run-demo "$@"
