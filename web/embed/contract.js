// The facts the loader shares with the Rust code and the build, and the rules it builds
// from them. The facts come from facts.js, written from the crate (tests/contract.rs
// fails when it drifts, and when a rule here disagrees with its Rust counterpart); the
// build's own file names are here. Pure data and pure functions only: the build and the
// size report import it in Node, and the standalone page's inline script bundles it.

import {
  DEFAULT_STORAGE_KEY, DEFAULT_THEME, EVENTS, FALLBACK_STORAGE, FIRST_SCREEN_FILE, KEY_PUNCTUATION, MAX_KEY_LEN,
  NAME, READY, RESET, STORAGE_MODES, THEME_CLASSES, VERSION, WORDS_FILE,
} from './facts.js';

// The name of the page registry's symbol (`globalThis[Symbol.for(NAME)]`, whose `policy`
// src/browser/html.rs reads), of the Trusted Types policy and of the custom element; the
// storage key a widget uses when its page sets none, which is also the name of its share
// code in a URL fragment; the events the Wasm dispatches on the host element, READY
// first, and the one the loader dispatches on reset(); the data-storage modes, the
// default first, and the one for an unknown value. All from facts.js, written from the
// crate; and the release (Cargo.toml's version), which the build writes into every
// address.
export { DEFAULT_STORAGE_KEY, EVENTS, FALLBACK_STORAGE, NAME, READY, RESET, STORAGE_MODES, VERSION };

// Whether the Wasm keeps `key` as the storage key rather than the default: 1 to
// MAX_KEY_LEN ASCII letters, digits or KEY_PUNCTUATION. Rust: `contract::is_usable_key`.
const USABLE_KEY = new RegExp(`^[A-Za-z0-9${KEY_PUNCTUATION.replace(/[-\\\]^]/g, '\\$&')}]{1,${MAX_KEY_LEN}}$`);
export function isUsableKey(key) {
  return USABLE_KEY.test(key);
}

// Whether a URL fragment (`location.hash`) carries a share code for `key`: one of its
// '&'-separated pairs is `key=…`. Rust: `share_code_in_fragment` in src/share_link.rs.
export function hasShareCode(fragment, key) {
  return fragment.slice(1).split('&').some((pair) => pair.startsWith(`${key}=`));
}

// The fragment without the share code for `key`, everything else kept ('' when nothing
// is left). Rust: `fragment_without_code` in src/share_link.rs.
export function withoutShareCode(fragment, key) {
  const kept = fragment.slice(1).split('&').filter((pair) => pair && !pair.startsWith(`${key}=`));
  return kept.length ? `#${kept.join('&')}` : '';
}

// The widget root's classes for a `data-theme` value (trimmed; anything but a theme's id
// is the default). Rust: `parse_options` and `Theme::root_class` in src/options.rs.
export function rootClass(theme) {
  const chosen = theme?.trim();
  return THEME_CLASSES[Object.hasOwn(THEME_CLASSES, chosen) ? chosen : DEFAULT_THEME];
}

// The loader's two shipped entry files: the script tag's and the custom element's, each
// bundled from web/embed/ (main.js and element.js).
export const LOADER = 'embed.js';
export const ELEMENT = 'element.js';

// The files of a build that embed.js loads, next to itself: the Wasm, named by Trunk after
// the crate (`[lib] name = "aisd"` in Cargo.toml), and the stylesheet, static/widget.css.
// The Wasm's JS glue (GLUE, written by wasm-bindgen beside it) is bundled into embed.js
// by the build and not shipped on its own.
export const GLUE = 'aisd.js';
export const WASM = 'aisd_bg.wasm';
export const STYLESHEET = 'widget.css';
export const WIDGET_FILES = [WASM, STYLESHEET];

// A language's words (every language but English, which the Wasm has compiled in) and its
// static first question, next to embed.js. Rust: `Language::words_file` and
// `Language::first_screen_file`.
const withTag = (template, tag) => template.replace('{tag}', tag);
export const wordsFile = (tag) => withTag(WORDS_FILE, tag);
export const firstQuestionFile = (tag) => withTag(FIRST_SCREEN_FILE, tag);
