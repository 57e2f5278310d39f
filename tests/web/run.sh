#!/usr/bin/env bash
# Runs the web explorer's tests: the pure state logic under `node --test` (tests/web/unit), then the
# end-to-end tests in headless Chromium against the real `chainex serve` (tests/web/browser).
#   CHAINEX_BIN=build/release/cli/chainex tests/web/run.sh      (default binary: build/debug/cli/chainex)
# Screenshots go to build/screenshots; measured figures are printed as "figure: NAME VALUE" lines.
# Exits non-zero when any test fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ ! -d web/node_modules/playwright-core ]; then (cd web && npm ci --no-audit --no-fund --loglevel=error); fi
if [ ! -f web/vendor/cytoscape.min.js ]; then node web/scripts/vendor.js; fi
echo "== web unit tests"
timeout 300 node --test tests/web/unit/*.test.js
echo "== web browser tests"
timeout 900 node --test --test-concurrency=1 tests/web/browser/*.test.js
