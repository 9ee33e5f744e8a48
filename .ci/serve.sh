#!/usr/bin/env bash
# README command 1: set up, build a release dist/, serve it on http://127.0.0.1:8080/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash .ci/build.sh
exec node tests/e2e/server.mjs dist "${PORT:-8080}"
