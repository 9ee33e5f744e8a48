//! Every screen as the visitor sees it, written natively from the very views the Wasm
//! draws (`aisd::views::static_html`), in every language: each step
//! (as it opens on a visitor's path, and with its answer when they come back to change
//! it), a step refusing to move on, every verdict's result, and the notices. A change of
//! words or markup on any screen fails here until its snapshot is reviewed (`cargo insta
//! review`, or `INSTA_UPDATE=always cargo test --test screens`).
//!
//! Print has no screen of its own: the print stylesheet hides and unfolds parts of the
//! result drawn here (the end-to-end tests take its screenshots).
#![cfg(not(target_arch = "wasm32"))]

use aisd::content::{Currency, Locale, ALL_WORDS, LANGUAGES};
use aisd::engine::{decode_share, path, Date, NumberField, Session, Step};
use aisd::options::{parse_options, EmbedOptions, RawOptions};
use aisd::state::{Model, Msg, Notice, PageFacts};
use aisd::views::static_html::screen_html;

/// Markup with a line break between adjacent tags, so a diff points at what changed.
fn lines(html: &str) -> String {
    html.replace("><", ">\n<")
}

/// Answers whose path goes through every step (`both`, then the tie-break; `measured`,
/// then the numbers).
const EVERY_STEP: &str = "1brmxy03_h12";

/// Answers that between them reach every verdict (tests/snapshots.rs checks that its
/// cases, these among them, reach every reason and warning).
const RESULTS: [(&str, &str); 4] = [
    ("growth-first", "1t-mxn23_h37.5_c62.05"),
    ("process-audit-first", "1r-n-y00"),
    ("operations-first", "1brmxy03_h12"),
    ("operations-first-with-costs", "1t-mxy17"),
];

/// Every language, each with the prefix of its snapshots' names and its currency.
fn locales() -> Vec<(String, Locale)> {
    LANGUAGES
        .into_iter()
        .zip(ALL_WORDS)
        .map(|(language, words)| {
            let english = language.tag == "en";
            let locale = Locale {
                language,
                words,
                currency: if english {
                    None
                } else {
                    Currency::parse("EUR")
                },
            };
            (format!("{}-", language.tag), locale)
        })
        .collect()
}

/// A page with a call to action, so the result shows it.
fn options() -> EmbedOptions {
    let raw = RawOptions {
        cta_href: Some("https://example.com/contact?verdict={verdict}".to_owned()),
        cta_label: Some("Book a call".to_owned()),
        ..RawOptions::default()
    };
    parse_options(&raw).0
}

/// What the shell would have read from the page: a fixed day, so the plan's dates hold.
fn page() -> PageFacts {
    PageFacts {
        today: Date::new(2026, 12, 7).unwrap_or(Date::FALLBACK),
        url: "https://example.com/pricing".to_owned(),
    }
}

fn model(locale: &Locale, session: Session, notices: Vec<Notice>) -> Model {
    Model::start(session, notices, locale.decimal_mark()).on_page(page())
}

fn draw(model: Model, locale: Locale) -> String {
    let html = screen_html(&model, &locale, &options());
    lines(&html)
}

fn answers(code: &str) -> aisd::engine::Answers {
    decode_share(code).unwrap_or_else(|e| panic!("{code}: {e:?}"))
}

#[test]
fn every_step_as_it_opens_and_with_its_answer() {
    let full = answers(EVERY_STEP);
    let steps = path(&full);
    assert_eq!(steps.len(), 7, "the path goes through every question step");
    for (prefix, locale) in locales() {
        for (position, &step) in steps.iter().enumerate() {
            // As it opens: only the steps before it answered.
            let mut before = full.clone();
            for later in &steps[position..] {
                before.set(*later, None);
            }
            let opening = draw(
                model(&locale, Session::resume(before, step), vec![]),
                locale,
            );
            assert!(opening.contains(&format!("data-step=\"{}\"", step.id())));
            insta::assert_snapshot!(format!("{prefix}step-{}", step.id()), opening);
            // Back to change it: its answer shown.
            let changing = draw(
                model(&locale, Session::resume(full.clone(), step), vec![]),
                locale,
            );
            insta::assert_snapshot!(format!("{prefix}step-{}-answered", step.id()), changing);
        }
    }
}

#[test]
fn a_step_refusing_to_move_on_says_why() {
    for (prefix, locale) in locales() {
        let fresh = model(&locale, Session::default(), vec![]);
        let refused = fresh
            .update(Msg::Submit)
            .expect("a refusal changes the draft");
        insta::assert_snapshot!(
            format!("{prefix}refused-nothing-chosen"),
            draw(refused, locale)
        );

        let numbers = model(
            &locale,
            Session::resume(answers(EVERY_STEP), Step::CostNumbers),
            vec![],
        );
        let typed = numbers
            .update(Msg::Type(NumberField::WeeklyHours, "-3".to_owned()))
            .and_then(|m| m.update(Msg::Submit))
            .expect("a refused number changes the draft");
        let html = draw(typed, locale);
        assert!(html.contains("aria-invalid=\"true\""));
        insta::assert_snapshot!(format!("{prefix}refused-number"), html);
    }
}

#[test]
fn every_verdicts_result() {
    for (prefix, locale) in locales() {
        for (name, code) in RESULTS {
            let session = Session::resume(answers(code), Step::Result);
            let html = draw(model(&locale, session, vec![]), locale);
            let verdict = name.trim_end_matches("-with-costs");
            assert!(
                html.contains(&format!("data-verdict=\"{verdict}\"")),
                "{name}"
            );
            assert!(
                html.contains("data-action=\"cta\""),
                "{name}: the call to action"
            );
            insta::assert_snapshot!(format!("{prefix}result-{name}"), html);
        }
    }
}

#[test]
fn every_notice() {
    let all = vec![
        Notice::StoredUnreadable,
        Notice::StoredNewer,
        Notice::StorageUnavailable,
        Notice::ShareLinkBroken,
        Notice::SharedResult,
        Notice::Forgotten,
    ];
    for (prefix, locale) in locales() {
        let html = draw(model(&locale, Session::default(), all.clone()), locale);
        assert_eq!(html.matches("class=\"notice\"").count(), all.len());
        insta::assert_snapshot!(format!("{prefix}notices"), html);
    }
}
