//! The optional cost numbers: parsed from what the visitor typed into values that cannot
//! be invalid, and written back as decimals.
//!
//! Amounts are whole hundredths (`1250` is 12.50) rather than floats: two decimals are
//! all hours and money need, arithmetic is exact, and the Wasm carries no float parsing
//! or printing code.

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

/// The character a language writes between whole and fractional digits; the other one of
/// `.` and `,` is its thousands separator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecimalMark {
    /// `12.5`, `1,250.5` (English).
    #[default]
    Point,
    /// `12,5`, `1.250,5` (Italian and most of continental Europe).
    Comma,
}

impl DecimalMark {
    /// The decimal mark written `mark` (`","` is a comma; anything else a point).
    pub fn of(mark: &str) -> DecimalMark {
        if mark == "," {
            DecimalMark::Comma
        } else {
            DecimalMark::Point
        }
    }

    /// The mark itself.
    pub fn point(self) -> &'static str {
        match self {
            DecimalMark::Point => ".",
            DecimalMark::Comma => ",",
        }
    }

    /// The thousands separator that goes with it.
    pub fn group(self) -> &'static str {
        match self {
            DecimalMark::Point => ",",
            DecimalMark::Comma => ".",
        }
    }
}

/// Spaces people put between thousands (plain, no-break and narrow no-break).
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// The digits of a whole number written plainly or grouped in threes by one separator
/// (`.`, `,` or a space) that is not `decimal`: "1500", "1.500", "1,234,567", "12 500".
/// `None` if it is not written that way; a first group starting with 0 is not a group.
fn whole_digits(text: &str, decimal: Option<char>) -> Option<String> {
    let mut digits = String::with_capacity(text.len());
    let mut separator = None;
    let mut group = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            group += 1;
            continue;
        }
        let fits = match separator {
            None => (1..=3).contains(&group) && digits.as_bytes()[0] != b'0',
            Some(s) => s == c && group == 3,
        };
        if !(fits && (matches!(c, '.' | ',') || SPACES.contains(&c)) && Some(c) != decimal) {
            return None;
        }
        separator = Some(c);
        group = 0;
    }
    (separator.is_none() || group == 3).then_some(digits)
}

/// Parses a non-negative decimal as people write it into hundredths, rounded half up to
/// two decimals; `Ok(None)` for an empty field. Both `.` and `,` are read, and never one
/// for the other: the last of them is the decimal mark, unless the same mark came
/// earlier (`1.500.000`) or it is the thousands separator of `mark` and three digits
/// follow it (`1.500` is fifteen hundred where the decimal mark is a comma, one and a
/// half where it is a point; `1.50` is one and a half everywhere). Exponents, `inf`,
/// `NaN` and non-ASCII digits are refused: visitors do not mean those.
fn parse_hundredths(input: &str, mark: DecimalMark, max: u64) -> Result<Option<u64>, NumberError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    // Bytes rather than `str` patterns, whose generic searchers would cost the Wasm.
    let bytes = text.as_bytes();
    let decimal_at = bytes
        .iter()
        .rposition(|b| matches!(b, b'.' | b','))
        .filter(|&i| {
            let c = bytes[i];
            if c == mark.point().as_bytes()[0] {
                !bytes[..i].contains(&c)
            } else {
                whole_digits(text, None).is_none()
            }
        });
    let (whole, fraction) = match decimal_at {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    let digits = whole_digits(whole, decimal_at.map(|i| char::from(bytes[i])))
        .filter(|d| !(d.is_empty() && fraction.is_empty()))
        .filter(|_| fraction.bytes().all(|c| c.is_ascii_digit()))
        .ok_or(NumberError::NotANumber)?;
    let whole = digits.bytes().fold(0u64, |n, c| {
        n.saturating_mul(10).saturating_add(u64::from(c - b'0'))
    });
    let digit = |i: usize| {
        fraction
            .as_bytes()
            .get(i)
            .map_or(0, |c| u64::from(c - b'0'))
    };
    let value = whole
        .saturating_mul(100)
        .saturating_add(digit(0) * 10 + digit(1))
        .saturating_add(u64::from(digit(2) >= 5));
    if negative && value > 0 {
        return Err(NumberError::Negative);
    }
    if value > max {
        return Err(NumberError::TooLarge);
    }
    Ok(Some(value))
}

/// Hundredths as a decimal with at most two decimals, `point` between whole and
/// fractional digits and `group` between thousands (`""` for none): `1250` → `"12.5"`,
/// `125005` → `"1,250.05"`; with `cents`, two decimals whenever there are any, as money
/// is written (`"12.50"`). The parser reads every form back.
pub fn decimal(hundredths: u64, group: &str, point: &str, cents: bool) -> String {
    let whole = (hundredths / 100).to_string();
    let fraction = hundredths % 100;
    let mut text = String::with_capacity(whole.len() * 2 + 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            text.push_str(group);
        }
        text.push(c);
    }
    if fraction > 0 {
        text.push_str(point);
        text.push(char::from(b'0' + (fraction / 10) as u8));
        if cents || fraction % 10 > 0 {
            text.push(char::from(b'0' + (fraction % 10) as u8));
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
            /// Parses a value written with a decimal point (a share code); `Ok(None)`
            /// for an empty field.
            pub fn parse(input: &str) -> Result<Option<Self>, NumberError> {
                Self::parse_in(input, DecimalMark::Point)
            }

            /// Parses what a visitor typed where `mark` is the decimal mark;
            /// `Ok(None)` for an empty field.
            pub fn parse_in(input: &str, mark: DecimalMark) -> Result<Option<Self>, NumberError> {
                Ok(parse_hundredths(input, mark, $max)?.map($name))
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
            (",5", 50),
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
            ("1,5,0", NumberError::NotANumber),
            ("1.500.5", NumberError::NotANumber),
            ("1 5", NumberError::NotANumber),
            ("12.5 €", NumberError::NotANumber),
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
    fn decimals_print_short_and_parse_back_in_either_mark() {
        for (hundredths, plain, english, italian) in [
            (0, "0", "0", "0"),
            (1200, "12", "12", "12"),
            (750, "7.5", "7.5", "7,5"),
            (6205, "62.05", "62.05", "62,05"),
            (125_050, "1250.5", "1,250.5", "1.250,5"),
            (2_600_000, "26000", "26,000", "26.000"),
            (100_000_000, "1000000", "1,000,000", "1.000.000"),
        ] {
            assert_eq!(decimal(hundredths, "", ".", false), plain);
            for (mark, written) in [(DecimalMark::Point, english), (DecimalMark::Comma, italian)] {
                assert_eq!(
                    decimal(hundredths, mark.group(), mark.point(), false),
                    written
                );
                assert_eq!(
                    parse_hundredths(written, mark, u64::MAX),
                    Ok(Some(hundredths)),
                    "{written:?} in {mark:?}"
                );
            }
        }
    }

    /// The ambiguous cases: what each mark reads, as a visitor of that language means it.
    #[test]
    fn the_decimal_mark_is_never_mistaken_for_a_thousands_separator() {
        use DecimalMark::{Comma, Point};
        for (input, point, comma) in [
            // Three digits after a lone separator: thousands where it is the separator.
            ("1.500", 150, 150_000),
            ("1,500", 150_000, 150),
            // Anything but three digits after it: it can only be the decimal mark.
            ("1.50", 150, 150),
            ("1,50", 150, 150),
            ("12.5", 1250, 1250),
            ("7,5", 750, 750),
            ("1.5000", 150, 150),
            ("62.05", 6205, 6205),
            // A leading zero is never a thousands group.
            ("0.500", 50, 50),
            ("0,500", 50, 50),
            // Both marks: the last is the decimal mark, whichever language.
            ("1.500,5", 150_050, 150_050),
            ("1,500.5", 150_050, 150_050),
            ("1.234.567,89", 123_456_789, 123_456_789),
            ("1,234,567.89", 123_456_789, 123_456_789),
            // The same mark twice can only be grouping.
            ("1.500.000", 150_000_000, 150_000_000),
            ("1,500,000", 150_000_000, 150_000_000),
            // Spaces group thousands in either.
            ("12 500", 1_250_000, 1_250_000),
            ("12\u{a0}500,5", 1_250_050, 1_250_050),
            ("1\u{202f}500.25", 150_025, 150_025),
        ] {
            assert_eq!(
                parse_hundredths(input, Point, u64::MAX),
                Ok(Some(point)),
                "{input:?} with a point"
            );
            assert_eq!(
                parse_hundredths(input, Comma, u64::MAX),
                Ok(Some(comma)),
                "{input:?} with a comma"
            );
        }
        for input in [
            "1.5,00",
            "1,50.0,0",
            "1.,5",
            "12,34,567",
            "1 50",
            "1..5",
            "1,,500",
            ",",
            "-,",
        ] {
            for mark in [Point, Comma] {
                assert_eq!(
                    parse_hundredths(input, mark, u64::MAX),
                    Err(NumberError::NotANumber),
                    "{input:?} with {mark:?}"
                );
            }
        }
        assert_eq!(
            Hours::parse_in("10.000", Comma).map(|h| h.map(Hours::hundredths)),
            Ok(Some(1_000_000))
        );
        assert_eq!(Hours::parse_in("10.001", Comma), Err(NumberError::TooLarge));
        assert_eq!(Money::parse_in("-0,5", Comma), Err(NumberError::Negative));
    }
}
