//! The answer cards of a choice step as HTML: one labelled radio button or checkbox per
//! value the step offers, carrying the spec's `name`/`value` pairs. Pure, so every step's
//! markup is checked natively.
//!
//! Why markup and not `html!`: the cards never change while their step is on screen (the
//! browser keeps what is ticked), and as one string they cost a fraction of the Wasm (see
//! ARCHITECTURE.md, "Size"). The step view reads the ticked values back from the inputs.

use crate::content;
use crate::engine::{is_multiple_choice, offered_values, question, Step};
use crate::markup::Markup;

/// The cards of `step` with the values in `chosen` ticked. Empty for a step without
/// choices (the numbers step and the result).
pub fn cards(step: Step, chosen: &[&str]) -> String {
    let values = offered_values(step);
    if values.is_empty() {
        return String::new();
    }
    let question = question(step);
    let name = question.id();
    let kind = if is_multiple_choice(step) {
        "checkbox"
    } else {
        "radio"
    };
    let mut m = Markup::new();
    m.open("div", &[("class", "choices")]);
    for &value in values {
        let id = [name, "-", value].concat();
        let checked = if chosen.contains(&value) {
            "checked"
        } else {
            ""
        };
        m.open(
            "label",
            &[("class", "choice"), ("part", "choice"), ("for", &id)],
        )
        .open(
            "input",
            &[
                ("type", kind),
                ("id", &id),
                ("name", name),
                ("value", value),
                ("checked", checked),
            ],
        )
        .open("span", &[])
        .element(
            "span",
            &[("class", "choice-label")],
            content::choice_label(question, value),
        )
        .element(
            "span",
            &[("class", "choice-desc")],
            content::choice_description(question, value),
        )
        .close("span")
        .close("label");
    }
    m.close("div");
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHOICE_STEPS: [Step; 6] = [
        Step::Bottleneck,
        Step::BottleneckTiebreak,
        Step::ProcessCost,
        Step::Amplify,
        Step::Situation,
        Step::Foundation,
    ];

    /// The `(type, name, value, checked)` of every input, in document order.
    fn inputs(html: &str) -> Vec<(String, String, String, bool)> {
        html.split("<input")
            .skip(1)
            .map(|tag| {
                let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
                let attribute = |name: &str| {
                    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
                    Some(tag[start..start + tag[start..].find('"')?].to_owned())
                };
                (
                    attribute("type").unwrap_or_default(),
                    attribute("name").unwrap_or_default(),
                    attribute("value").unwrap_or_default(),
                    attribute("checked").as_deref() == Some("checked"),
                )
            })
            .collect()
    }

    #[test]
    fn every_offered_value_is_one_labelled_input_named_after_the_question() {
        for step in CHOICE_STEPS {
            let html = cards(step, &[]);
            let found = inputs(&html);
            let values: Vec<String> = found.iter().map(|(_, _, v, _)| v.clone()).collect();
            assert_eq!(values, offered_values(step), "{step:?}");
            let kind = if is_multiple_choice(step) {
                "checkbox"
            } else {
                "radio"
            };
            for (input_type, name, value, checked) in &found {
                assert_eq!(input_type, kind, "{step:?}");
                assert_eq!(name, question(step).id(), "{step:?}");
                assert!(!checked, "{step:?} {value}");
                let id = format!("{name}-{value}");
                assert!(html.contains(&format!("for=\"{id}\"")), "{step:?} {value}");
                assert!(html.contains(&format!("id=\"{id}\"")), "{step:?} {value}");
                assert!(html.contains(content::choice_label(question(step), value)));
            }
        }
    }

    #[test]
    fn exactly_the_chosen_values_are_ticked() {
        for step in CHOICE_STEPS {
            let offered = offered_values(step);
            for (i, chosen) in offered.iter().enumerate() {
                let picked = [*chosen, offered[(i + 1) % offered.len()]];
                let picked = if is_multiple_choice(step) {
                    &picked[..]
                } else {
                    &picked[..1]
                };
                let ticked: Vec<String> = inputs(&cards(step, picked))
                    .into_iter()
                    .filter(|(_, _, _, checked)| *checked)
                    .map(|(_, _, value, _)| value)
                    .collect();
                let mut expected: Vec<String> = picked.iter().map(|v| v.to_string()).collect();
                expected.sort_by_key(|v| offered.iter().position(|o| o == v));
                assert_eq!(ticked, expected, "{step:?}");
            }
        }
    }

    #[test]
    fn steps_without_choices_have_no_cards() {
        assert_eq!(cards(Step::CostNumbers, &[]), "");
        assert_eq!(cards(Step::Result, &[]), "");
    }
}
