//! The words the Wasm shows, in every language it speaks, as data: one [`Words`] per
//! language (`en.rs`, `it.rs`, …), registered here in [`LANGUAGES`], so a copy editor or
//! a translator changes wording without touching logic or markup. (The load-failure
//! messages `embed.js` shows before the Wasm runs are in `embed.js`.)
//!
//! A language's [`Words`] is one struct whose every field is a `&'static str` (directly,
//! in arrays, or in small structs), so a language that lacks a string English has, or has
//! one English lacks, does not compile. The Wasm carries the same strings as text, one a
//! line in field order (see [`Words::lines`] and [`Words::from_lines`]): English compiled
//! in ([`ENGLISH_TEXT`]), every other language as a file fetched only by pages that speak
//! it.
//!
//! Each file of this folder has one job: `words` the schema, `locale_file` the text file,
//! `fill` the `{name}` templates, `phrases` the words and sentences for what is on screen,
//! `language` a language's tag and file, `currency` and `locale` amounts written the
//! page's way.

mod currency;
pub(crate) mod fill;
mod language;
mod locale;
mod locale_file;
mod phrases;
mod words;

pub use currency::Currency;
pub use language::Language;
pub use locale::Locale;
pub use phrases::StepText;
pub use words::{
    CardWords, ComparisonRow, PlanWords, ReasonWords, StepWords, Steps, SummaryWords, WarningWords,
    Words, WORD_COUNT,
};

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

// English, the fallback, as each type names it. Declared here with the registry that lists
// it first, so that no other file of this folder imports the folder's own module.
impl Language {
    /// English, the fallback.
    pub const ENGLISH: Language = LANGUAGES[0];
}

impl Locale {
    /// English, without a currency.
    pub const ENGLISH: Locale = Locale {
        language: Language::ENGLISH,
        words: ENGLISH,
        currency: None,
    };
}

// Every card of every step has its words in English, and so (the struct being the same)
// in every language.
const _: () = assert!(ENGLISH.steps.fit_questions());

// Native only: the other languages' words are compiled in there alone (`ALL_WORDS`).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::fill::parts;
    use super::*;
    use crate::engine::{decode_share, evaluate, Choice, PlanStepId, Step, Warning, QUESTIONS};

    const ITALIAN: &Words = &it::WORDS;

    fn all_cards() -> impl Iterator<Item = Choice> {
        QUESTIONS.iter().flat_map(|spec| Choice::all(spec.step))
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
            // Operations first by time and cost and by the foundations, growth first, an
            // audit: every wording of the plan.
            for code in ["1t-mxy17", "1brmxy03_h12", "1r-n-ys7", "1r-n-y00"] {
                let outcome = decode_share(code).ok().and_then(|a| evaluate(&a));
                for step in PlanStepId::ALL {
                    let text = outcome.as_ref().map(|o| words.plan_text(o, step));
                    assert!(text.is_some_and(|t| t.ends_with('.')), "{code} {step:?}");
                }
            }
            // A date never leaves the reader guessing: "mar" is both Tuesday and March.
            for weekday in words.weekdays {
                assert!(!words.months.contains(&weekday), "{weekday:?}");
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

    /// The names in `{braces}` of a template, as the filler reads them.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = parts(text).filter_map(|(_, name)| name).collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_language_has_every_string_english_has_and_no_other() {
        assert_eq!(
            placeholders("{step} of {total}, {step}"),
            ["step", "step", "total"]
        );
        assert!(ENGLISH
            .lines()
            .iter()
            .any(|line| placeholders(line).len() >= 2));
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
    fn italian_is_written_with_its_own_accents_and_apostrophes() {
        for text in ITALIAN.lines() {
            // A typed ' where Italian typography wants ’, and an apostrophe standing in for
            // an accent ("e'", "perche'") or the wrong accent ("perchè").
            assert!(!text.contains('\''), "{text:?}");
            // One word for one idea: the bottleneck is "il freno" (and "frenare").
            for other in ["collo di bottiglia", "limite", "strozzatura"] {
                assert!(!text.contains(other), "{other:?} in {text:?}");
            }
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
