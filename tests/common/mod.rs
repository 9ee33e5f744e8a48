//! Answer sets and languages shared by the native test files.
// Each test file compiles its own copy and uses only part of it.
#![allow(dead_code)]

use aisd::content::{Currency, Locale, ALL_WORDS, LANGUAGES};
use aisd::engine::*;

/// Every shipped language, with its money in euros.
pub fn every_locale() -> Vec<Locale> {
    LANGUAGES
        .into_iter()
        .zip(ALL_WORDS)
        .map(|(language, words)| Locale {
            language,
            words,
            currency: Currency::parse("EUR"),
        })
        .collect()
}

/// Every complete set of answers: every path, every multi-select combination, and three
/// kinds of cost numbers (none, hours only, hours and cost) where the path asks for them.
pub fn every_complete_answers() -> Vec<Answers> {
    // A parser that refused these would make every set below lose its numbers, and the
    // tests that use them check less than they claim: fail here instead.
    let hours = |text| Some(Hours::parse(text).ok().flatten().expect("valid hours"));
    let numbers = [
        CostNumbers::default(),
        CostNumbers {
            weekly_hours: hours("37.5"),
            hourly_cost: None,
        },
        CostNumbers {
            weekly_hours: hours("1,200"),
            hourly_cost: Some(Money::parse("62.05").ok().flatten().expect("valid cost")),
        },
    ];
    let mut all = Vec::new();
    for bottleneck in Bottleneck::ALL {
        let start = Answers::default().with(Answer::one(bottleneck));
        let after_tiebreak: Vec<Answers> = if bottleneck == Bottleneck::Both {
            Constraint::ALL
                .into_iter()
                .map(|c| start.clone().with(Answer::one(c)))
                .collect()
        } else {
            vec![start]
        };
        for answers in after_tiebreak {
            for process_cost in ProcessCost::ALL {
                let answers = answers.clone().with(Answer::one(process_cost));
                let after_numbers: Vec<Answers> = if process_cost == ProcessCost::Measured {
                    numbers
                        .into_iter()
                        .map(|n| {
                            answers
                                .clone()
                                .with((Step::CostNumbers, Answer::Numbers(n)))
                        })
                        .collect()
                } else {
                    vec![answers]
                };
                for answers in after_numbers {
                    for amplify in Amplify::ALL {
                        for s in 0..32u8 {
                            for f in 0..8u8 {
                                all.push(
                                    answers
                                        .clone()
                                        .with(Answer::one(amplify))
                                        .with((Step::Situation, Answer::Any(s)))
                                        .with((Step::Foundation, Answer::Any(f))),
                                );
                            }
                        }
                    }
                }
            }
        }
    }
    all
}
