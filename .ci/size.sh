#!/usr/bin/env bash
# Prints the size report (.ci/size.mjs): raw and gzip -9 bytes of what the first question
# needs, of the whole widget and of everything the standalone page receives until the
# widget is ready. With --first-budget, --widget-budget and --page-budget BYTES, exits
# non-zero when that set's gzip total is over it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec node .ci/size.mjs "$@"
