//! The events the widget dispatches on the host element, so the page can follow along
//! (analytics, its own UI). Nothing is ever sent anywhere by the widget itself.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::engine::{Outcome, Step};

/// `detail` of `aisd:step`.
#[derive(Serialize)]
struct StepDetail {
    step: &'static str,
}

/// `detail` of `aisd:complete`.
#[derive(Serialize)]
struct CompleteDetail {
    verdict: &'static str,
    reasons: Vec<&'static str>,
    warnings: Vec<&'static str>,
}

/// `detail` of `aisd:cta`.
#[derive(Serialize)]
struct CtaDetail<'a> {
    verdict: &'static str,
    href: &'a str,
}

fn dispatch<T: Serialize>(host: &Element, name: &str, detail: &T) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&serde_wasm_bindgen::to_value(detail).unwrap_or(JsValue::NULL));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A throwing listener on the page must not stop the widget.
        let _: Result<bool, JsValue> = host.dispatch_event(&event);
    }
}

/// `aisd:ready`: the first question is on screen and interactive.
pub fn ready(host: &Element, step: Step) {
    dispatch(host, "aisd:ready", &StepDetail { step: step.id() });
}

/// `aisd:step`: a new step is shown.
pub fn step(host: &Element, step: Step) {
    dispatch(host, "aisd:step", &StepDetail { step: step.id() });
}

/// `aisd:complete`: the visitor reached the result.
pub fn complete(host: &Element, outcome: &Outcome) {
    dispatch(
        host,
        "aisd:complete",
        &CompleteDetail {
            verdict: outcome.verdict.id(),
            reasons: outcome.reasons.iter().map(|r| r.id.id()).collect(),
            warnings: outcome.warnings.iter().map(|w| w.id.id()).collect(),
        },
    );
}

/// `aisd:cta`: the visitor followed the call to action.
pub fn cta(host: &Element, outcome: &Outcome, href: &str) {
    dispatch(
        host,
        "aisd:cta",
        &CtaDetail {
            verdict: outcome.verdict.id(),
            href,
        },
    );
}
