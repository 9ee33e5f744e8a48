#!/usr/bin/env bash
# Where the Wasm's bytes come from: builds the release Wasm as build.sh does, but keeps
# function names (wasm-bindgen --keep-debug, wasm-opt -Oz -g), then prints
# `twiggy top -n N` (default 20). Pass another twiggy command after `--`, for example
# `bash .ci/twiggy.sh -- dominators -d 3`; with UNOPTIMISED=1 it reads the Wasm before
# wasm-opt. Installs twiggy (cargo) if it is missing. The sizes are raw bytes with the
# names section kept; gzip shrinks the code about 2.4 times.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source .ci/release-env.sh

command -v twiggy >/dev/null || cargo install --locked twiggy

cargo build --release --target wasm32-unknown-unknown --lib --quiet
out="target/twiggy"
mkdir -p "$out"
wasm-bindgen --keep-debug --target web --out-dir "$out" --out-name aisd \
  target/wasm32-unknown-unknown/release/aisd.wasm
# The same -Oz and Wasm features as the release build (index.html), with names kept.
read -ra params <<< "$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
wasm="$out/aisd_bg.wasm"
if [ "${UNOPTIMISED:-0}" != 1 ]; then
  wasm-opt -Oz -g "${params[@]}" "$wasm" -o "$out/named.wasm"
  wasm="$out/named.wasm"
fi

if [ "${1:-}" = "--" ]; then
  shift
  twiggy "$@" "$wasm"
else
  twiggy top -n "${N:-20}" "$wasm"
fi
