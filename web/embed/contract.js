// Facts the loader shares with the Rust code and the build, written once here. Each
// constant names its Rust counterpart, so that this file can later be generated from the
// crate and checked against it. Pure data and pure functions only: the build and the
// size report import it in Node, and the standalone page's inline script bundles it.

// The name of the page registry's symbol (`globalThis[Symbol.for(NAME)]`, whose `policy`
// src/browser/html.rs reads), of the Trusted Types policy and of the custom element.
// Rust: the `Symbol::for_` literal in src/browser/html.rs.
export const NAME = 'ai-sequencing-diagnostic';

// The storage key a widget uses when its page sets none, which is also the name of its
// share code in a URL fragment. Rust: `DEFAULT_STORAGE_KEY` in src/embedding.rs.
export const DEFAULT_STORAGE_KEY = 'ai-sequencing-diagnostic';

// Whether the Wasm keeps `key` as the storage key rather than the default: 1 to
// `MAX_KEY_LEN` (64) ASCII letters, digits, '-', '_' or '.'.
// Rust: `is_valid_key` and `MAX_KEY_LEN` in src/embedding.rs.
export function isUsableKey(key) {
  return /^[\w.-]{1,64}$/.test(key);
}

// Whether a URL fragment (`location.hash`) carries a share code for `key`: one of its
// '&'-separated pairs is `key=…`. Rust: `share_code_in_fragment` in src/embedding.rs.
export function hasShareCode(fragment, key) {
  return fragment.slice(1).split('&').some((pair) => pair.startsWith(`${key}=`));
}

// The widget root's classes for a `data-theme` value (trimmed; anything but light or
// dark is the default, auto). Rust: `parse_options` and `Theme::root_class` in
// src/embedding.rs.
export function rootClass(theme) {
  const chosen = theme?.trim();
  return `aisd ${chosen === 'light' || chosen === 'dark' ? chosen : 'auto'}`;
}

// The events the Wasm dispatches on the host element, `aisd:ready` first.
// Rust: the `dispatch` calls in src/browser/events.rs.
export const READY = 'aisd:ready';
export const EVENTS = [READY, 'aisd:step', 'aisd:complete', 'aisd:cta'];

// The files of a build that embed.js loads, next to itself: the Wasm, named by Trunk after
// the crate (`[lib] name = "aisd"` in Cargo.toml), and the stylesheet, static/widget.css.
// The Wasm's JS glue (GLUE, written by wasm-bindgen beside it) is bundled into embed.js
// by the build and not shipped on its own.
export const GLUE = 'aisd.js';
export const WASM = 'aisd_bg.wasm';
export const STYLESHEET = 'widget.css';
export const WIDGET_FILES = [WASM, STYLESHEET];

// A language's words (every language but English, which the Wasm has compiled in) and its
// static first question. Rust: the paths tests/locales.rs writes, `static/locales/<tag>.txt`
// (read by `Words::from_lines` in src/content/mod.rs) and `static/first/<tag>.html`
// (written by src/first_question.rs).
export const wordsFile = (tag) => `locales/${tag}.txt`;
export const firstQuestionFile = (tag) => `first/${tag}.html`;
