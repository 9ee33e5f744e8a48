//! The root component: holds the widget's one model, saves the session, tells the host
//! page what happens, and shows either the current question or the result.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::browser::{events, page, storage::Store};
use crate::content;
use crate::embedding::{fragment_without_code, share_code_in_fragment, EmbedOptions};
use crate::engine::{
    decode_share, evaluate, reduce, Action, Draft, Question, RecordError, Session, Step,
};
use crate::ui::notices::{self, Notice};
use crate::ui::result::{self, Copy};
use crate::ui::step;

/// Properties the mount function passes to the root component.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host page's element, which receives the widget's events.
    pub host: Element,
    /// Validated embed options.
    pub options: EmbedOptions,
}

/// Everything the widget keeps between renders, in one reducer: the screens are plain
/// functions of it, since each component and each state hook would cost Yew's code again
/// in the Wasm.
#[derive(Clone)]
struct Model {
    session: Session,
    /// What the visitor has put into the step on show (reset when the step changes).
    draft: Draft,
    /// The result's "Copy link" status (reset when the step changes).
    copy: Copy,
    notices: Vec<Notice>,
    /// Whether the "answers will not be kept" notice has been shown: it is said once,
    /// even if dismissed and storage keeps refusing.
    storage_told: bool,
    /// Whether the visitor has acted: until then nothing is announced, because the first
    /// question is not news, and a share code in the URL is left alone.
    acted: bool,
}

/// What can change the [`Model`]: the screens send these.
pub enum Msg {
    /// A visitor action, passed to the engine's pure `reduce`.
    Act(Action),
    /// The visitor submitted the step on show: its draft becomes an answer, or a problem.
    Submit,
    /// The browser ticked (`true`) or unticked a card with this value.
    Tick(&'static str, bool),
    /// A number field now reads this.
    Type(Question, String),
    /// "Copy link" finished.
    Copied(Copy),
    /// The visitor dismissed a notice.
    Dismiss(Notice),
    /// Storage refused to save the session.
    StorageRefused,
}

impl Model {
    /// Applies a visitor action. A new step starts from its own draft (pre-filled from the
    /// answers) and a fresh copy status, as if it had never been shown before.
    fn act(&mut self, action: Action) {
        let session = reduce(&self.session, action);
        if session.step != self.session.step {
            self.draft = Draft::new(session.step, &session.answers);
            self.copy = Copy::Idle;
        }
        self.session = session;
        self.acted = true;
    }
}

impl Reducible for Model {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        let step = self.session.step;
        match msg {
            Msg::Act(action) => next.act(action),
            Msg::Submit => match self.draft.answer(step) {
                Ok(answer) => next.act(Action::Submit(answer)),
                Err(problem) => next.draft.refuse(problem),
            },
            Msg::Tick(value, on) => next.draft.tick(step, value, on),
            Msg::Type(question, text) => next.draft.type_in(question, text),
            Msg::Copied(copy) => next.copy = copy,
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
    let model = use_reducer(|| {
        let (session, notices) = setup.start.clone();
        Model {
            draft: Draft::new(session.step, &session.answers),
            copy: Copy::Idle,
            storage_told: notices.contains(&Notice::StorageUnavailable),
            acted: false,
            session,
            notices,
        }
    });
    let send = model.dispatcher().to_callback();
    let session = &model.session;
    let outcome = evaluate(&session.answers);

    {
        let host = props.host.clone();
        let key = props.options.storage_key.clone();
        let setup = setup.clone();
        let send = send.clone();
        let outcome = outcome.clone();
        let acted = model.acted;
        use_effect_with(model.session.clone(), move |session| {
            let previous = setup.shown.replace(Some(session.step));
            if !setup.store.save(session) {
                send.emit(Msg::StorageRefused);
            }
            if acted {
                // Once the visitor has changed something, a share code in the URL would
                // only undo it on the next reload.
                let fragment = page::fragment();
                if share_code_in_fragment(&fragment, &key).is_some() {
                    page::replace_fragment(&fragment_without_code(&fragment, &key));
                }
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

    let announcement = if model.acted {
        content::announce_step(session)
    } else {
        String::new()
    };
    let heading = &setup.heading;
    let screen = match (&outcome, session.step) {
        (Some(outcome), Step::Result) => result::view(
            outcome,
            &session.answers,
            &props.options,
            &props.host,
            heading,
            &model.copy,
            &send,
        ),
        _ => step::view(session, &model.draft, heading, &send),
    };

    html! {
        <div class={props.options.theme.root_class()} part="root">
            { notices::notices(&model.notices, &send) }
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</div>
            { screen }
        </div>
    }
}

fn performance_mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
