// Written from the Rust crate by `UPDATE_LOCALES=1 cargo test --test contract`, which
// fails while this file says anything else: change the facts in src/contract.rs and
// src/options.rs, never here. contract.js builds the loader's rules from them.

export const VERSION = '1.0.0';
export const NAME = 'ai-sequencing-diagnostic';
export const DEFAULT_STORAGE_KEY = 'ai-sequencing-diagnostic';
export const MAX_KEY_LEN = 64;
export const KEY_PUNCTUATION = '-_.';
export const THEME_CLASSES = { light: 'aisd light', dark: 'aisd dark', auto: 'aisd auto' };
export const DEFAULT_THEME = 'auto';
export const READY = 'aisd:ready';
export const EVENTS = ['aisd:ready', 'aisd:step', 'aisd:complete', 'aisd:cta'];
export const RESET = 'aisd:reset';
export const STORAGE_MODES = ['local', 'session', 'none', 'consent'];
export const FALLBACK_STORAGE = 'none';
export const WORDS_FILE = 'locales/{tag}.txt';
export const FIRST_SCREEN_FILE = 'first/{tag}.html';
