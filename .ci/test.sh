#!/usr/bin/env bash
# README command 2: set up, then run every check and test layer. Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# Gzip -9 bytes (.ci/size-sets.mjs) of what the first question needs (embed.js, the
# stylesheet and the static first question): at most 80 KB. Of the whole widget (embed.js
# with the glue bundled in, the Wasm and the stylesheet): at most the spec's 100 KB. And
# of everything the standalone page `/` receives from navigation until aisd:ready (its
# HTML, stylesheet and icon besides): at most 96 KB, the ceiling every later change must
# stay within (62.2 KB since the screens are drawn as strings without Yew; size.sh prints
# it beside the 90 KB target).
FIRST_BUDGET_BYTES=81920
WIDGET_BUDGET_BYTES=102400
PAGE_BUDGET_BYTES=98304

started=$SECONDS
phase() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$*" "$((SECONDS - started))"; }

phase "format"
cargo fmt --all --check

phase "lint (native and wasm32, HTML sinks)"
bash .ci/lint-html-sinks.sh
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

phase "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

phase "engine: native cargo test"
cargo test --quiet

phase "components: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/.ci/webdriver.json" \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web

phase "release build"
bash .ci/build.sh

phase "end to end: Chromium (Playwright), Firefox (WebDriver BiDi) and WebKit (W3C WebDriver) against dist/"
node --test --test-concurrency=1 tests/e2e/

phase "size report"
bash .ci/size.sh --first-budget "$FIRST_BUDGET_BYTES" --widget-budget "$WIDGET_BUDGET_BYTES" \
  --page-budget "$PAGE_BUDGET_BYTES"

phase "all tests passed"
