//! The one place the widget writes HTML into the page: the markup strings of
//! `crate::markup` (answer cards, the report), which escape every value, go through the
//! page's one Trusted Types policy for this widget, "ai-sequencing-diagnostic", where the
//! browser has Trusted Types, so the widget works on hosts that send
//! `require-trusted-types-for 'script'`. `embed.js` creates the policy once per page and
//! keeps it in its registry (`globalThis[Symbol.for('ai-sequencing-diagnostic')]`), so
//! every widget and every copy of the Wasm shares it. Nothing else in the widget uses an
//! HTML sink (`.ci/lint-html-sinks.sh` fails the tests if something does).

use js_sys::{Reflect, Symbol};
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::contract::NAME;

// Typed imports rather than `Reflect` calls and a `Function` cast: the same two calls in
// fewer bytes of Wasm and glue.
#[wasm_bindgen]
extern "C" {
    /// A `TrustedTypePolicy`.
    type Policy;

    #[wasm_bindgen(method, catch, js_name = createHTML)]
    fn create_html(this: &Policy, html: &str) -> Result<JsValue, JsValue>;

    /// An element, seen only through its `innerHTML` setter.
    #[wasm_bindgen(extends = Element)]
    type Sink;

    /// `innerHTML`, taking a `TrustedHTML` as well as a string.
    #[wasm_bindgen(method, catch, setter = innerHTML)]
    fn set_inner_html(this: &Sink, html: &JsValue) -> Result<(), JsValue>;
}

/// The page's policy, if `embed.js` could make one (no Trusted Types in this browser, a
/// host that does not allow the policy, or a widget mounted without `embed.js`: none).
fn policy() -> Option<Policy> {
    let registry = Reflect::get(&js_sys::global(), &Symbol::for_(NAME)).ok()?;
    let policy = Reflect::get(&registry, &JsValue::from_str("policy")).ok()?;
    policy.is_object().then(|| policy.unchecked_into())
}

/// Replaces the children of `element` with `html`, which must come from `crate::markup`.
/// `false` when the page refused it (Trusted Types enforced without the widget's policy).
pub(crate) fn set_html(element: &Element, html: &str) -> bool {
    let value = policy()
        .and_then(|policy| policy.create_html(html).ok())
        .unwrap_or_else(|| JsValue::from_str(html));
    element
        .unchecked_ref::<Sink>()
        .set_inner_html(&value)
        .is_ok()
}
