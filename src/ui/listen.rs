//! What the visitor does, read from the DOM events that reach the widget's root: one
//! listener for every event, which turns each into a message for the model or a control
//! of the result for the browser.

use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::engine::{Action, Choice, NumberField};
use crate::report::Control;
use crate::state::Msg;
use crate::ui::controls::run_control;
use crate::ui::live::{Listener, Live};
use crate::views::{BACK, DISMISS};

/// The root's listener. It holds the widget weakly: the widget holds it, and a cycle
/// would keep a released widget, and its host element, alive. A `Fn`, which may run
/// inside itself: the calendar file's download link is clicked while the click on "Add to
/// calendar" is being handled, and that click reaches the root too.
pub(crate) fn listen(live: Weak<Live>) -> Listener {
    Closure::new(move |event: Event| {
        if let Some(live) = live.upgrade() {
            heard(&live, &event);
        }
    })
}

/// Acts on one event.
fn heard(live: &Rc<Live>, event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    match event.type_().as_str() {
        "submit" => {
            event.prevent_default();
            live.send(Msg::Submit);
        }
        // What a number field now reads (the cards fire `input` too, and name no field).
        "input" => {
            if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                if let Some(field) = NumberField::from_id(&input.name()) {
                    live.send(Msg::Type(field, input.value()));
                }
            }
        }
        // The browser has already ticked or unticked the card, and the draft follows it.
        "change" => {
            if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                let step = live.model().session.step;
                if let Some(choice) = Choice::parse(step, &input.value()) {
                    live.send(Msg::Tick(choice, input.checked()));
                }
            }
        }
        "click" => clicked(live, event, &target),
        _ => {}
    }
}

/// A click: Back, a notice dismissed, or one of the result's controls (the nearest
/// ancestor with a `data-action`: a click on a button's text lands on the button).
fn clicked(live: &Rc<Live>, event: &Event, target: &Element) {
    if closest(target, BACK).is_some() {
        live.send(Msg::Act(Action::Back));
    } else if let Some(button) = closest(target, DISMISS) {
        if let Some(notice) = place(&button).and_then(|i| live.model().notices.get(i).copied()) {
            live.send(Msg::Dismiss(notice));
        }
    } else if let Some(element) = closest(target, "[data-action]") {
        let control = element.get_attribute("data-action").and_then(|action| {
            Control::from_attributes(&action, element.get_attribute("data-step").as_deref())
        });
        if let Some(control) = control {
            if !run_control(live, &element, control) {
                event.prevent_default();
            }
        }
    }
}

fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

/// The place of the notice `button` dismisses among the notices on show, which are the
/// model's, in its order.
fn place(button: &Element) -> Option<usize> {
    let mut notice = button.parent_element()?;
    let mut place = 0;
    while let Some(before) = notice.previous_element_sibling() {
        place += 1;
        notice = before;
    }
    Some(place)
}
