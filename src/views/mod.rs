//! The screens as HTML: plain functions of the widget's model, written with
//! `crate::markup`. They touch no browser API, so they compile on every target: the
//! Wasm draws every screen from them, and the native build writes the static first
//! screen (and, for the snapshot tests, every other) from the very same functions (see
//! `static_html`).

mod frame;
mod notices;
mod result;
mod step;

#[cfg(not(target_arch = "wasm32"))]
pub mod static_html;

use crate::content::Locale;
use crate::engine::Step;
use crate::markup::Markup;
use crate::options::EmbedOptions;
use crate::state::Model;

#[cfg(target_arch = "wasm32")]
pub(crate) use notices::DISMISS;
pub(crate) use result::result_cta;
#[cfg(target_arch = "wasm32")]
pub(crate) use step::BACK;

/// The whole widget as the model says, in `locale` on a page with `options`: the notices,
/// the announcement, and the step on show or, once every question on the path is
/// answered, the result.
pub(crate) fn screen(model: &Model, locale: &Locale, options: &EmbedOptions) -> String {
    let session = &model.session;
    // Nothing is announced until the visitor acts: the first screen is not news.
    let announcement = if model.acted {
        locale.announce_step(session)
    } else {
        String::new()
    };
    let mut m = Markup::new();
    frame::frame(
        &mut m,
        options.theme.root_class(),
        |m| notices::notices(m, locale, &model.notices),
        &announcement,
        |m| match (model.outcome.as_deref(), session.step) {
            (Some(outcome), Step::Result) => {
                let cta = result_cta(options, outcome, &session.answers, &model.page, locale);
                result::view(
                    m,
                    &result::ResultView {
                        outcome,
                        answers: &session.answers,
                        locale,
                        page: &model.page,
                        cta: cta.as_ref(),
                        copy: &model.copy,
                    },
                );
            }
            _ => step::view(m, locale, session, &model.draft),
        },
    );
    m.into_string()
}
