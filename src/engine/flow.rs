//! Which step comes next: the visitor's path through the questions, and the pure
//! reducer every visitor action goes through.

use crate::engine::answers::{
    Amplify, Answers, Bottleneck, CostNumbers, Foundation, Foundations, ProcessCost, Question,
    Situation, Situations, Tiebreak,
};

crate::engine::answers::values! {
    /// A screen of the widget: one question step, or the result.
    Step {
        /// Main bottleneck.
        Bottleneck = "bottleneck",
        /// The tie-break after `both`.
        BottleneckTiebreak = "bottleneck-tiebreak",
        /// Process costs measured or not.
        ProcessCost = "process-cost",
        /// The two optional numbers after `measured`.
        CostNumbers = "cost-numbers",
        /// Something to amplify.
        Amplify = "amplify",
        /// Situations (multi-select).
        Situation = "situation",
        /// Foundations (multi-select).
        Foundation = "foundation",
        /// The result.
        Result = "result",
    }
}

/// The question steps on the visitor's path given the answers so far, in order. Branch
/// steps appear only once the answer that opens them is given.
pub fn path(answers: &Answers) -> Vec<Step> {
    let mut steps = Vec::with_capacity(7);
    steps.push(Step::Bottleneck);
    if answers.bottleneck == Some(Bottleneck::Both) {
        steps.push(Step::BottleneckTiebreak);
    }
    steps.push(Step::ProcessCost);
    if answers.process_cost == Some(ProcessCost::Measured) {
        steps.push(Step::CostNumbers);
    }
    steps.extend([Step::Amplify, Step::Situation, Step::Foundation]);
    steps
}

/// The value ids the visitor chose on a choice step (none for the numbers step, the
/// result, or a step not answered yet), in display order.
pub fn chosen_values(answers: &Answers, step: Step) -> Vec<&'static str> {
    match step {
        Step::Bottleneck => answers.bottleneck.map(|v| v.id()).into_iter().collect(),
        Step::BottleneckTiebreak => answers.tiebreak.map(|v| v.id()).into_iter().collect(),
        Step::ProcessCost => answers.process_cost.map(|v| v.id()).into_iter().collect(),
        Step::Amplify => answers.amplify.map(|v| v.id()).into_iter().collect(),
        Step::Situation => answers
            .situation
            .into_iter()
            .flat_map(|s| s.iter())
            .map(|v| v.id())
            .collect(),
        Step::Foundation => answers
            .foundation
            .into_iter()
            .flat_map(|s| s.iter())
            .map(|v| v.id())
            .collect(),
        Step::CostNumbers | Step::Result => Vec::new(),
    }
}

/// The value ids a choice step offers, in display order (none for the numbers step and
/// the result).
pub fn offered_values(step: Step) -> &'static [&'static str] {
    match step {
        Step::Bottleneck => &Bottleneck::IDS,
        Step::BottleneckTiebreak => &Tiebreak::IDS,
        Step::ProcessCost => &ProcessCost::IDS,
        Step::Amplify => &Amplify::IDS,
        Step::Situation => &Situation::IDS,
        Step::Foundation => &Foundation::IDS,
        Step::CostNumbers | Step::Result => &[],
    }
}

/// Whether the visitor may tick several values on this step (checkboxes) rather than
/// exactly one (radio buttons).
pub fn is_multiple_choice(step: Step) -> bool {
    matches!(step, Step::Situation | Step::Foundation)
}

/// The question a step asks (the `name` of its inputs); the numbers step is named after
/// its first field.
pub fn question(step: Step) -> Question {
    match step {
        Step::BottleneckTiebreak => Question::BottleneckTiebreak,
        Step::ProcessCost => Question::ProcessCost,
        Step::CostNumbers => Question::WeeklyHours,
        Step::Amplify => Question::Amplify,
        Step::Situation => Question::Situation,
        Step::Foundation => Question::Foundation,
        Step::Bottleneck | Step::Result => Question::Bottleneck,
    }
}

/// Whether `step` has an answer (the result counts as answered when all questions are).
pub fn is_answered(answers: &Answers, step: Step) -> bool {
    match step {
        Step::Bottleneck => answers.bottleneck.is_some(),
        Step::BottleneckTiebreak => answers.tiebreak.is_some(),
        Step::ProcessCost => answers.process_cost.is_some(),
        Step::CostNumbers => answers.cost_numbers.is_some(),
        Step::Amplify => answers.amplify.is_some(),
        Step::Situation => answers.situation.is_some(),
        Step::Foundation => answers.foundation.is_some(),
        Step::Result => is_complete(answers),
    }
}

/// Whether every step on the path is answered, so a result can be given.
pub fn is_complete(answers: &Answers) -> bool {
    path(answers).into_iter().all(|s| is_answered(answers, s))
}

/// The first unanswered step on the path, or the result.
pub fn next_step(answers: &Answers) -> Step {
    path(answers)
        .into_iter()
        .find(|s| !is_answered(answers, *s))
        .unwrap_or(Step::Result)
}

/// `(position, total)` of `step` on the path, 1-based, for "Step 2 of 5". The result
/// counts as the last step.
pub fn progress(answers: &Answers, step: Step) -> (usize, usize) {
    let steps = path(answers);
    let total = steps.len();
    let position = steps
        .iter()
        .position(|s| *s == step)
        .map_or(total, |i| i + 1);
    (position, total)
}

/// Keeps only the answers to steps on the path: a changed answer can close a branch.
fn prune(mut answers: Answers) -> Answers {
    if answers.bottleneck != Some(Bottleneck::Both) {
        answers.tiebreak = None;
    }
    if answers.process_cost != Some(ProcessCost::Measured) {
        answers.cost_numbers = None;
    }
    answers
}

/// The answer to one step, as the visitor submits it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepAnswer {
    /// Main bottleneck.
    Bottleneck(Bottleneck),
    /// The tie-break.
    Tiebreak(Tiebreak),
    /// Process costs.
    ProcessCost(ProcessCost),
    /// The optional numbers.
    CostNumbers(CostNumbers),
    /// Something to amplify.
    Amplify(Amplify),
    /// Situations.
    Situation(Situations),
    /// Foundations.
    Foundation(Foundations),
}

impl StepAnswer {
    /// The step this answers.
    pub fn step(&self) -> Step {
        match self {
            StepAnswer::Bottleneck(_) => Step::Bottleneck,
            StepAnswer::Tiebreak(_) => Step::BottleneckTiebreak,
            StepAnswer::ProcessCost(_) => Step::ProcessCost,
            StepAnswer::CostNumbers(_) => Step::CostNumbers,
            StepAnswer::Amplify(_) => Step::Amplify,
            StepAnswer::Situation(_) => Step::Situation,
            StepAnswer::Foundation(_) => Step::Foundation,
        }
    }

    fn apply(self, answers: &mut Answers) {
        match self {
            StepAnswer::Bottleneck(v) => answers.bottleneck = Some(v),
            StepAnswer::Tiebreak(v) => answers.tiebreak = Some(v),
            StepAnswer::ProcessCost(v) => answers.process_cost = Some(v),
            StepAnswer::CostNumbers(v) => answers.cost_numbers = Some(v),
            StepAnswer::Amplify(v) => answers.amplify = Some(v),
            StepAnswer::Situation(v) => answers.situation = Some(v),
            StepAnswer::Foundation(v) => answers.foundation = Some(v),
        }
    }
}

/// Something the visitor does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Submit the current step with this answer.
    Submit(StepAnswer),
    /// Go to the previous step on the path.
    Back,
    /// From the result: go back to this step to change its answer.
    Edit(Step),
    /// Clear everything and go to the first question.
    StartOver,
}

/// The whole state of a diagnostic in progress.
///
/// Invariant: `step` is on the path (or is `Result` only when the answers are complete),
/// every step before it is answered, and no answer is kept for a step off the path.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// Answers so far.
    pub answers: Answers,
    /// The screen shown.
    pub step: Step,
    /// The visitor came from the result to change an answer: submitting returns to the
    /// result when nothing else is missing.
    pub editing: bool,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            answers: Answers::default(),
            step: Step::Bottleneck,
            editing: false,
        }
    }
}

impl Session {
    /// A session from stored or shared parts, repaired so the invariant holds: answers
    /// off the path are dropped, and a step that is off the path or comes after an
    /// unanswered one becomes the first unanswered step.
    pub fn resume(answers: Answers, step: Step) -> Session {
        let answers = prune(answers);
        Session {
            step: if is_reachable(&answers, step) {
                step
            } else {
                next_step(&answers)
            },
            answers,
            editing: false,
        }
    }
}

/// Whether the visitor may be on `step`: the result once everything is answered, or a
/// question on the path with every step before it answered.
fn is_reachable(answers: &Answers, step: Step) -> bool {
    if step == Step::Result {
        return is_complete(answers);
    }
    let steps = path(answers);
    match steps.iter().position(|s| *s == step) {
        Some(at) => steps.iter().take(at).all(|s| is_answered(answers, *s)),
        None => false,
    }
}

/// Applies one visitor action; pure and total, so it can never wedge the widget.
pub fn reduce(session: &Session, action: Action) -> Session {
    match action {
        Action::StartOver => Session::default(),
        Action::Back => {
            let steps = path(&session.answers);
            let previous = match session.step {
                Step::Result => steps.last().copied(),
                step => steps
                    .iter()
                    .position(|s| *s == step)
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|i| steps.get(i).copied()),
            };
            Session {
                step: previous.unwrap_or(session.step),
                ..session.clone()
            }
        }
        Action::Edit(step) => {
            if step != Step::Result && is_reachable(&session.answers, step) {
                Session {
                    step,
                    editing: true,
                    ..session.clone()
                }
            } else {
                session.clone()
            }
        }
        Action::Submit(answer) => {
            if answer.step() != session.step {
                return session.clone();
            }
            let mut answers = session.answers.clone();
            answer.apply(&mut answers);
            let answers = prune(answers);
            let steps = path(&answers);
            let after = steps
                .iter()
                .position(|s| *s == session.step)
                .and_then(|i| steps.get(i + 1).copied());
            let step = if session.editing && is_complete(&answers) {
                Step::Result
            } else {
                match after {
                    // A branch the edit just opened, or a later step, still needs an answer.
                    Some(next) => next,
                    None if is_complete(&answers) => Step::Result,
                    None => next_step(&answers),
                }
            };
            Session {
                editing: session.editing && step != Step::Result,
                answers,
                step,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn submit(session: &Session, answer: StepAnswer) -> Session {
        reduce(session, Action::Submit(answer))
    }

    fn walk(answers: &[StepAnswer]) -> Session {
        answers
            .iter()
            .fold(Session::default(), |s, a| submit(&s, *a))
    }

    const THROUGH: [StepAnswer; 5] = [
        StepAnswer::Bottleneck(Bottleneck::Both),
        StepAnswer::Tiebreak(Tiebreak::TimeCost),
        StepAnswer::ProcessCost(ProcessCost::Measured),
        StepAnswer::CostNumbers(CostNumbers {
            weekly_hours: None,
            hourly_cost: None,
        }),
        StepAnswer::Amplify(Amplify::No),
    ];

    #[test]
    fn the_path_grows_with_its_branches() {
        let mut answers = Answers::default();
        assert_eq!(path(&answers).len(), 5);
        answers.bottleneck = Some(Bottleneck::Both);
        answers.process_cost = Some(ProcessCost::Measured);
        assert_eq!(
            path(&answers),
            vec![
                Step::Bottleneck,
                Step::BottleneckTiebreak,
                Step::ProcessCost,
                Step::CostNumbers,
                Step::Amplify,
                Step::Situation,
                Step::Foundation
            ]
        );
        assert_eq!(progress(&answers, Step::CostNumbers), (4, 7));
    }

    #[test]
    fn submitting_walks_the_path_to_the_result() {
        let session = walk(&THROUGH);
        assert_eq!(session.step, Step::Situation);
        let session = submit(&session, StepAnswer::Situation(Situations::empty()));
        let session = submit(&session, StepAnswer::Foundation(Foundations::empty()));
        assert_eq!(session.step, Step::Result);
        assert!(is_complete(&session.answers));
    }

    #[test]
    fn an_answer_for_another_step_is_ignored() {
        let session = Session::default();
        assert_eq!(submit(&session, StepAnswer::Amplify(Amplify::Yes)), session);
    }

    #[test]
    fn back_keeps_answers_and_stops_at_the_first_step() {
        let session = walk(&THROUGH[..2]);
        let back = reduce(&session, Action::Back);
        assert_eq!(back.step, Step::BottleneckTiebreak);
        assert_eq!(back.answers, session.answers);
        let first = reduce(&reduce(&back, Action::Back), Action::Back);
        assert_eq!(first.step, Step::Bottleneck);
    }

    #[test]
    fn changing_a_branch_answer_drops_the_answers_it_closes() {
        let session = walk(&THROUGH);
        let back = (0..5).fold(session, |s, _| reduce(&s, Action::Back));
        assert_eq!(back.step, Step::Bottleneck);
        let changed = submit(&back, StepAnswer::Bottleneck(Bottleneck::ReachGrowth));
        assert_eq!(changed.answers.tiebreak, None);
        assert_eq!(changed.step, Step::ProcessCost);
        let changed = submit(&changed, StepAnswer::ProcessCost(ProcessCost::NotMeasured));
        assert_eq!(changed.answers.cost_numbers, None);
        assert_eq!(changed.step, Step::Amplify);
    }

    #[test]
    fn editing_from_the_result_returns_to_it_unless_a_new_branch_opens() {
        let mut session = walk(&THROUGH);
        session = submit(
            &session,
            StepAnswer::Situation(Situations::empty().with(Situation::FastFeedback)),
        );
        session = submit(
            &session,
            StepAnswer::Foundation(Foundations::empty().with(Foundation::CrmConsistent)),
        );
        assert_eq!(session.step, Step::Result);

        let editing = reduce(&session, Action::Edit(Step::Amplify));
        assert_eq!((editing.step, editing.editing), (Step::Amplify, true));
        let back = submit(&editing, StepAnswer::Amplify(Amplify::Yes));
        assert_eq!((back.step, back.editing), (Step::Result, false));

        let editing = reduce(&session, Action::Edit(Step::ProcessCost));
        let closed = submit(&editing, StepAnswer::ProcessCost(ProcessCost::NotMeasured));
        assert_eq!(closed.step, Step::Result);

        let reopened = submit(
            &reduce(&closed, Action::Edit(Step::ProcessCost)),
            StepAnswer::ProcessCost(ProcessCost::Measured),
        );
        assert_eq!(
            reopened.step,
            Step::CostNumbers,
            "the newly opened numbers step must be asked"
        );
    }

    #[test]
    fn edit_ignores_steps_off_the_path() {
        let session = walk(&THROUGH[..1]);
        let plain = reduce(&Session::default(), Action::Edit(Step::BottleneckTiebreak));
        assert_eq!(plain, Session::default());
        assert_eq!(reduce(&session, Action::Edit(Step::Result)), session);
    }

    #[test]
    fn resume_repairs_inconsistent_records() {
        let answers = walk(&THROUGH[..3]).answers;
        assert_eq!(
            Session::resume(answers.clone(), Step::Bottleneck).step,
            Step::Bottleneck
        );
        assert_eq!(
            Session::resume(answers.clone(), Step::CostNumbers).step,
            Step::CostNumbers
        );
        assert_eq!(
            Session::resume(answers.clone(), Step::Foundation).step,
            Step::CostNumbers
        );
        assert_eq!(
            Session::resume(answers.clone(), Step::Result).step,
            Step::CostNumbers
        );
        let mut stray = answers;
        stray.bottleneck = Some(Bottleneck::TimeCost);
        let resumed = Session::resume(stray, Step::BottleneckTiebreak);
        assert_eq!(resumed.answers.tiebreak, None);
        assert_eq!(resumed.step, Step::CostNumbers);
    }

    #[test]
    fn start_over_forgets_everything() {
        assert_eq!(
            reduce(&walk(&THROUGH), Action::StartOver),
            Session::default()
        );
    }
}
