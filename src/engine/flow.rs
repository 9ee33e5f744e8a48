//! Which step comes next: the visitor's path through the questions, and the pure
//! reducer every visitor action goes through.

use crate::engine::answers::{Answer, Answers};
use crate::engine::steps::{Step, StepSpec, QUESTIONS};

/// Whether a step is on the path given the answers so far: a branch appears only once
/// the answer that opens it is given.
fn is_shown(answers: &Answers, spec: &StepSpec) -> bool {
    match spec.shown_after {
        None => true,
        Some((step, value)) => answers.get(step) == Some(Answer::One(value)),
    }
}

/// The question steps on the visitor's path given the answers so far, in order.
pub fn path(answers: &Answers) -> Vec<Step> {
    QUESTIONS
        .iter()
        .filter(|spec| is_shown(answers, spec))
        .map(|spec| spec.step)
        .collect()
}

/// Whether `step` has an answer (the result counts as answered when all questions are).
pub fn is_answered(answers: &Answers, step: Step) -> bool {
    match step {
        Step::Result => is_complete(answers),
        step => answers.get(step).is_some(),
    }
}

/// Whether every step on the path is answered, so a result can be given.
pub fn is_complete(answers: &Answers) -> bool {
    path(answers).into_iter().all(|s| answers.get(s).is_some())
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
/// In path order, so a branch after a closed branch closes too.
pub(crate) fn prune(mut answers: Answers) -> Answers {
    for spec in &QUESTIONS {
        if !is_shown(&answers, spec) {
            answers.set(spec.step, None);
        }
    }
    answers
}

/// Something the visitor does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Submit this step with this answer (ignored unless it is the step on show and the
    /// answer fits it).
    Submit(Step, Answer),
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
        Action::Submit(step, answer) => {
            if step != session.step || !answer.fits(step) {
                return session.clone();
            }
            let answers = prune(session.answers.clone().with((step, answer)));
            let steps = path(&answers);
            let after = steps
                .iter()
                .position(|s| *s == session.step)
                .and_then(|i| steps.get(i + 1).copied());
            let step = if session.editing && is_complete(&answers) {
                Step::Result
            } else {
                // A branch the edit just opened, or a later step, still needs an answer;
                // after the last step, the first unanswered one (the result when none is).
                after.unwrap_or_else(|| next_step(&answers))
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
    use crate::engine::answers::CostNumbers;
    use crate::engine::values::{
        Amplify, Bottleneck, Constraint, Foundation, ProcessCost, Situation,
    };

    fn submit(session: &Session, (step, answer): (Step, Answer)) -> Session {
        reduce(session, Action::Submit(step, answer))
    }

    fn walk(answers: &[(Step, Answer)]) -> Session {
        answers
            .iter()
            .fold(Session::default(), |s, a| submit(&s, *a))
    }

    const NUMBERS: (Step, Answer) = (
        Step::CostNumbers,
        Answer::Numbers(CostNumbers {
            weekly_hours: None,
            hourly_cost: None,
        }),
    );

    fn through() -> [(Step, Answer); 5] {
        [
            Answer::one(Bottleneck::Both),
            Answer::one(Constraint::TimeCost),
            Answer::one(ProcessCost::Measured),
            NUMBERS,
            Answer::one(Amplify::No),
        ]
    }

    #[test]
    fn the_path_grows_with_its_branches() {
        let mut answers = Answers::default();
        assert_eq!(path(&answers).len(), 5);
        answers = answers
            .with(Answer::one(Bottleneck::Both))
            .with(Answer::one(ProcessCost::Measured));
        assert_eq!(path(&answers), Step::ALL[..7].to_vec());
        assert_eq!(progress(&answers, Step::CostNumbers), (4, 7));
        assert_eq!(progress(&answers, Step::Result), (7, 7));
    }

    #[test]
    fn submitting_walks_the_path_to_the_result() {
        let session = walk(&through());
        assert_eq!(session.step, Step::Situation);
        assert_eq!(next_step(&session.answers), Step::Situation);
        assert!(!is_answered(&session.answers, Step::Result));
        let session = submit(&session, Answer::ticked::<Situation>(&[]));
        let session = submit(&session, Answer::ticked::<Foundation>(&[]));
        assert_eq!(session.step, Step::Result);
        assert!(is_complete(&session.answers));
        assert!(is_answered(&session.answers, Step::Result));
        assert_eq!(next_step(&session.answers), Step::Result);
    }

    #[test]
    fn an_answer_for_another_step_or_that_does_not_fit_is_ignored() {
        let session = Session::default();
        assert_eq!(submit(&session, Answer::one(Amplify::Yes)), session);
        assert_eq!(
            reduce(&session, Action::Submit(Step::Bottleneck, Answer::One(3))),
            session
        );
        assert_eq!(
            reduce(&session, Action::Submit(Step::Bottleneck, Answer::Any(1))),
            session
        );
    }

    #[test]
    fn back_keeps_answers_and_stops_at_the_first_step() {
        let session = walk(&through()[..2]);
        let back = reduce(&session, Action::Back);
        assert_eq!(back.step, Step::BottleneckTiebreak);
        assert_eq!(back.answers, session.answers);
        let first = reduce(&reduce(&back, Action::Back), Action::Back);
        assert_eq!(first.step, Step::Bottleneck);
        let complete = submit(
            &submit(&walk(&through()), Answer::ticked::<Situation>(&[])),
            Answer::ticked::<Foundation>(&[]),
        );
        assert_eq!(reduce(&complete, Action::Back).step, Step::Foundation);
    }

    #[test]
    fn changing_a_branch_answer_drops_the_answers_it_closes() {
        let session = walk(&through());
        let back = (0..5).fold(session, |s, _| reduce(&s, Action::Back));
        assert_eq!(back.step, Step::Bottleneck);
        let changed = submit(&back, Answer::one(Bottleneck::ReachGrowth));
        assert_eq!(changed.answers.get(Step::BottleneckTiebreak), None);
        assert_eq!(changed.step, Step::ProcessCost);
        let changed = submit(&changed, Answer::one(ProcessCost::NotMeasured));
        assert_eq!(changed.answers.numbers(), None);
        assert_eq!(changed.step, Step::Amplify);
    }

    #[test]
    fn editing_from_the_result_returns_to_it_unless_a_new_branch_opens() {
        let mut session = walk(&through());
        session = submit(&session, Answer::ticked(&[Situation::FastFeedback]));
        session = submit(&session, Answer::ticked(&[Foundation::CrmConsistent]));
        assert_eq!(session.step, Step::Result);

        let editing = reduce(&session, Action::Edit(Step::Amplify));
        assert_eq!((editing.step, editing.editing), (Step::Amplify, true));
        let back = submit(&editing, Answer::one(Amplify::Yes));
        assert_eq!((back.step, back.editing), (Step::Result, false));

        let editing = reduce(&session, Action::Edit(Step::ProcessCost));
        let closed = submit(&editing, Answer::one(ProcessCost::NotMeasured));
        assert_eq!(closed.step, Step::Result);

        let reopened = submit(
            &reduce(&closed, Action::Edit(Step::ProcessCost)),
            Answer::one(ProcessCost::Measured),
        );
        assert_eq!(
            (reopened.step, reopened.editing),
            (Step::CostNumbers, true),
            "the newly opened numbers step must be asked"
        );
        let done = submit(&reopened, NUMBERS);
        assert_eq!((done.step, done.editing), (Step::Result, false));
    }

    #[test]
    fn edit_ignores_steps_off_the_path() {
        let session = walk(&through()[..1]);
        let plain = reduce(&Session::default(), Action::Edit(Step::BottleneckTiebreak));
        assert_eq!(plain, Session::default());
        assert_eq!(reduce(&session, Action::Edit(Step::Result)), session);
        assert_eq!(reduce(&session, Action::Edit(Step::Amplify)), session);
    }

    #[test]
    fn resume_repairs_inconsistent_records() {
        let answers = walk(&through()[..3]).answers;
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
        let stray = answers.with(Answer::one(Bottleneck::TimeCost));
        let resumed = Session::resume(stray, Step::BottleneckTiebreak);
        assert_eq!(resumed.answers.get(Step::BottleneckTiebreak), None);
        assert_eq!(resumed.step, Step::CostNumbers);
    }

    #[test]
    fn start_over_forgets_everything() {
        assert_eq!(
            reduce(&walk(&through()), Action::StartOver),
            Session::default()
        );
    }
}
