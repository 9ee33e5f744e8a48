# Sourced by the scripts that build the release Wasm (build.sh, twiggy.sh).
#
# The Wasm is built with std recompiled from source (rust-src), panic=immediate-abort and
# no source locations: a panic becomes a bare `unreachable` trap, so no panic message,
# file path or formatting code ships. That is ~10 KB gzip of the first render
# (ARCHITECTURE.md, "Size"). These are unstable options; RUSTC_BOOTSTRAP=1 lets the pinned
# stable toolchain accept them, only in the scripts that source this file (lints and
# tests use the normal std). If a toolchain update drops an option, the build fails
# loudly; removing these three variables gives a working build ~10 KB bigger.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
