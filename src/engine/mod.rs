//! The decision model: answers, flow, verdict rules, plan, comparison table, share code
//! and storage record, as plain Rust with no browser or framework imports, so every
//! rule is tested natively with `cargo test`.

mod answers;
mod baseline;
mod calendar;
mod draft;
mod flow;
mod ids;
mod numbers;
mod plan;
mod record;
mod rules;
mod share;
mod steps;
mod values;

pub use answers::{Answer, Answers, Choice, CostNumbers, StepValue};
pub use baseline::Baseline;
pub use calendar::{ics, Milestone, Stamp};
pub use draft::{Draft, Problem};
pub use flow::{is_answered, is_complete, next_step, path, progress, reduce, Action, Session};
pub use numbers::{
    decimal, DecimalMark, Hours, Money, NumberError, MAX_HOURLY_COST, MAX_WEEKLY_HOURS,
};
pub use plan::{plan, Date, Plan, PlanStep, PlanStepId};
pub use record::{
    read_record, restore, to_record, JsonField, RawRecord, RecordError, StoredRecord,
    RECORD_VERSION,
};
pub use rules::{evaluate, Cause, Finding, Outcome, Reason, Verdict, Warning};
pub use share::{decode_answers, decode_share, encode_share, ShareCodeError, MAX_CODE_LEN};
pub use steps::{Kind, Step, StepSpec, QUESTIONS};
pub use values::{
    Amplify, Bottleneck, Constraint, Foundation, NumberField, ProcessCost, Situation,
};
