#!/usr/bin/env bash
# Release build of dist/ (Trunk, wasm-bindgen, wasm-opt -Oz).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release
