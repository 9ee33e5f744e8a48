//! The cost baseline: what the most expensive repetitive process costs today, worked out
//! from the optional cost numbers, the figure an operations project is measured against.

use crate::engine::answers::CostNumbers;

/// What the most expensive repetitive process costs today, in hundredths: the figure an
/// operations project is measured against at day 90.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Baseline {
    /// Hours a week.
    pub weekly_hours: u64,
    /// Cost a week, when the hourly cost is known.
    pub weekly_cost: Option<u64>,
    /// Cost a year (52 weeks), when the hourly cost is known.
    pub yearly_cost: Option<u64>,
}

impl Baseline {
    /// The baseline, when the weekly hours were given.
    pub fn from_numbers(numbers: &CostNumbers) -> Option<Baseline> {
        let hours = numbers.weekly_hours?.hundredths();
        // Hundredths × hundredths: divide by 100 once, rounding half up. Both factors
        // are capped, so the product fits easily in a u64.
        let weekly_cost = numbers
            .hourly_cost
            .map(|cost| (hours * cost.hundredths() + 50) / 100);
        Some(Baseline {
            weekly_hours: hours,
            weekly_cost,
            yearly_cost: weekly_cost.map(|weekly| weekly * 52),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::numbers::{Hours, Money};

    #[test]
    fn the_baseline_needs_hours_and_costs_a_year_as_52_weeks() {
        let hours = Hours::from_hundredths(1000).ok();
        let cost = Money::from_hundredths(5000).ok();
        assert_eq!(
            Baseline::from_numbers(&CostNumbers {
                weekly_hours: None,
                hourly_cost: cost
            }),
            None
        );
        assert_eq!(
            Baseline::from_numbers(&CostNumbers {
                weekly_hours: hours,
                hourly_cost: None
            }),
            Some(Baseline {
                weekly_hours: 1000,
                weekly_cost: None,
                yearly_cost: None
            })
        );
        assert_eq!(
            Baseline::from_numbers(&CostNumbers {
                weekly_hours: hours,
                hourly_cost: cost
            }),
            Some(Baseline {
                weekly_hours: 1000,
                weekly_cost: Some(50_000),
                yearly_cost: Some(2_600_000)
            })
        );
    }
}
