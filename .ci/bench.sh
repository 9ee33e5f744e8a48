#!/usr/bin/env bash
# Benchmark (not a test): release build, then load/click/memory figures in headless
# Chromium over RUNS runs (default 15), the first question against a plain-JS page, one
# and ten widgets, and Lighthouse's mobile score (LIGHTHOUSE_RUNS runs a page, default 3).
# Writes bench-results.json. Lighthouse (~180 MB) is installed here, into .cache/, not by
# the test command, which does not need it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash .ci/build.sh
bash .ci/size.sh
LIGHTHOUSE_VERSION=13.5.0
lighthouse_dir=".cache/lighthouse"
if [ "$(cat "$lighthouse_dir/version" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  echo "[bench] installing lighthouse $LIGHTHOUSE_VERSION into $lighthouse_dir"
  mkdir -p "$lighthouse_dir"
  npm install --prefix "$lighthouse_dir" --no-save --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
  echo "$LIGHTHOUSE_VERSION" > "$lighthouse_dir/version"
fi
LIGHTHOUSE="$PWD/$lighthouse_dir/node_modules/lighthouse/core/index.js" node .ci/bench.mjs
