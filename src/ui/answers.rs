//! "Your answers": what the visitor said, each with a way back to change it.

use yew::prelude::*;

use crate::content;
use crate::engine::{chosen_values, path, Answers, Step};
use crate::ui::step::question;

/// The visitor's answer to `step`, in words.
fn answer_text(answers: &Answers, step: Step) -> String {
    if step == Step::CostNumbers {
        return content::numbers_text(&answers.cost_numbers.unwrap_or_default());
    }
    let labels: Vec<&str> = chosen_values(answers, step)
        .into_iter()
        .map(|id| content::choice_label(question(step), id))
        .collect();
    if labels.is_empty() {
        content::NONE_TICKED.to_owned()
    } else {
        labels.join("; ")
    }
}

/// The list of answers with a "Change" button each, which calls `on_edit` with its step.
/// A plain function rather than a component: it has no state of its own.
pub fn answer_list(answers: &Answers, on_edit: &Callback<Step>) -> Html {
    html! {
        <section class="answers" aria-labelledby="answers-heading">
            <h3 id="answers-heading">{ content::ANSWERS_HEADING }</h3>
            <dl>
                { for path(answers).into_iter().map(|step| {
                    let on_edit = on_edit.clone();
                    html! {
                        <>
                            <dt>{ content::step_short(step) }</dt>
                            <dd>{ answer_text(answers, step) }</dd>
                            <dd>
                                <button
                                    type="button"
                                    class="link-button"
                                    aria-label={format!("{} {}", content::CHANGE, content::step_short(step))}
                                    onclick={move |_| on_edit.emit(step)}
                                >
                                    { content::CHANGE }
                                </button>
                            </dd>
                        </>
                    }
                }) }
            </dl>
        </section>
    }
}
