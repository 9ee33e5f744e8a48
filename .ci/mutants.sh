#!/usr/bin/env bash
# Which behaviours no test states: runs cargo-mutants over the whole crate except the
# thin browser glue (src/browser/), in two passes, and prints caught / missed / unviable
# counts of each. Not part of the test command: it rebuilds and tests the crate once per
# mutant (about an hour on 2 cores).
#   1. Everything that builds natively (the engine, the state machine, the words, the
#      markup, the views), against the native tests: results in mutants.out/.
#   2. src/ui/, which only builds for wasm32, and the views but the native-only
#      static_html.rs, against the component tests in headless Chromium (tests/web.rs),
#      as the test command runs them: results in mutants.out/wasm/mutants.out/. The
#      views draw every screen the Wasm shows, so the component tests see them too.
# A view's mutant is missed only if both passes miss it.
# Extra arguments go to both passes' cargo mutants, for example `--timeout 300`; to run
# one file, call cargo mutants directly (`cargo mutants --file src/engine/share.rs`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/setup.sh
command -v cargo-mutants >/dev/null || cargo install --locked cargo-mutants

report() {
  for outcome in caught missed unviable timeout; do
    printf '%-9s %s\n' "$outcome" "$(wc -l < "$1/$outcome.txt" 2>/dev/null || echo 0)"
  done
}

cargo mutants --no-shuffle -j 2 \
  --exclude 'src/ui/**' --exclude 'src/browser/**' "$@" || true

wasm=mutants.out/wasm
mkdir -p "$wasm"
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/.ci/webdriver.json" \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo mutants --no-shuffle -j 2 --file 'src/ui/**' --file 'src/views/**' \
    --exclude src/views/static_html.rs -o "$wasm" \
    --cargo-arg=--target=wasm32-unknown-unknown --cargo-test-arg=--test=web "$@" || true

echo
echo "Natively built code, against the native tests (mutants.out/):"
report mutants.out
echo
echo "src/ui/ and src/views/, against the component tests ($wasm/mutants.out/):"
report "$wasm/mutants.out"
echo
echo "Missed by every pass that ran them (each is a behaviour no test states):"
{
  grep -v '^src/views/' mutants.out/missed.txt 2>/dev/null || true
  grep '^src/ui/' "$wasm/mutants.out/missed.txt" 2>/dev/null || true
  comm -12 <(grep '^src/views/' mutants.out/missed.txt 2>/dev/null | sort) \
    <(grep '^src/views/' "$wasm/mutants.out/missed.txt" 2>/dev/null | sort)
} | sort
