//! Component tests: the widget mounted in a real headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> (web_sys::Element, web_sys::Element) {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host = document.create_element("div").expect("a host element");
    let body = document.body().expect("a body");
    body.append_child(&host).expect("host attached");
    let root = document.create_element("div").expect("a root element");
    host.append_child(&root).expect("root attached");
    (host, root)
}

#[wasm_bindgen_test]
async fn mount_renders_a_heading() {
    let (host, root) = fresh_root();
    aisd::mount(host, root.clone(), JsValue::UNDEFINED);
    yew::scheduler::flush().await;
    let heading = root.query_selector("h2").expect("valid selector");
    assert!(heading.is_some(), "the widget rendered no heading");
}
