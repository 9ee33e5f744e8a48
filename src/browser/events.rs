//! The events the widget dispatches on the host element, so the page can follow along
//! (analytics, its own UI). Nothing is ever sent anywhere by the widget itself.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::contract::{COMPLETE, CTA, READY, STEP, VERSION};
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

/// Dispatches the event; `false` when it is `cancelable` and a listener cancelled it.
fn dispatch(host: &Element, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    // A throwing listener on the page must not stop the widget (nor cancel anything).
    CustomEvent::new_with_event_init_dict(name, &init)
        .and_then(|event| host.dispatch_event(&event))
        .unwrap_or(true)
}

/// `aisd:ready`: the first screen is on show and interactive, and the release running
/// it; when it is a result (a reload, a shared link), the outcome's ids too, so the page
/// knows it without an `aisd:complete` (which counts only a visitor reaching the result).
pub(crate) fn ready(host: &Element, step: Step, outcome: Option<&Outcome>) {
    let step = ("step", step.id().into());
    let version = ("version", VERSION.into());
    let detail = match outcome {
        Some(outcome) => {
            let [verdict, reasons, warnings] = outcome_fields(outcome);
            self::detail(&[step, version, verdict, reasons, warnings])
        }
        None => self::detail(&[step, version]),
    };
    dispatch(host, READY, &detail, false);
}

/// `aisd:step`: a new step is shown.
pub(crate) fn step(host: &Element, step: Step) {
    dispatch(host, STEP, &detail(&[("step", step.id().into())]), false);
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
    dispatch(host, COMPLETE, &detail(&outcome_fields(outcome)), false);
}

/// `aisd:cta`: the visitor followed the call to action (the outcome's ids, as in
/// `aisd:complete`, so a data layer entry for it is complete, and the link followed).
/// Cancelable: returns `false` when the page cancelled it, to open its own booking
/// dialog instead of the link.
pub(crate) fn cta(host: &Element, outcome: &Outcome, href: &str) -> bool {
    let [verdict, reasons, warnings] = outcome_fields(outcome);
    let fields = [verdict, reasons, warnings, ("href", href.into())];
    dispatch(host, CTA, &detail(&fields), true)
}
