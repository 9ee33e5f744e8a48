//! A language the widget speaks: what the widget's root carries for it (`lang`, `dir`)
//! and where its words are. The languages themselves are listed in
//! [`LANGUAGES`](super::LANGUAGES).

use crate::content::fill::fill;
use crate::contract::{FIRST_SCREEN_FILE, WORDS_FILE};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// Its BCP 47 tag, as the widget's root carries it in `lang`.
    pub tag: &'static str,
    /// Its text direction, as the root carries it in `dir`: `ltr` or `rtl`.
    pub dir: &'static str,
}

impl Language {
    /// Whether this language's words are compiled in (English) rather than loaded.
    pub fn is_compiled_in(self) -> bool {
        self == Language::ENGLISH
    }

    /// The file, next to the Wasm, that holds this language's words (see
    /// [`Words::from_lines`](super::Words::from_lines)).
    pub fn words_file(self) -> String {
        fill(WORDS_FILE, &[("tag", self.tag)])
    }

    /// The file, next to the Wasm, that holds this language's static first screen (see
    /// `views::static_html`).
    pub fn first_screen_file(self) -> String {
        fill(FIRST_SCREEN_FILE, &[("tag", self.tag)])
    }
}
