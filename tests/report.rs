//! The result report's markup, checked natively for every outcome: what the visitor reads
//! (each reason and warning, the highlighted column, dated plan, their own answers) and
//! what they can press (every control parses back to the action it stands for).
#![cfg(not(target_arch = "wasm32"))]

use aisd::embedding::Cta;
use aisd::engine::*;
use aisd::report::{report, Control};

/// One complete set of answers per combination of the choices that drive the result.
fn samples() -> Vec<Answers> {
    let mut all = Vec::new();
    for bottleneck in [
        Bottleneck::TimeCost,
        Bottleneck::ReachGrowth,
        Bottleneck::Both,
    ] {
        for process_cost in ProcessCost::ALL {
            for amplify in Amplify::ALL {
                for s in 0..32u8 {
                    for f in 0..8u8 {
                        all.push(Answers {
                            bottleneck: Some(bottleneck),
                            tiebreak: (bottleneck == Bottleneck::Both)
                                .then_some(Tiebreak::ReachGrowth),
                            process_cost: Some(process_cost),
                            cost_numbers: (process_cost == ProcessCost::Measured).then(|| {
                                CostNumbers {
                                    weekly_hours: Hours::parse("12").ok().flatten(),
                                    hourly_cost: Money::parse("40").ok().flatten(),
                                }
                            }),
                            amplify: Some(amplify),
                            situation: Situations::from_bits(s),
                            foundation: Foundations::from_bits(f),
                        });
                    }
                }
            }
        }
    }
    all
}

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
    for answers in samples() {
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
        // 12 hours at 40 an hour: 480 a week, 24,960 a year.
        let baseline = html.contains("12 hours a week, about 480 a week or 24,960 a year");
        assert_eq!(
            baseline,
            answers.process_cost == Some(ProcessCost::Measured)
        );

        let changes: Vec<Control> = path(&answers).into_iter().map(Control::Change).collect();
        let mut expected_controls: Vec<Option<Control>> = changes.into_iter().map(Some).collect();
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
    let answers = &samples()[0];
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
