//! The result: the verdict, then (from [`report`]) the reason, this week's step and the
//! call to action, why, warnings, the comparison table, the dated plan, the visitor's
//! answers (each changeable) and the actions.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::{events, page};
use crate::content::Locale;
use crate::engine::{encode_share, evaluate, Action, Answers, Date, Outcome, Stamp};
use crate::options::EmbedOptions;
use crate::report::{calendar, report, Control, LEAD_ID};
use crate::share_link::share_url;
use crate::state::{CopyStatus, Msg};

/// What the result view shows and where it sends what the visitor does.
pub(crate) struct ResultView<'a> {
    /// The engine's conclusion.
    pub outcome: &'a Outcome,
    /// The answers it came from.
    pub answers: &'a Answers,
    /// The embed options (call to action, storage key for the share link).
    pub options: &'a EmbedOptions,
    /// The language and currency it is shown in.
    pub locale: &'a Locale,
    /// The host element, which receives the call-to-action event.
    pub host: &'a Element,
    /// The verdict heading, focused when the result appears.
    pub heading: &'a NodeRef,
    /// The element the report's markup goes into.
    pub raw: &'a NodeRef,
    /// Where "Copy link" stands.
    pub copy: &'a CopyStatus,
    /// Where messages go.
    pub send: &'a Callback<Msg>,
}

/// The control the visitor clicked in the report, if any: the nearest ancestor of the
/// click's target with a `data-action` (a click on a button's text lands on the button).
fn clicked_control(event: &MouseEvent) -> Option<(Element, Control)> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let element = target.closest("[data-action]").ok()??;
    let control = Control::from_attributes(
        &element.get_attribute("data-action")?,
        element.get_attribute("data-step").as_deref(),
    )?;
    Some((element, control))
}

/// The result on show: the headline in Yew (its heading takes focus and is described by
/// the report's one-sentence reason) and the copy status,
/// which changes while it is shown, with the report as static markup from [`report`],
/// returned for `App` to write into the element `raw` refers to.
pub(crate) fn view(view: &ResultView<'_>) -> (Html, String) {
    let ResultView {
        outcome,
        answers,
        options,
        locale,
        host,
        heading,
        raw,
        copy,
        send,
    } = *view;
    let verdict = outcome.verdict;
    let today = page::today().unwrap_or(Date::FALLBACK);
    // The call to action as this result fills it in; the share URL (which carries the
    // answers) is built only when the page asked for it.
    let page_url = page::url();
    let cta = options.cta.as_ref().and_then(|template| {
        let result_url = if template.needs_result_url() {
            share_url(&page_url, &options.storage_key, &encode_share(answers))
        } else {
            String::new()
        };
        template.link(verdict.id(), &result_url, &page_url, locale.cta_label)
    });
    let body = report(locale, outcome, answers, today, cta.as_ref());

    let onclick = {
        let send = send.clone();
        let host = (*host).clone();
        let cta = cta.clone();
        let key = options.storage_key.clone();
        let answers = answers.clone();
        let locale = *locale;
        Callback::from(move |event: MouseEvent| {
            let Some((element, control)) = clicked_control(&event) else {
                return;
            };
            // Worked out again from the answers rather than cloned into the listener:
            // cloning an outcome costs the Wasm more code than evaluating it.
            let Some(outcome) = evaluate(&answers) else {
                return;
            };
            match control {
                Control::Change(step) => send.emit(Msg::Act(Action::Edit(step))),
                Control::StartOver => send.emit(Msg::Act(Action::StartOver)),
                Control::Print => page::print(),
                Control::AddToCalendar => {
                    // Day precision is enough: a calendar importing the file matches
                    // events by UID, and DTSTAMP only has to be a valid UTC moment.
                    let stamp = Stamp {
                        date: today,
                        seconds: 0,
                    };
                    let file = calendar(&locale, &outcome, today, &key, stamp);
                    page::download(&element, locale.calendar_file, "text/calendar", &file);
                }
                Control::Cta => {
                    if let Some(cta) = &cta {
                        events::cta(&host, &outcome, &cta.href);
                    }
                }
                Control::CopyLink => {
                    // Built on click, not on every render: most visitors never copy the link.
                    let url = share_url(&page::url(), &key, &encode_share(&answers));
                    let send = send.clone();
                    spawn_local(async move {
                        let copied = page::copy_text(&url).await;
                        send.emit(Msg::Copied(if copied {
                            CopyStatus::Copied
                        } else {
                            CopyStatus::Refused(url)
                        }));
                    });
                }
            }
        })
    };

    let article = html! {
        <article class="result" part="result" data-verdict={verdict.id()} {onclick}>
            <header>
                <p class="eyebrow">{ locale.result_eyebrow }</p>
                <h2 class="verdict" tabindex="-1" aria-describedby={LEAD_ID} ref={heading.clone()}>
                    { locale.verdict_headline(verdict) }
                </h2>
            </header>
            <div class="report" ref={raw.clone()}></div>
            <div class="copy-status" role="status">
                { match copy {
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
