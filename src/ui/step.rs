//! One question step: a native form whose inputs carry the spec's `name`/`value` pairs
//! (the choice cards come from [`cards`]), shown from the model's [`Draft`].

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::choices::cards;
use crate::content;
use crate::engine::{
    chosen_values, offered_values, progress, Action, Draft, Problem, Question, Session, Step,
};
use crate::ui::app::Msg;

/// The ids of a number field's hint and error, and both together for
/// `aria-describedby`.
fn field_ids(question: Question) -> [&'static str; 3] {
    match question {
        Question::HourlyCost => [
            "hourly-cost-hint",
            "hourly-cost-error",
            "hourly-cost-hint hourly-cost-error",
        ],
        _ => [
            "weekly-hours-hint",
            "weekly-hours-error",
            "weekly-hours-hint weekly-hours-error",
        ],
    }
}

/// One optional number field, with its hint and its inline error.
fn number_field(question: Question, draft: &Draft, send: &Callback<Msg>) -> Html {
    let oninput = send.reform(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        Msg::Type(question, input.value())
    });
    let message = match draft.problem() {
        Some(Problem::Number(q, error)) if q == question => error.message(question),
        _ => "",
    };
    let value = draft.text(question).to_owned();
    let id = question.id();
    let [hint_id, error_id, described_by] = field_ids(question);
    html! {
        <div class="field" part="question">
            <label for={id}>{ content::number_label(question) }</label>
            <p class="hint" id={hint_id}>{ content::number_hint(question) }</p>
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

/// The step on show. The form is keyed by its step, so every step gets fresh inputs.
pub fn view(session: &Session, draft: &Draft, heading: &NodeRef, send: &Callback<Msg>) -> Html {
    let step = session.step;
    let (position, total) = progress(&session.answers, step);
    let onsubmit = send.reform(|event: SubmitEvent| {
        event.prevent_default();
        Msg::Submit
    });
    let on_back = send.reform(|_| Msg::Act(Action::Back));

    // Only a missing choice disables Next; a bad number is explained when submitted.
    let missing = matches!(draft.answer(step), Err(Problem::NothingChosen));
    let error = match draft.problem() {
        Some(Problem::NothingChosen) if missing => content::CHOOSE_ONE,
        _ => "",
    };

    let fields = if step == Step::CostNumbers {
        html! {
            <>
                { number_field(Question::WeeklyHours, draft, send) }
                { number_field(Question::HourlyCost, draft, send) }
            </>
        }
    } else {
        // The cards are ticked from the answers the step opened with, so the markup stays
        // the same while the step is shown and Yew leaves the inputs (and focus) alone.
        Html::from_html_unchecked(cards(step, &chosen_values(&session.answers, step)).into())
    };
    // One listener for every card: the browser has already ticked or unticked the input,
    // and the draft follows it. Number fields have their own `oninput`.
    let onchange = {
        let send = send.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let value = input.value();
            if let Some(value) = offered_values(step).iter().copied().find(|v| *v == value) {
                send.emit(Msg::Tick(value, input.checked()));
            }
        })
    };

    let last = position == total;
    html! {
        <form key={step.id()} class="step" part="step" data-step={step.id()} novalidate=true {onsubmit} {onchange}>
            <div class="progress" part="progress">
                <span id="progress-label">{ content::step_counter(position, total) }</span>
                <progress
                    max={total.to_string()}
                    value={position.to_string()}
                    aria-labelledby="progress-label"
                />
            </div>
            if position == 1 {
                <p class="intro">{ content::INTRO }</p>
            }
            <fieldset class="question" part="question" aria-describedby="step-help">
                <legend>
                    <h2 class="question-title" tabindex="-1" ref={heading.clone()}>
                        { content::step_title(step) }
                    </h2>
                </legend>
                <p class="hint" id="step-help">{ content::step_help(step) }</p>
                { fields }
                <p class="error" role="alert">{ error }</p>
            </fieldset>
            <div class="nav">
                if missing && error.is_empty() {
                    <p class="nav-hint" id="next-hint">{ content::CHOOSE_ONE }</p>
                }
                if position > 1 {
                    <button type="button" class="button" part="button" onclick={on_back}>
                        { content::BACK }
                    </button>
                }
                <button
                    type="submit"
                    class="button primary"
                    part="button"
                    aria-disabled={if missing { "true" } else { "false" }}
                    aria-describedby={missing.then_some("next-hint")}
                >
                    { if last { content::SEE_RESULT } else { content::NEXT } }
                </button>
            </div>
        </form>
    }
}
