//! The visitor's answers: the answer cards the typed values stand for, and the answers
//! given so far, kept per step.

use crate::engine::numbers::{Hours, Money};
use crate::engine::steps::{Kind, Step, QUESTIONS};
use crate::engine::values::{Amplify, Bottleneck, Constraint, Foundation, ProcessCost, Situation};

/// The typed values of one choice step.
pub trait StepValue: Copy + 'static {
    /// The step whose cards offer these values.
    const STEP: Step;
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The position of this value in `ALL`.
    fn position(self) -> u8;
}

macro_rules! step_values {
    ($($value:ident => $step:ident),+ $(,)?) => {
        $(impl StepValue for $value {
            const STEP: Step = Step::$step;
            const ALL: &'static [Self] = &$value::ALL;
            fn position(self) -> u8 {
                self.index()
            }
        })+
    };
}

step_values! {
    Bottleneck => Bottleneck,
    Constraint => BottleneckTiebreak,
    ProcessCost => ProcessCost,
    Amplify => Amplify,
    Situation => Situation,
    Foundation => Foundation,
}

/// One answer card: a value that a choice step offers. It can only be made from a typed
/// value or from an id its step offers, so it always names a real card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    step: Step,
    index: u8,
}

impl Choice {
    /// The card of a typed value.
    pub fn of<T: StepValue>(value: T) -> Choice {
        Choice {
            step: T::STEP,
            index: value.position(),
        }
    }

    /// The card of `step` whose id is `id` (a form's `value`), if the step offers it.
    pub fn parse(step: Step, id: &str) -> Option<Choice> {
        let index = step.values().iter().position(|v| *v == id)?;
        Some(Choice {
            step,
            index: u8::try_from(index).ok()?,
        })
    }

    /// Every card of `step`, in display order.
    pub fn all(step: Step) -> impl Iterator<Item = Choice> {
        (0..step.values().len()).filter_map(move |i| {
            Some(Choice {
                step,
                index: u8::try_from(i).ok()?,
            })
        })
    }

    /// The step that offers it.
    pub fn step(self) -> Step {
        self.step
    }

    /// Its position among the step's values.
    pub fn index(self) -> usize {
        usize::from(self.index)
    }

    /// Its id (the form `value`).
    pub fn id(self) -> &'static str {
        // A `Choice` only exists for an index its step offers.
        self.step
            .values()
            .get(self.index())
            .copied()
            .unwrap_or_default()
    }

    fn bit(self) -> u8 {
        1 << self.index
    }
}

/// The two optional numbers asked after `measured`; both may be left empty.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CostNumbers {
    /// Hours a week the most expensive repetitive process takes.
    pub weekly_hours: Option<Hours>,
    /// Loaded cost of one hour, in the visitor's currency.
    pub hourly_cost: Option<Money>,
}

/// The answer to one step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// A single-choice step: the position of the chosen value.
    One(u8),
    /// A multi-select step: bit `i` set when value `i` is ticked (`0` is "none of these").
    Any(u8),
    /// The numbers step, submitted (even with both fields empty).
    Numbers(CostNumbers),
}

impl Answer {
    /// The answer "this value" to its single-choice step.
    pub fn one<T: StepValue>(value: T) -> (Step, Answer) {
        (T::STEP, Answer::One(value.position()))
    }

    /// The answer "these values, and no others" to their multi-select step.
    pub fn ticked<T: StepValue>(values: &[T]) -> (Step, Answer) {
        let bits = values.iter().fold(0, |bits, v| bits | 1 << v.position());
        (T::STEP, Answer::Any(bits))
    }

    /// Whether `step` takes this answer: the right kind, and only values it offers.
    pub fn fits(self, step: Step) -> bool {
        let offered = step.values().len();
        match (step.kind(), self) {
            (Some(Kind::One), Answer::One(i)) => usize::from(i) < offered,
            (Some(Kind::Any), Answer::Any(bits)) => u32::from(bits) >> offered == 0,
            (Some(Kind::Numbers), Answer::Numbers(_)) => true,
            _ => false,
        }
    }
}

/// Everything the visitor has answered so far, per question step; a step without an
/// answer has not been submitted yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    given: [Option<Answer>; QUESTIONS.len()],
}

impl Answers {
    /// The answer to `step`, if given.
    pub fn get(&self, step: Step) -> Option<Answer> {
        self.given.get(usize::from(step.index())).copied().flatten()
    }

    /// Gives (or with `None` takes back) the answer to `step`. An answer the step does not
    /// take ([`Answer::fits`]) is not kept: the reducer and the decoders check first.
    pub fn set(&mut self, step: Step, answer: Option<Answer>) {
        if answer.is_some_and(|a| !a.fits(step)) {
            return;
        }
        if let Some(slot) = self.given.get_mut(usize::from(step.index())) {
            *slot = answer;
        }
    }

    /// These answers with `answer` given to `step` (see [`Answers::set`]).
    pub fn with(mut self, (step, answer): (Step, Answer)) -> Answers {
        self.set(step, Some(answer));
        self
    }

    /// The value chosen on a single-choice step.
    pub fn one<T: StepValue>(&self) -> Option<T> {
        match self.get(T::STEP)? {
            Answer::One(i) => T::ALL.get(usize::from(i)).copied(),
            _ => None,
        }
    }

    /// Whether the card was chosen (single choice) or ticked (multi-select).
    pub fn chose(&self, choice: Choice) -> bool {
        match self.get(choice.step) {
            Some(Answer::One(i)) => i == choice.index,
            Some(Answer::Any(bits)) => bits & choice.bit() != 0,
            _ => false,
        }
    }

    /// Whether a multi-select value was ticked.
    pub fn ticked<T: StepValue>(&self, value: T) -> bool {
        self.chose(Choice::of(value))
    }

    /// The cards chosen or ticked on `step`, in display order.
    pub fn chosen(&self, step: Step) -> impl Iterator<Item = Choice> + '_ {
        Choice::all(step).filter(|c| self.chose(*c))
    }

    /// The numbers step's answer, once submitted.
    pub fn numbers(&self) -> Option<CostNumbers> {
        match self.get(Step::CostNumbers)? {
            Answer::Numbers(numbers) => Some(numbers),
            _ => None,
        }
    }

    /// `bottleneck*` in the spec: the bottleneck, or the tie-break when it was `both`.
    pub fn constraint(&self) -> Option<Constraint> {
        match self.one::<Bottleneck>()? {
            Bottleneck::TimeCost => Some(Constraint::TimeCost),
            Bottleneck::ReachGrowth => Some(Constraint::ReachGrowth),
            Bottleneck::Both => self.one::<Constraint>(),
        }
    }

    /// The card behind [`Answers::constraint`]: the tie-break's after `both`.
    pub fn constraint_choice(&self) -> Option<Choice> {
        match self.one::<Bottleneck>()? {
            Bottleneck::Both => self.one::<Constraint>().map(Choice::of),
            bottleneck => Some(Choice::of(bottleneck)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_made_only_from_offered_values() {
        let card = Choice::parse(Step::Foundation, "followup-reliable");
        assert_eq!(card, Some(Choice::of(Foundation::FollowupReliable)));
        assert_eq!(card.map(Choice::id), Some("followup-reliable"));
        assert_eq!(Choice::parse(Step::Foundation, "time-cost"), None);
        assert_eq!(Choice::parse(Step::CostNumbers, ""), None);
        assert_eq!(Choice::parse(Step::Result, "result"), None);
        assert_eq!(Choice::all(Step::Bottleneck).count(), 3);
        assert_eq!(Choice::all(Step::CostNumbers).count(), 0);
    }

    #[test]
    fn answers_hold_exactly_what_was_ticked() {
        let answers = Answers::default().with(Answer::ticked(&[
            Foundation::CrmConsistent,
            Foundation::QualificationOwned,
        ]));
        assert!(answers.ticked(Foundation::CrmConsistent));
        assert!(!answers.ticked(Foundation::FollowupReliable));
        assert_eq!(
            answers
                .chosen(Step::Foundation)
                .map(Choice::id)
                .collect::<Vec<_>>(),
            ["crm-consistent", "qualification-owned"]
        );
        assert_eq!(answers.get(Step::Foundation), Some(Answer::Any(0b101)));
        // Naming a value twice ticks it once.
        assert_eq!(
            Answer::ticked(&[Situation::FastFeedback, Situation::FastFeedback]),
            Answer::ticked(&[Situation::FastFeedback])
        );
        assert_eq!(answers.get(Step::Situation), None);
    }

    #[test]
    fn an_answer_that_does_not_fit_its_step_is_not_kept() {
        for (step, answer) in [
            (Step::Bottleneck, Answer::One(3)),
            (Step::Bottleneck, Answer::Any(1)),
            (Step::Foundation, Answer::Any(0b1000)),
            (Step::Situation, Answer::Numbers(CostNumbers::default())),
            (Step::CostNumbers, Answer::One(0)),
            (Step::Result, Answer::One(0)),
        ] {
            assert!(!answer.fits(step), "{step:?} {answer:?}");
            let mut answers = Answers::default();
            answers.set(step, Some(answer));
            assert_eq!(answers, Answers::default(), "{step:?} {answer:?}");
        }
        assert!(Answer::One(2).fits(Step::Bottleneck));
        assert!(Answer::Any(0b1_1111).fits(Step::Situation));
        assert!(!Answer::Any(0b10_0000).fits(Step::Situation));
    }

    #[test]
    fn the_constraint_follows_the_tiebreak_only_after_both() {
        let mut answers = Answers::default().with(Answer::one(Bottleneck::Both));
        assert_eq!(answers.constraint(), None);
        answers = answers.with(Answer::one(Constraint::ReachGrowth));
        assert_eq!(answers.constraint(), Some(Constraint::ReachGrowth));
        assert_eq!(
            answers.constraint_choice(),
            Some(Choice::of(Constraint::ReachGrowth))
        );
        answers = answers.with(Answer::one(Bottleneck::TimeCost));
        assert_eq!(answers.constraint(), Some(Constraint::TimeCost));
        assert_eq!(
            answers.constraint_choice(),
            Some(Choice::of(Bottleneck::TimeCost))
        );
    }
}
