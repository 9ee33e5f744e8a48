//! The events the widget dispatches on the host element, so the page can follow along
//! (analytics, its own UI). Nothing is ever sent anywhere by the widget itself.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::contract::{COMPLETE, CTA, READY, STEP};
use crate::engine::{Outcome, Step};

/// A plain object `{ name: value, … }` for an event's `detail`.
fn detail(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

fn ids(ids: impl Iterator<Item = &'static str>) -> JsValue {
    ids.map(JsValue::from_str).collect::<Array>().into()
}

fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A throwing listener on the page must not stop the widget.
        let _: Result<bool, JsValue> = host.dispatch_event(&event);
    }
}

/// `aisd:ready`: the first screen is on show and interactive.
pub(crate) fn ready(host: &Element, step: Step) {
    dispatch(host, READY, &detail(&[("step", step.id().into())]));
}

/// `aisd:step`: a new step is shown.
pub(crate) fn step(host: &Element, step: Step) {
    dispatch(host, STEP, &detail(&[("step", step.id().into())]));
}

/// The outcome's ids, as `aisd:complete` and `aisd:cta` carry them.
fn outcome_fields(outcome: &Outcome) -> [(&'static str, JsValue); 3] {
    [
        ("verdict", outcome.verdict.id().into()),
        ("reasons", ids(outcome.reasons.iter().map(|r| r.id.id()))),
        ("warnings", ids(outcome.warnings.iter().map(|w| w.id.id()))),
    ]
}

/// `aisd:complete`: the visitor reached the result.
pub(crate) fn complete(host: &Element, outcome: &Outcome) {
    dispatch(host, COMPLETE, &detail(&outcome_fields(outcome)));
}

/// `aisd:cta`: the visitor followed the call to action (the outcome's ids, as in
/// `aisd:complete`, so a data layer entry for it is complete, and the link followed).
pub(crate) fn cta(host: &Element, outcome: &Outcome, href: &str) {
    let [verdict, reasons, warnings] = outcome_fields(outcome);
    let fields = [verdict, reasons, warnings, ("href", href.into())];
    dispatch(host, CTA, &detail(&fields));
}
