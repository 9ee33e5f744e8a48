//! The facts the widget shares with its loader (`web/embed/`), the pages that embed it
//! and its stylesheet, written once here: the widget's name, its events, where its
//! language files are, what makes a storage key usable, and where answers may be kept. `tests/contract.rs` writes
//! them into `web/embed/facts.js` for the loader, and fails when that file (or the
//! stylesheet's timeline, which places the plan's days) no longer says the same.

/// The widget's name: the page registry's symbol (`Symbol.for(NAME)`), the Trusted Types
/// policy, the custom element and the default storage key.
pub const NAME: &str = "ai-sequencing-diagnostic";

/// The release, from `Cargo.toml`: the package's version, in `aisd:ready`'s detail, in
/// `embed.js`'s opening comment and in the address of every file the widget fetches.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Dispatched once the first screen is on show and interactive.
pub const READY: &str = "aisd:ready";
/// Dispatched when a new step is shown.
pub const STEP: &str = "aisd:step";
/// Dispatched when the visitor reaches the result.
pub const COMPLETE: &str = "aisd:complete";
/// Dispatched when the visitor follows the call to action.
pub const CTA: &str = "aisd:cta";
/// Every event the widget dispatches on its host element, `READY` first.
pub const EVENTS: [&str; 4] = [READY, STEP, COMPLETE, CTA];
/// Dispatched by the loader when the page calls the host API's `reset()`.
pub const RESET: &str = "aisd:reset";

/// The `data-storage` modes (spec §6c), the default first: `localStorage`,
/// `sessionStorage`, memory only, and memory only until the page grants storage. The
/// loader (`web/embed/storage.js`) is the one place the widget touches Web Storage: it
/// must act on it before the Wasm has arrived.
pub const STORAGE_MODES: [&str; 4] = ["local", "session", "none", "consent"];
/// The mode for a `data-storage` value that is none of [`STORAGE_MODES`]: the safest one
/// that keeps the widget working.
pub const FALLBACK_STORAGE: &str = STORAGE_MODES[2];

/// Where a language's words are, next to the Wasm (`{tag}`: its BCP 47 tag).
pub const WORDS_FILE: &str = "locales/{tag}.txt";
/// Where a language's static first screen is, next to the Wasm.
pub const FIRST_SCREEN_FILE: &str = "first/{tag}.html";

/// The longest storage key the widget keeps (a longer one is replaced by [`NAME`]).
pub const MAX_KEY_LEN: usize = 64;
/// The characters a storage key may hold besides ASCII letters and digits.
pub const KEY_PUNCTUATION: &str = "-_.";

/// Whether `key` is a storage key the widget keeps: 1 to [`MAX_KEY_LEN`] ASCII letters,
/// digits or [`KEY_PUNCTUATION`], safe in a URL fragment as the share code's name.
pub fn is_usable_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_KEY_LEN
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || KEY_PUNCTUATION.as_bytes().contains(&b))
}
