//! The screens as Yew views: plain functions of the widget's model that draw it and turn
//! what the visitor does into messages. They touch no browser API, so they compile on
//! every target: the Wasm renders them live, and the native build renders the first
//! screen (and, for the snapshot tests, every other) from them into static HTML (see
//! `static_html`).

mod frame;
mod notices;
mod result;
mod step;

#[cfg(not(target_arch = "wasm32"))]
pub mod static_html;

use web_sys::Element;
use yew::prelude::*;

use crate::content::Locale;
use crate::engine::Step;
use crate::options::EmbedOptions;
use crate::report::Control;
use crate::state::{Model, Msg};

pub(crate) use result::result_cta;

/// Everything a screen is drawn from, and where what the visitor does goes.
pub(crate) struct Screen<'a> {
    /// The widget's state.
    pub model: &'a Model,
    /// The language and currency it speaks.
    pub locale: &'a Locale,
    /// The page's options (theme, call to action, storage key).
    pub options: &'a EmbedOptions,
    /// The heading of the screen on show, focused when the screen changes.
    pub heading: &'a NodeRef,
    /// Where the screen's static markup goes (a step's cards, or the report).
    pub raw: &'a NodeRef,
    /// Where messages go.
    pub send: &'a Callback<Msg>,
    /// Told which of the result's controls the visitor used.
    pub on_control: &'a Callback<(Element, Control), bool>,
}

/// The whole widget as the model says: the step on show or, once every question on the
/// path is answered, the result; and the static markup for the shell to write into the
/// element `raw` refers to once the screen is on the page.
pub(crate) fn screen(s: &Screen<'_>) -> (Html, String) {
    let (model, locale) = (s.model, s.locale);
    let session = &model.session;
    let (drawn, markup) = match (model.outcome.as_deref(), session.step) {
        (Some(outcome), Step::Result) => {
            let cta = result_cta(s.options, outcome, &session.answers, &model.page, locale);
            result::view(&result::ResultView {
                outcome,
                answers: &session.answers,
                locale,
                page: &model.page,
                cta: cta.as_ref(),
                heading: s.heading,
                raw: s.raw,
                copy: &model.copy,
                on_control: s.on_control,
            })
        }
        _ => step::view(locale, session, &model.draft, s.heading, s.raw, s.send),
    };
    // Nothing is announced until the visitor acts: the first screen is not news.
    let announcement = if model.acted {
        locale.announce_step(session)
    } else {
        String::new()
    };
    let root = frame::frame(
        s.options.theme.root_class(),
        notices::notices(locale, &model.notices, s.send),
        announcement,
        drawn,
    );
    (root, markup)
}
