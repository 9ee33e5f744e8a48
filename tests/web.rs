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
    yew::scheduler::flush().await;
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
        yew::scheduler::flush().await;
    }

    async fn submit(&self) {
        let button: HtmlElement = self
            .find("form[data-step] button[type=\"submit\"]")
            .expect("a submit button")
            .unchecked_into();
        button.click();
        yew::scheduler::flush().await;
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
    yew::scheduler::flush().await;
    assert_eq!(root.child_element_count(), 0);
    // The loader hands a released root to the next widget (web/embed/yew-roots.js) when a
    // framework re-inserts the element. The root's Yew app shows it from its own start,
    // not from where the last widget was, and it works.
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
