//! The verdict rules and warnings of spec §2, and which answers caused each finding.

use crate::engine::answers::{Answers, Choice, StepValue};
use crate::engine::baseline::Baseline;
use crate::engine::flow::is_complete;
use crate::engine::ids::ids;
use crate::engine::values::{Amplify, Constraint, Foundation, ProcessCost, Situation};

ids! {
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

ids! {
    /// Why the verdict is what it is.
    Reason {
        /// Rule 1: still validating the business model.
        StillValidatingModel = "scenario-b",
        /// Rule 2: operations already efficient.
        OperationsAlreadyEfficient = "scenario-a",
        /// Rule 3: foundations growth AI needs are missing.
        FoundationGaps = "foundation-gaps",
        /// Rules 3 and 4: process costs are not measured.
        UnmeasuredCosts = "unmeasured-costs",
        /// Rule 3: reach and growth is the constraint.
        BottleneckReachGrowth = "bottleneck-reach-growth",
        /// Rule 3: something works that AI can amplify.
        Amplify = "amplify",
        /// Rule 3: the growth project gives fast feedback.
        FastFeedback = "scenario-c",
        /// Rule 4: time and cost is the constraint, with costs measured.
        BottleneckTimeCost = "bottleneck-time-cost",
    }
}

ids! {
    /// A risk to watch whatever the verdict.
    Warning {
        /// Growth without the operational foundation.
        GrowthWithoutFoundation = "error-01",
        /// Freed capacity never turned into growth.
        SavingsNotReinvested = "error-02",
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
    /// The visitor chose (or ticked) this card.
    Chose(Choice),
    /// The visitor left this card of a multi-select step unticked.
    LeftUnticked(Choice),
}

fn chose<T: StepValue>(value: T) -> Cause {
    Cause::Chose(Choice::of(value))
}

fn left_unticked<T: StepValue>(value: T) -> Cause {
    Cause::LeftUnticked(Choice::of(value))
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

impl Outcome {
    /// Whether `reason` is the main one, the first: the result's story follows it.
    pub fn leads_with(&self, reason: Reason) -> bool {
        self.reasons.first().is_some_and(|r| r.id == reason)
    }
}

// A slice rather than any iterator: one copy of this code in the Wasm instead of one per
// number of causes.
fn finding<T>(id: T, causes: &[Cause]) -> Finding<T> {
    Finding {
        id,
        causes: causes.to_vec(),
    }
}

/// The verdict, reasons, warnings and baseline for `answers`; `None` unless every
/// question on the path is answered (the engine never guesses from a partial set).
pub fn evaluate(answers: &Answers) -> Option<Outcome> {
    if !is_complete(answers) {
        return None;
    }
    let bottleneck = answers.constraint()?;
    // The visitor's own words for `bottleneck*`: the tie-break's card after `both`.
    let constraint = Cause::Chose(answers.constraint_choice()?);
    let process_cost = answers.one::<ProcessCost>()?;
    let amplify = answers.one::<Amplify>()?;
    let gaps: Vec<Cause> = Foundation::ALL
        .into_iter()
        .filter(|f| !answers.ticked(*f))
        .map(left_unticked)
        .collect();
    let measured = chose(process_cost);
    let unmeasured = process_cost == ProcessCost::NotMeasured;
    let has = |s| answers.ticked(s);

    let (verdict, reasons) = if has(Situation::ValidatingModel) {
        (
            Verdict::GrowthFirst,
            vec![finding(
                Reason::StillValidatingModel,
                &[chose(Situation::ValidatingModel)],
            )],
        )
    } else if has(Situation::OpsEfficient) && bottleneck != Constraint::TimeCost {
        (
            Verdict::GrowthFirst,
            vec![finding(
                Reason::OperationsAlreadyEfficient,
                &[chose(Situation::OpsEfficient), constraint],
            )],
        )
    } else if bottleneck == Constraint::ReachGrowth {
        if !gaps.is_empty() && unmeasured {
            (
                Verdict::ProcessAuditFirst,
                vec![
                    finding(Reason::FoundationGaps, &gaps),
                    finding(Reason::UnmeasuredCosts, &[measured]),
                ],
            )
        } else if !gaps.is_empty() {
            (
                Verdict::OperationsFirst,
                vec![finding(Reason::FoundationGaps, &gaps)],
            )
        } else {
            let mut reasons = vec![finding(Reason::BottleneckReachGrowth, &[constraint])];
            if amplify == Amplify::Yes {
                reasons.push(finding(Reason::Amplify, &[chose(amplify)]));
            }
            if has(Situation::FastFeedback) {
                reasons.push(finding(
                    Reason::FastFeedback,
                    &[chose(Situation::FastFeedback)],
                ));
            }
            (Verdict::GrowthFirst, reasons)
        }
    } else if unmeasured {
        (
            Verdict::ProcessAuditFirst,
            vec![finding(Reason::UnmeasuredCosts, &[measured])],
        )
    } else {
        (
            Verdict::OperationsFirst,
            vec![finding(Reason::BottleneckTimeCost, &[constraint, measured])],
        )
    };

    let growth = verdict == Verdict::GrowthFirst;
    let rule_1 = has(Situation::ValidatingModel);
    let mut warnings = Vec::new();
    if growth && !gaps.is_empty() {
        warnings.push(finding(Warning::GrowthWithoutFoundation, &gaps));
    }
    if verdict == Verdict::OperationsFirst {
        warnings.push(finding(Warning::SavingsNotReinvested, &[]));
    } else if has(Situation::OpsEfficient) && !has(Situation::CapacityReinvested) {
        warnings.push(finding(
            Warning::SavingsNotReinvested,
            &[
                chose(Situation::OpsEfficient),
                left_unticked(Situation::CapacityReinvested),
            ],
        ));
    }
    if growth && amplify == Amplify::No {
        warnings.push(finding(Warning::StartsFromZero, &[chose(amplify)]));
    }
    if growth && !has(Situation::FastFeedback) && !rule_1 {
        warnings.push(finding(
            Warning::SlowFeedback,
            &[left_unticked(Situation::FastFeedback)],
        ));
    }
    if has(Situation::SeveralProjects) {
        warnings.push(finding(
            Warning::ParallelProjects,
            &[chose(Situation::SeveralProjects)],
        ));
    }
    if has(Situation::OpsEfficient) && bottleneck == Constraint::TimeCost {
        warnings.push(finding(
            Warning::Contradiction,
            &[chose(Situation::OpsEfficient), constraint],
        ));
    }
    if growth && unmeasured {
        warnings.push(finding(Warning::UnmeasuredCosts, &[measured]));
    }

    Some(Outcome {
        verdict,
        reasons,
        warnings,
        baseline: answers.numbers().as_ref().and_then(Baseline::from_numbers),
    })
}
