//! The one function `embed.js` calls for each widget on a page.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::ui::{App, AppProps};

/// Renders one widget into `root` (an element inside the shadow root of `host`).
///
/// `host` is the element the embedding page chose; events for the page are dispatched on it.
#[wasm_bindgen]
pub fn mount(host: Element, root: Element, _options: JsValue) {
    yew::Renderer::<App>::with_root_and_props(root, AppProps { host }).render();
}
