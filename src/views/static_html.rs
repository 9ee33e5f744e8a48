//! Screens as static HTML, from the very views the Wasm draws (`screen`): the first
//! screen that `embed.js` shows a first-time visitor before the Wasm has arrived (on a
//! slow phone the Wasm takes seconds, while this markup and the stylesheet arrive in one
//! round trip), and every other screen for the native snapshot tests.
//!
//! The first screen is kept in `static/first/<tag>.html` by `UPDATE_LOCALES=1 cargo test
//! --test locales`, which fails while a file differs from what [`first_screen`] writes.
//! Native only: the Wasm never needs it.

use crate::content::{Language, Locale, Words};
use crate::engine::Session;
use crate::markup::Markup;
use crate::options::EmbedOptions;
use crate::state::Model;
use crate::views::screen;

/// The screen `model` shows in `locale` on a page with `options`, inside the element
/// `mount` gives the widget (with the language's `lang` and `dir`).
pub fn screen_html(model: &Model, locale: &Locale, options: &EmbedOptions) -> String {
    let language = locale.language;
    let mut root = Markup::new();
    root.open("div", &[("lang", language.tag), ("dir", language.dir)]);
    let mut html = root.into_string();
    html.push_str(&screen(model, locale, options));
    html.push_str("</div>");
    html
}

/// What the live widget shows a visitor with nothing stored and no shared link, in
/// `language`, whose words are `words`: no notices, nothing announced, the first step of
/// a fresh session, the `auto` theme (`embed.js` swaps in the page's).
pub fn first_screen(language: Language, words: &'static Words) -> String {
    let locale = Locale {
        language,
        words,
        currency: None,
    };
    let model = Model::start(Session::default(), Vec::new(), words.decimal_mark());
    screen_html(&model, &locale, &EmbedOptions::default())
}
