#!/usr/bin/env bash
# Release build of dist/ (Trunk, wasm-bindgen, wasm-opt -Oz, then .ci/minify.mjs and
# .ci/precache.mjs as Trunk hooks). Every script that needs dist/ builds it through here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# The Wasm is built with std rebuilt from source (rust-src) and panic=immediate-abort:
# a panic becomes a bare `unreachable` trap, so no panic message, location or formatting
# code ships. That is ~10 KB gzip of the first render (ARCHITECTURE.md, "Size").
# Both are unstable options; RUSTC_BOOTSTRAP=1 lets this pinned stable toolchain accept
# them, only for this build (lints and tests use the normal std). If a toolchain update
# drops either option, this build fails loudly; deleting these three variables gives a
# working but ~10 KB bigger build.
RUSTC_BOOTSTRAP=1 \
CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none" \
  trunk build --release
