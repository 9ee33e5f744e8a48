//! The step on show, before it is submitted: what the visitor has ticked or typed, and
//! turning that into a [`StepAnswer`] or saying what is missing or wrong.

use crate::engine::answers::Answers;
use crate::engine::answers::{
    Amplify, Bottleneck, CostNumbers, Foundation, Foundations, ProcessCost, Question, Situation,
    Situations, Tiebreak,
};
use crate::engine::flow::{chosen_values, is_multiple_choice, Step, StepAnswer};
use crate::engine::numbers::{decimal, Hours, Money, NumberError};

/// What the visitor has ticked or typed on the step on show, before submitting it, and
/// why the last submission was refused (cleared by any change).
#[derive(Clone, Default)]
pub struct Draft {
    chosen: Vec<&'static str>,
    weekly_hours: String,
    hourly_cost: String,
    problem: Option<Problem>,
}

/// Why a step cannot be submitted yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A single-choice step with nothing ticked.
    NothingChosen,
    /// A number field that does not hold a usable number.
    Number(Question, NumberError),
}

impl Draft {
    /// The draft as it stands when `step` is shown: the visitor's earlier answer, if any.
    pub fn new(step: Step, answers: &Answers) -> Draft {
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

    /// Follows a card the browser has just ticked (`on`) or unticked on `step`.
    pub fn tick(&mut self, step: Step, value: &'static str, on: bool) {
        if is_multiple_choice(step) {
            self.chosen.retain(|v| *v != value);
        } else {
            self.chosen.clear();
        }
        if on {
            self.chosen.push(value);
        }
        self.problem = None;
    }

    /// Follows what a number field now reads.
    pub fn type_in(&mut self, question: Question, text: String) {
        match question {
            Question::HourlyCost => self.hourly_cost = text,
            _ => self.weekly_hours = text,
        }
        self.problem = None;
    }

    /// Notes why the last submission was refused.
    pub fn refuse(&mut self, problem: Problem) {
        self.problem = Some(problem);
    }

    /// What the visitor has typed into a number field.
    pub fn text(&self, question: Question) -> &str {
        match question {
            Question::HourlyCost => &self.hourly_cost,
            _ => &self.weekly_hours,
        }
    }

    /// Why the last submission was refused, until the next change.
    pub fn problem(&self) -> Option<Problem> {
        self.problem
    }

    /// The engine's answer for `step`, or what is missing or wrong. A multi-select step
    /// with nothing ticked is a valid answer ("none of these").
    pub fn answer(&self, step: Step) -> Result<StepAnswer, Problem> {
        let one = self.chosen.first().copied().unwrap_or_default();
        let missing = Problem::NothingChosen;
        Ok(match step {
            Step::Bottleneck => StepAnswer::Bottleneck(Bottleneck::from_id(one).ok_or(missing)?),
            Step::BottleneckTiebreak => {
                StepAnswer::Tiebreak(Tiebreak::from_id(one).ok_or(missing)?)
            }
            Step::ProcessCost => StepAnswer::ProcessCost(ProcessCost::from_id(one).ok_or(missing)?),
            Step::Amplify => StepAnswer::Amplify(Amplify::from_id(one).ok_or(missing)?),
            Step::Situation => StepAnswer::Situation(
                self.chosen
                    .iter()
                    .filter_map(|id| Situation::from_id(id))
                    .collect::<Situations>(),
            ),
            Step::Foundation => StepAnswer::Foundation(
                self.chosen
                    .iter()
                    .filter_map(|id| Foundation::from_id(id))
                    .collect::<Foundations>(),
            ),
            Step::CostNumbers | Step::Result => StepAnswer::CostNumbers(CostNumbers {
                weekly_hours: Hours::parse(&self.weekly_hours)
                    .map_err(|e| Problem::Number(Question::WeeklyHours, e))?,
                hourly_cost: Money::parse(&self.hourly_cost)
                    .map_err(|e| Problem::Number(Question::HourlyCost, e))?,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_radio_step_keeps_the_last_ticked_value() {
        let mut draft = Draft::default();
        assert_eq!(draft.answer(Step::Bottleneck), Err(Problem::NothingChosen));
        draft.tick(Step::Bottleneck, "time-cost", true);
        draft.tick(Step::Bottleneck, "reach-growth", true);
        assert_eq!(
            draft.answer(Step::Bottleneck),
            Ok(StepAnswer::Bottleneck(Bottleneck::ReachGrowth))
        );
    }

    #[test]
    fn a_checkbox_step_keeps_every_ticked_value_and_accepts_none() {
        let mut draft = Draft::default();
        assert_eq!(
            draft.answer(Step::Situation),
            Ok(StepAnswer::Situation(Situations::default()))
        );
        for value in Situation::IDS {
            draft.tick(Step::Situation, value, true);
        }
        draft.tick(Step::Situation, Situation::IDS[0], false);
        let expected: Situations = Situation::ALL[1..].iter().copied().collect();
        assert_eq!(
            draft.answer(Step::Situation),
            Ok(StepAnswer::Situation(expected))
        );
    }

    #[test]
    fn a_refusal_lasts_until_the_next_change() {
        let mut draft = Draft::default();
        draft.type_in(Question::HourlyCost, "-3".to_owned());
        let Err(problem) = draft.answer(Step::CostNumbers) else {
            panic!("a negative cost must be refused");
        };
        assert!(matches!(problem, Problem::Number(Question::HourlyCost, _)));
        draft.refuse(problem);
        assert_eq!(draft.problem(), Some(problem));
        draft.type_in(Question::HourlyCost, "45".to_owned());
        assert_eq!(draft.problem(), None);
        assert_eq!(draft.text(Question::HourlyCost), "45");
        draft.refuse(Problem::NothingChosen);
        draft.tick(Step::Amplify, "ops-efficient", true);
        assert_eq!(draft.problem(), None);
    }

    #[test]
    fn empty_number_fields_are_a_valid_answer() {
        assert_eq!(
            Draft::default().answer(Step::CostNumbers),
            Ok(StepAnswer::CostNumbers(CostNumbers::default()))
        );
    }
}
