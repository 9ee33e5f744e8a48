//! Snapshots of what the visitor reads: every step's question, help and answer cards, every
//! notice and announcement, and the whole result (headline and report) for a set of
//! answers that between them produce every verdict, reason and warning. A change of words
//! or markup fails here until its new snapshot is reviewed (`cargo insta review`, or
//! accept with `INSTA_UPDATE=always cargo test --test snapshots`). English snapshots are
//! named as before; every other language's carry its tag first (`it-result-0-…`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use aisd::choices::cards;
use aisd::content::{Currency, Locale, ALL_WORDS, LANGUAGES};
use aisd::cta::Cta;
use aisd::engine::*;
use aisd::report::report;
use aisd::state::Notice;

/// Markup with a line break between adjacent tags, so a snapshot diff points at the
/// element that changed rather than at one line of several kilobytes.
fn lines(html: &str) -> String {
    html.replace("><", ">\n<")
}

/// Answers, as share codes, that together reach every verdict, reason and warning
/// (checked by `the_cases_cover_every_finding`), with and without cost numbers.
const CASES: [&str; 8] = [
    // growth-first by scenario B with a foundation gap; hours and cost: a money baseline.
    "1t-mxn23_h37.5_c62.05",
    // growth-first by scenario A, costs unmeasured, nothing to amplify.
    "1r-n-n17",
    // process-audit-first: reach and growth with gaps and unmeasured costs.
    "1r-n-y00",
    // operations-first by foundation gaps after "both"; hours only.
    "1brmxy03_h12",
    // growth-first by the bottleneck, amplify and scenario C; several projects.
    "1r-n-ys7",
    // operations-first by time and cost, with the contradiction warning.
    "1t-mxy17",
    // process-audit-first: time and cost after "both", unmeasured.
    "1btn-y07",
    // growth-first with fast feedback and nothing to amplify.
    "1r-mxn47",
];

/// Every language, each with the name prefix of its snapshots. English amounts stay plain
/// numbers (as before there was a currency option); Italian ones are in euros.
fn locales() -> Vec<(String, Locale)> {
    LANGUAGES
        .into_iter()
        .zip(ALL_WORDS)
        .map(|(language, words)| {
            let english = language.tag == "en";
            let prefix = if english {
                String::new()
            } else {
                format!("{}-", language.tag)
            };
            let currency = if english {
                None
            } else {
                Currency::parse("EUR")
            };
            (
                prefix,
                Locale {
                    language,
                    words,
                    currency,
                },
            )
        })
        .collect()
}

fn outcome(code: &str) -> (Answers, Outcome) {
    let answers = decode_share(code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
    let outcome = evaluate(&answers).unwrap_or_else(|| panic!("{code}: no outcome"));
    (answers, outcome)
}

#[test]
fn the_cases_cover_every_finding() {
    let (mut verdicts, mut reasons, mut warnings) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for code in CASES {
        let (_, outcome) = outcome(code);
        verdicts.insert(outcome.verdict.id());
        reasons.extend(outcome.reasons.iter().map(|r| r.id.id()));
        warnings.extend(outcome.warnings.iter().map(|w| w.id.id()));
    }
    assert_eq!(verdicts, Verdict::IDS.into_iter().collect());
    assert_eq!(reasons, Reason::IDS.into_iter().collect());
    assert_eq!(warnings, Warning::IDS.into_iter().collect());
}

#[test]
fn every_result_reads_as_reviewed() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::FALLBACK);
    let cta = Cta {
        href: "https://example.com/contact".to_owned(),
        label: "Start a conversation".to_owned(),
        note: None,
    };
    for (prefix, l) in locales() {
        for (i, code) in CASES.into_iter().enumerate() {
            let (answers, outcome) = outcome(code);
            // The headline; the summary is in the report (its first sentence right under
            // the headline, the rest opening "Why").
            let mut text = format!(
                "{}\n{}\n",
                l.result_eyebrow,
                l.verdict_headline(outcome.verdict)
            );
            let session = Session::resume(answers.clone(), Step::Result);
            text.push_str(&format!("announced: {}\n\n", l.announce_step(&session)));
            // The call to action only on the first case: the others show the report without it.
            let cta = (i == 0).then_some(&cta);
            text.push_str(&lines(&report(&l, &outcome, &answers, today, cta)));
            let name = format!("{prefix}result-{i}-{}", outcome.verdict.id());
            insta::assert_snapshot!(name, text, code);
        }
    }
}

#[test]
fn every_step_reads_as_reviewed() {
    // The longest path: every step, with the numbers step.
    let answers = decode_answers("1btmxy37").unwrap_or_else(|e| panic!("{e:?}"));
    for (prefix, l) in locales() {
        for step in path(&answers) {
            let session = Session::resume(answers.clone(), step);
            let (position, total) = progress(&answers, step);
            let mut text = format!(
                "{}\n{}\n{}\nannounced: {}\n",
                l.step_counter(position, total),
                l.step_title(step),
                l.step_help(step),
                l.announce_step(&session),
            );
            if step == Step::CostNumbers {
                for field in NumberField::ALL {
                    text.push_str(&format!(
                        "{}\n{}\n",
                        l.number_label(field),
                        l.number_hint(field)
                    ));
                    for error in [
                        NumberError::NotANumber,
                        NumberError::Negative,
                        NumberError::TooLarge,
                    ] {
                        text.push_str(&format!("error: {}\n", l.number_error(field, error)));
                    }
                }
            } else {
                // Ticked as answered, so the snapshot shows the checked attribute too.
                text.push_str(&lines(&cards(l.words, step, &answers)));
            }
            insta::assert_snapshot!(format!("{prefix}step-{}", step.id()), text);
        }
    }
}

#[test]
fn the_fixed_words_read_as_reviewed() {
    for (prefix, l) in locales() {
        let words = [
            ("intro", l.intro),
            ("next", l.next),
            ("see-result", l.see_result),
            ("back", l.back),
            ("choose-one", l.choose_one),
            ("dismiss", l.dismiss),
            (
                "notice-stored-unreadable",
                l.notice(Notice::StoredUnreadable),
            ),
            ("notice-stored-newer", l.notice(Notice::StoredNewer)),
            (
                "notice-storage-unavailable",
                l.notice(Notice::StorageUnavailable),
            ),
            (
                "notice-share-link-broken",
                l.notice(Notice::ShareLinkBroken),
            ),
            ("notice-shared-result", l.notice(Notice::SharedResult)),
            ("notice-forgotten", l.notice(Notice::Forgotten)),
            ("link-copied", l.link_copied),
            ("copy-fallback", l.copy_fallback),
        ];
        let text: String = words
            .iter()
            .map(|(name, words)| format!("{name}: {words}\n"))
            .collect();
        insta::assert_snapshot!(format!("{prefix}fixed-words"), text);
    }
}
