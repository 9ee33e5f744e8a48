//! The root component: holds the session, saves it, tells the host page what happens,
//! and shows either the current question or the result.

use std::rc::Rc;

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::browser::{events, page, storage::Store};
use crate::content;
use crate::embedding::{fragment_without_code, share_code_in_fragment, EmbedOptions};
use crate::engine::{decode_share, evaluate, progress, reduce, Action, RecordError, Session, Step};
use crate::ui::notices::{self, Notice};
use crate::ui::result::ResultView;
use crate::ui::step::StepView;

/// Properties the mount function passes to the root component.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host page's element, which receives the widget's events.
    pub host: Element,
    /// Validated embed options.
    pub options: EmbedOptions,
}

/// Adapts the engine's pure `reduce` to Yew's reducer hook.
#[derive(PartialEq)]
struct Model(Session);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(reduce(&self.0, action)))
    }
}

/// Where the first screen comes from: a share link wins over stored answers, which win
/// over a fresh start. Anything unusable becomes a notice, never an error.
fn initial_session(options: &EmbedOptions, store: &Store) -> (Session, Vec<Notice>) {
    let mut notices = Vec::new();
    if !store.is_available() {
        notices.push(Notice::StorageUnavailable);
    }
    let fragment = page::fragment();
    if let Some(code) = share_code_in_fragment(&fragment, &options.storage_key) {
        match decode_share(code) {
            Ok(answers) => {
                notices.push(Notice::SharedResult);
                return (Session::resume(answers, Step::Result), notices);
            }
            Err(_) => notices.push(Notice::ShareLinkBroken),
        }
    }
    let session = match store.load() {
        Ok(session) => session.unwrap_or_default(),
        Err(RecordError::NewerVersion(_)) => {
            notices.push(Notice::StoredNewer);
            Session::default()
        }
        Err(_) => {
            notices.push(Notice::StoredUnreadable);
            Session::default()
        }
    };
    (session, notices)
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let store = use_memo(props.options.storage_key.clone(), |key| Store::open(key));
    let start = use_memo((), |_| initial_session(&props.options, &store));
    let model = use_reducer(|| Model(start.0.clone()));
    let notices = use_state(|| start.1.clone());
    let heading = use_node_ref();
    // The step last reported to the host; `None` until the first render.
    let shown = use_mut_ref(|| None::<Step>);
    let announcement = use_state(String::new);
    // The "answers will not be kept" notice is said once, even if dismissed and storage
    // keeps refusing.
    let storage_told = use_mut_ref(|| start.1.contains(&Notice::StorageUnavailable));

    let session = &model.0;
    let outcome = evaluate(&session.answers);

    {
        let host = props.host.clone();
        let store = store.clone();
        let notices = notices.clone();
        let heading = heading.clone();
        let announcement = announcement.clone();
        let outcome = outcome.clone();
        use_effect_with(model.0.clone(), move |session| {
            let previous = shown.replace(Some(session.step));
            if !store.save(session) && !storage_told.replace(true) {
                let mut list = (*notices).clone();
                list.push(Notice::StorageUnavailable);
                notices.set(list);
            }
            match previous {
                None => {
                    performance_mark("aisd:first-render");
                    events::ready(&host, session.step);
                    events::step(&host, session.step);
                }
                Some(step) if step != session.step => {
                    events::step(&host, session.step);
                    if session.step == Step::Result {
                        if let Some(outcome) = &outcome {
                            events::complete(&host, outcome);
                        }
                    }
                    announcement.set(content::announce_step(session));
                    if let Some(element) = heading.cast::<HtmlElement>() {
                        let _ = element.focus();
                    }
                }
                Some(_) => {}
            }
        });
    }

    let on_action = {
        let model = model.clone();
        let key = props.options.storage_key.clone();
        Callback::from(move |action: Action| {
            // Once the visitor acts, a share code in the URL would only undo their
            // change on the next reload.
            let fragment = page::fragment();
            if share_code_in_fragment(&fragment, &key).is_some() {
                page::replace_fragment(&fragment_without_code(&fragment, &key));
            }
            model.dispatch(action);
        })
    };
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |notice: Notice| {
            notices.set(notices.iter().copied().filter(|n| *n != notice).collect());
        })
    };

    let body = match (&outcome, session.step) {
        (Some(outcome), Step::Result) => html! {
            <ResultView
                outcome={outcome.clone()}
                answers={session.answers.clone()}
                options={props.options.clone()}
                host={props.host.clone()}
                heading={heading.clone()}
                on_action={on_action.clone()}
            />
        },
        _ => {
            let (position, total) = progress(&session.answers, session.step);
            html! {
                <StepView
                    key={session.step.id()}
                    step={session.step}
                    answers={session.answers.clone()}
                    {position}
                    {total}
                    heading={heading.clone()}
                    on_action={on_action.clone()}
                />
            }
        }
    };

    html! {
        <div class={props.options.theme.root_class()} part="root">
            { notices::notices(&notices, &on_dismiss) }
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</div>
            { body }
        </div>
    }
}

fn performance_mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
