//! The first screen as static HTML, for `embed.js` to show a first-time visitor before
//! the Wasm has arrived: on a slow phone the Wasm takes seconds to download and compile,
//! while this markup and the stylesheet arrive in one round trip.
//!
//! It is not written by hand: Yew's server renderer draws the very views the Wasm draws
//! (`frame`, `notices`, `step`) for a fresh session, and the answer cards, which
//! the live widget writes into the step's empty `.cards` box, are written into it by the
//! same [`cards`] function. The result is kept in `static/first/<tag>.html` by
//! `UPDATE_LOCALES=1 cargo test --test locales`, which fails while a file differs from
//! what this function renders. Native only: the Wasm never needs it.

use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::choices::cards;
use crate::content::{Language, Words};
use crate::engine::{Draft, Session};
use crate::markup::Markup;
use crate::views::{frame, notices, step};

/// The root class the Wasm gives the `auto` theme; `embed.js` swaps in the page's theme.
const AUTO_THEME: &str = "aisd auto";

/// The step's box that the live widget fills with its cards after rendering.
const EMPTY_CARDS: &str = "<div class=\"cards\"></div>";

#[derive(Properties)]
struct FirstScreenProps {
    words: &'static Words,
}

impl PartialEq for FirstScreenProps {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.words, other.words)
    }
}

/// What the live widget renders for a visitor with nothing stored and no shared link:
/// no notices, nothing announced, the first step of a fresh session.
#[function_component(FirstScreen)]
fn first_screen_view(props: &FirstScreenProps) -> Html {
    let w = props.words;
    let session = Session::default();
    let draft = Draft::new(session.step, &session.answers, w.decimal_mark());
    let ignore = Callback::noop();
    let (screen, _) = step(
        w,
        &session,
        &draft,
        &NodeRef::default(),
        &NodeRef::default(),
        &ignore,
    );
    frame(AUTO_THEME, notices(w, &[], &ignore), String::new(), screen)
}

/// Why the first screen could not be rendered.
#[derive(Debug)]
pub enum FirstScreenError {
    /// The native runtime that Yew's server renderer runs on could not start.
    Runtime(std::io::Error),
    /// The step view no longer has exactly one empty cards box to fill.
    NoCardsBox,
}

/// The first screen of a fresh session in `language`, whose words are `words`, inside
/// the element `mount` gives the widget (with the language's `lang` and `dir`).
pub fn first_screen(language: Language, words: &'static Words) -> Result<String, FirstScreenError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(FirstScreenError::Runtime)?;
    let rendered = runtime.block_on(
        LocalServerRenderer::<FirstScreen>::with_props(FirstScreenProps { words })
            .hydratable(false)
            .render(),
    );
    let session = Session::default();
    let filled = format!(
        "<div class=\"cards\">{}</div>",
        cards(words, session.step, &session.answers)
    );
    if rendered.matches(EMPTY_CARDS).count() != 1 {
        return Err(FirstScreenError::NoCardsBox);
    }
    let mut root = Markup::new();
    root.open("div", &[("lang", language.tag), ("dir", language.dir)]);
    let mut html = root.into_string();
    html.push_str(&rendered.replacen(EMPTY_CARDS, &filled, 1));
    html.push_str("</div>");
    Ok(html)
}
