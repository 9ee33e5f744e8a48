//! The root component: holds the session, saves it, tells the host page what happens,
//! and shows either the current question or the result.

use std::cell::Cell;
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

/// Everything the root component keeps between renders, in one reducer: each separate
/// state hook would cost Yew's hook code again in the Wasm.
#[derive(Clone)]
struct Model {
    session: Session,
    notices: Vec<Notice>,
    /// Whether the "answers will not be kept" notice has been shown: it is said once,
    /// even if dismissed and storage keeps refusing.
    storage_told: bool,
    /// Whether the visitor has acted: until then nothing is announced, because the first
    /// question is not news.
    acted: bool,
}

/// What can change the [`Model`].
enum Msg {
    /// A visitor action, passed to the engine's pure `reduce`.
    Act(Action),
    /// The visitor dismissed a notice.
    Dismiss(Notice),
    /// Storage refused to save the session.
    StorageRefused,
}

impl Reducible for Model {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Act(action) => {
                next.session = reduce(&self.session, action);
                next.acted = true;
            }
            Msg::Dismiss(notice) => next.notices.retain(|n| *n != notice),
            Msg::StorageRefused if !self.storage_told => {
                next.notices.push(Notice::StorageUnavailable);
                next.storage_told = true;
            }
            Msg::StorageRefused => return self,
        }
        Rc::new(next)
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

/// What the root component works out once, when it is created: the options never change
/// after mount. Kept in one memo rather than a hook each, since every hook type costs
/// Yew's hook code again in the Wasm.
struct Setup {
    store: Store,
    /// The first screen, and the notices about how it was chosen.
    start: (Session, Vec<Notice>),
    /// The heading of the screen on show, focused when the screen changes.
    heading: NodeRef,
    /// The step last reported to the host; `None` until the first render.
    shown: Cell<Option<Step>>,
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let setup = use_memo((), |_| {
        let store = Store::open(&props.options.storage_key);
        let start = initial_session(&props.options, &store);
        Setup {
            store,
            start,
            heading: NodeRef::default(),
            shown: Cell::new(None),
        }
    });
    let model = use_reducer(|| Model {
        session: setup.start.0.clone(),
        notices: setup.start.1.clone(),
        storage_told: setup.start.1.contains(&Notice::StorageUnavailable),
        acted: false,
    });
    let heading = &setup.heading;

    let session = &model.session;
    let outcome = evaluate(&session.answers);

    {
        let host = props.host.clone();
        let setup = setup.clone();
        let dispatch = model.dispatcher();
        let outcome = outcome.clone();
        use_effect_with(model.session.clone(), move |session| {
            let previous = setup.shown.replace(Some(session.step));
            if !setup.store.save(session) {
                dispatch.dispatch(Msg::StorageRefused);
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
                    if let Some(element) = setup.heading.cast::<HtmlElement>() {
                        let _ = element.focus();
                    }
                }
                Some(_) => {}
            }
        });
    }

    let on_action = {
        let dispatch = model.dispatcher();
        let key = props.options.storage_key.clone();
        Callback::from(move |action: Action| {
            // Once the visitor acts, a share code in the URL would only undo their
            // change on the next reload.
            let fragment = page::fragment();
            if share_code_in_fragment(&fragment, &key).is_some() {
                page::replace_fragment(&fragment_without_code(&fragment, &key));
            }
            dispatch.dispatch(Msg::Act(action));
        })
    };
    let on_dismiss = {
        let dispatch = model.dispatcher();
        Callback::from(move |notice: Notice| dispatch.dispatch(Msg::Dismiss(notice)))
    };
    let announcement = if model.acted {
        content::announce_step(session)
    } else {
        String::new()
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
            { notices::notices(&model.notices, &on_dismiss) }
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</div>
            { body }
        </div>
    }
}

fn performance_mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
