#!/usr/bin/env bash
# Prints raw and gzip -9 sizes of the files a page downloads for the widget, in two sets:
# what the first question needs (embed.js, the stylesheet and the static first question,
# which a first-time visitor can answer before the Wasm arrives) and the whole widget
# (embed.js and every file it loads by name: the glue, the Wasm and the stylesheet).
# With --first-budget BYTES and --budget BYTES, exits non-zero when a set's gzip total is
# over its budget.
set -euo pipefail
dist="${DIST:-dist}"
budget=""
first_budget=""
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) budget="$2"; shift 2 ;;
    --first-budget) first_budget="$2"; shift 2 ;;
    *) echo "usage: $0 [--first-budget BYTES] [--budget BYTES]" >&2; exit 2 ;;
  esac
done
# embed.js and the files it loads, named once, in its asset('…') calls.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mapfile -t loaded < <(grep -o "asset('[^']*')" "$root/static/embed.js" | sed "s/asset('\(.*\)')/\1/" | awk '!seen[$0]++')
failed=0

# report NAME TITLE BUDGET FILE...: one table and, if BUDGET is set, its check.
report() {
  local label="$1" title="$2" limit="$3"; shift 3
  local total_raw=0 total_gz=0 sizes=() name f raw gz row
  for name in "$@"; do
    f="$dist/$name"
    [ -f "$f" ] || { echo "missing $f: build first" >&2; exit 1; }
    raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    sizes+=("$name $raw $gz")
  done
  printf '\n%s\n%-16s %10s %10s\n' "$title" file raw gzip-9
  for row in "${sizes[@]}"; do
    set -- $row
    printf '%-16s %10d %10d  %3d%% of gzip total\n' "$1" "$2" "$3" $(( $3 * 100 / total_gz ))
  done
  printf '%-16s %10d %10d  (%.1f KB gzip)\n' total "$total_raw" "$total_gz" "$(awk -v b="$total_gz" 'BEGIN { print b / 1024 }')"
  if [ -n "$limit" ]; then
    if [ "$total_gz" -gt "$limit" ]; then
      echo "SIZE BUDGET EXCEEDED ($label): $total_gz bytes gzip > $limit bytes" >&2
      failed=1
    else
      echo "size budget ok ($label): $total_gz <= $limit bytes gzip -9"
    fi
  fi
}

report "first question" "The first question (English; what a first-time visitor needs to see and answer it):" \
  "$first_budget" embed.js widget.css first/en.html
report "whole widget" "The whole widget (embed.js and every file it loads by name):" \
  "$budget" embed.js "${loaded[@]}"
exit "$failed"
