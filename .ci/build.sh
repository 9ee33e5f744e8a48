#!/usr/bin/env bash
# Release build of dist/ (Trunk, wasm-bindgen, wasm-opt -Oz, then .ci/post-build.mjs as
# Trunk's hook). Every script that needs dist/ builds it through here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source .ci/release-env.sh
trunk build --release
