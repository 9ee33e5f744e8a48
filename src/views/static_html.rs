//! Screens as static HTML, drawn natively by Yew's server renderer from the very views
//! the Wasm draws (`screen`): the first screen that `embed.js` shows a first-time
//! visitor before the Wasm has arrived (on a slow phone the Wasm takes seconds, while
//! this markup and the stylesheet arrive in one round trip), and every other screen for
//! the native snapshot tests.
//!
//! The live widget writes a screen's static markup (a step's answer cards, the result's
//! report) into its empty box once the screen is on the page; here the same markup is
//! written into the same box. The first screen is kept in `static/first/<tag>.html` by
//! `UPDATE_LOCALES=1 cargo test --test locales`, which fails while a file differs from
//! what [`first_screen`] renders. Native only: the Wasm never needs it.

use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::content::{Language, Locale, Words};
use crate::engine::Session;
use crate::markup::Markup;
use crate::options::EmbedOptions;
use crate::state::Model;
use crate::views::{screen, Screen};

/// The boxes the live widget fills with a screen's static markup after rendering.
const EMPTY_BOXES: [&str; 2] = [
    "<div class=\"cards\"></div>",
    "<div class=\"report\"></div>",
];

/// A screen to draw: the model, in a language, on a page with these options.
#[derive(Properties)]
struct StaticScreen {
    model: Model,
    locale: Locale,
    options: EmbedOptions,
}

// Drawn once and never compared: a render is all the server renderer asks for.
impl PartialEq for StaticScreen {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

#[function_component(Draw)]
fn draw(props: &StaticScreen) -> Html {
    let (html, _) = screen(&Screen {
        model: &props.model,
        locale: &props.locale,
        options: &props.options,
        heading: &NodeRef::default(),
        raw: &NodeRef::default(),
        send: &Callback::noop(),
        on_control: &Callback::from(|_| true),
    });
    html
}

/// Why a screen could not be rendered.
#[derive(Debug)]
pub enum StaticHtmlError {
    /// The native runtime that Yew's server renderer runs on could not start.
    Runtime(std::io::Error),
    /// The screen has static markup but not exactly one empty box to write it into.
    NoBox,
}

/// The screen `model` shows in `locale` on a page with `options`, with its static markup
/// in its box, inside the element `mount` gives the widget (with the language's `lang`
/// and `dir`).
pub fn screen_html(
    model: Model,
    locale: Locale,
    options: EmbedOptions,
) -> Result<String, StaticHtmlError> {
    let (_, markup) = screen(&Screen {
        model: &model,
        locale: &locale,
        options: &options,
        heading: &NodeRef::default(),
        raw: &NodeRef::default(),
        send: &Callback::noop(),
        on_control: &Callback::from(|_| true),
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(StaticHtmlError::Runtime)?;
    let language = locale.language;
    let mut rendered = runtime.block_on(
        LocalServerRenderer::<Draw>::with_props(StaticScreen {
            model,
            locale,
            options,
        })
        .hydratable(false)
        .render(),
    );
    if !markup.is_empty() {
        let mut boxes = EMPTY_BOXES
            .iter()
            .filter(|b| rendered.matches(*b).count() == 1);
        let (Some(empty), None) = (boxes.next(), boxes.next()) else {
            return Err(StaticHtmlError::NoBox);
        };
        let filled = format!("{}{markup}</div>", empty.trim_end_matches("</div>"));
        rendered = rendered.replacen(empty, &filled, 1);
    }
    let mut root = Markup::new();
    root.open("div", &[("lang", language.tag), ("dir", language.dir)]);
    let mut html = root.into_string();
    html.push_str(&rendered);
    html.push_str("</div>");
    Ok(html)
}

/// What the live widget shows a visitor with nothing stored and no shared link, in
/// `language`, whose words are `words`: no notices, nothing announced, the first step of
/// a fresh session, the `auto` theme (`embed.js` swaps in the page's).
pub fn first_screen(language: Language, words: &'static Words) -> Result<String, StaticHtmlError> {
    let locale = Locale {
        language,
        words,
        currency: None,
    };
    let model = Model::start(Session::default(), Vec::new(), words.decimal_mark());
    screen_html(model, locale, EmbedOptions::default())
}
