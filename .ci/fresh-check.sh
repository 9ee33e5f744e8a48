#!/usr/bin/env bash
# Proves the README's two commands work for a new user, without this machine's caches:
# each command runs in its own fresh clone of this repository's HEAD (no target/, dist/
# or node_modules/), with an empty CARGO_HOME whose bin/ only links to the installed
# tools (cargo, rustc, Trunk, wasm-bindgen …) and an empty npm cache. Every crate and npm
# package therefore has to be fetched by the set-up itself.
#
#   bash .ci/fresh-check.sh          # both commands (about 15 minutes on 2 cores)
#   bash .ci/fresh-check.sh serve    # only `bash .ci/serve.sh`: builds, then checks both pages answer
#   bash .ci/fresh-check.sh test     # only `bash .ci/test.sh`
#
# What it cannot empty: the Rust toolchain (rustup), the browsers and apt's lists, which
# are system-wide; set-up installs them when missing. Work files go to a temporary
# directory (FRESH_DIR to choose it), removed at the end unless KEEP=1.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-both}"
case "$what" in both|serve|test) ;; *) echo "usage: $0 [both|serve|test]" >&2; exit 2 ;; esac

work="${FRESH_DIR:-$(mktemp -d)}"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
tools="${CARGO_HOME:-$HOME/.cargo}/bin"
for needed in cargo rustc trunk wasm-bindgen; do
  [ -x "$tools/$needed" ] || { echo "$tools/$needed is missing: run bash .ci/setup.sh once first" >&2; exit 1; }
done

# A clone, an empty CARGO_HOME with the tools linked in, an empty npm cache.
fresh() {
  local dir="$work/$1"
  git clone --quiet "$repo" "$dir/repo"
  mkdir -p "$dir/cargo-home/bin" "$dir/npm-cache"
  ln -s "$tools"/* "$dir/cargo-home/bin/"
}
in_fresh() {
  local dir="$work/$1"; shift
  (cd "$dir/repo" && CARGO_HOME="$dir/cargo-home" npm_config_cache="$dir/npm-cache" "$@")
}

check_test() {
  fresh test
  local start=$SECONDS
  in_fresh test bash .ci/test.sh
  echo "fresh-check: bash .ci/test.sh passed in $((SECONDS - start)) s"
}

check_serve() {
  fresh serve
  local start=$SECONDS port
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  # In its own session, so that stopping it stops the server it starts too.
  (cd "$work/serve/repo" && CARGO_HOME="$work/serve/cargo-home" \
    npm_config_cache="$work/serve/npm-cache" PORT="$port" exec setsid bash .ci/serve.sh) \
    > "$work/serve.log" 2>&1 &
  local server=$!
  # The build comes first; the server starts only once it has succeeded.
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/demo.html" 2>/dev/null; do
    if ! kill -0 "$server" 2>/dev/null; then
      cat "$work/serve.log" >&2
      echo "fresh-check: bash .ci/serve.sh stopped before serving" >&2
      exit 1
    fi
    sleep 2
  done
  for page in / /demo.html /embed.js /aisd_bg.wasm /widget.css; do
    curl -fsS -o /dev/null "http://127.0.0.1:$port$page" || { echo "fresh-check: $page not served" >&2; exit 1; }
  done
  kill -- "-$server" 2>/dev/null || kill "$server"
  wait "$server" 2>/dev/null || true
  echo "fresh-check: bash .ci/serve.sh built and served / and /demo.html in $((SECONDS - start)) s"
}

case "$what" in
  serve) check_serve ;;
  test) check_test ;;
  both) check_serve; check_test ;;
esac
