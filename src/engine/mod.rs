//! The decision model: answers, flow, verdict rules, plan, comparison table, share code
//! and storage record, as plain Rust with no browser or framework imports, so every
//! rule is tested natively with `cargo test`.

mod answers;
mod draft;
mod flow;
mod numbers;
mod plan;
mod record;
mod rules;
mod share;
mod table;

pub use answers::{
    Amplify, Answers, Bottleneck, CostNumbers, Foundation, Foundations, ProcessCost, Question,
    Situation, Situations, Tiebreak,
};
pub use draft::{Draft, Problem};
pub use flow::{
    chosen_values, is_answered, is_complete, is_multiple_choice, next_step, offered_values, path,
    progress, question, reduce, Action, Session, Step, StepAnswer,
};
pub use numbers::{
    decimal, Baseline, Hours, Money, NumberError, MAX_HOURLY_COST, MAX_WEEKLY_HOURS,
};
pub use plan::{plan, Date, Plan, PlanStep, PlanStepId};
pub use record::{restore, to_record, RawRecord, RecordError, StoredRecord, RECORD_VERSION};
pub use rules::{evaluate, Cause, Finding, Outcome, Reason, Verdict, Warning};
pub use share::{decode_answers, decode_share, encode_share, ShareCodeError, MAX_CODE_LEN};
pub use table::{ComparisonRow, COMPARISON};
