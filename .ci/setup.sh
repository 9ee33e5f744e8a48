#!/usr/bin/env bash
# Installs, idempotently, every tool the build and the tests need, skipping what is
# already present at the right version. Sourced by serve.sh and test.sh, so it also
# puts the project's tools first on PATH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly, so read it from the lock file.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

export PATH="$root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# std's source: the release build recompiles std for the Wasm (see release-env.sh).
if ! rustup component list --installed | grep -q '^rust-src'; then
  step "adding the rust-src component"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing Trunk $TRUNK_VERSION (a cold build takes several minutes)"
  cargo install --locked --force "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Without --locked: one of its locked dependency versions is missing from the registry.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# Crates for the offline steps. Trunk runs cargo with --offline (Trunk.toml), so every
# crate a build needs must already be in $CARGO_HOME: the project's (Cargo.lock) and, for
# the release build that recompiles std (release-env.sh), std's own dependencies (the
# Cargo.lock of rust-src's library workspace, read with the RUSTC_BOOTSTRAP=1 that build
# uses). `cargo fetch` takes every platform's crates, as offline resolution needs them all;
# when everything is already there it returns in a fraction of a second.
step "fetching the crates of Cargo.lock and of std's Cargo.lock"
cargo fetch --locked --quiet
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet \
  --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

# Browsers from Debian's packages (never downloaded by a test tool): Chromium with its
# driver for most tests, Firefox ESR for the second-engine flows, and WebKitGTK (Safari's
# engine: webkit2gtk-driver brings WebKitWebDriver and MiniBrowser) with the virtual X
# server it needs to run headless. apt-get update runs once, only when something is missing.
apt_packages=()
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || apt_packages+=(chromium chromium-driver)
[ -x /usr/bin/firefox-esr ] || apt_packages+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || apt_packages+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || apt_packages+=(xvfb)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  step "installing Debian's ${apt_packages[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_packages[@]}"
fi

# npm packages (wasm-opt from binaryen, esbuild, playwright-core, axe-core, typescript and
# @types/react for the types test): reinstall only when
# the lock file changed since the last install.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  step "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.lock-hash
fi
