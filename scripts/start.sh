#!/usr/bin/env bash
# Quick start: install what is needed, build, start the Blip sandbox and open Chromium with the
# extension connected to the three sandbox numbers. Extra arguments go to scripts/start.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npx tsx scripts/start.ts "$@"
