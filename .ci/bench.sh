#!/usr/bin/env bash
# Benchmark (not a test): release build, then load/click/memory figures in headless
# Chromium over RUNS runs (default 15). Writes bench-results.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash .ci/build.sh
bash .ci/size.sh
node .ci/bench.mjs
