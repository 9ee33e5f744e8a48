//! The decision model checked against the spec: a table test per rule and warning,
//! every combination of answers on every path against an independent oracle, and
//! property tests that feed arbitrary input to the decoders and the reducer.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use aisd::engine::*;
use common::every_complete_answers;
use proptest::prelude::*;

/// Answers from the spec's own ids, so each table row reads like the spec.
struct Given {
    bottleneck: &'static str,
    tiebreak: Option<&'static str>,
    process_cost: &'static str,
    amplify: &'static str,
    situation: &'static [&'static str],
    foundation: &'static [&'static str],
}

const ALL_FOUNDATIONS: &[&str] = &["crm-consistent", "followup-reliable", "qualification-owned"];

impl Given {
    fn answers(&self) -> Answers {
        // Through the form's own route: each value id is parsed as its step's card would be.
        let one = |step: Step, id: &str| {
            let card = Choice::parse(step, id).unwrap_or_else(|| panic!("{step:?} {id}"));
            (
                step,
                Answer::One(u8::try_from(card.index()).unwrap_or(u8::MAX)),
            )
        };
        let ticked = |step: Step, ids: &[&str]| {
            let bits = ids.iter().fold(0u8, |bits, id| {
                let card = Choice::parse(step, id).unwrap_or_else(|| panic!("{step:?} {id}"));
                bits | 1 << card.index()
            });
            (step, Answer::Any(bits))
        };
        let mut answers = Answers::default()
            .with(one(Step::Bottleneck, self.bottleneck))
            .with(one(Step::ProcessCost, self.process_cost))
            .with(one(Step::Amplify, self.amplify))
            .with(ticked(Step::Situation, self.situation))
            .with(ticked(Step::Foundation, self.foundation));
        if let Some(tiebreak) = self.tiebreak {
            answers = answers.with(one(Step::BottleneckTiebreak, tiebreak));
        }
        if self.process_cost == "measured" {
            answers = answers.with((Step::CostNumbers, Answer::Numbers(CostNumbers::default())));
        }
        answers
    }
}

const BASE: Given = Given {
    bottleneck: "time-cost",
    tiebreak: None,
    process_cost: "measured",
    amplify: "yes",
    situation: &[],
    foundation: ALL_FOUNDATIONS,
};

/// Stored text as the browser reads it: JSON parsed by a real parser (here serde_json,
/// in the browser `JSON.parse`), then the engine's one record check.
fn parse_record(text: &str) -> Result<RawRecord, RecordError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| RecordError::NotJson)?;
    let field = |name: &str| match value.get(name) {
        None => JsonField::Missing,
        Some(serde_json::Value::String(text)) => JsonField::Text(text.clone()),
        Some(serde_json::Value::Number(n)) => {
            n.as_f64().map_or(JsonField::Other, JsonField::Number)
        }
        Some(_) => JsonField::Other,
    };
    read_record(
        value
            .is_object()
            .then_some(&field as &dyn Fn(&str) -> JsonField),
    )
}

fn ids<T: Copy>(findings: &[Finding<T>], id: fn(T) -> &'static str) -> Vec<&'static str> {
    findings.iter().map(|f| id(f.id)).collect()
}

#[test]
fn verdict_rules_first_match_wins() {
    let cases: &[(&str, Given, &str, &[&str])] = &[
        (
            "rule 1: validating the model beats everything (scenario B)",
            Given {
                situation: &["validating-model", "ops-efficient"],
                bottleneck: "reach-growth",
                foundation: &[],
                process_cost: "not-measured",
                ..BASE
            },
            "growth-first",
            &["scenario-b"],
        ),
        (
            "rule 2: efficient operations and a reach/growth bottleneck (scenario A)",
            Given {
                situation: &["ops-efficient"],
                bottleneck: "reach-growth",
                foundation: &[],
                ..BASE
            },
            "growth-first",
            &["scenario-a"],
        ),
        (
            "rule 2 uses bottleneck*: both then reach-growth counts as reach-growth",
            Given {
                situation: &["ops-efficient"],
                bottleneck: "both",
                tiebreak: Some("reach-growth"),
                ..BASE
            },
            "growth-first",
            &["scenario-a"],
        ),
        (
            "rule 2 does not fire when time and cost is the bottleneck",
            Given {
                situation: &["ops-efficient"],
                ..BASE
            },
            "operations-first",
            &["bottleneck-time-cost"],
        ),
        (
            "rule 3a: reach-growth, gaps, costs not measured -> process audit",
            Given {
                bottleneck: "reach-growth",
                process_cost: "not-measured",
                foundation: &["crm-consistent"],
                ..BASE
            },
            "process-audit-first",
            &["foundation-gaps", "unmeasured-costs"],
        ),
        (
            "rule 3b: reach-growth with gaps -> operations first to fix them",
            Given {
                bottleneck: "reach-growth",
                foundation: &[],
                ..BASE
            },
            "operations-first",
            &["foundation-gaps"],
        ),
        (
            "rule 3c: reach-growth, no gaps -> growth first",
            Given {
                bottleneck: "reach-growth",
                amplify: "no",
                ..BASE
            },
            "growth-first",
            &["bottleneck-reach-growth"],
        ),
        (
            "rule 3c adds amplify and scenario C when they hold",
            Given {
                bottleneck: "reach-growth",
                situation: &["fast-feedback"],
                ..BASE
            },
            "growth-first",
            &["bottleneck-reach-growth", "amplify", "scenario-c"],
        ),
        (
            "rule 3c with no gaps even when costs are unmeasured",
            Given {
                bottleneck: "reach-growth",
                process_cost: "not-measured",
                ..BASE
            },
            "growth-first",
            &["bottleneck-reach-growth", "amplify"],
        ),
        (
            "rule 4a: time-cost, costs not measured -> process audit",
            Given {
                process_cost: "not-measured",
                foundation: &[],
                ..BASE
            },
            "process-audit-first",
            &["unmeasured-costs"],
        ),
        (
            "rule 4b: time-cost, costs measured -> operations first",
            BASE,
            "operations-first",
            &["bottleneck-time-cost"],
        ),
        (
            "rule 4 uses bottleneck*: both then time-cost",
            Given {
                bottleneck: "both",
                tiebreak: Some("time-cost"),
                ..BASE
            },
            "operations-first",
            &["bottleneck-time-cost"],
        ),
    ];
    for (rule, given, verdict, reasons) in cases {
        let outcome = evaluate(&given.answers()).unwrap_or_else(|| panic!("{rule}: no outcome"));
        assert_eq!(outcome.verdict.id(), *verdict, "{rule}");
        assert_eq!(ids(&outcome.reasons, Reason::id), *reasons, "{rule}");
    }
}

#[test]
fn each_warning_fires_exactly_when_its_condition_holds() {
    let cases: &[(&str, Given, &[&str])] = &[
        (
            "error-01: growth-first with foundation gaps",
            Given {
                situation: &["validating-model", "fast-feedback"],
                foundation: &["crm-consistent"],
                ..BASE
            },
            &["error-01"],
        ),
        (
            "error-01 not without gaps",
            Given {
                situation: &["validating-model", "fast-feedback"],
                ..BASE
            },
            &[],
        ),
        (
            "error-02: every operations-first verdict",
            BASE,
            &["error-02"],
        ),
        (
            "error-02: ops-efficient without capacity reinvested",
            Given {
                situation: &["ops-efficient", "fast-feedback"],
                bottleneck: "reach-growth",
                ..BASE
            },
            &["error-02"],
        ),
        (
            "error-02 not when capacity is reinvested",
            Given {
                situation: &["ops-efficient", "capacity-reinvested", "fast-feedback"],
                bottleneck: "reach-growth",
                ..BASE
            },
            &[],
        ),
        (
            "starts-from-zero: growth-first with nothing to amplify",
            Given {
                situation: &["validating-model"],
                amplify: "no",
                ..BASE
            },
            &["starts-from-zero"],
        ),
        (
            "slow-feedback: growth-first without fast feedback, rule 1 not fired",
            Given {
                bottleneck: "reach-growth",
                ..BASE
            },
            &["slow-feedback"],
        ),
        (
            "slow-feedback not when rule 1 fired",
            Given {
                situation: &["validating-model"],
                ..BASE
            },
            &[],
        ),
        (
            "parallel-projects: several projects",
            Given {
                situation: &["several-projects"],
                ..BASE
            },
            &["error-02", "parallel-projects"],
        ),
        (
            "contradiction: ops-efficient yet time and cost",
            Given {
                situation: &["ops-efficient", "capacity-reinvested"],
                ..BASE
            },
            &["error-02", "contradiction"],
        ),
        (
            "unmeasured-costs: growth-first with costs not measured",
            Given {
                situation: &["validating-model"],
                process_cost: "not-measured",
                ..BASE
            },
            &["unmeasured-costs"],
        ),
        (
            "unmeasured-costs is a reason, not a warning, for the audit",
            Given {
                process_cost: "not-measured",
                ..BASE
            },
            &[],
        ),
        (
            "warnings come in the spec's order",
            Given {
                bottleneck: "reach-growth",
                situation: &["ops-efficient", "several-projects"],
                amplify: "no",
                process_cost: "not-measured",
                foundation: &[],
                ..BASE
            },
            &[
                "error-01",
                "error-02",
                "starts-from-zero",
                "slow-feedback",
                "parallel-projects",
                "unmeasured-costs",
            ],
        ),
    ];
    for (rule, given, warnings) in cases {
        let outcome = evaluate(&given.answers()).unwrap_or_else(|| panic!("{rule}: no outcome"));
        assert_eq!(ids(&outcome.warnings, Warning::id), *warnings, "{rule}");
    }
}

#[test]
fn findings_name_the_answers_that_caused_them() {
    let outcome = evaluate(
        &Given {
            bottleneck: "both",
            tiebreak: Some("reach-growth"),
            foundation: &["crm-consistent"],
            ..BASE
        }
        .answers(),
    );
    let outcome = outcome.expect("complete answers");
    assert_eq!(
        outcome.reasons[0].causes,
        vec![
            Cause::LeftUnticked(Choice::of(Foundation::FollowupReliable)),
            Cause::LeftUnticked(Choice::of(Foundation::QualificationOwned)),
        ]
    );
    let outcome = evaluate(
        &Given {
            bottleneck: "both",
            tiebreak: Some("time-cost"),
            ..BASE
        }
        .answers(),
    )
    .expect("complete");
    assert!(outcome.reasons[0]
        .causes
        .contains(&Cause::Chose(Choice::of(Constraint::TimeCost))));
}

#[test]
fn no_result_from_a_partial_set_of_answers() {
    let mut answers = BASE.answers();
    answers.set(Step::Foundation, None);
    assert_eq!(evaluate(&answers), None);
    let mut answers = BASE.answers();
    answers.set(Step::CostNumbers, None);
    assert_eq!(
        evaluate(&answers),
        None,
        "the numbers step is on the path after measured"
    );
    let mut answers = Given {
        bottleneck: "both",
        ..BASE
    }
    .answers();
    answers.set(Step::BottleneckTiebreak, None);
    assert_eq!(
        evaluate(&answers),
        None,
        "the tie-break is required after both"
    );
}

#[test]
fn the_baseline_comes_with_the_outcome() {
    let answers = BASE.answers().with((
        Step::CostNumbers,
        Answer::Numbers(CostNumbers {
            weekly_hours: Hours::parse("10").ok().flatten(),
            hourly_cost: Money::parse("50").ok().flatten(),
        }),
    ));
    let baseline = evaluate(&answers).and_then(|o| o.baseline);
    assert_eq!(baseline.and_then(|b| b.yearly_cost), Some(2_600_000));
}

/// The spec's §2, written out again as plainly as possible, to check the engine against.
fn oracle(a: &Answers) -> (&'static str, Vec<&'static str>, Vec<&'static str>) {
    let has = |s: Situation| a.ticked(s);
    let b = match (a.one::<Bottleneck>(), a.one::<Constraint>()) {
        (Some(Bottleneck::Both), Some(Constraint::TimeCost)) | (Some(Bottleneck::TimeCost), _) => {
            "time-cost"
        }
        _ => "reach-growth",
    };
    let gaps = Foundation::ALL.into_iter().any(|f| !a.ticked(f));
    let unmeasured = a.one::<ProcessCost>() == Some(ProcessCost::NotMeasured);
    let (verdict, reasons): (&str, Vec<&str>) = if has(Situation::ValidatingModel) {
        ("growth-first", vec!["scenario-b"])
    } else if has(Situation::OpsEfficient) && b != "time-cost" {
        ("growth-first", vec!["scenario-a"])
    } else if b == "reach-growth" && gaps && unmeasured {
        (
            "process-audit-first",
            vec!["foundation-gaps", "unmeasured-costs"],
        )
    } else if b == "reach-growth" && gaps {
        ("operations-first", vec!["foundation-gaps"])
    } else if b == "reach-growth" {
        let mut r = vec!["bottleneck-reach-growth"];
        if a.one::<Amplify>() == Some(Amplify::Yes) {
            r.push("amplify");
        }
        if has(Situation::FastFeedback) {
            r.push("scenario-c");
        }
        ("growth-first", r)
    } else if unmeasured {
        ("process-audit-first", vec!["unmeasured-costs"])
    } else {
        ("operations-first", vec!["bottleneck-time-cost"])
    };
    let growth = verdict == "growth-first";
    let mut w = vec![];
    if growth && gaps {
        w.push("error-01");
    }
    if verdict == "operations-first"
        || (has(Situation::OpsEfficient) && !has(Situation::CapacityReinvested))
    {
        w.push("error-02");
    }
    if growth && a.one::<Amplify>() == Some(Amplify::No) {
        w.push("starts-from-zero");
    }
    if growth && !has(Situation::FastFeedback) && !has(Situation::ValidatingModel) {
        w.push("slow-feedback");
    }
    if has(Situation::SeveralProjects) {
        w.push("parallel-projects");
    }
    if has(Situation::OpsEfficient) && b == "time-cost" {
        w.push("contradiction");
    }
    if growth && unmeasured {
        w.push("unmeasured-costs");
    }
    (verdict, reasons, w)
}

/// Every complete set of answers on every path (numbers: none, hours only, both).
#[test]
fn every_combination_matches_the_oracle_and_round_trips() {
    let all = every_complete_answers();
    assert_eq!(all.len(), 4 * 4 * 2 * 32 * 8);
    for answers in &all {
        let outcome = evaluate(answers).unwrap_or_else(|| panic!("no outcome for {answers:?}"));
        assert!(!outcome.reasons.is_empty(), "{answers:?}");
        let (verdict, reasons, warnings) = oracle(answers);
        assert_eq!(outcome.verdict.id(), verdict, "{answers:?}");
        assert_eq!(ids(&outcome.reasons, Reason::id), reasons, "{answers:?}");
        assert_eq!(ids(&outcome.warnings, Warning::id), warnings, "{answers:?}");
        for finding in &outcome.reasons {
            assert!(
                !finding.causes.is_empty(),
                "reason without a cause: {answers:?}"
            );
        }

        let code = encode_share(answers);
        assert!(code.len() <= MAX_CODE_LEN, "{code}");
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)),
            "{code}"
        );
        assert_eq!(decode_share(&code).as_ref(), Ok(answers), "{code}");

        let session = Session::resume(answers.clone(), Step::Result);
        assert_eq!(session.step, Step::Result);
        let text = to_record(&session).to_json();
        assert_eq!(parse_record(&text).and_then(restore), Ok(session), "{text}");

        let plan = plan(&outcome, Date::FALLBACK);
        assert_eq!(plan.steps.len(), PlanStepId::ALL.len());
        assert!(plan.steps.windows(2).all(|w| w[0].start <= w[1].start));
    }
}

#[test]
fn a_step_shown_again_resubmits_the_same_answer() {
    // Coming back to a step (Back, or Change on the result) pre-fills it from the answers;
    // submitting it unchanged must give back exactly those answers, on every path, with
    // numbers written as English writes them and as Italian does.
    for answers in every_complete_answers() {
        for step in path(&answers) {
            for mark in [DecimalMark::Point, DecimalMark::Comma] {
                let answer = Draft::new(step, &answers, mark)
                    .answer()
                    .unwrap_or_else(|problem| {
                        panic!("{step:?} refused ({problem:?}) with {mark:?}: {answers:?}")
                    });
                let session = reduce(
                    &Session::resume(answers.clone(), step),
                    Action::Submit(step, answer),
                );
                assert_eq!(session.answers, answers, "{step:?} with {mark:?}");
            }
        }
    }
}

#[test]
fn partial_sessions_round_trip_through_storage() {
    let mut session = Session::default();
    let steps = [
        Answer::one(Bottleneck::Both),
        Answer::one(Constraint::ReachGrowth),
        Answer::one(ProcessCost::Measured),
        (
            Step::CostNumbers,
            Answer::Numbers(CostNumbers {
                weekly_hours: Hours::parse("8").ok().flatten(),
                hourly_cost: None,
            }),
        ),
        Answer::one(Amplify::No),
        Answer::ticked::<Situation>(&[]),
    ];
    for (step, answer) in steps {
        session = reduce(&session, Action::Submit(step, answer));
        let text = to_record(&session).to_json();
        let restored = parse_record(&text).and_then(restore).expect("restorable");
        assert_eq!(restored.answers, session.answers, "{text}");
        assert_eq!(restored.step, session.step, "{text}");
        assert_eq!(
            decode_share(&encode_share(&session.answers)),
            Err(ShareCodeError::Incomplete)
        );
    }
}

#[test]
fn stored_records_of_every_bad_kind_are_refused_with_a_reason() {
    let cases: &[(&str, RecordError)] = &[
        ("{\"v\":1,", RecordError::NotJson),
        ("", RecordError::NotJson),
        ("null", RecordError::WrongShape),
        ("true", RecordError::WrongShape),
        (
            "{\"v\":1.5,\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::WrongShape,
        ),
        (
            "{\"v\":-1,\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::WrongShape,
        ),
        (
            "{\"v\":4294967296,\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::WrongShape,
        ),
        (
            "{\"v\":4294967295,\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::NewerVersion(u32::MAX),
        ),
        (
            "{\"v\":2,\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::NewerVersion(2),
        ),
        (
            "{\"v\":null,\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::WrongShape,
        ),
        (
            "{\"v\":1,\"step\":5,\"answers\":\"1t-m----\"}",
            RecordError::WrongShape,
        ),
        (
            "{\"v\":1,\"step\":\"amplify\",\"answers\":[]}",
            RecordError::WrongShape,
        ),
        ("5", RecordError::WrongShape),
        ("\"text\"", RecordError::WrongShape),
        ("[]", RecordError::WrongShape),
        ("{}", RecordError::WrongShape),
        (
            "{\"v\":\"1\",\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::WrongShape,
        ),
        (
            "{\"v\":0,\"step\":\"amplify\",\"answers\":\"1t-m----\"}",
            RecordError::WrongShape,
        ),
        ("{\"v\":1,\"step\":\"amplify\"}", RecordError::WrongShape),
        (
            "{\"v\":999,\"step\":\"amplify\",\"answers\":\"9\"}",
            RecordError::NewerVersion(999),
        ),
        (
            "{\"v\":1,\"step\":\"amplify\",\"answers\":\"1q------\"}",
            RecordError::BadAnswers(ShareCodeError::UnknownValue),
        ),
    ];
    for (text, error) in cases {
        let result = parse_record(text).and_then(restore);
        assert_eq!(result, Err(*error), "{text}");
    }
    let repaired =
        parse_record("{\"v\":1,\"step\":\"nonsense\",\"answers\":\"1t-n----\"}").and_then(restore);
    assert_eq!(
        repaired.map(|s| s.step),
        Ok(Step::Amplify),
        "an unknown step is repaired, not fatal"
    );
}

fn step_answer() -> impl Strategy<Value = (Step, Answer)> {
    prop_oneof![
        (0..3u8).prop_map(|i| (Step::Bottleneck, Answer::One(i))),
        (0..2u8).prop_map(|i| (Step::BottleneckTiebreak, Answer::One(i))),
        (0..2u8).prop_map(|i| (Step::ProcessCost, Answer::One(i))),
        (0..2u8).prop_map(|i| (Step::Amplify, Answer::One(i))),
        (0..32u8).prop_map(|b| (Step::Situation, Answer::Any(b))),
        (0..8u8).prop_map(|b| (Step::Foundation, Answer::Any(b))),
        // Answers that fit no step, or another step: the reducer must ignore them.
        (0..8usize, 0..40u8).prop_map(|(s, b)| (Step::ALL[s], Answer::Any(b))),
        (0..8usize, 0..5u8).prop_map(|(s, i)| (Step::ALL[s], Answer::One(i))),
        (
            proptest::option::of(0..20_000u32),
            proptest::option::of(0..2_000_000u32)
        )
            .prop_map(|(h, c)| {
                (
                    Step::CostNumbers,
                    Answer::Numbers(CostNumbers {
                        weekly_hours: h
                            .and_then(|h| Hours::from_hundredths(u64::from(h) * 50).ok()),
                        hourly_cost: c.and_then(|c| Money::from_hundredths(u64::from(c) * 50).ok()),
                    }),
                )
            }),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => step_answer().prop_map(|(step, answer)| Action::Submit(step, answer)),
        1 => Just(Action::Back),
        1 => (0..8usize).prop_map(|i| Action::Edit(Step::ALL[i])),
        1 => Just(Action::StartOver),
    ]
}

/// A share code with its amounts in their shortest form: no leading zeros in the whole
/// part, no trailing zeros in the decimals, no point without decimals.
fn canonical(code: &str) -> String {
    let mut parts = code.split('_');
    let mut out = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        let (tag, number) = part.split_at(1);
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        let whole = whole.trim_start_matches('0');
        let fraction = fraction.trim_end_matches('0');
        out.push('_');
        out.push_str(tag);
        out.push_str(if whole.is_empty() { "0" } else { whole });
        if !fraction.is_empty() {
            out.push('.');
            out.push_str(fraction);
        }
    }
    out
}

/// The invariant `reduce` promises.
fn assert_consistent(session: &Session) {
    let steps = path(&session.answers);
    if session.step == Step::Result {
        assert!(
            is_complete(&session.answers),
            "result without complete answers: {session:?}"
        );
    } else {
        let at = steps.iter().position(|s| *s == session.step);
        let at = at.unwrap_or_else(|| panic!("step off the path: {session:?}"));
        assert!(
            steps[..at]
                .iter()
                .all(|s| is_answered(&session.answers, *s)),
            "{session:?}"
        );
    }
    if session.answers.one::<Bottleneck>() != Some(Bottleneck::Both) {
        assert_eq!(session.answers.get(Step::BottleneckTiebreak), None);
    }
    if session.answers.one::<ProcessCost>() != Some(ProcessCost::Measured) {
        assert_eq!(session.answers.numbers(), None);
    }
    for step in Step::ALL {
        if let Some(answer) = session.answers.get(step) {
            assert!(answer.fits(step), "{step:?} {answer:?}");
        }
    }
}

proptest! {
    // 2,000 cases in the test command; `PROPTEST_CASES=100000` for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2_000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_string_is_decoded_or_refused_without_panicking(code in ".{0,120}") {
        let _ = decode_answers(&code);
        let _ = decode_share(&code);
    }

    #[test]
    fn amounts_written_in_any_form_decode_and_re_encode_in_their_shortest(
        base in prop::sample::select(measured_codes()),
        hours in amount_text(),
        cost in proptest::option::of(amount_text()),
    ) {
        // Amounts are written in their shortest form: `_h012.50` comes back as `_h12.5`.
        let code = format!("{base}_h{hours}{}", cost.map(|c| format!("_c{c}")).unwrap_or_default());
        let answers = decode_answers(&code);
        prop_assert!(answers.is_ok(), "{} was refused: {:?}", code, answers);
        let answers = answers.unwrap_or_default();
        let again = encode_share(&answers);
        prop_assert_eq!(&again, &canonical(&code));
        prop_assert_eq!(decode_answers(&again), Ok(answers));
    }

    #[test]
    fn any_json_fields_are_read_into_their_record_or_refused_as_the_wrong_shape(
        object in any::<bool>(),
        v in json_field(),
        step in json_field(),
        answers in json_field(),
    ) {
        let field = |name: &str| match name {
            "v" => v.clone(),
            "step" => step.clone(),
            "answers" => answers.clone(),
            _ => JsonField::Missing,
        };
        let read = read_record(object.then_some(&field as &dyn Fn(&str) -> JsonField));
        // The record's rules, written out: a whole version a u32 holds, two strings, each
        // field optional, and an object around them.
        let text = |f: &JsonField| match f {
            JsonField::Missing => Ok(None),
            JsonField::Text(t) => Ok(Some(t.clone())),
            JsonField::Number(_) | JsonField::Other => Err(RecordError::WrongShape),
        };
        let version = match v {
            JsonField::Missing => Ok(None),
            JsonField::Number(n) if n >= 0.0 && n <= f64::from(u32::MAX) && n.trunc() == n => {
                Ok(Some(n as u32))
            }
            _ => Err(RecordError::WrongShape),
        };
        let expected = if object {
            version.and_then(|v| {
                Ok(RawRecord { v, step: text(&step)?, answers: text(&answers)? })
            })
        } else {
            Err(RecordError::WrongShape)
        };
        prop_assert_eq!(read, expected);
    }

    #[test]
    fn a_stored_record_is_restored_exactly_when_its_version_is_1_and_its_answers_decode(
        (v, step, answers) in record_parts(),
    ) {
        // Written as JSON.stringify would (any text escaped), so every record reaches the
        // version, step and answers checks, and each case states its outcome.
        let text = format!(
            r#"{{"v":{v},"step":{},"answers":{}}}"#,
            serde_json::Value::from(step.as_str()),
            serde_json::Value::from(answers.as_str()),
        );
        let raw = parse_record(&text);
        prop_assert_eq!(
            &raw,
            &Ok(RawRecord { v: Some(v), step: Some(step.clone()), answers: Some(answers.clone()) })
        );
        let restored = raw.and_then(restore);
        match (v, decode_answers(&answers)) {
            (0, _) => prop_assert_eq!(restored, Err(RecordError::WrongShape)),
            (1, Err(error)) => prop_assert_eq!(restored, Err(RecordError::BadAnswers(error))),
            (1, Ok(decoded)) => {
                prop_assert!(restored.is_ok(), "{} was refused: {:?}", text, restored);
                let session = restored.unwrap_or_default();
                assert_consistent(&session);
                prop_assert_eq!(&session.answers, &decoded);
                // The stored step if the visitor may be there, else the first unanswered.
                let reachable = |s: Step| {
                    let steps = path(&decoded);
                    match steps.iter().position(|p| *p == s) {
                        _ if s == Step::Result => is_complete(&decoded),
                        Some(at) => steps[..at].iter().all(|p| is_answered(&decoded, *p)),
                        None => false,
                    }
                };
                let expected = Step::from_id(&step)
                    .filter(|s| reachable(*s))
                    .unwrap_or_else(|| next_step(&decoded));
                prop_assert_eq!(session.step, expected);
            }
            (newer, _) => prop_assert_eq!(restored, Err(RecordError::NewerVersion(newer))),
        }
    }

    #[test]
    fn any_sequence_of_actions_keeps_the_session_consistent(actions in proptest::collection::vec(action(), 0..40)) {
        let mut session = Session::default();
        for action in actions {
            session = reduce(&session, action);
            assert_consistent(&session);
            if session.step == Step::Result {
                prop_assert!(evaluate(&session.answers).is_some());
            }
            let resumed = Session::resume(session.answers.clone(), session.step);
            prop_assert_eq!(resumed.step, session.step);
        }
    }

    #[test]
    fn typed_numbers_are_read_as_the_number_they_write_or_refused_with_the_reason(
        (text, expected) in typed_number(),
    ) {
        let (mark, hundredths) = expected;
        let limit = |max: u64| match hundredths {
            Err(error) => Err(error),
            Ok(Some(n)) if n > max => Err(NumberError::TooLarge),
            Ok(n) => Ok(n),
        };
        prop_assert_eq!(
            Hours::parse_in(&text, mark).map(|h| h.map(Hours::hundredths)),
            limit(MAX_WEEKLY_HOURS),
            "{:?} in {:?}", text, mark
        );
        prop_assert_eq!(
            Money::parse_in(&text, mark).map(|m| m.map(Money::hundredths)),
            limit(MAX_HOURLY_COST),
            "{:?} in {:?}", text, mark
        );
    }

    #[test]
    fn any_typed_text_is_empty_a_number_in_range_or_refused_without_panicking(text in "\\PC{0,30}") {
        let empty = text.trim().is_empty();
        for mark in [DecimalMark::Point, DecimalMark::Comma] {
            for (read, max) in [
                (Hours::parse_in(&text, mark).map(|h| h.map(Hours::hundredths)), MAX_WEEKLY_HOURS),
                (Money::parse_in(&text, mark).map(|m| m.map(Money::hundredths)), MAX_HOURLY_COST),
            ] {
                match read {
                    Ok(None) => prop_assert!(empty, "{:?} read as empty", text),
                    Ok(Some(n)) => prop_assert!(n <= max && !empty, "{:?} read as {}", text, n),
                    Err(_) => prop_assert!(!empty, "{:?} refused", text),
                }
            }
        }
    }
}

/// A number as a visitor types it (a sign, whole digits with leading zeros, the
/// language's decimal mark and up to three decimals, spaces around), with what it must
/// read as in hundredths before the field's limit: rounded half up, `Ok(None)` when
/// empty, refused when it has no digits or is below zero.
fn typed_number() -> impl Strategy<Value = (String, (DecimalMark, Result<Option<u64>, NumberError>))>
{
    (
        any::<bool>(),
        proptest::option::of(prop_oneof![0u64..100, 0u64..20_000, 0u64..2_000_000]),
        0usize..3,
        proptest::option::of("[0-9]{0,3}"),
        prop::sample::select(vec![DecimalMark::Point, DecimalMark::Comma]),
        prop::sample::select(vec!["", " ", "\u{a0}"]),
    )
        .prop_map(|(negative, whole, zeros, fraction, mark, space)| {
            let whole_text = whole
                .map(|w| format!("{}{w}", "0".repeat(zeros)))
                .unwrap_or_default();
            let fraction_text = fraction
                .as_deref()
                .map(|f| format!("{}{f}", mark.point()))
                .unwrap_or_default();
            let sign = if negative { "-" } else { "" };
            let text = format!("{space}{sign}{whole_text}{fraction_text}{space}");
            let digits = fraction.unwrap_or_default();
            let digit = |i: usize| digits.as_bytes().get(i).map_or(0, |d| u64::from(d - b'0'));
            let value =
                whole.unwrap_or(0) * 100 + digit(0) * 10 + digit(1) + u64::from(digit(2) >= 5);
            let expected = if text.trim().is_empty() {
                Ok(None)
            } else if whole.is_none() && digits.is_empty() {
                Err(NumberError::NotANumber)
            } else if negative && value > 0 {
                Err(NumberError::Negative)
            } else {
                Ok(Some(value))
            };
            (text, (mark, expected))
        })
}

/// One field of a stored JSON object, of every kind, numbers around the version's limits.
fn json_field() -> impl Strategy<Value = JsonField> {
    prop_oneof![
        Just(JsonField::Missing),
        ".{0,20}".prop_map(JsonField::Text),
        prop_oneof![
            (0u32..4).prop_map(f64::from),
            any::<f64>(),
            prop::sample::select(vec![
                -1.0,
                1.5,
                -0.0,
                f64::from(u32::MAX),
                f64::from(u32::MAX) + 1.0
            ]),
        ]
        .prop_map(JsonField::Number),
        Just(JsonField::Other),
    ]
}

/// Share codes of complete answers whose costs were measured, without their amounts.
fn measured_codes() -> Vec<String> {
    every_complete_answers()
        .into_iter()
        .filter(|a| a.numbers() == Some(CostNumbers::default()))
        .map(|a| encode_share(&a))
        .collect()
}

/// An amount as a visitor's share code may carry it: leading zeros, trailing zeros in
/// the decimals, or none.
fn amount_text() -> impl Strategy<Value = String> {
    (0u32..10_000, 0u32..100, 0usize..3, 0u8..3).prop_map(|(whole, cents, zeros, form)| {
        let pad = "0".repeat(zeros);
        match form {
            0 => format!("{pad}{whole}"),
            1 => format!("{pad}{whole}.{cents:02}"),
            _ => format!("{pad}{whole}.{}", cents % 10),
        }
    })
}

/// A storage record's version, step and answers: versions around 1 and any other, the
/// steps' ids and any text, answers that decode and code-like or any text.
fn record_parts() -> impl Strategy<Value = (u32, String, String)> {
    let steps: Vec<String> = Step::ALL
        .iter()
        .map(|s| s.id().to_owned())
        .chain(["", "nonsense", "RESULT"].map(str::to_owned))
        .collect();
    (
        prop_oneof![3 => 0u32..4, 1 => any::<u32>()],
        prop_oneof![3 => prop::sample::select(steps), 1 => ".{0,20}"],
        prop_oneof![
            prop::sample::select(measured_codes()),
            prop::sample::select(
                every_complete_answers()
                    .iter()
                    .map(encode_share)
                    .collect::<Vec<_>>()
            ),
            "1[trb-][tr-][mn-][x-][yn-][0-9a-v-][0-7-](_h[0-9]{1,4})?",
            ".{0,40}",
        ],
    )
}

#[test]
fn a_megabyte_of_junk_is_refused_by_its_length_alone() {
    let junk = "1".repeat(1 << 20);
    assert_eq!(decode_share(&junk), Err(ShareCodeError::TooLong));
    let junk = "é".repeat(1 << 19);
    assert_eq!(decode_answers(&junk), Err(ShareCodeError::TooLong));
}

/// What release 1 (the first cycle) wrote: records and share codes a returning visitor
/// may still have. Kept verbatim, forever: every later change must still open them.
#[test]
fn records_and_links_written_by_release_1_still_open() {
    let link = decode_share("1btmxy37_h12_c40").expect("a release-1 link");
    assert_eq!(link.one(), Some(Constraint::TimeCost));
    // Situation "3": operations efficient and still validating the model (rule 1).
    assert_eq!(
        evaluate(&link).map(|o| o.verdict),
        Some(Verdict::GrowthFirst)
    );
    for (record, step, code) in [
        (
            "{\"v\":1,\"step\":\"amplify\",\"answers\":\"1t-n----\"}",
            Step::Amplify,
            "1t-n----",
        ),
        (
            "{\"v\":1,\"step\":\"cost-numbers\",\"answers\":\"1brm----\"}",
            Step::CostNumbers,
            "1brm----",
        ),
        (
            "{\"v\":1,\"step\":\"result\",\"answers\":\"1r-mxys3_h7.5_c62.05\"}",
            Step::Result,
            "1r-mxys3_h7.5_c62.05",
        ),
    ] {
        let session = parse_record(record).and_then(restore).expect(record);
        assert_eq!(session.step, step, "{record}");
        assert_eq!(encode_share(&session.answers), code, "{record}");
        assert_eq!(to_record(&session).to_json(), record);
    }
}
