//! The one function `embed.js` calls for each widget on a page.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::browser::page;
use crate::embedding::{parse_options, RawOptions};
use crate::ui::{App, AppProps};

/// Renders one widget into `root`, an element inside the open shadow root of `host`.
///
/// `host` is the element the embedding page chose; the widget's events are dispatched on
/// it. `options` is a plain object with the raw `data-*` values (`storageKey`, `theme`,
/// `ctaHref`, `ctaLabel`, `ctaForward`); unusable values are reported as console warnings and replaced
/// by defaults, so mounting always succeeds.
#[wasm_bindgen]
pub fn mount(host: Element, root: Element, options: JsValue) {
    let raw = RawOptions {
        storage_key: string_field(&options, "storageKey"),
        theme: string_field(&options, "theme"),
        cta_href: string_field(&options, "ctaHref"),
        cta_label: string_field(&options, "ctaLabel"),
        cta_forward: string_field(&options, "ctaForward"),
    };
    let (options, errors) = parse_options(&raw);
    for error in errors {
        page::warn(&error.to_string());
    }
    yew::Renderer::<App>::with_root_and_props(root, AppProps { host, options }).render();
}

fn string_field(object: &JsValue, name: &str) -> Option<String> {
    if !object.is_object() {
        return None;
    }
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.as_string())
}
