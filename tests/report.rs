//! The result report's markup, checked natively for every complete set of answers: what the visitor reads
//! (the reason, this week's step and the call to action first, each reason and warning,
//! the highlighted column, dated plan, their own answers, which parts fold) and what they
//! can press (each control's `data-action` as written, and each one read back as the
//! control it names).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use aisd::content::{Language, Locale, ALL_WORDS, ENGLISH};
use aisd::cta::Cta;
use aisd::engine::*;
use aisd::report::{report, Control};
use common::{every_complete_answers, every_locale};

/// Every control's `data-action="…"` and `data-step="…"`, as written, in document order.
fn controls(html: &str) -> Vec<(&str, Option<&str>)> {
    html.split("<button")
        .chain(html.split("<a ").skip(1))
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            let attribute = |name: &str| {
                let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
                Some(&tag[start..start + tag[start..].find('"')?])
            };
            Some((attribute("data-action")?, attribute("data-step")))
        })
        .collect()
}

/// The `data-action` values the e2e tests, the snapshots and host pages' styles rely on,
/// written out rather than read from the table they check.
const ACTIONS: [&str; 6] = [
    "add-to-calendar",
    "change",
    "copy-link",
    "cta",
    "print",
    "start-over",
];

#[test]
fn every_outcome_lists_its_findings_highlights_its_column_and_dates_its_plan() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::FALLBACK);
    for answers in every_complete_answers() {
        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
        let html = report(&Locale::ENGLISH, &outcome, &answers, today, None);
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
        // 1,200 hours at 62.05 an hour: 74,460 a week, 3,871,920 a year, estimates shown
        // to two significant figures.
        let full_numbers = answers.numbers().is_some_and(|n| n.hourly_cost.is_some());
        assert_eq!(
            html.contains("1,200 hours a week, about 74,000 a week or 3,900,000 a year"),
            full_numbers,
            "{answers:?}"
        );
        // The baseline is the day-90 measure only where the plan automates the costly
        // work the visitor measured; that is also the only plan that says so.
        let measured_work = outcome.leads_with(Reason::BottleneckTimeCost);
        assert_eq!(
            html.contains(ENGLISH.baseline_measure),
            measured_work && outcome.baseline.is_some(),
            "{answers:?}"
        );
        assert_eq!(
            html.contains(ENGLISH.baseline_later),
            !measured_work && outcome.baseline.is_some(),
            "{answers:?}"
        );
        assert_eq!(
            html.contains(ENGLISH.plan.one_project_operations),
            measured_work,
            "{answers:?}"
        );

        let mut expected = vec![("add-to-calendar", None)];
        expected.extend(path(&answers).into_iter().map(|s| ("change", Some(s.id()))));
        expected.extend([("copy-link", None), ("print", None), ("start-over", None)]);
        assert_eq!(controls(&html), expected, "{answers:?}");
    }
}

#[test]
fn the_first_screen_says_what_to_do_and_the_long_parts_fold() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::FALLBACK);
    let cta = Cta {
        href: "https://example.com/contact".to_owned(),
        label: "Start a conversation".to_owned(),
        note: None,
    };
    for answers in every_complete_answers() {
        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
        let html = report(&Locale::ENGLISH, &outcome, &answers, today, Some(&cta));
        let at = |needle: &str| {
            html.find(needle)
                .unwrap_or_else(|| panic!("{needle:?} missing for {answers:?}"))
        };
        // Top down: the reason, this week's step with the date the plan gives it, what
        // happens next and the call to action, and only then why and the rest.
        let order = [
            at("<p class=\"lead\" id=\"result-lead\">"),
            at("data-first-step=\"define-success\""),
            at(ENGLISH.plan_title(outcome.verdict, PlanStepId::DefineSuccess)),
            at("<time datetime=\"2026-11-24\">Starting today, Tue 24 Nov 2026</time>"),
            at(&format!("<p class=\"cta-note\">{}</p>", ENGLISH.cta_note)),
            at("data-action=\"cta\""),
            at("id=\"why-heading\""),
            at("data-plan-step=\"define-success\""),
            at("data-action=\"copy-link\""),
        ];
        assert!(order.is_sorted(), "{order:?} for {answers:?}");
        // One date for the first step: the box's is the plan's.
        assert!(html.contains(
            "<li data-plan-step=\"define-success\"><time datetime=\"2026-11-24\">Tue 24 Nov 2026</time>"
        ));
        assert_eq!(html.matches("<time datetime=\"2026-11-30\"").count(), 0);
        assert_eq!(order[0], 0, "the reason comes first");
        let lead = ENGLISH.summary(&outcome)[0];
        assert!(
            lead.ends_with('.') && lead.matches(['.', '?', '!']).count() == 1,
            "the reason under the verdict is one sentence: {lead}"
        );
        assert!(html.contains(&format!("id=\"result-lead\">{lead}</p>")));
        for words in ALL_WORDS {
            let lead = words.summary(&outcome)[0];
            assert!(
                lead.ends_with('.') && lead.matches(['.', '?', '!']).count() == 1,
                "the reason under the verdict is one sentence in every language: {lead}"
            );
        }
        // The call to action twice, each under the line saying what happens next: in the
        // first screen and after everything else.
        assert_eq!(html.matches("data-action=\"cta\"").count(), 2);
        assert_eq!(html.matches("class=\"cta-note\"").count(), 2);
        assert!(html.ends_with("data-action=\"cta\">Start a conversation</a></div>"));
        // Why and warnings are never folded; the table and the answers start folded, the
        // plan open.
        for folded in ["why", "warnings"] {
            assert!(!html.contains(&format!("<details class=\"{folded}\"")));
        }
        assert!(html.contains("<details class=\"compare\" part=\"compare\"><summary>"));
        assert!(html.contains("<details class=\"plan\" part=\"plan\" open=\"open\"><summary>"));
        assert!(html.contains("<details class=\"answers\" part=\"answers\"><summary>"));
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
        note: Some("<b>Next</b>: a call".to_owned()),
    };
    let html = report(
        &Locale::ENGLISH,
        &outcome,
        answers,
        Date::FALLBACK,
        Some(&cta),
    );
    assert!(html.contains(
        "href=\"/contact?a=1&amp;b=&quot;2&quot;\" data-action=\"cta\">&lt;img src=x onerror=alert(1)&gt; Talk</a>"
    ));
    assert!(!html.contains("<img"));
    assert!(html.contains("<p class=\"cta-note\">&lt;b&gt;Next&lt;/b&gt;: a call</p>"));
    assert_eq!(controls(&html).last(), Some(&("cta", None)));
    // An empty note is the page asking for none.
    let quiet = Cta {
        note: Some(String::new()),
        ..cta
    };
    let html = report(
        &Locale::ENGLISH,
        &outcome,
        answers,
        Date::FALLBACK,
        Some(&quiet),
    );
    assert!(!html.contains("cta-note") && html.contains("data-action=\"cta\""));
    assert!(
        !report(&Locale::ENGLISH, &outcome, answers, Date::FALLBACK, None)
            .contains("data-action=\"cta\"")
    );
}

#[test]
fn every_control_round_trips_and_the_markup_names_exactly_the_table_s_controls() {
    let all: Vec<Control> = Control::all().collect();
    assert_eq!(all.len(), QUESTIONS.len() + 5);
    for control in &all {
        let step = control.step().map(Step::id);
        assert_eq!(
            Control::from_attributes(control.action(), step),
            Some(*control)
        );
    }
    let table: std::collections::BTreeSet<&str> = all.iter().map(|c| c.action()).collect();
    assert_eq!(table.into_iter().collect::<Vec<_>>(), ACTIONS);

    // Every outcome's markup, with a call to action, shows every control and no other.
    let cta = Cta {
        href: "/contact".to_owned(),
        label: "Talk".to_owned(),
        note: None,
    };
    let mut shown = Vec::new();
    for answers in every_complete_answers().into_iter().step_by(7) {
        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
        let html = report(
            &Locale::ENGLISH,
            &outcome,
            &answers,
            Date::FALLBACK,
            Some(&cta),
        );
        shown.extend(controls(&html).into_iter().map(|(action, step)| {
            Control::from_attributes(action, step)
                .unwrap_or_else(|| panic!("{action} {step:?} names no control"))
        }));
    }
    let order = |c: &Control| (c.action(), c.step());
    shown.sort_by_key(order);
    shown.dedup();
    let mut all = all;
    all.sort_by_key(order);
    assert_eq!(shown, all);
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
    assert_eq!(Control::from_attributes("print", Some("amplify")), None);
    assert_eq!(Control::from_attributes("launch", None), None);
}

/// The report's nodes with the words taken out: each tag with its attributes (the value
/// of an `aria-label`, which is words, blanked) and `#text` for each run of text.
fn skeleton(html: &str) -> Vec<String> {
    let mut nodes = Vec::new();
    for part in html.split('<').skip(1) {
        let (tag, text) = part.split_once('>').unwrap_or((part, ""));
        let tag = match tag.split_once(" aria-label=\"") {
            Some((before, after)) => {
                let rest = after.split_once('"').map_or("", |(_, rest)| rest);
                format!("{before} aria-label=\"…\"{rest}")
            }
            None => tag.to_owned(),
        };
        nodes.push(tag);
        if !text.is_empty() {
            nodes.push("#text".to_owned());
        }
    }
    nodes
}

#[test]
fn every_language_builds_the_same_report_node_by_node() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::FALLBACK);
    let cta = Cta {
        href: "https://example.com/contact".to_owned(),
        label: "Start".to_owned(),
        note: None,
    };
    let locales = every_locale();
    let mut verdicts = std::collections::BTreeSet::new();
    for answers in every_complete_answers() {
        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
        verdicts.insert(outcome.verdict);
        let english = report(&Locale::ENGLISH, &outcome, &answers, today, Some(&cta));
        let skeleton_en = skeleton(&english);
        assert!(skeleton_en.len() > 100, "the skeleton sees the report");
        for locale in &locales {
            let html = report(locale, &outcome, &answers, today, Some(&cta));
            assert_eq!(
                skeleton(&html),
                skeleton_en,
                "{} {answers:?}",
                locale.language.tag
            );
            if locale.language != Language::ENGLISH {
                assert_ne!(html, english, "{} is not English", locale.language.tag);
            }
        }
    }
    assert_eq!(verdicts.len(), Verdict::ALL.len());
}

#[test]
fn the_calendar_holds_the_dated_plan_the_page_shows() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::FALLBACK);
    let stamp = Stamp {
        date: today,
        seconds: 0,
    };
    for answers in every_complete_answers().into_iter().step_by(97) {
        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("no outcome: {answers:?}"));
        let file = aisd::report::calendar(&Locale::ENGLISH, &outcome, today, "acme", stamp);
        let unfolded = file.replace("\r\n ", "");
        let plan = plan(&outcome, today);
        assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), plan.steps.len());
        assert!(unfolded.contains(&format!("X-WR-CALNAME:{}\r\n", ENGLISH.plan_heading)));
        for step in &plan.steps {
            let start = step.start;
            assert!(
                unfolded.contains(&format!(
                    "UID:{}.acme@ai-sequencing-diagnostic\r\n",
                    step.id.id()
                )),
                "{:?}",
                step.id
            );
            assert!(unfolded.contains(&format!(
                "DTSTART;VALUE=DATE:{:04}{:02}{:02}\r\n",
                start.year(),
                start.month(),
                start.day()
            )));
            let title = ENGLISH.plan_title(outcome.verdict, step.id);
            assert!(
                unfolded.contains(&format!("SUMMARY:{}\r\n", title.replace(',', "\\,"))),
                "{title}"
            );
        }
    }
}
