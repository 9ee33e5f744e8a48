//! The result: the verdict, then (from [`report`]) the reason, this week's step and the
//! call to action, why, warnings, the comparison table, the dated plan, the visitor's
//! answers (each changeable) and the actions. Drawn from the model alone: the date and
//! the page's address come from what the shell read ([`PageFacts`]), and what a button
//! does is the shell's business, told through `on_control`.

use web_sys::Element;
use yew::prelude::*;

use crate::content::Locale;
use crate::cta::Cta;
use crate::engine::{encode_share, Answers, Outcome};
use crate::options::EmbedOptions;
use crate::report::{report, summary_line, Control, LEAD_ID};
use crate::share_link::share_url;
use crate::state::{CopyStatus, PageFacts};

/// What the result view shows and where it sends what the visitor does.
pub(crate) struct ResultView<'a> {
    /// The engine's conclusion.
    pub outcome: &'a Outcome,
    /// The answers it came from.
    pub answers: &'a Answers,
    /// The language and currency it is shown in.
    pub locale: &'a Locale,
    /// The date and address the shell read.
    pub page: &'a PageFacts,
    /// The call to action as this result fills it in ([`result_cta`]).
    pub cta: Option<&'a Cta>,
    /// The verdict heading, focused when the result appears.
    pub heading: &'a NodeRef,
    /// The element the report's markup goes into.
    pub raw: &'a NodeRef,
    /// Where "Copy link" stands.
    pub copy: &'a CopyStatus,
    /// Told which control the visitor used, and the element that names it.
    pub on_control: &'a Callback<(Element, Control), bool>,
}

/// The call to action for this result, if the page set one: its link filled in with the
/// verdict and, only when the page asked for them, the share URL (which carries the
/// answers) and the one-line summary.
pub(crate) fn result_cta(
    options: &EmbedOptions,
    outcome: &Outcome,
    answers: &Answers,
    page: &PageFacts,
    locale: &Locale,
) -> Option<Cta> {
    options.cta.as_ref().and_then(|template| {
        let result_url = if template.needs_result_url() {
            share_url(&page.url, &options.storage_key, &encode_share(answers))
        } else {
            String::new()
        };
        let summary = if template.needs_summary() {
            summary_line(locale, outcome, answers, template.share_numbers)
        } else {
            String::new()
        };
        template.link(
            [outcome.verdict.id(), &result_url, &summary],
            &page.url,
            locale.cta_label,
        )
    })
}

/// The control the visitor clicked in the report, if any: the nearest ancestor of the
/// click's target with a `data-action` (a click on a button's text lands on the button).
fn clicked_control(event: &MouseEvent) -> Option<(Element, Control)> {
    let target: Element = event.target_dyn_into()?;
    let element = target.closest("[data-action]").ok()??;
    let control = Control::from_attributes(
        &element.get_attribute("data-action")?,
        element.get_attribute("data-step").as_deref(),
    )?;
    Some((element, control))
}

/// The result on show: the headline in Yew (its heading takes focus and is described by
/// the report's one-sentence reason) and the copy status, which changes while it is
/// shown, with the report as static markup from [`report`], returned for the shell to
/// write into the element `raw` refers to.
pub(crate) fn view(view: &ResultView<'_>) -> (Html, String) {
    let locale = view.locale;
    let verdict = view.outcome.verdict;
    let body = report(
        locale,
        view.outcome,
        view.answers,
        view.page.today,
        view.cta,
    );
    let on_control = view.on_control.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        if let Some(clicked) = clicked_control(&event) {
            if !on_control.emit(clicked) {
                event.prevent_default();
            }
        }
    });
    let article = html! {
        <article class="result" part="result" data-verdict={verdict.id()} {onclick}>
            <header>
                <p class="eyebrow">{ locale.result_eyebrow }</p>
                <h2 class="verdict" tabindex="-1" aria-describedby={LEAD_ID} ref={view.heading.clone()}>
                    { locale.verdict_headline(verdict) }
                </h2>
            </header>
            <div class="report" ref={view.raw.clone()}></div>
            <div class="copy-status" role="status">
                { match view.copy {
                    CopyStatus::Idle => html! {},
                    CopyStatus::Copied => html! { <p>{ locale.link_copied }</p> },
                    CopyStatus::Refused(url) => html! {
                        <p class="copy-fallback">
                            <label for="share-link">{ locale.copy_fallback }</label>
                            <input id="share-link" type="text" readonly=true value={url.clone()} />
                        </p>
                    },
                } }
            </div>
        </article>
    };
    (article, body)
}
