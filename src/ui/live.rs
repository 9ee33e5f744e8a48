//! One widget on its root element: its settings, its one model, and the loop that
//! applies each message, draws the screen the model now describes (`crate::views`,
//! brought onto the page by `patch`) and does what follows on the page (saving, the
//! address, the host's events, focus).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

use crate::browser::{events, page, storage::Store};
use crate::content::Locale;
use crate::engine::{decode_share, Action, Outcome, RecordError, Session, Step};
use crate::options::EmbedOptions;
use crate::share_link::{fragment_without_code, share_code_in_fragment};
use crate::state::{Model, Msg, Notice, PageFacts};
use crate::ui::patch::patch;
use crate::views::screen;

/// One widget's settings, which `mount` gives it.
pub(crate) struct Settings {
    /// The host page's element, which receives the widget's events.
    pub host: Element,
    /// The element inside the host's shadow root that the widget draws into.
    pub root: Element,
    /// Validated embed options.
    pub options: EmbedOptions,
    /// The language the widget speaks, with its words, and the page's currency.
    pub locale: Locale,
    /// The record the loader read, and its function that keeps each new one.
    pub store: Store,
}

/// A widget on the page: its settings, its state (the pure [`Model`]) and what the
/// shell remembers between draws.
pub(crate) struct Live {
    /// What `mount` was given.
    pub settings: Settings,
    /// The widget's state, replaced by each message that changes it.
    model: RefCell<Rc<Model>>,
    /// Messages not yet applied: one sent while another is being handled (a host's
    /// listener calling `reset()` inside `aisd:step`) waits its turn.
    queue: RefCell<VecDeque<Msg>>,
    /// Whether the loop is running, so a message sent from inside it only queues.
    busy: Cell<bool>,
    /// Whether the screen must be drawn even without a message (the first draw).
    stale: Cell<bool>,
    /// Set by `release`: nothing is drawn or told after it.
    released: Cell<bool>,
    /// The step last reported to the host; `None` until the first draw.
    told: Cell<Option<Step>>,
    /// What the effects of the last draw were for: what the model keeps, and the page's
    /// facts it was drawn with. A draw that changes neither (a tick's draft aside) has
    /// none.
    done: RefCell<Option<(Session, PageFacts)>>,
    /// The one listener on the root, for every event the widget handles.
    listener: Listener,
}

/// The root's one listener: what the visitor does, read by `ui::listen`.
pub(crate) type Listener = Closure<dyn Fn(Event)>;

/// The events the widget listens to on its root.
const EVENTS: [&str; 4] = ["click", "change", "input", "submit"];

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

/// Today's date and the page's address, as the views draw with them.
fn read_page() -> PageFacts {
    let defaults = PageFacts::default();
    PageFacts {
        today: page::today().unwrap_or(defaults.today),
        url: page::url(),
    }
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
/// draw, then each new step and, on reaching the result, the outcome. Returns whether
/// the step changed after the first draw.
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

/// How far below the viewport's top the widget may start and still be left where it is
/// when the screen changes, in CSS pixels: about a quarter of a phone's screen.
const NEAR_TOP: f64 = 200.0;

/// Moves focus to the new screen's heading (the one `h2` a screen has), so keyboard and
/// screen-reader users start there, and brings the widget's top to the top of the
/// viewport unless it is already near it. Focus alone would centre the heading, and a
/// visitor who submitted at the foot of a long step (the page even scrolls up while the
/// screen is shorter for an instant) would see the result's first screen cut in half.
fn focus(root: &Element) {
    let Some(heading) = root
        .query_selector("h2")
        .ok()
        .flatten()
        .and_then(|heading| heading.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let top = root.get_bounding_client_rect().top();
    let _ = heading.focus();
    // Scrolled after focusing, so this scroll replaces the one focus may have made.
    if !(0.0..=NEAR_TOP).contains(&top) {
        root.scroll_into_view();
    }
}

impl Live {
    /// Starts a widget: where its first screen comes from, the date and the address, and
    /// its listener on the root, made by `listen` (`ui::listen`'s, given by `mount`: what
    /// the visitor does is read there, and it sends here). Its first screen is drawn in a
    /// microtask, once `mount` has returned its handle to the loader.
    pub(crate) fn start(settings: Settings, listen: fn(Weak<Live>) -> Listener) -> Rc<Live> {
        let (session, notices) = initial_session(&settings.options, &settings.store);
        let model =
            Model::start(session, notices, settings.locale.decimal_mark()).on_page(read_page());
        let live = Rc::new_cyclic(|weak| Live {
            settings,
            model: RefCell::new(Rc::new(model)),
            queue: RefCell::default(),
            busy: Cell::new(false),
            stale: Cell::new(true),
            released: Cell::new(false),
            told: Cell::new(None),
            done: RefCell::default(),
            listener: listen(weak.clone()),
        });
        live.listening(true);
        let first = Rc::clone(&live);
        wasm_bindgen_futures::spawn_local(async move { first.run() });
        live
    }

    /// The widget's state as it stands.
    pub(crate) fn model(&self) -> Rc<Model> {
        Rc::clone(&self.model.borrow())
    }

    /// Applies `msg`, then draws and does what follows, unless the loop is already
    /// running, which then applies it in turn.
    pub(crate) fn send(self: &Rc<Live>, msg: Msg) {
        self.queue.borrow_mut().push_back(msg);
        self.run();
    }

    /// Starts over, as the result's "Start over" does (the host API's `reset()`).
    pub(crate) fn start_over(self: &Rc<Live>) {
        self.send(Msg::Act(Action::StartOver));
    }

    /// Stops the widget: its listener comes off the root, what it drew goes, and nothing
    /// more is drawn or told. What it holds goes with the last handle.
    pub(crate) fn release(&self) {
        self.released.set(true);
        self.settings.root.set_text_content(None);
        self.queue.borrow_mut().clear();
        self.listening(false);
    }

    /// Puts the root's one listener on for every event the widget handles (`true`), or
    /// takes it off.
    fn listening(&self, on: bool) {
        let (root, listener) = (&self.settings.root, self.listener.as_ref().unchecked_ref());
        for name in EVENTS {
            let _ = if on {
                root.add_event_listener_with_callback(name, listener)
            } else {
                root.remove_event_listener_with_callback(name, listener)
            };
        }
    }

    /// Applies every queued message, and draws once after each round that changed the
    /// model (what follows a draw may queue more: the page's facts read again).
    fn run(self: &Rc<Live>) {
        if self.busy.replace(true) {
            return;
        }
        while !self.released.get() {
            let mut changed = self.stale.replace(false);
            loop {
                let Some(msg) = self.queue.borrow_mut().pop_front() else {
                    break;
                };
                let next = self.model.borrow().update(msg);
                if let Some(next) = next {
                    self.model.replace(Rc::new(next));
                    changed = true;
                }
            }
            if !changed {
                break;
            }
            self.draw();
        }
        self.busy.set(false);
    }

    /// Draws the screen the model describes and, when what the model keeps or the page's
    /// facts changed, does what follows.
    fn draw(self: &Rc<Live>) {
        let settings = &self.settings;
        let model = self.model();
        let markup = screen(&model, &settings.locale, &settings.options);
        if !patch(&settings.root, &markup) {
            // Never an empty box: the page refused the markup (see `browser::html`).
            settings
                .root
                .set_text_content(Some(settings.locale.markup_refused));
        }
        let now = (model.kept(), model.page.clone());
        if self.done.borrow().as_ref() == Some(&now) {
            return;
        }
        let session = &now.0;
        let previous = self.told.replace(Some(session.step));
        // Each change is saved, a tick not yet submitted included (spec §4); storage
        // refusing is told to the model, which says it once.
        if !settings.store.save(session) {
            self.queue.borrow_mut().push_back(Msg::StorageRefused);
        }
        if model.acted {
            clear_share_code(&settings.options.storage_key);
        }
        // The address may have lost its share code, and the day may have turned.
        self.queue.borrow_mut().push_back(Msg::Page(read_page()));
        self.done.replace(Some(now.clone()));
        let moved = tell_host(
            &settings.host,
            previous,
            now.0.step,
            model.outcome.as_deref(),
        );
        // A host's listener may have released the widget.
        if moved && !self.released.get() {
            focus(&settings.root);
        }
    }
}
