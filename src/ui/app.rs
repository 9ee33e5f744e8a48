//! The root component: holds the widget's one model, saves the session, tells the host
//! page what happens, and shows either the current question or the result.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use web_sys::{Element, HtmlElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::{events, html, page, storage::Store};
use crate::content::Locale;
use crate::engine::{
    decode_share, encode_share, Action, Outcome, RecordError, Session, Stamp, Step,
};
use crate::options::EmbedOptions;
use crate::report::{calendar, Control};
use crate::share_link::{fragment_without_code, share_code_in_fragment, share_url};
use crate::state::{CopyStatus, Model, Msg, Notice, PageFacts};
use crate::views::{result_cta, screen, Screen};

/// One widget's settings, which `mount` gives the app of the widget's root.
pub(crate) struct Settings {
    /// The host page's element, which receives the widget's events.
    pub host: Element,
    /// Validated embed options.
    pub options: EmbedOptions,
    /// The language the widget speaks, with its words, and the page's currency.
    pub locale: Locale,
    /// The record the loader read, and its function that keeps each new one.
    pub store: Store,
    /// Filled with the model's dispatcher, for the host API's `reset()`.
    pub remote: Remote,
}

/// The page's hold on a mounted widget: the host API reaches the model through it.
#[derive(Clone, Default)]
pub(crate) struct Remote(Rc<RefCell<Option<Callback<Msg>>>>);

impl Remote {
    /// Starts over, as the result's "Start over" does (nothing before the first render).
    pub(crate) fn start_over(&self) {
        if let Some(send) = &*self.0.borrow() {
            send.emit(Msg::Act(Action::StartOver));
        }
    }
}

/// The widget a root's app shows, if any, put there by `mount` and taken away when the
/// widget is released (see `browser::mount`: an app outlives its widget, since Yew never
/// frees what an app holds on its root). Each widget comes with a number no earlier one
/// on the root had, which starts the app's state afresh.
#[derive(Clone, Default)]
pub(crate) struct Slot(Rc<RefCell<Option<Shown>>>);

/// A widget on show: its number on its root, and its settings.
type Shown = Rc<(u32, Settings)>;

impl Slot {
    /// Puts `widget` (or nothing) on show from the app's next render, numbered `number`.
    pub(crate) fn put(&self, number: u32, widget: Option<Settings>) {
        self.0.replace(widget.map(|props| Rc::new((number, props))));
    }
}

/// The root component's one property: where its widget is put.
#[derive(Properties)]
pub(crate) struct RootProps {
    /// What to show.
    pub slot: Slot,
}

// The slot is given once, when the app starts, and what is in it is told by a message:
// the same slot is the same props.
impl PartialEq for RootProps {
    fn eq(&self, other: &RootProps) -> bool {
        Rc::ptr_eq(&self.slot.0, &other.slot.0)
    }
}

/// Where the first screen comes from: a share link wins over stored answers, which win
/// over a fresh start. Anything unusable becomes a notice, never an error.
fn initial_session(options: &EmbedOptions, store: &Store) -> (Session, Vec<Notice>) {
    let mut notices = Vec::new();
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

/// What the root component works out once for each widget it shows (its options never
/// change after mount), and the widget's one state, the pure [`Model`]. Kept in one memo
/// rather than a hook each, since every hook type costs Yew's hook code again in the Wasm.
struct Setup {
    /// The widget's number on its root, and its settings.
    shown: Shown,
    /// The widget's state, replaced by each message that changes it.
    model: RefCell<Rc<Model>>,
    /// The heading of the screen on show, focused when the screen changes.
    heading: NodeRef,
    /// Where the screen's static markup goes (a step's cards, or the report).
    raw: NodeRef,
    /// The step last reported to the host; `None` until the first render.
    told: Cell<Option<Step>>,
    /// The static markup last written: a tick changes only what is kept, and writing the
    /// same markup again would undo it.
    written: RefCell<String>,
}

/// Saves the session; storage refusing is told to the model (which says it once). Each
/// change is saved, a tick not yet submitted included (spec §4).
fn save(store: &Store, session: &Session, send: &Callback<Msg>) {
    if !store.save(session) {
        send.emit(Msg::StorageRefused);
    }
}

/// Today's date and the page's address, as the views draw with them.
fn read_page() -> PageFacts {
    let defaults = PageFacts::default();
    PageFacts {
        today: page::today().unwrap_or(defaults.today),
        url: page::url(),
    }
}

/// Does what a control of the result asks of the browser: a change of step or a start
/// over goes to the model; printing, the calendar file, the call to action's event (on
/// the host element) and the clipboard are the page's. `element` is the control's own.
/// Returns `false` when the click's default must not happen: the page cancelled
/// `aisd:cta` to open its own booking dialog.
fn run_control(
    host: &Element,
    locale: &Locale,
    options: &EmbedOptions,
    model: &Model,
    send: &Callback<Msg>,
    (element, control): (Element, Control),
) -> bool {
    let Some(outcome) = model.outcome.as_deref() else {
        return true;
    };
    let key = &options.storage_key;
    match control {
        Control::Change(step) => send.emit(Msg::Act(Action::Edit(step))),
        Control::StartOver => send.emit(Msg::Act(Action::StartOver)),
        Control::Print => page::print(),
        Control::AddToCalendar => {
            // Day precision is enough: a calendar importing the file matches events by
            // UID, and DTSTAMP only has to be a valid UTC moment.
            let today = model.page.today;
            let stamp = Stamp {
                date: today,
                seconds: 0,
            };
            let file = calendar(locale, outcome, today, key, stamp);
            page::download(&element, locale.calendar_file, "text/calendar", &file);
        }
        Control::Cta => {
            let answers = &model.session.answers;
            if let Some(cta) = result_cta(options, outcome, answers, &model.page, locale) {
                return events::cta(host, outcome, &cta.href);
            }
        }
        Control::CopyLink => {
            // Read and built on click, not on every render: most visitors never copy it.
            let url = share_url(&page::url(), key, &encode_share(&model.session.answers));
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
    true
}

/// Once the visitor has changed something, a share code in the URL would only undo it on
/// the next reload, so it leaves the URL (without a new history entry).
fn clear_share_code(key: &str) {
    let fragment = page::fragment();
    if share_code_in_fragment(&fragment, key).is_some() {
        page::replace_fragment(&fragment_without_code(&fragment, key));
    }
}

/// Tells the host page what the visitor now sees: ready and the first step on the first
/// render, then each new step and, on reaching the result, the outcome. Returns whether
/// the step changed after the first render.
fn tell_host(
    host: &Element,
    previous: Option<Step>,
    step: Step,
    outcome: Option<&Outcome>,
) -> bool {
    match previous {
        None => {
            events::ready(host, step, outcome.filter(|_| step == Step::Result));
            events::step(host, step);
            false
        }
        Some(shown) if shown != step => {
            events::step(host, step);
            if let (Step::Result, Some(outcome)) = (step, outcome) {
                events::complete(host, outcome);
            }
            true
        }
        Some(_) => false,
    }
}

/// Writes a screen's static markup into its element (none on the numbers step). A page
/// that refuses it (see `browser::html`) gets a message in its place, never an empty box.
fn write_markup(raw: &NodeRef, markup: &str, refused: &str) {
    if let Some(element) = raw.cast::<Element>() {
        if !markup.is_empty() && !html::set_html(&element, markup) {
            element.set_text_content(Some(refused));
        }
    }
}

/// How far below the viewport's top the widget may start and still be left where it is
/// when the screen changes, in CSS pixels: about a quarter of a phone's screen.
const NEAR_TOP: f64 = 200.0;

/// Moves focus to the new screen's heading, so keyboard and screen-reader users start
/// there, and brings the widget's top to the top of the viewport unless it is already
/// near it. Focus alone would centre the heading, and a visitor who submitted at the
/// foot of a long step (the page even scrolls up while the screen is shorter for an
/// instant) would see the result's first screen cut in half.
fn focus(heading: &NodeRef) {
    if let Some(element) = heading.cast::<HtmlElement>() {
        let misplaced = element.closest(".aisd").ok().flatten().filter(|root| {
            let top = root.get_bounding_client_rect().top();
            !(0.0..=NEAR_TOP).contains(&top)
        });
        let _ = element.focus();
        // Scrolled after focusing, so this scroll replaces the one focus may have made.
        if let Some(root) = misplaced {
            root.scroll_into_view();
        }
    }
}

impl Setup {
    /// A widget's start: where its first screen comes from, and the date and address.
    fn new(shown: Shown) -> Setup {
        let props = &shown.1;
        let (session, notices) = initial_session(&props.options, &props.store);
        let model =
            Model::start(session, notices, props.locale.decimal_mark()).on_page(read_page());
        Setup {
            model: RefCell::new(Rc::new(model)),
            shown,
            heading: NodeRef::default(),
            raw: NodeRef::default(),
            told: Cell::new(None),
            written: RefCell::default(),
        }
    }
}

/// Every widget a root shows, one after another: the one in its slot, or nothing.
#[function_component(App)]
pub(crate) fn app(props: &RootProps) -> Html {
    let shown = props.slot.0.borrow().clone();
    let number = shown.as_ref().map_or(0, |shown| shown.0);
    // The same hooks on every render, whether a widget is on show or not: Yew counts them.
    let live = use_memo(number, |_| shown.map(|shown| Rc::new(Setup::new(shown))));
    let rerender = use_force_update();
    let (drawn, after) = match &*live {
        Some(live) => {
            // Weak: the widget's settings hold this callback (in `Remote`), and a cycle
            // would keep a released widget, and its host element, alive.
            let send = {
                let live = Rc::downgrade(live);
                Callback::from(move |msg| {
                    let Some(live) = live.upgrade() else { return };
                    let next = live.model.borrow().update(msg);
                    if let Some(next) = next {
                        live.model.replace(Rc::new(next));
                        rerender.force_update();
                    }
                })
            };
            let (drawn, after) = widget(live, send);
            (drawn, Some(after))
        }
        None => (Html::default(), None),
    };
    let deps = after.as_ref().map(|after| after.deps.clone());
    use_effect_with(deps, move |_| {
        if let Some(after) = after {
            after.run();
        }
    });
    drawn
}

/// What follows a widget's render on the page, when `deps` changed.
struct AfterRender {
    /// The widget's number, what its model keeps and the page's facts it was drawn with.
    deps: (u32, Session, PageFacts),
    /// The static markup of the screen on show.
    markup: String,
    /// Whether the visitor has acted (until then a share code stays in the address).
    acted: bool,
    /// The outcome on show, if any.
    outcome: Option<Rc<Outcome>>,
    live: Rc<Setup>,
    send: Callback<Msg>,
}

impl AfterRender {
    /// Writes the screen's static markup when it changed (a new screen, new answers
    /// behind it, or the page's facts it is drawn from) and leaves it to the browser in
    /// between, since a tick changes only what is kept (the page's `reset()` on the first
    /// question unticks its form itself, see attach.js); saves the session; takes the
    /// share code out of the address once the visitor acted; reads the page again (the
    /// address may have lost its share code, and the day may have turned); tells the host
    /// and moves the focus to a new screen.
    fn run(self) {
        let (live, send) = (&self.live, &self.send);
        let props = &live.shown.1;
        let session = &self.deps.1;
        if *live.written.borrow() != self.markup {
            write_markup(&live.raw, &self.markup, props.locale.markup_refused);
            live.written.replace(self.markup);
        }
        let previous = live.told.replace(Some(session.step));
        save(&props.store, session, send);
        if self.acted {
            clear_share_code(&props.options.storage_key);
        }
        send.emit(Msg::Page(read_page()));
        if tell_host(&props.host, previous, session.step, self.outcome.as_deref()) {
            focus(&live.heading);
        }
    }
}

/// One widget drawn from its model, and what is to follow on the page.
fn widget(live: &Rc<Setup>, send: Callback<Msg>) -> (Html, AfterRender) {
    let props = &live.shown.1;
    let model = live.model.borrow().clone();
    props.remote.0.replace(Some(send.clone()));
    let on_control = {
        let (host, locale) = (props.host.clone(), props.locale);
        let (options, model, send) = (props.options.clone(), Rc::clone(&model), send.clone());
        Callback::from(move |clicked| run_control(&host, &locale, &options, &model, &send, clicked))
    };
    let (drawn, markup) = screen(&Screen {
        model: &model,
        locale: &props.locale,
        options: &props.options,
        heading: &live.heading,
        raw: &live.raw,
        send: &send,
        on_control: &on_control,
    });
    let after = AfterRender {
        deps: (live.shown.0, model.kept(), model.page.clone()),
        markup,
        acted: model.acted,
        outcome: model.outcome.clone(),
        live: Rc::clone(live),
        send,
    };
    (drawn, after)
}
