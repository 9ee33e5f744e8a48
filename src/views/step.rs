//! One question step: a native form whose inputs carry the spec's `name`/`value` pairs
//! (the choice cards come from [`write_cards`]), shown from the model's [`Draft`].

use crate::choices::write_cards;
use crate::content::Words;
use crate::engine::{progress, Draft, NumberField, Problem, Session, Step};
use crate::markup::Markup;

/// What finds the step's Back button from a click's target (the one plain button of the
/// step's navigation), for the shell.
#[cfg(target_arch = "wasm32")]
pub(crate) const BACK: &str = ".nav button[type=\"button\"]";

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

/// One optional number field, with its hint and its inline error. Its `id` and `name`
/// are the field's id, which the shell reads back from what the visitor types.
fn number_field(m: &mut Markup, w: &Words, field: NumberField, draft: &Draft) {
    let message = match draft.problem() {
        Some(Problem::Number(f, error)) if f == field => w.number_error(field, error),
        _ => String::new(),
    };
    let id = field.id();
    let [hint_id, error_id, described_by] = field_ids(field);
    m.open("div", &[("part", "question"), ("class", "field")])
        .element("label", &[("for", id)], w.number_label(field))
        .element(
            "p",
            &[("id", hint_id), ("class", "hint")],
            w.number_hint(field),
        )
        // `value` first and written even when empty, as the first screen always had it.
        .open_with_value(
            "input",
            draft.text(field),
            &[
                ("id", id),
                ("name", id),
                ("type", "text"),
                ("inputmode", "decimal"),
                ("autocomplete", "off"),
                (
                    "aria-invalid",
                    if message.is_empty() { "false" } else { "true" },
                ),
                ("aria-describedby", described_by),
            ],
        )
        .element(
            "p",
            &[("id", error_id), ("role", "alert"), ("class", "error")],
            &message,
        )
        .close("div");
}

/// Writes the step on show. The form carries its step in `data-step`, so the shell gives
/// every step fresh inputs, and the browser keeps what is ticked (and focus) while the
/// step is on show.
pub(crate) fn view(m: &mut Markup, w: &Words, session: &Session, draft: &Draft) {
    let step = session.step;
    let (position, total) = progress(&session.answers, step);

    // Only a missing choice disables Next; a bad number is explained when submitted.
    let missing = matches!(draft.answer(), Err(Problem::NothingChosen));
    // A refused submission's problem lasts until the next change, so it is still missing.
    let error = match draft.problem() {
        Some(Problem::NothingChosen) => w.choose_one,
        _ => "",
    };
    // Why Next does nothing yet, until the visitor has tried it (then the error says so).
    let hint = missing && error.is_empty();
    let last = position == total;

    m.open(
        "form",
        &[
            ("part", "step"),
            ("data-step", step.id()),
            ("novalidate", "novalidate"),
            ("class", "step"),
        ],
    )
    .open("div", &[("part", "progress"), ("class", "progress")])
    .element(
        "span",
        &[("id", "progress-label")],
        &w.step_counter(position, total),
    )
    .element(
        "progress",
        &[
            ("max", &total.to_string()),
            ("aria-labelledby", "progress-label"),
            ("value", &position.to_string()),
        ],
        "",
    )
    .close("div");
    if position == 1 {
        m.element("p", &[("class", "intro")], w.intro);
    }
    m.open(
        "fieldset",
        &[
            ("part", "question"),
            ("aria-describedby", "step-help"),
            ("class", "question"),
        ],
    )
    .open("legend", &[])
    .element(
        "h2",
        &[("tabindex", "-1"), ("class", "question-title")],
        w.step_title(step),
    )
    .close("legend")
    .element(
        "p",
        &[("id", "step-help"), ("class", "hint")],
        w.step_help(step),
    );
    if step == Step::CostNumbers {
        for field in NumberField::ALL {
            number_field(m, w, field, draft);
        }
    } else {
        // Ticked from the answers the step opened with: the browser keeps what the
        // visitor ticks, and the draft follows it.
        m.open("div", &[("class", "cards")]);
        write_cards(m, w, step, &session.answers);
        m.close("div");
    }
    m.element("p", &[("role", "alert"), ("class", "error")], error)
        .close("fieldset")
        .open("div", &[("class", "nav")]);
    if hint {
        m.element(
            "p",
            &[("id", "next-hint"), ("class", "nav-hint")],
            w.choose_one,
        );
    }
    if position > 1 {
        m.element(
            "button",
            &[("type", "button"), ("part", "button"), ("class", "button")],
            w.back,
        );
    }
    m.element(
        "button",
        &[
            ("type", "submit"),
            ("part", "button"),
            ("aria-disabled", if missing { "true" } else { "false" }),
            ("aria-describedby", if hint { "next-hint" } else { "" }),
            ("class", "button primary"),
        ],
        if last { w.see_result } else { w.next },
    )
    .close("div")
    .close("form");
}
