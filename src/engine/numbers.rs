//! The optional cost numbers: parsed from what the visitor typed into values that cannot
//! be invalid, and the cost baseline an operations project is measured against.

use core::fmt;

use crate::engine::answers::{CostNumbers, Question};

/// Hours a week beyond which an answer is surely a typo (spec §1).
pub const MAX_WEEKLY_HOURS: f64 = 10_000.0;
/// Cost of one hour beyond which an answer is surely a typo.
pub const MAX_HOURLY_COST: f64 = 1_000_000.0;

/// Why a typed number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a plain decimal number (letters, exponents, `NaN`, non-ASCII digits…).
    NotANumber,
    /// Below zero.
    Negative,
    /// Above the plausible maximum.
    TooLarge,
}

impl NumberError {
    /// A short message for the visitor, suggesting the fix for this question's field.
    pub fn message(self, question: Question) -> &'static str {
        let hours = question != Question::HourlyCost;
        match (self, hours) {
            (NumberError::NotANumber, true) => "Enter a number of hours, such as 12 or 7.5.",
            (NumberError::NotANumber, false) => "Enter an amount, such as 45 or 62.50.",
            (NumberError::Negative, true) => "Hours cannot be negative.",
            (NumberError::Negative, false) => "A cost cannot be negative.",
            (NumberError::TooLarge, true) => {
                "That is more than 10,000 hours a week: please check it."
            }
            (NumberError::TooLarge, false) => {
                "That is more than 1,000,000 an hour: please check it."
            }
        }
    }
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message(Question::WeeklyHours))
    }
}

/// Parses a plain, non-negative decimal: ASCII digits, `,` thousands separators, at
/// most one `.`, rounded to two decimals. `Ok(None)` for an empty field. Anything Rust's float parser would also
/// accept (`1e5`, `inf`, `NaN`) is refused on purpose: visitors do not type those.
fn parse_decimal(input: &str, max: f64) -> Result<Option<f64>, NumberError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let mut plain = String::with_capacity(digits.len());
    let mut seen_point = false;
    let mut seen_digit = false;
    for c in digits.chars() {
        match c {
            '0'..='9' => {
                seen_digit = true;
                plain.push(c);
            }
            ',' if !seen_point && seen_digit => {}
            '.' if !seen_point => {
                seen_point = true;
                plain.push(c);
            }
            _ => return Err(NumberError::NotANumber),
        }
    }
    if !seen_digit {
        return Err(NumberError::NotANumber);
    }
    let value: f64 = plain.parse().map_err(|_| NumberError::NotANumber)?;
    // Two decimals are plenty for hours and money, and keep share codes short.
    let value = (value * 100.0).round() / 100.0;
    if negative && value > 0.0 {
        return Err(NumberError::Negative);
    }
    if !value.is_finite() || value > max {
        return Err(NumberError::TooLarge);
    }
    Ok(Some(value))
}

/// Hours per week: finite, at least 0, at most [`MAX_WEEKLY_HOURS`].
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Hours(f64);

impl Hours {
    /// Parses a typed value; `Ok(None)` for an empty field.
    pub fn parse(input: &str) -> Result<Option<Self>, NumberError> {
        Ok(parse_decimal(input, MAX_WEEKLY_HOURS)?.map(Hours))
    }

    /// Checks an already numeric value (e.g. from a share code).
    pub fn new(value: f64) -> Result<Self, NumberError> {
        check(value, MAX_WEEKLY_HOURS).map(Hours)
    }

    /// The number of hours.
    pub fn value(self) -> f64 {
        self.0
    }
}

/// Cost of one hour: finite, at least 0, at most [`MAX_HOURLY_COST`].
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Money(f64);

impl Money {
    /// Parses a typed value; `Ok(None)` for an empty field.
    pub fn parse(input: &str) -> Result<Option<Self>, NumberError> {
        Ok(parse_decimal(input, MAX_HOURLY_COST)?.map(Money))
    }

    /// Checks an already numeric value (e.g. from a share code).
    pub fn new(value: f64) -> Result<Self, NumberError> {
        check(value, MAX_HOURLY_COST).map(Money)
    }

    /// The amount.
    pub fn value(self) -> f64 {
        self.0
    }
}

fn check(value: f64, max: f64) -> Result<f64, NumberError> {
    if value.is_nan() {
        Err(NumberError::NotANumber)
    } else if value < 0.0 {
        Err(NumberError::Negative)
    } else if value > max {
        Err(NumberError::TooLarge)
    } else {
        Ok(value)
    }
}

/// What the most expensive repetitive process costs today: the figure an operations
/// project is measured against at day 90.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Baseline {
    /// Hours a week.
    pub weekly_hours: f64,
    /// Cost a week, when the hourly cost is known.
    pub weekly_cost: Option<f64>,
    /// Cost a year (52 weeks), when the hourly cost is known.
    pub yearly_cost: Option<f64>,
}

impl Baseline {
    /// The baseline, when the weekly hours were given.
    pub fn from_numbers(numbers: &CostNumbers) -> Option<Baseline> {
        let hours = numbers.weekly_hours?.value();
        let weekly_cost = numbers.hourly_cost.map(|cost| hours * cost.value());
        Some(Baseline {
            weekly_hours: hours,
            weekly_cost,
            yearly_cost: weekly_cost.map(|weekly| weekly * 52.0),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_are_accepted() {
        for (input, expected) in [
            ("12", 12.0),
            (" 7.5 ", 7.5),
            ("0", 0.0),
            ("1,250.5", 1250.5),
            ("10000", 10_000.0),
            (".5", 0.5),
            ("3.", 3.0),
            ("-0", 0.0),
            ("2.345", 2.35),
            ("0.001", 0.0),
        ] {
            assert_eq!(
                Hours::parse(input).map(|h| h.map(Hours::value)),
                Ok(Some(expected)),
                "{input:?}"
            );
        }
        assert_eq!(Hours::parse(""), Ok(None));
        assert_eq!(Money::parse("   "), Ok(None));
    }

    #[test]
    fn everything_else_is_refused_with_the_right_reason() {
        for (input, error) in [
            ("-1", NumberError::Negative),
            ("- 3", NumberError::Negative),
            ("10001", NumberError::TooLarge),
            ("10,000.01", NumberError::TooLarge),
            ("1e309", NumberError::NotANumber),
            ("1e3", NumberError::NotANumber),
            ("NaN", NumberError::NotANumber),
            ("inf", NumberError::NotANumber),
            ("١٢", NumberError::NotANumber),
            ("12h", NumberError::NotANumber),
            ("1.2.3", NumberError::NotANumber),
            (".", NumberError::NotANumber),
            (",5", NumberError::NotANumber),
            ("<img src=x>", NumberError::NotANumber),
        ] {
            assert_eq!(Hours::parse(input), Err(error), "{input:?}");
        }
        assert_eq!(Money::parse("1000001"), Err(NumberError::TooLarge));
        assert_eq!(
            Money::parse("999999999999999999999999999999"),
            Err(NumberError::TooLarge)
        );
    }

    #[test]
    fn messages_name_the_field() {
        assert!(NumberError::NotANumber
            .message(Question::WeeklyHours)
            .contains("hours"));
        assert!(NumberError::NotANumber
            .message(Question::HourlyCost)
            .contains("amount"));
    }

    #[test]
    fn the_baseline_needs_hours_and_costs_a_year_as_52_weeks() {
        let hours = Hours::new(10.0).ok();
        let cost = Money::new(50.0).ok();
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
                weekly_hours: 10.0,
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
                weekly_hours: 10.0,
                weekly_cost: Some(500.0),
                yearly_cost: Some(26_000.0)
            })
        );
    }
}
