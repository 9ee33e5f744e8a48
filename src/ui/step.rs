//! One question step: a native form whose inputs carry the spec's `name`/`value` pairs
//! (the choice cards come from [`cards`]).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::choices::cards;
use crate::content;
use crate::engine::{
    chosen_values, decimal, is_multiple_choice, offered_values, Action, Amplify, Answers,
    Bottleneck, CostNumbers, Foundation, Foundations, Hours, Money, NumberError, ProcessCost,
    Question, Situation, Situations, Step, StepAnswer, Tiebreak,
};

/// Properties of [`StepView`].
#[derive(Properties, PartialEq)]
pub struct StepProps {
    /// The step on screen (never `Step::Result`).
    pub step: Step,
    /// Answers so far, to pre-fill a step the visitor comes back to.
    pub answers: Answers,
    /// 1-based position of this step on the visitor's path.
    pub position: usize,
    /// Number of steps on the path.
    pub total: usize,
    /// The step heading, focused when the step appears.
    pub heading: NodeRef,
    /// Receives the visitor's intent.
    pub on_action: Callback<Action>,
}

/// What the visitor has ticked or typed on this step, before submitting it, and why the
/// last submission was refused (cleared by any change). One state, not two: each state
/// type costs Yew's hook code again in the Wasm.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    chosen: Vec<&'static str>,
    weekly_hours: String,
    hourly_cost: String,
    problem: Option<Problem>,
}

/// Why a step cannot be submitted yet.
#[derive(Clone, Copy, PartialEq)]
enum Problem {
    NothingChosen,
    Number(Question, NumberError),
}

/// The draft as it stands when the step is shown: the visitor's earlier answer, if any.
fn draft_from(step: Step, answers: &Answers) -> Draft {
    let numbers = answers.cost_numbers.unwrap_or_default();
    Draft {
        chosen: chosen_values(answers, step),
        weekly_hours: numbers
            .weekly_hours
            .map(|h| decimal(h.hundredths(), true))
            .unwrap_or_default(),
        hourly_cost: numbers
            .hourly_cost
            .map(|m| decimal(m.hundredths(), true))
            .unwrap_or_default(),
        problem: None,
    }
}

/// Turns the draft into the engine's answer for this step, or says what is missing.
fn to_answer(step: Step, draft: &Draft) -> Result<StepAnswer, Problem> {
    let one = draft.chosen.first().copied().unwrap_or_default();
    let missing = Problem::NothingChosen;
    Ok(match step {
        Step::Bottleneck => StepAnswer::Bottleneck(Bottleneck::from_id(one).ok_or(missing)?),
        Step::BottleneckTiebreak => StepAnswer::Tiebreak(Tiebreak::from_id(one).ok_or(missing)?),
        Step::ProcessCost => StepAnswer::ProcessCost(ProcessCost::from_id(one).ok_or(missing)?),
        Step::Amplify => StepAnswer::Amplify(Amplify::from_id(one).ok_or(missing)?),
        Step::Situation => StepAnswer::Situation(
            draft
                .chosen
                .iter()
                .filter_map(|id| Situation::from_id(id))
                .collect::<Situations>(),
        ),
        Step::Foundation => StepAnswer::Foundation(
            draft
                .chosen
                .iter()
                .filter_map(|id| Foundation::from_id(id))
                .collect::<Foundations>(),
        ),
        Step::CostNumbers | Step::Result => StepAnswer::CostNumbers(CostNumbers {
            weekly_hours: Hours::parse(&draft.weekly_hours)
                .map_err(|e| Problem::Number(Question::WeeklyHours, e))?,
            hourly_cost: Money::parse(&draft.hourly_cost)
                .map_err(|e| Problem::Number(Question::HourlyCost, e))?,
        }),
    })
}

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
fn number_field(question: Question, draft: &UseStateHandle<Draft>) -> Html {
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let mut next = (*draft).clone();
            match question {
                Question::HourlyCost => next.hourly_cost = input.value(),
                _ => next.weekly_hours = input.value(),
            }
            next.problem = None;
            draft.set(next);
        })
    };
    let message = match draft.problem {
        Some(Problem::Number(q, error)) if q == question => error.message(question),
        _ => "",
    };
    let value = match question {
        Question::HourlyCost => draft.hourly_cost.clone(),
        _ => draft.weekly_hours.clone(),
    };
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

/// A question step.
#[function_component(StepView)]
pub fn step_view(props: &StepProps) -> Html {
    let step = props.step;
    let draft = use_state(|| draft_from(step, &props.answers));

    let onsubmit = {
        let draft = draft.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match to_answer(step, &draft) {
                Ok(answer) => on_action.emit(Action::Submit(answer)),
                Err(found) => draft.set(Draft {
                    problem: Some(found),
                    ..(*draft).clone()
                }),
            }
        })
    };
    let on_back = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Back))
    };

    // Only a missing choice disables Next; a bad number is explained when submitted.
    let missing = matches!(to_answer(step, &draft), Err(Problem::NothingChosen));
    let error = match draft.problem {
        Some(Problem::NothingChosen) if missing => content::CHOOSE_ONE,
        _ => "",
    };

    let fields = if step == Step::CostNumbers {
        html! {
            <>
                { number_field(Question::WeeklyHours, &draft) }
                { number_field(Question::HourlyCost, &draft) }
            </>
        }
    } else {
        // The cards are ticked from the answers the step opened with, so the markup stays
        // the same while the step is shown and Yew leaves the inputs (and focus) alone.
        Html::from_html_unchecked(cards(step, &chosen_values(&props.answers, step)).into())
    };
    // One listener for every card: the browser has already ticked or unticked the input,
    // so the draft follows it. Number fields are handled by their own `oninput`.
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let value = input.value();
            let Some(value) = offered_values(step).iter().copied().find(|v| *v == value) else {
                return;
            };
            let mut next = (*draft).clone();
            next.chosen.retain(|v| *v != value);
            if !is_multiple_choice(step) {
                next.chosen.clear();
            }
            if input.checked() {
                next.chosen.push(value);
            }
            next.problem = None;
            draft.set(next);
        })
    };

    let last = props.position == props.total;
    html! {
        <form class="step" part="step" data-step={step.id()} novalidate=true {onsubmit} {onchange}>
            <div class="progress" part="progress">
                <span id="progress-label">{ content::step_counter(props.position, props.total) }</span>
                <progress
                    max={props.total.to_string()}
                    value={props.position.to_string()}
                    aria-labelledby="progress-label"
                />
            </div>
            if props.position == 1 {
                <p class="intro">{ content::INTRO }</p>
            }
            <fieldset class="question" part="question" aria-describedby="step-help">
                <legend>
                    <h2 class="question-title" tabindex="-1" ref={props.heading.clone()}>
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
                if props.position > 1 {
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
