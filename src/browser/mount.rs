//! The one function `embed.js` calls for each widget on a page, and the handle it gets
//! back to release the widget.

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::embedding::{parse_options, RawOptions};
use crate::ui::{App, AppProps};

/// A widget on the page, returned to `embed.js` so that a custom element removed from
/// the page can release it.
#[wasm_bindgen]
pub struct Widget(Option<yew::AppHandle<App>>);

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget: Yew runs every effect's clean-up and drops its listeners.
    /// Calling it again does nothing.
    pub fn destroy(&mut self) {
        if let Some(app) = self.0.take() {
            app.destroy();
        }
    }
}

/// Renders one widget into `root`, an element inside the open shadow root of `host`.
///
/// `host` is the element the embedding page chose; the widget's events are dispatched on
/// it. `options` is a plain object with the raw `data-*` values (`storageKey`, `theme`,
/// `ctaHref`, `ctaLabel`, `ctaForward`); unusable values are replaced by defaults, so
/// mounting always succeeds, and each is told to `warn` (a function of one string:
/// `embed.js` logs it as a console warning under the widget's name, written there once).
#[wasm_bindgen]
pub fn mount(host: Element, root: Element, options: JsValue, warn: &Function) -> Widget {
    let raw = RawOptions {
        storage_key: string_field(&options, "storageKey"),
        theme: string_field(&options, "theme"),
        cta_href: string_field(&options, "ctaHref"),
        cta_label: string_field(&options, "ctaLabel"),
        cta_forward: string_field(&options, "ctaForward"),
    };
    let (options, errors) = parse_options(&raw);
    for error in errors {
        // A throwing `warn` must not stop the widget.
        let _ = warn.call1(&JsValue::NULL, &JsValue::from_str(&error.to_string()));
    }
    Widget(Some(
        yew::Renderer::<App>::with_root_and_props(root, AppProps { host, options }).render(),
    ))
}

fn string_field(object: &JsValue, name: &str) -> Option<String> {
    if !object.is_object() {
        return None;
    }
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.as_string())
}
