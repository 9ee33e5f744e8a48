#!/usr/bin/env bash
# Fails if anything but src/browser/html.rs, and in embed.js's sources (web/embed/) the one
# line that shows the static first question (static/first/<tag>.html, written by
# src/first_question.rs), writes HTML into the page: every HTML string must go through the
# widget's Trusted Types policy (README, "Content-Security-Policy"). Looks in the Rust
# sources and in the scripts the build ships or bundles.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sinks='innerHTML|outerHTML|insertAdjacentHTML|document\.write|from_html_unchecked|set_inner_html|set_outer_html|insert_adjacent_html|createContextualFragment|srcdoc|DOMParser|parseHTMLUnsafe|setHTMLUnsafe'
found="$(grep -rnE "$sinks" src static web --include='*.rs' --include='*.js' | grep -v '^src/browser/html.rs:' \
  | grep -vE '^web/embed/first-question\.js:[0-9]+:    template\.innerHTML = registry\.policy \? registry\.policy\.createHTML\(html\) : html;$' || true)"
if [ -n "$found" ]; then
  echo "An HTML sink outside src/browser/html.rs (write HTML through html::set_html):" >&2
  echo "$found" >&2
  exit 1
fi
echo "html sinks: only src/browser/html.rs and embed.js's static first question"
