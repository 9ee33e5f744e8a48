//! Answer sets shared by the native test files.

use aisd::engine::*;

/// Every complete set of answers: every path, every multi-select combination, and three
/// kinds of cost numbers (none, hours only, hours and cost) where the path asks for them.
pub fn every_complete_answers() -> Vec<Answers> {
    let numbers = [
        CostNumbers::default(),
        CostNumbers {
            weekly_hours: Hours::parse("37.5").ok().flatten(),
            hourly_cost: None,
        },
        CostNumbers {
            weekly_hours: Hours::parse("1,200").ok().flatten(),
            hourly_cost: Money::parse("62.05").ok().flatten(),
        },
    ];
    let mut all = Vec::new();
    for bottleneck in Bottleneck::ALL {
        let tiebreaks: Vec<Option<Tiebreak>> = if bottleneck == Bottleneck::Both {
            Tiebreak::ALL.into_iter().map(Some).collect()
        } else {
            vec![None]
        };
        for tiebreak in tiebreaks {
            for process_cost in ProcessCost::ALL {
                let numbers: Vec<Option<CostNumbers>> = if process_cost == ProcessCost::Measured {
                    numbers.into_iter().map(Some).collect()
                } else {
                    vec![None]
                };
                for cost_numbers in numbers {
                    for amplify in Amplify::ALL {
                        for s in 0..32u8 {
                            for f in 0..8u8 {
                                all.push(Answers {
                                    bottleneck: Some(bottleneck),
                                    tiebreak,
                                    process_cost: Some(process_cost),
                                    cost_numbers,
                                    amplify: Some(amplify),
                                    situation: Situations::from_bits(s),
                                    foundation: Foundations::from_bits(f),
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    all
}
