//! Component tests: the widget mounted in a real headless Chromium by wasm-bindgen-test,
//! driven through the same contract a visitor and a host page have (input names and
//! values, roles, `data-*` attributes, events). Each test uses its own storage key.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Widget {
    host: Element,
    root: Element,
    app: aisd::Widget,
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

/// Waits until the widget has done what it does after an event: its first screen is
/// drawn in a microtask after `mount`, and "Copy link" finishes in a promise.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a window");
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("the timer fires");
}

async fn mount(key: &str) -> Widget {
    mount_with(key, &[]).await
}

/// Mounts a widget with more raw options than its storage key (`language`, `words`…).
async fn mount_with(key: &str, more: &[(&str, &str)]) -> Widget {
    let document = document();
    let host = document.create_element("div").expect("host");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("attach host");
    let root = document.create_element("div").expect("root");
    host.append_child(&root).expect("attach root");
    mount_into(host, root, key, more).await
}

/// Mounts a widget into `root`, inside `host`, as the loader does.
async fn mount_into(host: Element, root: Element, key: &str, more: &[(&str, &str)]) -> Widget {
    let options = Object::new();
    Reflect::set(&options, &"storageKey".into(), &key.into()).expect("set option");
    for (name, value) in more {
        Reflect::set(&options, &(*name).into(), &(*value).into()).expect("set option");
    }
    // What the loader's storage layer (web/embed/storage.js) gives the Wasm in the
    // default mode: the record read from localStorage, and a function keeping new ones.
    if let Ok(Some(record)) = storage().get_item(key) {
        Reflect::set(&options, &"record".into(), &record.into()).expect("set record");
    }
    let keep = js_sys::Function::new_with_args(
        "text",
        &format!(
            "try {{ text === null ? localStorage.removeItem('{key}') : localStorage.setItem('{key}', text); return true; }} catch {{ return false; }}"
        ),
    );
    let warn = js_sys::Function::new_with_args("message", "");
    let app = aisd::mount(host.clone(), root.clone(), options.into(), &warn, keep);
    settle().await;
    Widget { host, root, app }
}

impl Widget {
    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).expect("valid selector")
    }

    fn step(&self) -> Option<String> {
        self.find("form[data-step]")
            .and_then(|form| form.get_attribute("data-step"))
    }

    async fn choose(&self, name: &str, value: &str) {
        let input: HtmlInputElement = self
            .find(&format!("input[name=\"{name}\"][value=\"{value}\"]"))
            .unwrap_or_else(|| panic!("no input {name}={value}"))
            .unchecked_into();
        input.click();
        settle().await;
    }

    async fn submit(&self) {
        let button: HtmlElement = self
            .find("form[data-step] button[type=\"submit\"]")
            .expect("a submit button")
            .unchecked_into();
        button.click();
        settle().await;
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }
}

#[wasm_bindgen_test]
async fn the_first_question_is_on_screen_at_once() {
    storage().remove_item("web-first").expect("clean storage");
    let widget = mount("web-first").await;
    assert_eq!(widget.step().as_deref(), Some("bottleneck"));
    for value in ["time-cost", "reach-growth", "both"] {
        assert!(
            widget
                .find(&format!(
                    "input[type=\"radio\"][name=\"bottleneck\"][value=\"{value}\"]"
                ))
                .is_some(),
            "missing choice {value}"
        );
    }
    assert!(widget.find("h2").is_some(), "the step has no heading");
}

#[wasm_bindgen_test]
async fn a_destroyed_widget_leaves_its_root_empty_for_the_next_one() {
    for key in ["destroy", "destroy-next"] {
        storage().remove_item(key).expect("clean storage");
    }
    let old = mount("destroy").await;
    old.choose("bottleneck", "time-cost").await;
    old.submit().await;
    assert_eq!(old.step().as_deref(), Some("process-cost"));
    let (host, root) = (old.host.clone(), old.root.clone());
    old.app.destroy();
    settle().await;
    assert_eq!(root.child_element_count(), 0);
    // A new widget on the same element starts from its own start, not from where the
    // last widget was, and it works: nothing of the old one answers on it.
    let next = mount_into(host, root.clone(), "destroy-next", &[]).await;
    assert_eq!(next.step().as_deref(), Some("bottleneck"));
    assert_eq!(
        root.query_selector_all("form").map(|f| f.length()).ok(),
        Some(1)
    );
    next.choose("bottleneck", "time-cost").await;
    next.submit().await;
    assert_eq!(next.step().as_deref(), Some("process-cost"));
}

#[wasm_bindgen_test]
async fn submitting_without_an_answer_says_so_and_stays() {
    storage().remove_item("web-missing").expect("clean storage");
    let widget = mount("web-missing").await;
    widget.submit().await;
    assert_eq!(widget.step().as_deref(), Some("bottleneck"));
    assert!(
        !widget.text("form [role=\"alert\"].error").trim().is_empty(),
        "no message said an answer is needed"
    );
}

#[wasm_bindgen_test]
async fn both_leads_to_the_tiebreak_and_answers_are_saved() {
    storage().remove_item("web-both").expect("clean storage");
    let widget = mount("web-both").await;
    widget.choose("bottleneck", "both").await;
    widget.submit().await;
    assert_eq!(widget.step().as_deref(), Some("bottleneck-tiebreak"));
    let saved = storage()
        .get_item("web-both")
        .expect("readable")
        .expect("a record was saved");
    assert!(saved.contains("\"v\":1"), "record {saved}");
    assert!(saved.contains("bottleneck-tiebreak"), "record {saved}");
    // Storage that keeps the answers is not mentioned.
    assert_eq!(widget.find(".notice"), None);
}

#[wasm_bindgen_test]
async fn a_corrupt_record_gives_a_notice_and_a_fresh_start() {
    storage()
        .set_item("web-corrupt", "{\"v\":1,\"step\":")
        .expect("seed storage");
    let widget = mount("web-corrupt").await;
    assert_eq!(widget.step().as_deref(), Some("bottleneck"));
    assert!(!widget.text(".notice").trim().is_empty(), "no notice shown");
}

#[wasm_bindgen_test]
async fn a_record_from_a_newer_version_gives_a_notice_and_a_fresh_start() {
    storage()
        .set_item(
            "web-newer",
            "{\"v\":999,\"step\":\"result\",\"answers\":\"x\"}",
        )
        .expect("seed storage");
    let widget = mount("web-newer").await;
    assert_eq!(widget.step().as_deref(), Some("bottleneck"));
    assert!(!widget.text(".notice").trim().is_empty(), "no notice shown");
}

#[wasm_bindgen_test]
async fn storage_refusing_writes_keeps_the_widget_working_in_memory() {
    let storage = storage();
    storage.remove_item("web-full").expect("clean storage");
    let prototype = Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| Reflect::get(&s, &"prototype".into()))
        .expect("Storage.prototype");
    let original = Reflect::get(&prototype, &"setItem".into()).expect("setItem");
    let throwing =
        js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError')");
    Reflect::set(&prototype, &"setItem".into(), &throwing).expect("patch setItem");

    let widget = mount("web-full").await;
    widget.choose("bottleneck", "time-cost").await;
    widget.submit().await;
    let step = widget.step();
    let notice = widget.text(".notice");
    Reflect::set(&prototype, &"setItem".into(), &original).expect("restore setItem");

    assert_eq!(step.as_deref(), Some("process-cost"));
    assert!(
        !notice.trim().is_empty(),
        "the visitor was not told answers won't be kept"
    );
}

#[wasm_bindgen_test]
async fn the_host_hears_ready_and_step_events() {
    storage().remove_item("web-events").expect("clean storage");
    let document = document();
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let record = {
        let seen = seen.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let step = Reflect::get(&event.detail(), &"step".into())
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            seen.borrow_mut().push(format!("{}:{step}", event.type_()));
        })
    };
    for name in ["aisd:ready", "aisd:step"] {
        document
            .add_event_listener_with_callback(name, record.as_ref().unchecked_ref())
            .expect("listen");
    }
    let widget = mount("web-events").await;
    widget.choose("bottleneck", "reach-growth").await;
    widget.submit().await;
    for name in ["aisd:ready", "aisd:step"] {
        document
            .remove_event_listener_with_callback(name, record.as_ref().unchecked_ref())
            .expect("unlisten");
    }
    assert_eq!(
        *seen.borrow(),
        vec![
            "aisd:ready:bottleneck".to_owned(),
            "aisd:step:bottleneck".to_owned(),
            "aisd:step:process-cost".to_owned(),
        ]
    );
}

#[wasm_bindgen_test]
async fn a_widget_given_italian_words_speaks_italian_and_says_so_in_lang() {
    storage().remove_item("web-italian").expect("clean storage");
    let options = [
        ("language", "it"),
        ("words", include_str!("../static/locales/it.txt")),
    ];
    let widget = mount_with("web-italian", &options).await;
    assert_eq!(widget.root.get_attribute("lang").as_deref(), Some("it"));
    assert_eq!(widget.root.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(
        widget.text("h2"),
        "Che cosa frena di più la tua azienda in questo momento?"
    );
    widget.choose("bottleneck", "time-cost").await;
    widget.submit().await;
    assert_eq!(widget.step().as_deref(), Some("process-cost"));
    assert!(widget.text("form").contains("Domanda 2 di "));
}

#[wasm_bindgen_test]
async fn without_its_words_a_widget_speaks_english_rather_than_nothing() {
    storage()
        .remove_item("web-no-words")
        .expect("clean storage");
    let widget = mount_with(
        "web-no-words",
        &[("language", "it"), ("words", "not a words file")],
    )
    .await;
    assert_eq!(widget.root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        widget.text("h2"),
        "What holds your business back most right now?"
    );
}

/// Runs `body` (a function of `element`) in the page, for what web-sys does not reach
/// without more features: a cancelable click, the address's fragment.
fn js(body: &str, element: &JsValue) -> JsValue {
    js_sys::Function::new_with_args("element", body)
        .call1(&JsValue::NULL, element)
        .expect("the script runs")
}

/// Clicks `element` as a visitor's click would be dispatched; whether its default action
/// may happen (no listener cancelled it).
fn click(element: &Element) -> bool {
    js(
        "return element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));",
        element,
    )
    .as_bool()
    .unwrap_or_default()
}

fn fragment() -> String {
    js("return location.hash;", &JsValue::NULL)
        .as_string()
        .unwrap_or_default()
}

fn set_fragment(fragment: &str) {
    js(
        "history.replaceState(null, '', location.pathname + location.search + element);",
        &fragment.into(),
    );
}

/// A document listener and what it heard (each event's detail, as JSON).
struct Heard {
    details: Rc<RefCell<Vec<String>>>,
    listener: Closure<dyn FnMut(web_sys::CustomEvent)>,
}

/// Listens for `name` on the document.
fn hear(name: &str) -> Heard {
    let details = Rc::new(RefCell::new(Vec::new()));
    let listener = {
        let details = details.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let detail = js_sys::JSON::stringify(&event.detail())
                .ok()
                .and_then(|json| json.as_string())
                .unwrap_or_default();
            details.borrow_mut().push(detail);
        })
    };
    document()
        .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
        .expect("listen");
    Heard { details, listener }
}

fn unhear(name: &str, listener: &Closure<dyn FnMut(web_sys::CustomEvent)>) {
    document()
        .remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
        .expect("unlisten");
}

#[wasm_bindgen_test]
async fn a_shared_result_tells_its_verdict_and_leaves_the_address_once_the_visitor_acts() {
    storage().remove_item("web-share").expect("clean storage");
    set_fragment("#web-share=1btmxy37_h12_c40");
    let heard = hear("aisd:ready");
    let widget = mount_with("web-share", &[("ctaHref", "#book?r={result-url}")]).await;
    unhear("aisd:ready", &heard.listener);
    let ready = heard.details;
    let verdict = widget
        .find("[data-verdict]")
        .and_then(|result| result.get_attribute("data-verdict"))
        .expect("the shared result is on show");
    // On a reload of a result, the host hears which one at once.
    assert_eq!(ready.borrow().len(), 1);
    assert!(
        ready.borrow()[0].contains(&format!("\"verdict\":\"{verdict}\"")),
        "{:?}",
        ready.borrow()
    );
    // The call to action's {result-url} is this page's address, with the answers.
    let page = js("return location.href.split('#')[0];", &JsValue::NULL)
        .as_string()
        .unwrap_or_default();
    let cta = widget
        .find("[data-action=\"cta\"]")
        .and_then(|link| link.get_attribute("href"))
        .expect("a call to action");
    assert!(
        cta.contains(&aisd::cta::encode_component(&format!(
            "{page}#web-share=1btmxy37_h12_c40"
        ))),
        "{cta}"
    );
    assert_eq!(fragment(), "#web-share=1btmxy37_h12_c40");
    let start_over = widget
        .find("[data-action=\"start-over\"]")
        .expect("a start-over button");
    click(&start_over);
    settle().await;
    assert_eq!(widget.step().as_deref(), Some("bottleneck"));
    assert_eq!(fragment(), "", "the share code left the address");
}

#[wasm_bindgen_test]
async fn a_call_to_action_the_page_cancels_does_not_navigate_and_one_it_lets_through_does() {
    storage().remove_item("web-cta").expect("clean storage");
    set_fragment("#web-cta=1btmxy37_h12_c40");
    let widget = mount_with("web-cta", &[("ctaHref", "#booked-{verdict}")]).await;
    let link = widget
        .find("[data-action=\"cta\"]")
        .expect("a call to action");
    let cancel = js_sys::Function::new_with_args("event", "event.preventDefault();");
    widget
        .host
        .add_event_listener_with_callback("aisd:cta", &cancel)
        .expect("listen");
    assert!(!click(&link), "the page opened its own dialog instead");
    widget
        .host
        .remove_event_listener_with_callback("aisd:cta", &cancel)
        .expect("unlisten");
    assert!(click(&link), "the link is followed");
    assert!(fragment().starts_with("#booked-"), "{}", fragment());
    set_fragment("");
}

#[wasm_bindgen_test]
async fn the_hosts_reset_starts_over_and_forgets_the_record() {
    storage().remove_item("web-reset").expect("clean storage");
    let widget = mount("web-reset").await;
    widget.choose("bottleneck", "time-cost").await;
    widget.submit().await;
    assert_eq!(widget.step().as_deref(), Some("process-cost"));
    assert!(storage().get_item("web-reset").ok().flatten().is_some());
    widget.app.reset();
    settle().await;
    assert_eq!(widget.step().as_deref(), Some("bottleneck"));
    assert_eq!(storage().get_item("web-reset").ok().flatten(), None);
}

/// The element with focus, and the widget's top relative to the viewport's.
fn focus_and_top(widget: &Widget) -> (Option<Element>, f64) {
    (
        document().active_element(),
        widget.root.get_bounding_client_rect().top(),
    )
}

#[wasm_bindgen_test]
async fn a_new_step_takes_focus_and_brings_a_widget_far_down_to_the_top() {
    storage().remove_item("web-focus").expect("clean storage");
    let window = web_sys::window().expect("a window");
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(600.0);
    // Room above and below the widget to scroll in.
    let spacer = || {
        let element = document().create_element("div").expect("spacer");
        let _ = element.set_attribute("style", &format!("height:{}px", height * 3.0));
        document()
            .body()
            .expect("body")
            .append_child(&element)
            .expect("attach");
    };
    spacer();
    let widget = mount("web-focus").await;
    spacer();
    let heading = || widget.find("h2").expect("a heading");
    // Arrival and ticks move nothing: the first screen is not news.
    assert_ne!(focus_and_top(&widget).0, Some(heading()));
    widget.choose("bottleneck", "time-cost").await;
    assert_ne!(focus_and_top(&widget).0, Some(heading()));

    // Near the viewport's top: focus moves, the widget stays where it is.
    window.scroll_by_with_x_and_y(0.0, widget.root.get_bounding_client_rect().top() - 100.0);
    widget.submit().await;
    let (focused, top) = focus_and_top(&widget);
    assert_eq!(focused, Some(heading()));
    assert!((top - 100.0).abs() < 2.0, "moved to {top}");

    // Far down the viewport: the widget's top comes to the top.
    window.scroll_by_with_x_and_y(
        0.0,
        widget.root.get_bounding_client_rect().top() - height * 0.9,
    );
    widget.choose("process-cost", "measured").await;
    widget.submit().await;
    let (focused, top) = focus_and_top(&widget);
    assert_eq!(focused, Some(heading()));
    assert!(top.abs() < 2.0, "left at {top}");
}

#[wasm_bindgen_test]
async fn typing_a_number_keeps_the_field_its_focus_and_its_caret() {
    storage().remove_item("web-typing").expect("clean storage");
    let widget = mount("web-typing").await;
    for (name, value) in [("bottleneck", "time-cost"), ("process-cost", "measured")] {
        widget.choose(name, value).await;
        widget.submit().await;
    }
    assert_eq!(widget.step().as_deref(), Some("cost-numbers"));
    let field: HtmlInputElement = widget
        .find("input[name=\"weekly-hours\"]")
        .expect("the hours field")
        .unchecked_into();
    field.focus().expect("focus the field");
    for typed in ["1", "12", "12x"] {
        field.set_value(typed);
        field
            .set_selection_range(1, 1)
            .expect("put the caret after the first digit");
        js(
            "element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));",
            field.as_ref(),
        );
        settle().await;
        let now = widget
            .find("input[name=\"weekly-hours\"]")
            .expect("the hours field");
        assert!(&now == field.as_ref() as &Element, "the field was replaced");
        assert_eq!(field.value(), typed);
        assert_eq!(field.selection_start().ok().flatten(), Some(1));
        assert_eq!(
            document().active_element().as_ref(),
            Some(field.as_ref() as &Element)
        );
    }
    // The model took what was typed: a bad number is explained on Next.
    widget.submit().await;
    assert!(
        !widget.text("#weekly-hours-error").is_empty(),
        "no error for 12x"
    );
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_part_of_the_result_the_visitor_opened_stays_open_when_a_notice_goes() {
    storage().remove_item("web-open").expect("clean storage");
    set_fragment("#web-open=1btmxy37_h12_c40");
    let widget = mount("web-open").await;
    let article = widget.find("article[data-verdict]").expect("the result");
    let details = widget.find("details").expect("a folded part");
    details
        .set_attribute("open", "")
        .expect("open it as a click on its summary does");
    let dismiss = widget
        .find(".notice button")
        .expect("the shared-result notice");
    click(&dismiss);
    settle().await;
    assert!(
        widget.find(".notice").is_none(),
        "the notice is still there"
    );
    let still = widget.find("article[data-verdict]").expect("the result");
    assert!(still == article, "the result was drawn afresh");
    assert!(details.has_attribute("open"), "the opened part closed");
    assert!(details.is_connected());
    set_fragment("");
}

#[wasm_bindgen_test]
async fn ticking_a_card_changes_next_where_it_stands() {
    storage().remove_item("web-next").expect("clean storage");
    let widget = mount("web-next").await;
    let next = widget
        .find("button[type=\"submit\"]")
        .expect("a Next button");
    assert_eq!(next.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert!(widget.find("#next-hint").is_some(), "no hint before a tick");
    widget.choose("bottleneck", "time-cost").await;
    // The hint before it went, and the button the visitor may be on is the same element.
    assert!(widget.find("#next-hint").is_none(), "the hint stayed");
    assert!(next.is_connected(), "Next was replaced");
    assert_eq!(
        next.get_attribute("aria-disabled").as_deref(),
        Some("false")
    );
    assert_eq!(next.get_attribute("aria-describedby"), None);
}

#[wasm_bindgen_test]
async fn dismissing_a_notice_removes_that_one() {
    storage()
        .set_item("web-notices", "{\"v\":1,\"step\":")
        .expect("seed storage");
    // A damaged share link, then a damaged record: two notices, in that order.
    set_fragment("#web-notices=1zz");
    let widget = mount("web-notices").await;
    let texts = |widget: &Widget| -> Vec<String> {
        let notices = widget
            .root
            .query_selector_all(".notice p")
            .expect("valid selector");
        (0..notices.length())
            .filter_map(|i| notices.item(i).and_then(|n| n.text_content()))
            .collect()
    };
    let [link, record] = <[String; 2]>::try_from(texts(&widget)).expect("two notices");
    let second = widget
        .find(".notice:nth-child(2) button")
        .expect("the second notice's Dismiss");
    click(&second);
    settle().await;
    assert_eq!(
        texts(&widget),
        vec![link.clone()],
        "{record} was not the one to go"
    );
    let first = widget
        .find(".notice button")
        .expect("the first notice's Dismiss");
    click(&first);
    settle().await;
    assert!(texts(&widget).is_empty());
    set_fragment("");
}

#[wasm_bindgen_test]
async fn each_new_step_is_announced_in_the_same_live_region() {
    storage()
        .remove_item("web-announce")
        .expect("clean storage");
    let widget = mount("web-announce").await;
    let region = widget
        .find("[aria-live=\"polite\"]")
        .expect("a live region");
    assert_eq!(region.text_content().unwrap_or_default(), "");
    widget.choose("bottleneck", "time-cost").await;
    widget.submit().await;
    let second = region.text_content().unwrap_or_default();
    widget.choose("process-cost", "not-measured").await;
    widget.submit().await;
    let third = region.text_content().unwrap_or_default();
    assert!(region.is_connected(), "the live region was replaced");
    assert!(!second.is_empty() && !third.is_empty());
    assert_ne!(second, third, "the same words for two steps");
}

#[wasm_bindgen_test]
async fn the_hosts_reset_on_an_answered_first_question_unticks_it() {
    storage()
        .remove_item("web-untick-reset")
        .expect("clean storage");
    let widget = mount("web-untick-reset").await;
    widget.choose("bottleneck", "time-cost").await;
    widget.submit().await;
    let back: HtmlElement = widget
        .find(".nav button[type=\"button\"]")
        .expect("a Back button")
        .unchecked_into();
    back.click();
    settle().await;
    let card: HtmlInputElement = widget
        .find("input[name=\"bottleneck\"][value=\"time-cost\"]")
        .expect("the card")
        .unchecked_into();
    assert!(card.checked(), "the answer is not ticked on the way back");
    widget.app.reset();
    settle().await;
    assert!(card.is_connected(), "the card was replaced");
    assert!(!card.checked(), "still ticked after reset()");
}

#[wasm_bindgen_test]
async fn a_notice_that_comes_later_goes_below_the_ones_on_show() {
    let storage = storage();
    storage
        .set_item("web-later", "{\"v\":1,\"step\":")
        .expect("seed storage");
    let prototype = Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| Reflect::get(&s, &"prototype".into()))
        .expect("Storage.prototype");
    let original = Reflect::get(&prototype, &"setItem".into()).expect("setItem");
    let widget = mount("web-later").await;
    let throwing =
        js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError')");
    Reflect::set(&prototype, &"setItem".into(), &throwing).expect("patch setItem");
    widget.choose("bottleneck", "time-cost").await;
    Reflect::set(&prototype, &"setItem".into(), &original).expect("restore setItem");
    let notices = widget
        .root
        .query_selector_all(".notice p")
        .expect("valid selector");
    let texts: Vec<String> = (0..notices.length())
        .filter_map(|i| notices.item(i).and_then(|n| n.text_content()))
        .collect();
    let english = &aisd::content::ENGLISH;
    assert_eq!(
        texts,
        [
            english.notice_stored_unreadable,
            english.notice_storage_unavailable
        ]
    );
}
