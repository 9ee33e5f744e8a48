//! The optional cost numbers: parsed from what the visitor typed into values that cannot
//! be invalid, and the cost baseline an operations project is measured against.
//!
//! Amounts are whole hundredths (`1250` is 12.50) rather than floats: two decimals are
//! all hours and money need, arithmetic is exact, and the Wasm carries no float parsing
//! or printing code.

use crate::engine::answers::CostNumbers;

/// Hours a week beyond which an answer is surely a typo (spec §1), in hundredths.
pub const MAX_WEEKLY_HOURS: u64 = 10_000 * 100;
/// Cost of one hour beyond which an answer is surely a typo, in hundredths.
pub const MAX_HOURLY_COST: u64 = 1_000_000 * 100;

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

/// Parses a plain, non-negative decimal into hundredths: ASCII digits, `,` thousands
/// separators, at most one `.`, rounded half up to two decimals. `Ok(None)` for an
/// empty field. Exponents, `inf`, `NaN` and non-ASCII digits are refused: visitors do
/// not mean those.
fn parse_hundredths(input: &str, max: u64) -> Result<Option<u64>, NumberError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let (mut whole, mut fraction, mut fraction_digits) = (0u64, 0u64, 0u32);
    let (mut seen_point, mut seen_digit, mut round_up) = (false, false, false);
    for c in digits.bytes() {
        match c {
            b'0'..=b'9' => {
                seen_digit = true;
                let digit = u64::from(c - b'0');
                if !seen_point {
                    whole = whole.saturating_mul(10).saturating_add(digit);
                } else if fraction_digits < 2 {
                    fraction = fraction * 10 + digit;
                    fraction_digits += 1;
                } else if fraction_digits == 2 {
                    round_up = digit >= 5;
                    fraction_digits += 1;
                }
            }
            b',' if !seen_point && seen_digit => {}
            b'.' if !seen_point => seen_point = true,
            _ => return Err(NumberError::NotANumber),
        }
    }
    if !seen_digit {
        return Err(NumberError::NotANumber);
    }
    if fraction_digits == 1 {
        fraction *= 10;
    }
    let value = whole
        .saturating_mul(100)
        .saturating_add(fraction)
        .saturating_add(u64::from(round_up));
    if negative && value > 0 {
        return Err(NumberError::Negative);
    }
    if value > max {
        return Err(NumberError::TooLarge);
    }
    Ok(Some(value))
}

/// Hundredths as a plain decimal: `1250` → `"12.5"`, `125005` → `"1250.05"`, optionally
/// with `,` between thousands. The parser reads both forms back.
pub fn decimal(hundredths: u64, grouped: bool) -> String {
    let whole = (hundredths / 100).to_string();
    let cents = hundredths % 100;
    let mut text = String::with_capacity(whole.len() + whole.len() / 3 + 3);
    for (i, c) in whole.chars().enumerate() {
        if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
            text.push(',');
        }
        text.push(c);
    }
    if cents > 0 {
        text.push('.');
        text.push(char::from(b'0' + (cents / 10) as u8));
        if cents % 10 > 0 {
            text.push(char::from(b'0' + (cents % 10) as u8));
        }
    }
    text
}

/// Defines an amount in hundredths with an upper bound: it can only hold valid values.
macro_rules! amount {
    ($(#[$doc:meta])* $name:ident, $max:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub struct $name(u64);

        impl $name {
            /// Parses a typed value; `Ok(None)` for an empty field.
            pub fn parse(input: &str) -> Result<Option<Self>, NumberError> {
                Ok(parse_hundredths(input, $max)?.map($name))
            }

            /// Checks an already numeric value.
            pub fn from_hundredths(hundredths: u64) -> Result<Self, NumberError> {
                if hundredths > $max {
                    Err(NumberError::TooLarge)
                } else {
                    Ok($name(hundredths))
                }
            }

            /// The amount, in hundredths.
            pub fn hundredths(self) -> u64 {
                self.0
            }
        }
    };
}

amount! {
    /// Hours per week, in hundredths: at most [`MAX_WEEKLY_HOURS`].
    Hours, MAX_WEEKLY_HOURS
}

amount! {
    /// Cost of one hour, in hundredths: at most [`MAX_HOURLY_COST`].
    Money, MAX_HOURLY_COST
}

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

    #[test]
    fn plain_numbers_are_accepted() {
        for (input, expected) in [
            ("12", 1200),
            (" 7.5 ", 750),
            ("0", 0),
            ("1,250.5", 125_050),
            ("10000", 1_000_000),
            (".5", 50),
            ("3.", 300),
            ("-0", 0),
            ("2.345", 235),
            ("2.3449", 234),
            ("0.001", 0),
        ] {
            assert_eq!(
                Hours::parse(input).map(|h| h.map(Hours::hundredths)),
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
    fn decimals_print_short_and_parse_back() {
        for (hundredths, plain, grouped) in [
            (0, "0", "0"),
            (1200, "12", "12"),
            (750, "7.5", "7.5"),
            (6205, "62.05", "62.05"),
            (125_050, "1250.5", "1,250.5"),
            (2_600_000, "26000", "26,000"),
            (100_000_000, "1000000", "1,000,000"),
        ] {
            assert_eq!(decimal(hundredths, false), plain);
            assert_eq!(decimal(hundredths, true), grouped);
            assert_eq!(parse_hundredths(grouped, u64::MAX), Ok(Some(hundredths)));
        }
    }

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
