//! The step on show, before it is submitted: what the visitor has ticked or typed, and
//! turning that into an [`Answer`] or saying what is missing or wrong.

use crate::engine::answers::{Answer, Answers, Choice, CostNumbers};
use crate::engine::numbers::{decimal, DecimalMark, Hours, Money, NumberError};
use crate::engine::steps::{Kind, Step};
use crate::engine::values::NumberField;

/// What the visitor has ticked or typed on the step on show, before submitting it, and
/// why the last submission was refused (cleared by any change).
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    step: Step,
    /// Bit `i` set when the step's value `i` is ticked.
    ticked: u8,
    /// What each [`NumberField`] reads, by its index.
    typed: [String; 2],
    /// How the visitor's language writes decimals, for reading and pre-filling numbers.
    mark: DecimalMark,
    problem: Option<Problem>,
}

/// Why a step cannot be submitted yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A single-choice step with nothing ticked.
    NothingChosen,
    /// A number field that does not hold a usable number.
    Number(NumberField, NumberError),
}

impl Draft {
    /// The draft as it stands when `step` is shown: the visitor's earlier answer, if any,
    /// with numbers written and read with the decimal mark of the visitor's language.
    pub fn new(step: Step, answers: &Answers, mark: DecimalMark) -> Draft {
        let numbers = answers.numbers().unwrap_or_default();
        Draft {
            step,
            ticked: answers
                .chosen(step)
                .fold(0, |bits, choice| bits | 1 << choice.index()),
            typed: [
                numbers.weekly_hours.map(Hours::hundredths),
                numbers.hourly_cost.map(Money::hundredths),
            ]
            .map(|amount| {
                amount
                    .map(|a| decimal(a, mark.group(), mark.point(), false))
                    .unwrap_or_default()
            }),
            mark,
            problem: None,
        }
    }

    /// Follows a card the browser has just ticked (`on`) or unticked. A card of another
    /// step (an event from a form already replaced) changes nothing.
    pub fn tick(&mut self, choice: Choice, on: bool) {
        if choice.step() != self.step {
            return;
        }
        let bit = 1 << choice.index();
        if self.step.kind() != Some(Kind::Any) {
            self.ticked = 0;
        }
        if on {
            self.ticked |= bit;
        } else {
            self.ticked &= !bit;
        }
        self.problem = None;
    }

    /// Follows what a number field now reads.
    pub fn type_in(&mut self, field: NumberField, text: String) {
        if let Some(slot) = self.typed.get_mut(usize::from(field.index())) {
            *slot = text;
        }
        self.problem = None;
    }

    /// Notes why the last submission was refused.
    pub fn refuse(&mut self, problem: Problem) {
        self.problem = Some(problem);
    }

    /// What the visitor has typed into a number field.
    pub fn text(&self, field: NumberField) -> &str {
        self.typed
            .get(usize::from(field.index()))
            .map_or("", String::as_str)
    }

    /// Why the last submission was refused, until the next change.
    pub fn problem(&self) -> Option<Problem> {
        self.problem
    }

    /// The engine's answer for the step, or what is missing or wrong. A multi-select step
    /// with nothing ticked is a valid answer ("none of these").
    pub fn answer(&self) -> Result<Answer, Problem> {
        match self.step.kind() {
            Some(Kind::One) => (0..8u8)
                .find(|i| self.ticked & (1 << i) != 0)
                .map(Answer::One)
                .ok_or(Problem::NothingChosen),
            Some(Kind::Any) => Ok(Answer::Any(self.ticked)),
            Some(Kind::Numbers) => {
                let field = |field: NumberField| self.text(field);
                Ok(Answer::Numbers(CostNumbers {
                    weekly_hours: Hours::parse_in(field(NumberField::WeeklyHours), self.mark)
                        .map_err(|e| Problem::Number(NumberField::WeeklyHours, e))?,
                    hourly_cost: Money::parse_in(field(NumberField::HourlyCost), self.mark)
                        .map_err(|e| Problem::Number(NumberField::HourlyCost, e))?,
                }))
            }
            // The result has nothing to submit.
            None => Err(Problem::NothingChosen),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::values::{Amplify, Bottleneck, Situation};

    #[test]
    fn a_radio_step_keeps_the_last_ticked_value() {
        let mut draft = Draft::new(Step::Bottleneck, &Answers::default(), DecimalMark::Point);
        assert_eq!(draft.answer(), Err(Problem::NothingChosen));
        draft.tick(Choice::of(Bottleneck::TimeCost), true);
        draft.tick(Choice::of(Bottleneck::ReachGrowth), true);
        assert_eq!(draft.answer(), Ok(Answer::one(Bottleneck::ReachGrowth).1));
        draft.tick(Choice::of(Bottleneck::ReachGrowth), false);
        assert_eq!(draft.answer(), Err(Problem::NothingChosen));
    }

    #[test]
    fn a_checkbox_step_keeps_every_ticked_value_and_accepts_none() {
        let mut draft = Draft::new(Step::Situation, &Answers::default(), DecimalMark::Point);
        assert_eq!(draft.answer(), Ok(Answer::Any(0)));
        for value in Situation::ALL {
            draft.tick(Choice::of(value), true);
        }
        draft.tick(Choice::of(Situation::ALL[0]), false);
        assert_eq!(draft.answer(), Ok(Answer::ticked(&Situation::ALL[1..]).1));
    }

    #[test]
    fn a_card_of_another_step_changes_nothing() {
        let mut draft = Draft::new(Step::Amplify, &Answers::default(), DecimalMark::Point);
        draft.refuse(Problem::NothingChosen);
        draft.tick(Choice::of(Bottleneck::Both), true);
        assert_eq!(draft.answer(), Err(Problem::NothingChosen));
        assert_eq!(draft.problem(), Some(Problem::NothingChosen));
    }

    #[test]
    fn a_refusal_lasts_until_the_next_change() {
        let mut draft = Draft::new(Step::CostNumbers, &Answers::default(), DecimalMark::Point);
        draft.type_in(NumberField::HourlyCost, "-3".to_owned());
        assert_eq!(draft.text(NumberField::WeeklyHours), "");
        let problem = Problem::Number(NumberField::HourlyCost, NumberError::Negative);
        assert_eq!(draft.answer(), Err(problem));
        draft.refuse(problem);
        assert_eq!(draft.problem(), Some(problem));
        draft.type_in(NumberField::HourlyCost, "45".to_owned());
        assert_eq!(draft.problem(), None);
        assert_eq!(draft.text(NumberField::HourlyCost), "45");
        draft.type_in(NumberField::WeeklyHours, "lots".to_owned());
        assert_eq!(
            draft.answer(),
            Err(Problem::Number(
                NumberField::WeeklyHours,
                NumberError::NotANumber
            ))
        );

        let mut draft = Draft::new(Step::Amplify, &Answers::default(), DecimalMark::Point);
        draft.refuse(Problem::NothingChosen);
        draft.tick(Choice::of(Amplify::Yes), true);
        assert_eq!(draft.problem(), None);
    }

    #[test]
    fn empty_number_fields_are_a_valid_answer_and_typed_ones_are_kept() {
        let draft = Draft::new(Step::CostNumbers, &Answers::default(), DecimalMark::Point);
        assert_eq!(draft.answer(), Ok(Answer::Numbers(CostNumbers::default())));
        let numbers = CostNumbers {
            weekly_hours: Hours::parse("1,250.5").ok().flatten(),
            hourly_cost: Money::parse("62.05").ok().flatten(),
        };
        let answers = Answers::default().with((Step::CostNumbers, Answer::Numbers(numbers)));
        for (mark, hours, cost) in [
            (DecimalMark::Point, "1,250.5", "62.05"),
            (DecimalMark::Comma, "1.250,5", "62,05"),
        ] {
            let draft = Draft::new(Step::CostNumbers, &answers, mark);
            assert_eq!(draft.text(NumberField::WeeklyHours), hours);
            assert_eq!(draft.text(NumberField::HourlyCost), cost);
            assert_eq!(draft.answer(), Ok(Answer::Numbers(numbers)));
        }
    }

    #[test]
    fn the_result_has_nothing_to_submit() {
        assert!(
            Draft::new(Step::Result, &Answers::default(), DecimalMark::Point)
                .answer()
                .is_err()
        );
    }
}
