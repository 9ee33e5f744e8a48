//! The schema of a language's words: [`Words`], every string the Wasm shows or announces,
//! each a `&'static str` field (directly, in arrays, or in the small `repr(C)` structs
//! below), so that a language is exactly [`WORD_COUNT`] strings in a row: checked when the
//! crate compiles.

use crate::engine::{Reason, Verdict, Warning, QUESTIONS};

/// The two words on an answer card.
#[repr(C)]
#[derive(Debug)]
pub struct CardWords {
    /// The label beside the input.
    pub label: &'static str,
    /// The line under the label.
    pub description: &'static str,
}

/// The words of a question step with `N` answer cards.
#[repr(C)]
#[derive(Debug)]
pub struct StepWords<const N: usize> {
    /// The question.
    pub title: &'static str,
    /// The help under the question.
    pub help: &'static str,
    /// The step in a few words, for "Your answers".
    pub short: &'static str,
    /// Each card's words, in the order of the step's values.
    pub cards: [CardWords; N],
}

/// The words of every question step, one field per step of [`QUESTIONS`].
#[repr(C)]
#[derive(Debug)]
pub struct Steps {
    /// `bottleneck`.
    pub bottleneck: StepWords<3>,
    /// `bottleneck-tiebreak`.
    pub bottleneck_tiebreak: StepWords<2>,
    /// `process-cost`.
    pub process_cost: StepWords<2>,
    /// `cost-numbers` (no cards: two number fields).
    pub cost_numbers: StepWords<0>,
    /// `amplify`.
    pub amplify: StepWords<2>,
    /// `situation`.
    pub situation: StepWords<5>,
    /// `foundation`.
    pub foundation: StepWords<3>,
}

impl Steps {
    /// Whether each step has words for as many cards as [`QUESTIONS`] gives it values:
    /// true of every language if it is true of one, the struct being the same. Checked on
    /// English when the crate compiles (in `content/mod.rs`).
    pub(super) const fn fit_questions(&self) -> bool {
        let cards = [
            self.bottleneck.cards.len(),
            self.bottleneck_tiebreak.cards.len(),
            self.process_cost.cards.len(),
            self.cost_numbers.cards.len(),
            self.amplify.cards.len(),
            self.situation.cards.len(),
            self.foundation.cards.len(),
        ];
        let mut i = 0;
        while i < QUESTIONS.len() {
            if cards[i] != QUESTIONS[i].values.len() {
                return false;
            }
            i += 1;
        }
        true
    }
}

/// A reason's title and explanation.
#[repr(C)]
#[derive(Debug)]
pub struct ReasonWords {
    /// Its title.
    pub title: &'static str,
    /// Why it leads where it does.
    pub text: &'static str,
}

/// A warning's title, meaning and remedy.
#[repr(C)]
#[derive(Debug)]
pub struct WarningWords {
    /// Its title.
    pub title: &'static str,
    /// What it means.
    pub text: &'static str,
    /// What to do about it.
    pub action: &'static str,
}

/// One dimension of the operations-versus-growth comparison.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    /// What is compared.
    pub dimension: &'static str,
    /// How operations AI fares.
    pub operations: &'static str,
    /// How growth AI fares.
    pub growth: &'static str,
}

/// The sentences under the verdict (see [`Words::summary`]).
#[repr(C)]
#[derive(Debug)]
pub struct SummaryWords {
    /// Growth first, still validating the model.
    pub validating: &'static str,
    /// Growth first, operations already efficient.
    pub efficient: &'static str,
    /// Growth first, by the bottleneck.
    pub growth: &'static str,
    /// Operations first, because of foundation gaps.
    pub foundation_gaps: &'static str,
    /// Operations first, by the bottleneck.
    pub operations: &'static str,
    /// Process audit first.
    pub audit: &'static str,
    /// What to do next, still validating the model.
    pub validating_next: &'static str,
    /// What to do next, growth first.
    pub growth_next: &'static str,
    /// What to do next, operations first.
    pub operations_next: &'static str,
    /// What to do next, audit first.
    pub audit_next: &'static str,
    /// Added when there are warnings.
    pub warnings: &'static str,
}

/// The plan steps' titles and texts (see [`Words::plan_title`] and [`Words::plan_text`]).
#[repr(C)]
#[derive(Debug)]
pub struct PlanWords {
    /// `define-success`.
    pub define_success: &'static str,
    /// `one-project`, for an audit.
    pub audit: &'static str,
    /// `one-project`.
    pub one_project: &'static str,
    /// `checkpoint`.
    pub checkpoint: &'static str,
    /// `measure`.
    pub measure: &'static str,
    /// `if-it-worked`.
    pub if_it_worked: &'static str,
    /// `if-it-did-not`.
    pub if_it_did_not: &'static str,
    /// `define-success`, for an audit.
    pub define_success_audit: &'static str,
    /// `define-success`, growth first.
    pub define_success_growth: &'static str,
    /// `define-success`, operations first.
    pub define_success_operations: &'static str,
    /// `one-project`, for an audit.
    pub one_project_audit: &'static str,
    /// `one-project`, growth first.
    pub one_project_growth: &'static str,
    /// `one-project`, operations first by time and cost.
    pub one_project_operations: &'static str,
    /// `one-project`, operations first because the growth foundations have gaps.
    pub one_project_foundations: &'static str,
    /// `checkpoint`.
    pub checkpoint_text: &'static str,
    /// `measure`.
    pub measure_text: &'static str,
    /// `if-it-worked`, for an audit.
    pub if_it_worked_audit: &'static str,
    /// `if-it-worked`, growth first.
    pub if_it_worked_growth: &'static str,
    /// `if-it-worked`, operations first.
    pub if_it_worked_operations: &'static str,
    /// `if-it-did-not`.
    pub if_it_did_not_text: &'static str,
}

/// Every word of the widget in one language. Words in `{braces}` are filled in (the
/// names must be the ones English uses; a test checks).
#[repr(C)]
#[derive(Debug)]
pub struct Words {
    /// Between whole and fractional digits: `.` or `,`.
    pub decimal_mark: &'static str,
    /// Between thousands.
    pub group_mark: &'static str,
    /// Money whose currency has a symbol: `{currency}` and `{amount}`.
    pub money_symbol: &'static str,
    /// Money whose currency is written as its code (`CHF`).
    pub money_code: &'static str,
    /// Month names as plan dates show them, January first.
    pub months: [&'static str; 12],
    /// Weekday names as plan dates show them, Monday first.
    pub weekdays: [&'static str; 7],
    /// A plan date: `{weekday}`, `{day}`, `{month}`, `{year}`.
    pub date: &'static str,

    /// The line above the first question.
    pub intro: &'static str,
    /// Primary button on every step but the last.
    pub next: &'static str,
    /// Primary button on the last step.
    pub see_result: &'static str,
    /// Secondary button on every step but the first.
    pub back: &'static str,
    /// Shown when a single-choice step is submitted without an answer.
    pub choose_one: &'static str,
    /// Dismisses a notice.
    pub dismiss: &'static str,
    /// Shown in place of the widget when the page's security policy refuses its markup
    /// (Trusted Types without the widget's policy).
    pub markup_refused: &'static str,
    /// Stored answers could not be read.
    pub notice_stored_unreadable: &'static str,
    /// Stored answers come from a newer version.
    pub notice_stored_newer: &'static str,
    /// Storage is unavailable or refused a write.
    pub notice_storage_unavailable: &'static str,
    /// A share link could not be read.
    pub notice_share_link_broken: &'static str,
    /// The result on screen comes from a share link.
    pub notice_shared_result: &'static str,
    /// After "Start over" (or the page's `reset()`): the answers are gone from this
    /// browser, wherever they were kept.
    pub notice_forgotten: &'static str,
    /// "Step 2 of 5": `{position}`, `{total}`.
    pub step_counter: &'static str,
    /// What a screen reader hears when a step appears: `{counter}`, `{title}`.
    pub announce_step: &'static str,
    /// What a screen reader hears when the result appears: `{verdict}`.
    pub announce_result: &'static str,
    /// The result's title, where a step title is expected.
    pub result_title: &'static str,
    /// The question steps.
    pub steps: Steps,

    /// Label of the hours field.
    pub weekly_hours_label: &'static str,
    /// Hint under the hours field.
    pub weekly_hours_hint: &'static str,
    /// Label of the hourly cost field.
    pub hourly_cost_label: &'static str,
    /// Hint under the hourly cost field.
    pub hourly_cost_hint: &'static str,
    /// Hours that are not a number.
    pub hours_not_a_number: &'static str,
    /// A cost that is not a number.
    pub cost_not_a_number: &'static str,
    /// Negative hours.
    pub hours_negative: &'static str,
    /// A negative cost.
    pub cost_negative: &'static str,
    /// Too many hours: `{limit}`.
    pub hours_too_large: &'static str,
    /// Too high a cost: `{limit}`.
    pub cost_too_large: &'static str,
    /// The numbers step left empty, in "Your answers".
    pub numbers_none: &'static str,
    /// Hours only: `{hours}`.
    pub numbers_hours: &'static str,
    /// Cost only: `{cost}`.
    pub numbers_cost: &'static str,
    /// Both: `{hours}`, `{cost}`.
    pub numbers_both: &'static str,
    /// What "Your answers" shows for a multi-select left empty.
    pub none_ticked: &'static str,

    /// Small heading above the verdict.
    pub result_eyebrow: &'static str,
    /// The verdict headlines, in the order of `Verdict::ALL`.
    pub verdicts: [&'static str; Verdict::ALL.len()],
    /// The sentences under the headline.
    pub summary: SummaryWords,
    /// Heading of the plan's first step, shown under the verdict.
    pub first_step_heading: &'static str,
    /// Before the first step's date, the plan's own ("Starting today, Tue 24 Nov 2026").
    pub first_step_start: &'static str,
    /// Heading of the reasons.
    pub why_heading: &'static str,
    /// Each reason, in the order of `Reason::ALL`.
    pub reasons: [ReasonWords; Reason::ALL.len()],
    /// The answer behind a finding, readable on its own: `{step}`, the step in a few
    /// words, and `{answer}`, a card's label.
    pub cause_chose: &'static str,
    /// The box left unticked behind a finding: `{answer}`.
    pub cause_unticked: &'static str,
    /// Heading of the warnings.
    pub warnings_heading: &'static str,
    /// Each warning, in the order of `Warning::ALL`.
    pub warnings: [WarningWords; Warning::ALL.len()],

    /// Heading of the comparison.
    pub table_heading: &'static str,
    /// Caption of the comparison table (read by screen readers).
    pub table_caption: &'static str,
    /// Header of the first column.
    pub table_dimension: &'static str,
    /// Header of the operations column.
    pub operations_ai: &'static str,
    /// Header of the growth column.
    pub growth_ai: &'static str,
    /// Marks the recommended column.
    pub recommended: &'static str,
    /// The six dimensions, in the article's order.
    pub comparison: [ComparisonRow; 6],
    /// The sentence introducing the comparison, in the order of `Verdict::ALL`.
    pub table_intros: [&'static str; Verdict::ALL.len()],

    /// Heading of the plan.
    pub plan_heading: &'static str,
    /// The timeline's label for today.
    pub timeline_today: &'static str,
    /// The timeline's label for a later day: `{day}`.
    pub timeline_day: &'static str,
    /// The baseline with hours only: `{hours}`, and `{then}`, what it is for.
    pub baseline_hours: &'static str,
    /// The baseline with its cost, rounded: `{hours}`, `{week}`, `{year}`, `{then}`.
    pub baseline_cost: &'static str,
    /// `{then}` where the plan's project is measured against the baseline.
    pub baseline_measure: &'static str,
    /// `{then}` where it is not (growth first, or the foundations first).
    pub baseline_later: &'static str,
    /// The plan steps.
    pub plan: PlanWords,
    /// The button that downloads the plan as a calendar file.
    pub add_to_calendar: &'static str,
    /// The name of that file.
    pub calendar_file: &'static str,

    /// Heading of the answers list.
    pub answers_heading: &'static str,
    /// Button that goes back to change one answer.
    pub change: &'static str,
    /// Its accessible name: `{step}`, the step in a few words.
    pub change_label: &'static str,
    /// Action: copy a link to this result.
    pub copy_link: &'static str,
    /// Shown once the link is on the clipboard.
    pub link_copied: &'static str,
    /// Shown when the clipboard refused, above the link to copy by hand.
    pub copy_fallback: &'static str,
    /// Action: print.
    pub print: &'static str,
    /// Action: start over.
    pub start_over: &'static str,
    /// The call to action's label when the page sets a link but no label.
    pub cta_label: &'static str,
    /// The line above the call to action, saying what happens next, when the page sets
    /// none.
    pub cta_note: &'static str,
}

/// How many strings a [`Words`] holds.
pub const WORD_COUNT: usize = size_of::<Words>() / size_of::<&str>();

// `Words` must be exactly `WORD_COUNT` strings, one after another, for `from_lines` and
// `lines`: every struct above is `repr(C)` and holds only `&'static str`s (a field of any
// other type would change the size or the alignment).
const _: () = assert!(
    size_of::<Words>() == WORD_COUNT * size_of::<&str>()
        && align_of::<Words>() == align_of::<&str>()
);
