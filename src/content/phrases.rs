//! What a language's [`Words`] say about what is on screen: the words of a step, a card, a
//! verdict, a reason, a warning or a plan step, picked by the engine's ids, and the
//! sentences filled in from them (the step counter, what a screen reader hears, the
//! summary, a cause, a number's error, a date).

use super::fill::fill;
use super::words::{CardWords, StepWords, Words};
use crate::engine::{
    progress, Cause, Choice, Date, NumberError, NumberField, Outcome, PlanStepId, Reason, Session,
    Step, Verdict, Warning, MAX_HOURLY_COST, MAX_WEEKLY_HOURS,
};
use crate::state::Notice;

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

impl Words {
    /// What a notice says.
    pub fn notice(&self, notice: Notice) -> &'static str {
        match notice {
            Notice::StoredUnreadable => self.notice_stored_unreadable,
            Notice::StoredNewer => self.notice_stored_newer,
            Notice::StorageUnavailable => self.notice_storage_unavailable,
            Notice::ShareLinkBroken => self.notice_share_link_broken,
            Notice::SharedResult => self.notice_shared_result,
            Notice::Forgotten => self.notice_forgotten,
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
        let validating = outcome.leads_with(Reason::StillValidatingModel);
        let first = match outcome.verdict {
            Verdict::GrowthFirst if validating => s.validating,
            Verdict::GrowthFirst if outcome.leads_with(Reason::OperationsAlreadyEfficient) => {
                s.efficient
            }
            Verdict::GrowthFirst => s.growth,
            Verdict::OperationsFirst if outcome.leads_with(Reason::FoundationGaps) => {
                s.foundation_gaps
            }
            Verdict::OperationsFirst => s.operations,
            Verdict::ProcessAuditFirst => s.audit,
        };
        let second = match outcome.verdict {
            Verdict::GrowthFirst if validating => s.validating_next,
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

    /// The answer behind a finding, in the visitor's terms: a chosen card with its step's
    /// name, so that "Yes" still says what it answered.
    pub fn cause_text(&self, cause: &Cause) -> String {
        match cause {
            Cause::Chose(choice) => fill(
                self.cause_chose,
                &[
                    ("step", self.step_short(choice.step())),
                    ("answer", self.card(*choice).label),
                ],
            ),
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

    /// A plan date as the visitor reads it: "Tue 24 Nov 2026", "martedì 24 nov 2026".
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

    /// What a plan step involves, on the path that led to `outcome`.
    pub fn plan_text(&self, outcome: &Outcome, step: PlanStepId) -> &'static str {
        let p = &self.plan;
        match (outcome.verdict, step) {
            (Verdict::ProcessAuditFirst, PlanStepId::DefineSuccess) => p.define_success_audit,
            (Verdict::GrowthFirst, PlanStepId::DefineSuccess) => p.define_success_growth,
            (_, PlanStepId::DefineSuccess) => p.define_success_operations,
            (Verdict::ProcessAuditFirst, PlanStepId::OneProject) => p.one_project_audit,
            (Verdict::GrowthFirst, PlanStepId::OneProject) => p.one_project_growth,
            // Operations first for growth's sake: the visitor named no costly work.
            (_, PlanStepId::OneProject) if outcome.leads_with(Reason::FoundationGaps) => {
                p.one_project_foundations
            }
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

// Native only: the other languages' words are compiled in there alone (`ALL_WORDS`).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::{ALL_WORDS, ENGLISH};
    use crate::engine::{decode_share, evaluate, Amplify, Bottleneck, Foundation};

    const ITALIAN: &Words = &crate::content::it::WORDS;

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
                    "martedì 24 nov 2026",
                    "domenica 3 gen 2027",
                    "lunedì 22 feb 2027",
                    "lunedì 1 dic 2025",
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
    fn causes_quote_the_card_the_visitor_saw_with_its_question() {
        assert_eq!(
            ENGLISH.cause_text(&Cause::Chose(Choice::of(Bottleneck::Both))),
            "Main bottleneck: Both, equally"
        );
        assert_eq!(
            ENGLISH.cause_text(&Cause::Chose(Choice::of(Amplify::Yes))),
            "Something working to scale: Yes"
        );
        assert_eq!(
            ENGLISH.cause_text(&Cause::LeftUnticked(Choice::of(Foundation::CrmConsistent))),
            "Not ticked: Our CRM data is consistent"
        );
        assert_eq!(
            ITALIAN.cause_text(&Cause::Chose(Choice::of(Bottleneck::Both))),
            "Freno principale: Tutti e due, allo stesso modo"
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
        let (mut verdicts, mut lengths) = (Vec::new(), Vec::new());
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
                            lengths.push(sentences.len());
                        }
                        verdicts.push(outcome.verdict);
                    }
                }
            }
        }
        // The codes reach every verdict, with and without warnings.
        verdicts.sort_unstable();
        verdicts.dedup();
        assert_eq!(verdicts, Verdict::ALL);
        lengths.sort_unstable();
        lengths.dedup();
        assert_eq!(lengths, [2, 3]);
    }
}
