//! The verdict rules and warnings of spec §2, and which answers caused each finding.

use crate::engine::answers::{
    values, Amplify, Answers, Bottleneck, Foundation, ProcessCost, Question, Situation, Tiebreak,
};
use crate::engine::flow::is_complete;
use crate::engine::numbers::Baseline;

values! {
    /// Where to start.
    Verdict {
        /// Start with operations AI.
        OperationsFirst = "operations-first",
        /// Start with growth AI.
        GrowthFirst = "growth-first",
        /// Start with a process audit.
        ProcessAuditFirst = "process-audit-first",
    }
}

values! {
    /// Why the verdict is what it is.
    Reason {
        /// Rule 1: still validating the business model.
        ScenarioB = "scenario-b",
        /// Rule 2: operations already efficient.
        ScenarioA = "scenario-a",
        /// Rule 3: foundations growth AI needs are missing.
        FoundationGaps = "foundation-gaps",
        /// Rules 3 and 4: process costs are not measured.
        UnmeasuredCosts = "unmeasured-costs",
        /// Rule 3: reach and growth is the constraint.
        BottleneckReachGrowth = "bottleneck-reach-growth",
        /// Rule 3: something works that AI can amplify.
        Amplify = "amplify",
        /// Rule 3: the growth project gives fast feedback.
        ScenarioC = "scenario-c",
        /// Rule 4: time and cost is the constraint, with costs measured.
        BottleneckTimeCost = "bottleneck-time-cost",
    }
}

values! {
    /// A risk to watch whatever the verdict.
    Warning {
        /// Growth without the operational foundation.
        Error01 = "error-01",
        /// Freed capacity never turned into growth.
        Error02 = "error-02",
        /// Nothing to amplify: a growth project starts from zero.
        StartsFromZero = "starts-from-zero",
        /// Growth results take 6 to 18 months to measure.
        SlowFeedback = "slow-feedback",
        /// Several AI projects at once.
        ParallelProjects = "parallel-projects",
        /// Efficient operations, yet time and cost is the bottleneck.
        Contradiction = "contradiction",
        /// Costs not measured: measure before any later operations project.
        UnmeasuredCosts = "unmeasured-costs",
    }
}

/// An answer that produced a finding, as the visitor gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// The visitor chose this value of this question.
    Chose(Question, &'static str),
    /// The visitor left this value of a multi-select question unticked.
    LeftUnticked(Question, &'static str),
}

/// A reason or warning with the answers that caused it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding<T> {
    /// Which reason or warning.
    pub id: T,
    /// The answers behind it, in question order.
    pub causes: Vec<Cause>,
}

/// What the engine concludes from complete answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Where to start.
    pub verdict: Verdict,
    /// Why, most important first (never empty).
    pub reasons: Vec<Finding<Reason>>,
    /// Risks to watch, in the spec's order.
    pub warnings: Vec<Finding<Warning>>,
    /// The cost baseline, when the weekly hours were given.
    pub baseline: Option<Baseline>,
}

/// The visitor's words for `bottleneck*`: the tie-break when they answered `both`.
fn bottleneck_cause(answers: &Answers) -> Cause {
    match (answers.bottleneck, answers.tiebreak) {
        (Some(Bottleneck::Both), Some(t)) => Cause::Chose(Question::BottleneckTiebreak, t.id()),
        (Some(b), _) => Cause::Chose(Question::Bottleneck, b.id()),
        (None, _) => Cause::Chose(Question::Bottleneck, ""),
    }
}

fn situation(value: Situation) -> Cause {
    Cause::Chose(Question::Situation, value.id())
}

fn finding<T>(id: T, causes: impl IntoIterator<Item = Cause>) -> Finding<T> {
    Finding {
        id,
        causes: causes.into_iter().collect(),
    }
}

/// The verdict, reasons, warnings and baseline for `answers`; `None` unless every
/// question on the path is answered (the engine never guesses from a partial set).
pub fn evaluate(answers: &Answers) -> Option<Outcome> {
    if !is_complete(answers) {
        return None;
    }
    let bottleneck = answers.effective_bottleneck()?;
    let process_cost = answers.process_cost?;
    let amplify = answers.amplify?;
    let foundation = answers.foundation?;
    let gaps: Vec<Cause> = foundation
        .gaps()
        .map(|g: Foundation| Cause::LeftUnticked(Question::Foundation, g.id()))
        .collect();
    let measured = Cause::Chose(Question::ProcessCost, process_cost.id());
    let unmeasured = process_cost == ProcessCost::NotMeasured;
    let has = |s| answers.has(s);

    let (verdict, reasons) = if has(Situation::ValidatingModel) {
        (
            Verdict::GrowthFirst,
            vec![finding(
                Reason::ScenarioB,
                [situation(Situation::ValidatingModel)],
            )],
        )
    } else if has(Situation::OpsEfficient) && bottleneck != Tiebreak::TimeCost {
        (
            Verdict::GrowthFirst,
            vec![finding(
                Reason::ScenarioA,
                [
                    situation(Situation::OpsEfficient),
                    bottleneck_cause(answers),
                ],
            )],
        )
    } else if bottleneck == Tiebreak::ReachGrowth {
        if !gaps.is_empty() && unmeasured {
            (
                Verdict::ProcessAuditFirst,
                vec![
                    finding(Reason::FoundationGaps, gaps.iter().copied()),
                    finding(Reason::UnmeasuredCosts, [measured]),
                ],
            )
        } else if !gaps.is_empty() {
            (
                Verdict::OperationsFirst,
                vec![finding(Reason::FoundationGaps, gaps.iter().copied())],
            )
        } else {
            let mut reasons = vec![finding(
                Reason::BottleneckReachGrowth,
                [bottleneck_cause(answers)],
            )];
            if amplify == Amplify::Yes {
                reasons.push(finding(
                    Reason::Amplify,
                    [Cause::Chose(Question::Amplify, amplify.id())],
                ));
            }
            if has(Situation::FastFeedback) {
                reasons.push(finding(
                    Reason::ScenarioC,
                    [situation(Situation::FastFeedback)],
                ));
            }
            (Verdict::GrowthFirst, reasons)
        }
    } else if unmeasured {
        (
            Verdict::ProcessAuditFirst,
            vec![finding(Reason::UnmeasuredCosts, [measured])],
        )
    } else {
        (
            Verdict::OperationsFirst,
            vec![finding(
                Reason::BottleneckTimeCost,
                [bottleneck_cause(answers), measured],
            )],
        )
    };

    let growth = verdict == Verdict::GrowthFirst;
    let rule_1 = has(Situation::ValidatingModel);
    let mut warnings = Vec::new();
    if growth && !gaps.is_empty() {
        warnings.push(finding(Warning::Error01, gaps.iter().copied()));
    }
    if verdict == Verdict::OperationsFirst {
        warnings.push(finding(Warning::Error02, []));
    } else if has(Situation::OpsEfficient) && !has(Situation::CapacityReinvested) {
        warnings.push(finding(
            Warning::Error02,
            [
                situation(Situation::OpsEfficient),
                Cause::LeftUnticked(Question::Situation, Situation::CapacityReinvested.id()),
            ],
        ));
    }
    if growth && amplify == Amplify::No {
        warnings.push(finding(
            Warning::StartsFromZero,
            [Cause::Chose(Question::Amplify, amplify.id())],
        ));
    }
    if growth && !has(Situation::FastFeedback) && !rule_1 {
        warnings.push(finding(
            Warning::SlowFeedback,
            [Cause::LeftUnticked(
                Question::Situation,
                Situation::FastFeedback.id(),
            )],
        ));
    }
    if has(Situation::SeveralProjects) {
        warnings.push(finding(
            Warning::ParallelProjects,
            [situation(Situation::SeveralProjects)],
        ));
    }
    if has(Situation::OpsEfficient) && bottleneck == Tiebreak::TimeCost {
        warnings.push(finding(
            Warning::Contradiction,
            [
                situation(Situation::OpsEfficient),
                bottleneck_cause(answers),
            ],
        ));
    }
    if growth && unmeasured {
        warnings.push(finding(Warning::UnmeasuredCosts, [measured]));
    }

    Some(Outcome {
        verdict,
        reasons,
        warnings,
        baseline: answers
            .cost_numbers
            .as_ref()
            .and_then(Baseline::from_numbers),
    })
}
