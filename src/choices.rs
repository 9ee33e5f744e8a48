//! The answer cards of a choice step as HTML: one labelled radio button or checkbox per
//! value the step offers, carrying the spec's `name`/`value` pairs. Pure, so every step's
//! markup is checked natively.
//!
//! The cards are ticked from the answers the step opened with; the browser keeps what the
//! visitor ticks after that, and the shell reads the ticked values back from the inputs.

use crate::content::Words;
use crate::engine::{Answers, Choice, Kind, Step};
use crate::markup::Markup;

/// The cards of `step` in the words `w`, ticked as in `answers`. Empty for a step without
/// choices (the numbers step and the result).
pub fn cards(w: &Words, step: Step, answers: &Answers) -> String {
    let mut m = Markup::new();
    write_cards(&mut m, w, step, answers);
    m.into_string()
}

/// Writes the cards of [`cards`] into `m`.
pub(crate) fn write_cards(m: &mut Markup, w: &Words, step: Step, answers: &Answers) {
    let kind = match step.kind() {
        Some(Kind::One) => "radio",
        Some(Kind::Any) => "checkbox",
        Some(Kind::Numbers) | None => return,
    };
    // The step's id is also its inputs' `name` (spec §1).
    let name = step.id();
    m.open("div", &[("class", "choices")]);
    for choice in Choice::all(step) {
        let value = choice.id();
        let id = format!("{name}-{value}");
        let checked = if answers.chose(choice) { "checked" } else { "" };
        let words = w.card(choice);
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
        .element("span", &[("class", "choice-label")], words.label)
        .element("span", &[("class", "choice-desc")], words.description)
        .close("span")
        .close("label");
    }
    m.close("div");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ENGLISH;
    use crate::engine::Answer;

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
            let html = cards(ENGLISH, step, &Answers::default());
            let found = inputs(&html);
            let values: Vec<String> = found.iter().map(|(_, _, v, _)| v.clone()).collect();
            assert_eq!(values, step.values(), "{step:?}");
            let kind = if step.kind() == Some(Kind::Any) {
                "checkbox"
            } else {
                "radio"
            };
            for (input_type, name, value, checked) in &found {
                assert_eq!(input_type, kind, "{step:?}");
                assert_eq!(name, step.id(), "{step:?}");
                assert!(!checked, "{step:?} {value}");
                let id = format!("{name}-{value}");
                assert!(html.contains(&format!("for=\"{id}\"")), "{step:?} {value}");
                assert!(html.contains(&format!("id=\"{id}\"")), "{step:?} {value}");
                let card = Choice::parse(step, value).map(|c| ENGLISH.card(c));
                assert!(
                    card.is_some_and(|c| html.contains(c.label)),
                    "{step:?} {value}"
                );
            }
        }
    }

    #[test]
    fn exactly_the_chosen_values_are_ticked() {
        for step in CHOICE_STEPS {
            let offered = step.values().len();
            let multiple = step.kind() == Some(Kind::Any);
            for i in 0..offered {
                let picked: Vec<usize> = if multiple {
                    vec![i, (i + 1) % offered]
                } else {
                    vec![i]
                };
                let answer = if multiple {
                    Answer::Any(picked.iter().fold(0, |bits, p| bits | 1 << p))
                } else {
                    Answer::One(u8::try_from(i).unwrap_or_default())
                };
                let answers = Answers::default().with((step, answer));
                let ticked: Vec<String> = inputs(&cards(ENGLISH, step, &answers))
                    .into_iter()
                    .filter(|(_, _, _, checked)| *checked)
                    .map(|(_, _, value, _)| value)
                    .collect();
                let mut expected: Vec<usize> = picked.clone();
                expected.sort_unstable();
                expected.dedup();
                let expected: Vec<&str> = expected.iter().map(|p| step.values()[*p]).collect();
                assert_eq!(ticked, expected, "{step:?}");
            }
        }
    }

    #[test]
    fn steps_without_choices_have_no_cards() {
        assert_eq!(cards(ENGLISH, Step::CostNumbers, &Answers::default()), "");
        assert_eq!(cards(ENGLISH, Step::Result, &Answers::default()), "");
    }
}
