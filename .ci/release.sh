#!/usr/bin/env bash
# The release: set up, build dist/, pack it as the versioned package (.ci/release.mjs)
# in target/release/, and print embed.js's integrity value and the snippet to paste.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash .ci/build.sh
node .ci/release.mjs
