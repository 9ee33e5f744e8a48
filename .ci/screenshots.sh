#!/usr/bin/env bash
# The README's pictures (docs/images/), at a fixed clock: set up, build, then take them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash .ci/build.sh
node .ci/screenshots.mjs
