//! The words the Wasm shows, in every language it speaks, as data: one [`Words`] per
//! language (`en.rs`, `it.rs`, …), registered in [`LANGUAGES`], so a copy editor or a
//! translator changes wording without touching logic or markup. The functions here only
//! pick and fill in those words; dates, numbers and money are written the language's way
//! from its words too. (The load-failure messages `embed.js` shows before the Wasm runs
//! are in `embed.js`.)
//!
//! A language's [`Words`] is one struct whose every field is a `&'static str` (directly,
//! in arrays, or in the small structs below), so a language that lacks a string English
//! has, or has one English lacks, does not compile. The Wasm carries the same strings as
//! text, one a line in field order (see [`Words::lines`] and [`Words::from_lines`]):
//! English compiled in ([`ENGLISH_TEXT`]), every other language as a file fetched only
//! by pages that speak it.

use core::ops::Deref;

use crate::engine::{
    decimal, progress, Baseline, Cause, Choice, CostNumbers, Date, DecimalMark, NumberError,
    NumberField, Outcome, PlanStepId, Reason, Session, Step, Verdict, Warning, MAX_HOURLY_COST,
    MAX_WEEKLY_HOURS, QUESTIONS,
};
use crate::state::Notice;

/// Declares each language's words module and lists it in [`LANGUAGES`]: adding a language
/// is one line here and one file of words.
macro_rules! languages {
    ($($module:ident: $tag:literal, $dir:literal;)+) => {
        $(pub mod $module;)+

        /// Every language the widget speaks, English (the fallback) first: its BCP 47
        /// tag and its text direction.
        pub const LANGUAGES: [Language; [$($tag),+].len()] = [$(Language { tag: $tag, dir: $dir }),+];

        /// The words of each language of [`LANGUAGES`], in the same order, for native
        /// builds (tests, and the locale files they keep up to date). The Wasm reads
        /// [`ENGLISH_TEXT`] and loads any other language's file.
        #[cfg(not(target_arch = "wasm32"))]
        pub const ALL_WORDS: [&Words; LANGUAGES.len()] = [$(&$module::WORDS),+];
    };
}

languages! {
    en: "en", "ltr";
    it: "it", "ltr";
}

/// The English words, the fallback for every other language.
pub const ENGLISH: &Words = &en::WORDS;

/// English as the Wasm carries it: the lines of [`ENGLISH`] (`en.txt`, which
/// `tests/locales.rs` keeps equal to `en.rs`: after a change of fields or words, write it
/// again with `UPDATE_LOCALES=1 cargo test --test locales`), read by [`Words::from_lines`]. Text rather
/// than the struct, because the struct's string references are a 2 KB table of addresses
/// in the Wasm, where the text needs only the reader other languages use anyway.
pub const ENGLISH_TEXT: &str = include_str!("en.txt");

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// Its BCP 47 tag, as the widget's root carries it in `lang`.
    pub tag: &'static str,
    /// Its text direction, as the root carries it in `dir`: `ltr` or `rtl`.
    pub dir: &'static str,
}

impl Language {
    /// English, the fallback.
    pub const ENGLISH: Language = LANGUAGES[0];

    /// Whether this language's words are compiled in (English) rather than loaded.
    pub fn is_compiled_in(self) -> bool {
        self == Language::ENGLISH
    }

    /// The file, next to the Wasm, that holds this language's words (see
    /// [`Words::from_lines`]).
    pub fn words_file(self) -> String {
        format!("locales/{}.txt", self.tag)
    }
}

/// A currency the page's amounts are in (`data-currency`): an ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The currency with this code (three letters, any case), if it is one.
    pub fn parse(code: &str) -> Option<Currency> {
        match code.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Some(Currency(
                [a, b, c].map(|letter| letter.to_ascii_uppercase()),
            )),
            _ => None,
        }
    }

    /// Its code in capitals: `EUR`. (Built from the letters rather than checked as UTF-8,
    /// which they are by construction: the check's code would cost the Wasm more.)
    pub fn code(self) -> String {
        self.0.iter().map(|&letter| char::from(letter)).collect()
    }

    /// Its symbol, for the currencies that have one everyone reads the same way; the
    /// others are written with their code.
    pub fn symbol(self) -> Option<&'static str> {
        match &self.0 {
            b"EUR" => Some("€"),
            b"GBP" => Some("£"),
            b"USD" => Some("$"),
            b"JPY" => Some("¥"),
            b"INR" => Some("₹"),
            _ => None,
        }
    }
}

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

/// A step's words whatever its number of cards.
#[derive(Clone, Copy, Debug)]
pub struct StepText<'a> {
    /// The question.
    pub title: &'static str,
    /// The help under the question.
    pub help: &'static str,
    /// The step in a few words.
    pub short: &'static str,
    /// Each card's words.
    pub cards: &'a [CardWords],
}

impl<const N: usize> StepWords<N> {
    fn text(&self) -> StepText<'_> {
        StepText {
            title: self.title,
            help: self.help,
            short: self.short,
            cards: &self.cards,
        }
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
    /// `one-project`, operations first.
    pub one_project_operations: &'static str,
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
    /// Shown in place of the answer cards or the report when the page's security policy
    /// refuses the widget's markup (Trusted Types without the widget's policy).
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
    /// Before the day the first step should be done by ("Done by Mon 30 Nov 2026").
    pub first_step_due: &'static str,
    /// Heading of the reasons.
    pub why_heading: &'static str,
    /// Each reason, in the order of `Reason::ALL`.
    pub reasons: [ReasonWords; Reason::ALL.len()],
    /// The answer behind a finding: `{answer}`, a card's label.
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
    /// The baseline with hours only: `{hours}`.
    pub baseline_hours: &'static str,
    /// The baseline with its cost: `{hours}`, `{week}`, `{year}`.
    pub baseline_cost: &'static str,
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

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // One pass, not `str::replace` per name, whose substring search costs the Wasm a
    // kilobyte. A `{name}` that is not given stays as written.
    let mut text = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        rest = &rest[open..];
        let Some(close) = rest.find('}') else {
            break;
        };
        let name = &rest[1..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => text.push_str(value),
            None => text.push_str(&rest[..close + 1]),
        }
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    text
}

impl Words {
    /// The words of a locale file: [`WORD_COUNT`] lines in field order. `None` if the
    /// text has another number of lines (a file from another build, or damaged).
    pub fn from_lines(text: &'static str) -> Option<Box<Words>> {
        let mut parts = text.strip_suffix('\n').unwrap_or(text).split('\n');
        let mut lines = Box::new([""; WORD_COUNT]);
        for line in lines.iter_mut() {
            *line = parts.next()?;
        }
        if parts.next().is_some() {
            return None;
        }
        // SAFETY: `Words` has the layout of `[&'static str; WORD_COUNT]` (checked above),
        // so the allocation holds a valid `Words` of the same size and alignment.
        Some(unsafe { Box::from_raw(Box::into_raw(lines).cast::<Words>()) })
    }

    /// Every string, in field order: the lines of this language's locale file.
    pub fn lines(&self) -> &[&'static str; WORD_COUNT] {
        // SAFETY: as in `from_lines`, the same layout.
        unsafe { &*(self as *const Words).cast::<[&'static str; WORD_COUNT]>() }
    }

    /// How this language writes decimals, for reading what the visitor types.
    pub fn decimal_mark(&self) -> DecimalMark {
        DecimalMark::of(self.decimal_mark)
    }

    /// Hundredths as a number for display: the language's thousands separator and
    /// decimal mark, at most two decimals.
    pub fn number(&self, hundredths: u64) -> String {
        decimal(hundredths, self.group_mark, self.decimal_mark, false)
    }

    /// What a notice says.
    pub fn notice(&self, notice: Notice) -> &'static str {
        match notice {
            Notice::StoredUnreadable => self.notice_stored_unreadable,
            Notice::StoredNewer => self.notice_stored_newer,
            Notice::StorageUnavailable => self.notice_storage_unavailable,
            Notice::ShareLinkBroken => self.notice_share_link_broken,
            Notice::SharedResult => self.notice_shared_result,
        }
    }

    /// "Step 2 of 5".
    pub fn step_counter(&self, position: usize, total: usize) -> String {
        fill(
            self.step_counter,
            &[
                ("position", &position.to_string()),
                ("total", &total.to_string()),
            ],
        )
    }

    /// What a screen reader hears when a new step appears.
    pub fn announce_step(&self, session: &Session) -> String {
        if session.step == Step::Result {
            let verdict = crate::engine::evaluate(&session.answers)
                .map_or("", |o| self.verdict_headline(o.verdict));
            return fill(self.announce_result, &[("verdict", verdict)]);
        }
        let (position, total) = progress(&session.answers, session.step);
        fill(
            self.announce_step,
            &[
                ("counter", &self.step_counter(position, total)),
                ("title", self.step_title(session.step)),
            ],
        )
    }

    /// The words of a question step; `None` for the result.
    pub fn step_words(&self, step: Step) -> Option<StepText<'_>> {
        let s = &self.steps;
        Some(match step {
            Step::Bottleneck => s.bottleneck.text(),
            Step::BottleneckTiebreak => s.bottleneck_tiebreak.text(),
            Step::ProcessCost => s.process_cost.text(),
            Step::CostNumbers => s.cost_numbers.text(),
            Step::Amplify => s.amplify.text(),
            Step::Situation => s.situation.text(),
            Step::Foundation => s.foundation.text(),
            Step::Result => return None,
        })
    }

    /// The question a step asks.
    pub fn step_title(&self, step: Step) -> &'static str {
        self.step_words(step).map_or(self.result_title, |w| w.title)
    }

    /// The helper text under a step's question.
    pub fn step_help(&self, step: Step) -> &'static str {
        self.step_words(step).map_or("", |w| w.help)
    }

    /// A step named in a few words, for "Your answers".
    pub fn step_short(&self, step: Step) -> &'static str {
        self.step_words(step).map_or(self.result_title, |w| w.short)
    }

    /// The words of an answer card.
    pub fn card(&self, choice: Choice) -> &CardWords {
        const NONE: CardWords = CardWords {
            label: "",
            description: "",
        };
        // Unreachable fallback: a `Choice` names a value its step offers, and the check
        // below gives every such value its words.
        self.step_words(choice.step())
            .and_then(|w| w.cards.get(choice.index()))
            .unwrap_or(&NONE)
    }

    /// Label of an optional number field.
    pub fn number_label(&self, field: NumberField) -> &'static str {
        match field {
            NumberField::WeeklyHours => self.weekly_hours_label,
            NumberField::HourlyCost => self.hourly_cost_label,
        }
    }

    /// Hint under an optional number field.
    pub fn number_hint(&self, field: NumberField) -> &'static str {
        match field {
            NumberField::WeeklyHours => self.weekly_hours_hint,
            NumberField::HourlyCost => self.hourly_cost_hint,
        }
    }

    /// Why a number field's text was refused, suggesting the fix for that field.
    pub fn number_error(&self, field: NumberField, error: NumberError) -> String {
        let hours = field == NumberField::WeeklyHours;
        match error {
            NumberError::NotANumber if hours => self.hours_not_a_number.to_owned(),
            NumberError::NotANumber => self.cost_not_a_number.to_owned(),
            NumberError::Negative if hours => self.hours_negative.to_owned(),
            NumberError::Negative => self.cost_negative.to_owned(),
            NumberError::TooLarge if hours => fill(
                self.hours_too_large,
                &[("limit", &self.number(MAX_WEEKLY_HOURS))],
            ),
            NumberError::TooLarge => fill(
                self.cost_too_large,
                &[("limit", &self.number(MAX_HOURLY_COST))],
            ),
        }
    }

    /// The verdict headline.
    pub fn verdict_headline(&self, verdict: Verdict) -> &'static str {
        self.verdicts[usize::from(verdict.index())]
    }

    /// Two or three sentences tailored to what drove the verdict. The first is the
    /// one-sentence reason right under the headline; the others open "Why".
    pub fn summary(&self, outcome: &Outcome) -> Vec<&'static str> {
        let s = &self.summary;
        let main = outcome.reasons.first().map(|r| r.id);
        let first = match (outcome.verdict, main) {
            (Verdict::GrowthFirst, Some(Reason::StillValidatingModel)) => s.validating,
            (Verdict::GrowthFirst, Some(Reason::OperationsAlreadyEfficient)) => s.efficient,
            (Verdict::GrowthFirst, _) => s.growth,
            (Verdict::OperationsFirst, Some(Reason::FoundationGaps)) => s.foundation_gaps,
            (Verdict::OperationsFirst, _) => s.operations,
            (Verdict::ProcessAuditFirst, _) => s.audit,
        };
        let second = match outcome.verdict {
            Verdict::GrowthFirst if main == Some(Reason::StillValidatingModel) => s.validating_next,
            Verdict::GrowthFirst => s.growth_next,
            Verdict::OperationsFirst => s.operations_next,
            Verdict::ProcessAuditFirst => s.audit_next,
        };
        let mut sentences = vec![first, second];
        if !outcome.warnings.is_empty() {
            sentences.push(s.warnings);
        }
        sentences
    }

    /// Title of a reason.
    pub fn reason_title(&self, reason: Reason) -> &'static str {
        self.reasons[usize::from(reason.index())].title
    }

    /// Why a reason leads where it does.
    pub fn reason_text(&self, reason: Reason) -> &'static str {
        self.reasons[usize::from(reason.index())].text
    }

    /// The answer behind a finding, in the visitor's terms.
    pub fn cause_text(&self, cause: &Cause) -> String {
        match cause {
            Cause::Chose(choice) => fill(self.cause_chose, &[("answer", self.card(*choice).label)]),
            Cause::LeftUnticked(choice) => {
                fill(self.cause_unticked, &[("answer", self.card(*choice).label)])
            }
        }
    }

    /// Title of a warning.
    pub fn warning_title(&self, warning: Warning) -> &'static str {
        self.warnings[usize::from(warning.index())].title
    }

    /// What a warning means.
    pub fn warning_text(&self, warning: Warning) -> &'static str {
        self.warnings[usize::from(warning.index())].text
    }

    /// What to do about a warning.
    pub fn warning_action(&self, warning: Warning) -> &'static str {
        self.warnings[usize::from(warning.index())].action
    }

    /// The sentence introducing the comparison.
    pub fn table_intro(&self, verdict: Verdict) -> &'static str {
        self.table_intros[usize::from(verdict.index())]
    }

    /// A plan date as the visitor reads it: "Tue 24 Nov 2026", "mar 24 nov 2026".
    pub fn date(&self, date: Date) -> String {
        // `Date` only holds real dates, so both lookups succeed.
        let month = self
            .months
            .get(usize::from(date.month()) - 1)
            .unwrap_or(&"");
        let weekday = self
            .weekdays
            .get(usize::from(date.weekday()))
            .unwrap_or(&"");
        fill(
            self.date,
            &[
                ("weekday", weekday),
                ("day", &date.day().to_string()),
                ("month", month),
                ("year", &date.year().to_string()),
            ],
        )
    }

    /// The label under a plan step's mark on the timeline, for the steps that have one.
    pub fn timeline_label(&self, step: PlanStepId) -> Option<String> {
        match step {
            PlanStepId::DefineSuccess => Some(self.timeline_today.to_owned()),
            PlanStepId::Checkpoint | PlanStepId::Measure => {
                Some(fill(self.timeline_day, &[("day", &step.day().to_string())]))
            }
            PlanStepId::OneProject | PlanStepId::IfItWorked | PlanStepId::IfItDidNot => None,
        }
    }

    /// Title of a plan step.
    pub fn plan_title(&self, verdict: Verdict, step: PlanStepId) -> &'static str {
        let p = &self.plan;
        match (verdict, step) {
            (_, PlanStepId::DefineSuccess) => p.define_success,
            (Verdict::ProcessAuditFirst, PlanStepId::OneProject) => p.audit,
            (_, PlanStepId::OneProject) => p.one_project,
            (_, PlanStepId::Checkpoint) => p.checkpoint,
            (_, PlanStepId::Measure) => p.measure,
            (_, PlanStepId::IfItWorked) => p.if_it_worked,
            (_, PlanStepId::IfItDidNot) => p.if_it_did_not,
        }
    }

    /// What a plan step involves.
    pub fn plan_text(&self, verdict: Verdict, step: PlanStepId) -> &'static str {
        let p = &self.plan;
        match (verdict, step) {
            (Verdict::ProcessAuditFirst, PlanStepId::DefineSuccess) => p.define_success_audit,
            (Verdict::GrowthFirst, PlanStepId::DefineSuccess) => p.define_success_growth,
            (_, PlanStepId::DefineSuccess) => p.define_success_operations,
            (Verdict::ProcessAuditFirst, PlanStepId::OneProject) => p.one_project_audit,
            (Verdict::GrowthFirst, PlanStepId::OneProject) => p.one_project_growth,
            (_, PlanStepId::OneProject) => p.one_project_operations,
            (_, PlanStepId::Checkpoint) => p.checkpoint_text,
            (_, PlanStepId::Measure) => p.measure_text,
            (Verdict::ProcessAuditFirst, PlanStepId::IfItWorked) => p.if_it_worked_audit,
            (Verdict::GrowthFirst, PlanStepId::IfItWorked) => p.if_it_worked_growth,
            (_, PlanStepId::IfItWorked) => p.if_it_worked_operations,
            (_, PlanStepId::IfItDidNot) => p.if_it_did_not_text,
        }
    }

    /// The accessible name of the button that changes one answer.
    pub fn change_label(&self, step: Step) -> String {
        fill(self.change_label, &[("step", self.step_short(step))])
    }
}

/// How the widget speaks on one page: the words of its language, and the currency the
/// page set for amounts, if any. It reads as its [`Words`] (`locale.intro`,
/// `locale.step_title(…)`), adding what needs the currency.
#[derive(Clone, Copy, Debug)]
pub struct Locale {
    /// The language, as the root's `lang` and `dir` carry it.
    pub language: Language,
    /// Its words.
    pub words: &'static Words,
    /// The currency of the amounts, when the page set `data-currency`.
    pub currency: Option<Currency>,
}

impl Deref for Locale {
    type Target = Words;

    fn deref(&self) -> &Words {
        self.words
    }
}

impl Locale {
    /// English, without a currency.
    pub const ENGLISH: Locale = Locale {
        language: Language::ENGLISH,
        words: ENGLISH,
        currency: None,
    };

    /// An amount of money in hundredths, as the language writes it in the page's
    /// currency (`€900`, `900 €`, `CHF 62.50`), or a plain number without one. Cents
    /// are shown only when there are some, and then both digits.
    pub fn money(&self, hundredths: u64) -> String {
        let amount = decimal(hundredths, self.group_mark, self.decimal_mark, true);
        let Some(currency) = self.currency else {
            return amount;
        };
        let (pattern, currency) = match currency.symbol() {
            Some(symbol) => (self.money_symbol, symbol.to_owned()),
            None => (self.money_code, currency.code()),
        };
        fill(pattern, &[("currency", &currency), ("amount", &amount)])
    }

    /// The numbers step answered, in words, for "Your answers".
    pub fn numbers_text(&self, numbers: &CostNumbers) -> String {
        let hours = numbers.weekly_hours.map(|h| self.number(h.hundredths()));
        let cost = numbers.hourly_cost.map(|c| self.money(c.hundredths()));
        match (hours, cost) {
            (None, None) => self.numbers_none.to_owned(),
            (Some(hours), None) => fill(self.numbers_hours, &[("hours", &hours)]),
            (None, Some(cost)) => fill(self.numbers_cost, &[("cost", &cost)]),
            (Some(hours), Some(cost)) => {
                fill(self.numbers_both, &[("hours", &hours), ("cost", &cost)])
            }
        }
    }

    /// The cost baseline sentence.
    pub fn baseline(&self, baseline: &Baseline) -> String {
        let hours = self.number(baseline.weekly_hours);
        match (baseline.weekly_cost, baseline.yearly_cost) {
            (Some(week), Some(year)) => fill(
                self.baseline_cost,
                &[
                    ("hours", &hours),
                    ("week", &self.money(week)),
                    ("year", &self.money(year)),
                ],
            ),
            _ => fill(self.baseline_hours, &[("hours", &hours)]),
        }
    }
}

/// Whether every card of every step has its words in English, and so (the struct being
/// the same) in every language. Checked when the crate compiles (the `const _` below).
const fn words_agree_with_steps() -> bool {
    let s = &ENGLISH.steps;
    let cards = [
        s.bottleneck.cards.len(),
        s.bottleneck_tiebreak.cards.len(),
        s.process_cost.cards.len(),
        s.cost_numbers.cards.len(),
        s.amplify.cards.len(),
        s.situation.cards.len(),
        s.foundation.cards.len(),
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
const _: () = assert!(words_agree_with_steps());

// Native only: the other languages' words are compiled in there alone (`ALL_WORDS`).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::{decode_share, evaluate, Answer, Answers, Bottleneck, Foundation};

    const ITALIAN: &Words = &it::WORDS;

    fn all_cards() -> impl Iterator<Item = Choice> {
        QUESTIONS.iter().flat_map(|spec| Choice::all(spec.step))
    }

    fn locale(words: &'static Words, currency: Option<&str>) -> Locale {
        Locale {
            language: Language::ENGLISH,
            words,
            currency: currency.and_then(Currency::parse),
        }
    }

    #[test]
    fn templates_are_filled_in_by_name_and_anything_else_is_kept() {
        let values = [("a", "1"), ("bb", "22")];
        for (template, filled) in [
            ("", ""),
            ("plain", "plain"),
            ("{a}", "1"),
            ("x {bb} y {a}{a}.", "x 22 y 11."),
            ("{unknown} {a}", "{unknown} 1"),
            ("a { b", "a { b"),
            ("open {", "open {"),
            ("{}", "{}"),
            ("é{a}€", "é1€"),
        ] {
            assert_eq!(fill(template, &values), filled, "{template:?}");
        }
    }

    #[test]
    fn every_card_and_step_has_words_in_every_language() {
        for words in ALL_WORDS {
            for choice in all_cards() {
                let card = words.card(choice);
                assert!(!card.label.is_empty(), "{choice:?}");
                assert!(card.description.ends_with('.'), "{choice:?}");
            }
            for spec in &QUESTIONS {
                let step = spec.step;
                assert!(words.step_title(step).ends_with(['?', ')']), "{step:?}");
                assert!(words.step_help(step).ends_with('.'), "{step:?}");
                assert!(!words.step_short(step).is_empty(), "{step:?}");
            }
            assert_eq!(words.step_help(Step::Result), "");
            for verdict in Verdict::ALL {
                for step in PlanStepId::ALL {
                    assert!(words.plan_text(verdict, step).ends_with('.'));
                }
            }
        }
        assert_eq!(all_cards().count(), 3 + 2 + 2 + 2 + 5 + 3);
        assert_eq!(ENGLISH.step_title(Step::Result), "Your result");
        assert_eq!(ITALIAN.step_title(Step::Result), "Il tuo risultato");
        for warning in Warning::ALL {
            assert!(ENGLISH.warning_action(warning).starts_with("What to do: "));
            assert!(ITALIAN.warning_action(warning).starts_with("Cosa fare: "));
        }
    }

    /// The names in `{braces}` of a template.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_language_has_every_string_english_has_and_no_other() {
        // The struct makes the set of strings the same at compile time; what it cannot
        // see is a string left empty or a placeholder lost or invented in translation.
        for words in ALL_WORDS {
            for (i, (english, other)) in ENGLISH.lines().iter().zip(words.lines()).enumerate() {
                assert!(
                    !other.is_empty() && !other.contains('\n'),
                    "string {i}: {other:?}"
                );
                assert_eq!(
                    placeholders(english),
                    placeholders(other),
                    "string {i}: {other:?}"
                );
            }
        }
    }

    #[test]
    fn a_locale_file_reads_back_as_the_same_words() {
        let text: String = ITALIAN.lines().iter().map(|l| format!("{l}\n")).collect();
        let text: &'static str = Box::leak(text.into_boxed_str());
        let words = Words::from_lines(text).expect("a complete file");
        assert_eq!(words.lines(), ITALIAN.lines());
        assert_eq!(
            words.verdict_headline(Verdict::GrowthFirst),
            "Parti dall’IA per la crescita"
        );
        let short = text
            .rsplit_once("Ricomincia\n")
            .map_or("", |(head, _)| head);
        assert!(
            Words::from_lines(Box::leak(short.into())).is_none(),
            "a line short"
        );
        let long = format!("{text}extra\n");
        assert!(
            Words::from_lines(Box::leak(long.into_boxed_str())).is_none(),
            "a line over"
        );
        assert!(Words::from_lines("").is_none());
    }

    #[test]
    fn italian_is_written_with_its_own_accents_and_apostrophes() {
        for text in ITALIAN.lines() {
            // A typed ' where Italian typography wants ’, and an apostrophe standing in for
            // an accent ("e'", "perche'") or the wrong accent ("perchè").
            assert!(!text.contains('\''), "{text:?}");
            for wrong in [
                "perchè",
                "poichè",
                "finchè",
                "affinchè",
                "nè ",
                "sè ",
                "E’ ",
                "pò",
            ] {
                assert!(!text.contains(wrong), "{wrong:?} in {text:?}");
            }
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        for (words, cases) in [
            (
                ENGLISH,
                [
                    "Tue 24 Nov 2026",
                    "Sun 3 Jan 2027",
                    "Mon 22 Feb 2027",
                    "Mon 1 Dec 2025",
                ],
            ),
            (
                ITALIAN,
                [
                    "mar 24 nov 2026",
                    "dom 3 gen 2027",
                    "lun 22 feb 2027",
                    "lun 1 dic 2025",
                ],
            ),
        ] {
            let dates = [(2026, 11, 24), (2027, 1, 3), (2027, 2, 22), (2025, 12, 1)];
            for ((y, m, d), expected) in dates.into_iter().zip(cases) {
                assert_eq!(
                    Date::new(y, m, d).map(|date| words.date(date)).as_deref(),
                    Some(expected)
                );
            }
        }
    }

    #[test]
    fn numbers_and_money_are_written_the_language_s_way() {
        let nbsp = '\u{a0}';
        for (words, currency, hundredths, expected) in [
            (ENGLISH, None, 4_680_000, "46,800".to_owned()),
            (ITALIAN, None, 4_680_000, "46.800".to_owned()),
            (ENGLISH, Some("EUR"), 90_000, "€900".to_owned()),
            (ITALIAN, Some("EUR"), 90_000, format!("900{nbsp}€")),
            (ITALIAN, Some("eur"), 4_680_000, format!("46.800{nbsp}€")),
            (ENGLISH, Some("GBP"), 6_250, "£62.50".to_owned()),
            (ITALIAN, Some("USD"), 6_205, format!("62,05{nbsp}$")),
            (
                ENGLISH,
                Some("CHF"),
                123_456_700,
                format!("CHF{nbsp}1,234,567"),
            ),
            (ITALIAN, Some("CHF"), 6_250, format!("62,50{nbsp}CHF")),
            (ENGLISH, None, 6_250, "62.50".to_owned()),
            (ITALIAN, None, 6_205, "62,05".to_owned()),
        ] {
            assert_eq!(
                locale(words, currency).money(hundredths),
                expected,
                "{currency:?}"
            );
        }
        assert_eq!(ITALIAN.number(125_050), "1.250,5");
        assert_eq!(ITALIAN.decimal_mark(), DecimalMark::Comma);
        assert_eq!(ENGLISH.decimal_mark(), DecimalMark::Point);
    }

    #[test]
    fn the_baseline_is_money_only_when_the_page_names_a_currency() {
        let baseline = Baseline {
            weekly_hours: 1_250,
            weekly_cost: Some(56_250),
            yearly_cost: Some(2_925_000),
        };
        assert_eq!(
            locale(ENGLISH, None).baseline(&baseline),
            "Your baseline: 12.5 hours a week, about 562.50 a week or 29,250 a year. Measure the project against it at day 90."
        );
        assert_eq!(
            locale(ENGLISH, Some("EUR")).baseline(&baseline),
            "Your baseline: 12.5 hours a week, about €562.50 a week or €29,250 a year. Measure the project against it at day 90."
        );
        assert_eq!(
            locale(ITALIAN, Some("EUR")).baseline(&baseline),
            "Il tuo valore di partenza: 12,5 ore alla settimana, cioè circa 562,50\u{a0}€ alla settimana o 29.250\u{a0}€ all’anno. Al giorno 90 misura il progetto rispetto a questo dato."
        );
    }

    #[test]
    fn causes_quote_the_card_the_visitor_saw() {
        assert_eq!(
            ENGLISH.cause_text(&Cause::Chose(Choice::of(Bottleneck::Both))),
            "You answered: Both, equally"
        );
        assert_eq!(
            ENGLISH.cause_text(&Cause::LeftUnticked(Choice::of(Foundation::CrmConsistent))),
            "Not ticked: Our CRM data is consistent"
        );
        assert_eq!(
            ITALIAN.cause_text(&Cause::Chose(Choice::of(Bottleneck::Both))),
            "Hai risposto: Tutti e due, allo stesso modo"
        );
    }

    #[test]
    fn number_errors_name_the_field_and_its_limit() {
        let error = |words: &Words, field, error| words.number_error(field, error);
        assert!(
            error(ENGLISH, NumberField::WeeklyHours, NumberError::NotANumber).contains("hours")
        );
        assert!(
            error(ENGLISH, NumberField::HourlyCost, NumberError::NotANumber).contains("amount")
        );
        assert!(error(ENGLISH, NumberField::WeeklyHours, NumberError::TooLarge).contains("10,000"));
        assert!(
            error(ENGLISH, NumberField::HourlyCost, NumberError::TooLarge).contains("1,000,000")
        );
        assert!(error(ITALIAN, NumberField::WeeklyHours, NumberError::NotANumber).contains("7,5"));
        assert!(
            error(ITALIAN, NumberField::WeeklyHours, NumberError::TooLarge).contains("10.000 ore")
        );
        assert!(
            error(ITALIAN, NumberField::HourlyCost, NumberError::TooLarge).contains("1.000.000")
        );
    }

    #[test]
    fn every_outcome_gets_a_summary_of_two_or_three_sentences() {
        let mut seen = 0;
        for code in ["1t-m", "1t-n-", "1r-m", "1r-n-"] {
            for amplify in ["y", "n"] {
                for s in 0..32u8 {
                    for f in 0..8u8 {
                        let numbers = if code.ends_with('m') { "x" } else { "" };
                        let digits = b"0123456789abcdefghijklmnopqrstuv";
                        let code = format!(
                            "{code}{numbers}{amplify}{}{f}",
                            char::from(digits[usize::from(s)])
                        );
                        let answers =
                            decode_share(&code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
                        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("{code}"));
                        for words in ALL_WORDS {
                            let sentences = words.summary(&outcome);
                            assert!((2..=3).contains(&sentences.len()), "{code}");
                            assert_eq!(
                                sentences.len() == 3,
                                !outcome.warnings.is_empty(),
                                "{code}"
                            );
                            assert!(sentences.iter().all(|s| s.ends_with('.')));
                        }
                        seen += 1;
                    }
                }
            }
        }
        assert_eq!(seen, 4 * 2 * 32 * 8);
        assert!(Answers::default()
            .with(Answer::one(Bottleneck::Both))
            .constraint()
            .is_none());
    }

    #[test]
    fn the_english_is_british_and_finished() {
        for text in ENGLISH.lines() {
            for american in [
                "optimiz", "organiz", "color", "program ", "analyz", "behavior", "center", "TODO",
            ] {
                assert!(!text.contains(american), "{american:?} in {text:?}");
            }
        }
    }
}
