//! The result report's markup, checked natively for every complete set of answers: what the visitor reads
//! (each reason and warning, the highlighted column, dated plan, their own answers) and
//! what they can press (every control parses back to the action it stands for).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use aisd::embedding::Cta;
use aisd::engine::*;
use aisd::report::{report, Control};
use common::every_complete_answers;

/// Every `data-action="…"` (with its `data-step`, if any) in document order.
fn controls(html: &str) -> Vec<Option<Control>> {
    html.split("<button")
        .chain(html.split("<a ").skip(1))
        .skip(1)
        .map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            let attribute = |name: &str| {
                let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
                Some(&tag[start..start + tag[start..].find('"')?])
            };
            Control::from_attributes(attribute("data-action")?, attribute("data-step"))
        })
        .collect()
}

#[test]
fn every_outcome_lists_its_findings_highlights_its_column_and_dates_its_plan() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::FALLBACK);
    for answers in every_complete_answers() {
        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
        let html = report(&outcome, &answers, today, None);
        for reason in &outcome.reasons {
            assert!(
                html.contains(&format!("data-reason=\"{}\"", reason.id.id())),
                "{:?} missing for {answers:?}",
                reason.id
            );
        }
        assert_eq!(html.matches("data-reason=").count(), outcome.reasons.len());
        assert_eq!(
            html.matches("data-warning=").count(),
            outcome.warnings.len(),
            "{answers:?}"
        );
        // A highlighted column is its header and its six cells; the audit highlights none.
        let highlighted = html.matches("class=\"recommended\"").count();
        let expected = if outcome.verdict == Verdict::ProcessAuditFirst {
            0
        } else {
            7
        };
        assert_eq!(highlighted, expected, "{:?}", outcome.verdict);
        assert!(html.contains("<time datetime=\"2026-11-24\">Tue 24 Nov 2026</time>"));
        assert!(html.contains("<time datetime=\"2027-02-22\">Mon 22 Feb 2027</time>"));
        assert_eq!(
            html.contains("class=\"baseline\""),
            outcome.baseline.is_some(),
            "{answers:?}"
        );
        // 1,200 hours at 62.05 an hour: 74,460 a week, 3,871,920 a year.
        let full_numbers = answers.numbers().is_some_and(|n| n.hourly_cost.is_some());
        assert_eq!(
            html.contains("1,200 hours a week, about 74,460 a week or 3,871,920 a year"),
            full_numbers,
            "{answers:?}"
        );

        let changes: Vec<Control> = path(&answers).into_iter().map(Control::Change).collect();
        let mut expected_controls = vec![Some(Control::AddToCalendar)];
        expected_controls.extend(changes.into_iter().map(Some));
        expected_controls.extend([
            Some(Control::CopyLink),
            Some(Control::Print),
            Some(Control::StartOver),
        ]);
        assert_eq!(controls(&html), expected_controls, "{answers:?}");
    }
}

#[test]
fn the_call_to_action_is_escaped_and_only_shown_when_set() {
    let all = every_complete_answers();
    let answers = &all[0];
    let outcome = evaluate(answers).unwrap_or_else(|| panic!("no outcome"));
    let cta = Cta {
        href: "/contact?a=1&b=\"2\"".to_owned(),
        label: "<img src=x onerror=alert(1)> Talk".to_owned(),
    };
    let html = report(&outcome, answers, Date::FALLBACK, Some(&cta));
    assert!(html.contains(
        "href=\"/contact?a=1&amp;b=&quot;2&quot;\" data-action=\"cta\">&lt;img src=x onerror=alert(1)&gt; Talk</a>"
    ));
    assert!(!html.contains("<img"));
    assert_eq!(controls(&html).last(), Some(&Some(Control::Cta)));
    assert!(!report(&outcome, answers, Date::FALLBACK, None).contains("data-action=\"cta\""));
}

#[test]
fn unknown_controls_are_ignored() {
    assert_eq!(
        Control::from_attributes("change", Some("amplify")),
        Some(Control::Change(Step::Amplify))
    );
    assert_eq!(Control::from_attributes("change", Some("result")), None);
    assert_eq!(Control::from_attributes("change", Some("nope")), None);
    assert_eq!(Control::from_attributes("change", None), None);
    assert_eq!(Control::from_attributes("launch", None), None);
}
