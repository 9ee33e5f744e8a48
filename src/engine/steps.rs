//! Each question step described once: what kind of answer it takes, the values it
//! offers, how they are written in the share code, and when it is shown. The flow, the
//! draft, the share code and the answer cards all read this table, so a new question is
//! one entry here plus its words (see ARCHITECTURE.md, "Adding a step").

use crate::engine::ids::ids;
use crate::engine::values::{Amplify, Bottleneck, Constraint, Foundation, ProcessCost, Situation};

ids! {
    /// A screen of the widget: one question step, or the result. The question steps come
    /// first, in path order and in the order of [`QUESTIONS`].
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

/// How a step is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one value (radio buttons).
    One,
    /// Any number of values, none included (checkboxes).
    Any,
    /// The optional cost numbers.
    Numbers,
}

/// One question step.
#[derive(Debug)]
pub struct StepSpec {
    /// The step described; its id is also the `name` of its inputs.
    pub step: Step,
    /// How it is answered.
    pub kind: Kind,
    /// The ids of the values it offers, in display order (none for the numbers).
    pub values: &'static [&'static str],
    /// The share-code letter of each value of a `One` step, in the same order.
    pub(crate) letters: &'static [u8],
    /// Shown only once this earlier step is answered with the value at this index.
    pub(crate) shown_after: Option<(Step, u8)>,
}

/// Every question step, in path order.
pub const QUESTIONS: [StepSpec; 7] = [
    StepSpec {
        step: Step::Bottleneck,
        kind: Kind::One,
        values: &Bottleneck::IDS,
        letters: b"trb",
        shown_after: None,
    },
    StepSpec {
        step: Step::BottleneckTiebreak,
        kind: Kind::One,
        values: &Constraint::IDS,
        letters: b"tr",
        shown_after: Some((Step::Bottleneck, Bottleneck::Both.index())),
    },
    StepSpec {
        step: Step::ProcessCost,
        kind: Kind::One,
        values: &ProcessCost::IDS,
        letters: b"mn",
        shown_after: None,
    },
    StepSpec {
        step: Step::CostNumbers,
        kind: Kind::Numbers,
        values: &[],
        letters: b"",
        shown_after: Some((Step::ProcessCost, ProcessCost::Measured.index())),
    },
    StepSpec {
        step: Step::Amplify,
        kind: Kind::One,
        values: &Amplify::IDS,
        letters: b"yn",
        shown_after: None,
    },
    StepSpec {
        step: Step::Situation,
        kind: Kind::Any,
        values: &Situation::IDS,
        letters: b"",
        shown_after: None,
    },
    StepSpec {
        step: Step::Foundation,
        kind: Kind::Any,
        values: &Foundation::IDS,
        letters: b"",
        shown_after: None,
    },
];

/// Whether the table is in `Step` order, every single-choice value has its own
/// share-code letter, a multi-select fits the share code's 5 bits, and a branch opens
/// after an earlier step. Checked when the crate compiles (the `const _` below).
const fn steps_table_agrees() -> bool {
    let mut i = 0;
    while i < QUESTIONS.len() {
        let spec = &QUESTIONS[i];
        let fits = match spec.kind {
            Kind::One => spec.letters.len() == spec.values.len(),
            Kind::Any => spec.values.len() <= 5 && spec.letters.is_empty(),
            Kind::Numbers => spec.values.is_empty() && spec.letters.is_empty(),
        };
        let branch_after_earlier = match spec.shown_after {
            Some((after, _)) => (after as usize) < i,
            None => true,
        };
        if spec.step as usize != i || !fits || !branch_after_earlier {
            return false;
        }
        i += 1;
    }
    true
}
const _: () = assert!(steps_table_agrees());

impl Step {
    /// The step's description; `None` for the result.
    pub fn spec(self) -> Option<&'static StepSpec> {
        QUESTIONS.get(usize::from(self.index()))
    }

    /// The ids of the values the step offers (none for the numbers and the result).
    pub fn values(self) -> &'static [&'static str] {
        self.spec().map_or(&[], |spec| spec.values)
    }

    /// How the step is answered; `None` for the result.
    pub fn kind(self) -> Option<Kind> {
        self.spec().map(|spec| spec.kind)
    }
}
