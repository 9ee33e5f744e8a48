//! One question step: a native form whose inputs carry the spec's `name`/`value` pairs
//! (the choice cards come from [`cards`]), shown from the model's [`Draft`].

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::choices::cards;
use crate::content::Words;
use crate::engine::{progress, Action, Choice, Draft, NumberField, Problem, Session, Step};
use crate::state::Msg;

/// The ids of a number field's hint and error, and both together for
/// `aria-describedby`.
fn field_ids(field: NumberField) -> [&'static str; 3] {
    match field {
        NumberField::WeeklyHours => [
            "weekly-hours-hint",
            "weekly-hours-error",
            "weekly-hours-hint weekly-hours-error",
        ],
        NumberField::HourlyCost => [
            "hourly-cost-hint",
            "hourly-cost-error",
            "hourly-cost-hint hourly-cost-error",
        ],
    }
}

/// One optional number field, with its hint and its inline error.
fn number_field(w: &Words, field: NumberField, draft: &Draft, send: &Callback<Msg>) -> Html {
    let oninput = send.reform(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        Msg::Type(field, input.value())
    });
    let message = match draft.problem() {
        Some(Problem::Number(f, error)) if f == field => w.number_error(field, error),
        _ => String::new(),
    };
    let value = draft.text(field).to_owned();
    let id = field.id();
    let [hint_id, error_id, described_by] = field_ids(field);
    html! {
        <div class="field" part="question">
            <label for={id}>{ w.number_label(field) }</label>
            <p class="hint" id={hint_id}>{ w.number_hint(field) }</p>
            <input
                id={id}
                name={id}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                value={value}
                aria-invalid={if message.is_empty() { "false" } else { "true" }}
                aria-describedby={described_by}
                {oninput}
            />
            <p class="error" id={error_id} role="alert">{ message }</p>
        </div>
    }
}

/// The step on show, and the markup of its answer cards (empty for the numbers step),
/// which `App` writes into the element `raw` refers to. The form is keyed by its step,
/// so every step gets fresh inputs.
pub(crate) fn view(
    w: &Words,
    session: &Session,
    draft: &Draft,
    heading: &NodeRef,
    raw: &NodeRef,
    send: &Callback<Msg>,
) -> (Html, String) {
    let step = session.step;
    let (position, total) = progress(&session.answers, step);
    let onsubmit = send.reform(|event: SubmitEvent| {
        event.prevent_default();
        Msg::Submit
    });
    let on_back = send.reform(|_| Msg::Act(Action::Back));

    // Only a missing choice disables Next; a bad number is explained when submitted.
    let missing = matches!(draft.answer(), Err(Problem::NothingChosen));
    // A refused submission's problem lasts until the next change, so it is still missing.
    let error = match draft.problem() {
        Some(Problem::NothingChosen) => w.choose_one,
        _ => "",
    };

    let (fields, raw_html) = if step == Step::CostNumbers {
        let fields = html! {
            <>
                { for NumberField::ALL.map(|field| number_field(w, field, draft, send)) }
            </>
        };
        (fields, String::new())
    } else {
        // The cards are ticked from the answers the step opened with and written once
        // when the step opens, so the browser keeps what is ticked (and focus) after that.
        (
            html! { <div class="cards" ref={raw.clone()}></div> },
            cards(w, step, &session.answers),
        )
    };
    // One listener for every card: the browser has already ticked or unticked the input,
    // and the draft follows it. Number fields have their own `oninput`.
    let onchange = {
        let send = send.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(choice) = Choice::parse(step, &input.value()) {
                send.emit(Msg::Tick(choice, input.checked()));
            }
        })
    };

    // Why Next does nothing yet, until the visitor has tried it (then the error says so).
    let hint = missing && error.is_empty();
    let last = position == total;
    let form = html! {
        <form key={step.id()} class="step" part="step" data-step={step.id()} novalidate=true {onsubmit} {onchange}>
            <div class="progress" part="progress">
                <span id="progress-label">{ w.step_counter(position, total) }</span>
                <progress
                    max={total.to_string()}
                    value={position.to_string()}
                    aria-labelledby="progress-label"
                />
            </div>
            if position == 1 {
                <p class="intro">{ w.intro }</p>
            }
            <fieldset class="question" part="question" aria-describedby="step-help">
                <legend>
                    <h2 class="question-title" tabindex="-1" ref={heading.clone()}>
                        { w.step_title(step) }
                    </h2>
                </legend>
                <p class="hint" id="step-help">{ w.step_help(step) }</p>
                { fields }
                <p class="error" role="alert">{ error }</p>
            </fieldset>
            <div class="nav">
                if hint {
                    <p class="nav-hint" id="next-hint">{ w.choose_one }</p>
                }
                if position > 1 {
                    <button type="button" class="button" part="button" onclick={on_back}>
                        { w.back }
                    </button>
                }
                <button
                    type="submit"
                    class="button primary"
                    part="button"
                    aria-disabled={if missing { "true" } else { "false" }}
                    aria-describedby={hint.then_some("next-hint")}
                >
                    { if last { w.see_result } else { w.next } }
                </button>
            </div>
        </form>
    };
    (form, raw_html)
}
