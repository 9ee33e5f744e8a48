#!/usr/bin/env bash
# Prints raw and gzip -9 sizes of every file the first render needs, and their total.
# With --budget BYTES, exits non-zero when the gzip total is over it.
set -euo pipefail
dist="${DIST:-dist}"
budget=""
[ "${1:-}" = "--budget" ] && budget="$2"
# embed.js and the files it loads, named once, in its asset('…') calls.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mapfile -t loaded < <(grep -o "asset('[^']*')" "$root/static/embed.js" | sed "s/asset('\(.*\)')/\1/" | awk '!seen[$0]++')
files=(embed.js "${loaded[@]}")
total_raw=0; total_gz=0
printf '%-16s %10s %10s\n' file raw gzip-9
for name in "${files[@]}"; do
  f="$dist/$name"
  [ -f "$f" ] || { echo "missing $f: build first" >&2; exit 1; }
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  sizes+=("$name $raw $gz")
done
for row in "${sizes[@]}"; do
  set -- $row
  printf '%-16s %10d %10d  %3d%% of gzip total\n' "$1" "$2" "$3" $(( $3 * 100 / total_gz ))
done
printf '%-16s %10d %10d  (%.1f KB gzip)\n' total "$total_raw" "$total_gz" "$(awk -v b="$total_gz" 'BEGIN { print b / 1024 }')"
if [ -n "$budget" ]; then
  if [ "$total_gz" -gt "$budget" ]; then
    echo "SIZE BUDGET EXCEEDED: $total_gz bytes gzip > $budget bytes" >&2
    exit 1
  fi
  echo "size budget ok: $total_gz <= $budget bytes gzip -9"
fi
