//! The one-line summary a page's booking form receives through `{summary}` in
//! `data-cta-href`: for every complete set of answers and every language, the verdict and
//! exactly the three deciding answers, the typed numbers only when the page allows them,
//! and the lines themselves reviewed as snapshots in English and Italian.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use aisd::cta::{parse_forward, CtaTemplate};
use aisd::engine::*;
use aisd::report::summary_line;
use common::{every_complete_answers, every_locale};

/// The answers on the summary's line, as "Your answers" names their steps.
fn deciding_steps(answers: &Answers, with_numbers: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    steps.push(if answers.one::<Bottleneck>() == Some(Bottleneck::Both) {
        Step::BottleneckTiebreak
    } else {
        Step::Bottleneck
    });
    steps.push(Step::ProcessCost);
    let typed = answers
        .numbers()
        .is_some_and(|n| n.weekly_hours.is_some() || n.hourly_cost.is_some());
    if with_numbers && typed {
        steps.push(Step::CostNumbers);
    }
    steps.push(Step::Amplify);
    steps
}

#[test]
fn the_summary_is_the_verdict_and_the_three_deciding_answers() {
    let mut with_numbers_seen = 0;
    for locale in every_locale() {
        for answers in every_complete_answers() {
            let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
            for with_numbers in [false, true] {
                let line = summary_line(&locale, &outcome, &answers, with_numbers);
                let context = format!(
                    "{} {answers:?} numbers: {with_numbers}",
                    locale.language.tag
                );
                let rest = line
                    .strip_prefix(locale.verdict_headline(outcome.verdict))
                    .and_then(|rest| rest.strip_prefix(". "))
                    .and_then(|rest| rest.strip_suffix('.'))
                    .unwrap_or_else(|| {
                        panic!("verdict first, full stop last: {line:?} ({context})")
                    });
                let names: Vec<&str> = rest
                    .split("; ")
                    .map(|part| part.split(": ").next().unwrap_or_default())
                    .collect();
                let expected: Vec<&str> = deciding_steps(&answers, with_numbers)
                    .into_iter()
                    .map(|step| locale.step_short(step))
                    .collect();
                assert_eq!(names, expected, "{context}");
                if with_numbers {
                    with_numbers_seen += usize::from(expected.len() == 4);
                } else {
                    assert!(
                        !line.chars().any(|c| c.is_ascii_digit()),
                        "no typed number without data-cta-share-numbers: {line:?} ({context})"
                    );
                }
            }
        }
    }
    assert!(with_numbers_seen > 0, "some answer sets carry numbers");
}

#[test]
fn the_summary_reads_well_in_every_language() {
    let answers = |bottleneck: Bottleneck,
                   process: ProcessCost,
                   numbers: Option<(&str, &str)>,
                   amplify: Amplify| {
        let mut answers = Answers::default()
            .with(Answer::one(bottleneck))
            .with(Answer::one(process));
        if bottleneck == Bottleneck::Both {
            answers = answers.with(Answer::one(Constraint::TimeCost));
        }
        if let Some((hours, cost)) = numbers {
            let numbers = CostNumbers {
                weekly_hours: Hours::parse(hours).ok().flatten(),
                hourly_cost: Money::parse(cost).ok().flatten(),
            };
            answers = answers.with((Step::CostNumbers, Answer::Numbers(numbers)));
        }
        answers
            .with(Answer::one(amplify))
            .with((Step::Situation, Answer::Any(0)))
            .with((Step::Foundation, Answer::Any(0)))
    };
    let cases = [
        answers(
            Bottleneck::TimeCost,
            ProcessCost::Measured,
            Some(("12", "45")),
            Amplify::No,
        ),
        answers(
            Bottleneck::Both,
            ProcessCost::NotMeasured,
            None,
            Amplify::Yes,
        ),
        answers(
            Bottleneck::ReachGrowth,
            ProcessCost::Measured,
            Some(("", "")),
            Amplify::Yes,
        ),
    ];
    for locale in every_locale() {
        let mut lines = String::new();
        for answers in &cases {
            let outcome = evaluate(answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
            for with_numbers in [false, true] {
                lines.push_str(&summary_line(&locale, &outcome, answers, with_numbers));
                lines.push('\n');
            }
        }
        insta::assert_snapshot!(format!("summary-{}", locale.language.tag), lines);
    }
}

#[test]
fn booking_links_receive_the_summary_url_encoded() {
    let locale = &every_locale()[0];
    let answers = every_complete_answers()
        .into_iter()
        .find(|a| a.numbers().is_some_and(|n| n.hourly_cost.is_some()))
        .unwrap_or_default();
    let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
    for (href, share_numbers) in [
        ("https://cal.com/acme/intro?notes={summary}", false),
        ("https://calendly.com/acme/intro?a1={summary}", true),
        (
            "mailto:hello@acme.example?subject={verdict}&body={summary}",
            false,
        ),
    ] {
        let template = CtaTemplate {
            href: href.to_owned(),
            label: None,
            note: None,
            forward: parse_forward("utm").0,
            share_numbers,
        };
        // The widget works the summary out only for a link that asks for it.
        assert!(template.needs_summary(), "{href} asks for the summary");
        let summary = summary_line(locale, &outcome, &answers, template.share_numbers);
        let link = template
            .link(
                [outcome.verdict.id(), "", &summary],
                "https://h.example/?utm_source=ad",
                "Talk",
            )
            .unwrap_or_else(|| panic!("{href} refused"));
        let encoded = aisd::cta::encode_component(&summary);
        assert!(
            link.href.contains(&encoded),
            "{} holds {encoded}",
            link.href
        );
        assert!(!link.href.contains(' '), "{} is encoded", link.href);
        assert_eq!(
            summary.chars().any(|c| c.is_ascii_digit()),
            share_numbers,
            "numbers only when shared: {summary}"
        );
    }
}
