#!/usr/bin/env bash
# Which behaviours no test states: runs cargo-mutants on the natively tested code (the
# engine, the state machine, the words and the markup) and prints caught / missed /
# unviable counts. Not part of the test command: it rebuilds and tests the crate once per
# mutant (about 20 minutes on 2 cores). Extra arguments go to cargo mutants, for example
# `bash .ci/mutants.sh --file src/engine/share.rs`. Results land in mutants.out/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
command -v cargo-mutants >/dev/null || cargo install --locked cargo-mutants

# ui/ and browser/ only build for wasm32, where cargo-mutants cannot run the tests; their
# logic lives in the natively tested modules (ARCHITECTURE.md).
cargo mutants --no-shuffle -j 2 \
  --exclude 'src/ui/**' --exclude 'src/browser/**' "$@" || true
echo
for outcome in caught missed unviable timeout; do
  printf '%-9s %s\n' "$outcome" "$(wc -l < "mutants.out/$outcome.txt" 2>/dev/null || echo 0)"
done
echo "missed mutants (each is a behaviour no test states):"
cat mutants.out/missed.txt 2>/dev/null || true
