//! The share code: answers as a short, versioned, URL-fragment-safe string. Stored
//! records use it too, so every untrusted string goes through this one decoder.
//!
//! Version 1 layout: `1`, then one character per step in path order (`-` = not
//! answered), then the optional numbers:
//!
//! ```text
//! 1 b t m x y s f [_h<hours>] [_c<cost>]
//!   | | | | | | └ foundation: bits of the ticked values, 0-7
//!   | | | | | └── situation: bits of the ticked values, 0-9 a-v
//!   | | | | └──── amplify: y / n
//!   | | | └────── cost-numbers step: x = submitted
//!   | | └──────── process-cost: m / n
//!   | └────────── bottleneck-tiebreak: t / r
//!   └──────────── bottleneck: t / r / b
//! ```
//!
//! For example `1btmxy37_h12_c40`. Only `[0-9a-z._-]` is ever produced.

use core::fmt;

use crate::engine::answers::{
    Amplify, Answers, Bottleneck, CostNumbers, Foundations, ProcessCost, Situations, Tiebreak,
};
use crate::engine::flow::is_complete;
use crate::engine::numbers::{decimal, Hours, Money};

/// The current share-code version.
pub const SHARE_VERSION: char = '1';
/// Longest code accepted; anything longer is refused before it is looked at.
pub const MAX_CODE_LEN: usize = 80;
const DIGITS: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";

/// Why a share code (or the answers in a stored record) could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareCodeError {
    /// Nothing to read.
    Empty,
    /// Longer than any code this widget writes.
    TooLong,
    /// Written by another version of the widget.
    UnknownVersion,
    /// Cut short.
    Truncated,
    /// A character that stands for no answer.
    UnknownValue,
    /// An answer to a question the other answers skip.
    OffPath,
    /// A number that is not a valid hours or cost figure.
    BadNumber,
    /// Fine, but not every question is answered, so there is no result to show.
    Incomplete,
}

impl fmt::Display for ShareCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShareCodeError::Empty => "the link holds no answers",
            ShareCodeError::TooLong => "the link is longer than any this widget makes",
            ShareCodeError::UnknownVersion => "the link comes from another version of this widget",
            ShareCodeError::Truncated => "the link is cut short",
            ShareCodeError::UnknownValue => "the link holds an answer this widget does not know",
            ShareCodeError::OffPath => "the link's answers do not fit together",
            ShareCodeError::BadNumber => "the link holds an invalid number",
            ShareCodeError::Incomplete => "the link's answers are incomplete",
        })
    }
}

fn pick<T: Copy + PartialEq>(value: Option<T>, table: &[(T, u8)]) -> u8 {
    value
        .and_then(|v| table.iter().find(|(t, _)| *t == v).map(|(_, c)| *c))
        .unwrap_or(b'-')
}

fn read<T: Copy>(byte: u8, table: &[(T, u8)]) -> Result<Option<T>, ShareCodeError> {
    if byte == b'-' {
        return Ok(None);
    }
    table
        .iter()
        .find(|(_, c)| *c == byte)
        .map(|(t, _)| Some(*t))
        .ok_or(ShareCodeError::UnknownValue)
}

const BOTTLENECK: [(Bottleneck, u8); 3] = [
    (Bottleneck::TimeCost, b't'),
    (Bottleneck::ReachGrowth, b'r'),
    (Bottleneck::Both, b'b'),
];
const TIEBREAK: [(Tiebreak, u8); 2] = [(Tiebreak::TimeCost, b't'), (Tiebreak::ReachGrowth, b'r')];
const PROCESS_COST: [(ProcessCost, u8); 2] = [
    (ProcessCost::Measured, b'm'),
    (ProcessCost::NotMeasured, b'n'),
];
const AMPLIFY: [(Amplify, u8); 2] = [(Amplify::Yes, b'y'), (Amplify::No, b'n')];

fn bits_char(bits: Option<u8>) -> char {
    bits.and_then(|b| DIGITS.get(usize::from(b)))
        .map_or('-', |&c| char::from(c))
}

fn char_bits(byte: u8) -> Result<Option<u8>, ShareCodeError> {
    if byte == b'-' {
        return Ok(None);
    }
    DIGITS
        .iter()
        .position(|&d| d == byte)
        .and_then(|i| u8::try_from(i).ok())
        .map(Some)
        .ok_or(ShareCodeError::UnknownValue)
}

/// Encodes `answers` (complete or not); `decode_answers` gives them back exactly.
pub fn encode_share(answers: &Answers) -> String {
    let mut code = String::with_capacity(24);
    code.push(SHARE_VERSION);
    code.push(char::from(pick(answers.bottleneck, &BOTTLENECK)));
    code.push(char::from(pick(answers.tiebreak, &TIEBREAK)));
    code.push(char::from(pick(answers.process_cost, &PROCESS_COST)));
    code.push(if answers.cost_numbers.is_some() {
        'x'
    } else {
        '-'
    });
    code.push(char::from(pick(answers.amplify, &AMPLIFY)));
    code.push(bits_char(answers.situation.map(Situations::bits)));
    code.push(bits_char(answers.foundation.map(Foundations::bits)));
    if let Some(numbers) = answers.cost_numbers {
        if let Some(hours) = numbers.weekly_hours {
            code.push_str("_h");
            code.push_str(&decimal(hours.hundredths(), false));
        }
        if let Some(cost) = numbers.hourly_cost {
            code.push_str("_c");
            code.push_str(&decimal(cost.hundredths(), false));
        }
    }
    code
}

/// Decodes a code into answers, which may be incomplete (a stored session in progress).
/// Every input is checked; nothing panics.
pub fn decode_answers(code: &str) -> Result<Answers, ShareCodeError> {
    if code.is_empty() {
        return Err(ShareCodeError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(ShareCodeError::TooLong);
    }
    let bytes = code.as_bytes();
    if bytes.first() != Some(&(SHARE_VERSION as u8)) {
        return Err(ShareCodeError::UnknownVersion);
    }
    let head = bytes.get(1..8).ok_or(ShareCodeError::Truncated)?;
    let [b, t, p, x, a, s, f] = <[u8; 7]>::try_from(head).map_err(|_| ShareCodeError::Truncated)?;
    let mut answers = Answers {
        bottleneck: read(b, &BOTTLENECK)?,
        tiebreak: read(t, &TIEBREAK)?,
        process_cost: read(p, &PROCESS_COST)?,
        cost_numbers: match x {
            b'-' => None,
            b'x' => Some(CostNumbers::default()),
            _ => return Err(ShareCodeError::UnknownValue),
        },
        amplify: read(a, &AMPLIFY)?,
        situation: match char_bits(s)? {
            None => None,
            Some(bits) => Some(Situations::from_bits(bits).ok_or(ShareCodeError::UnknownValue)?),
        },
        foundation: match char_bits(f)? {
            None => None,
            Some(bits) => Some(Foundations::from_bits(bits).ok_or(ShareCodeError::UnknownValue)?),
        },
    };

    // The rest is `_h<hours>` then `_c<cost>`, each at most once, in that order.
    let rest = code.get(8..).ok_or(ShareCodeError::UnknownValue)?;
    let mut parts = rest.split('_');
    if parts.next() != Some("") {
        return Err(ShareCodeError::UnknownValue);
    }
    let mut numbers = CostNumbers::default();
    let mut any = false;
    for part in parts {
        let number =
            |text: &str| text.bytes().all(|c| c.is_ascii_digit() || c == b'.') && !text.is_empty();
        if let Some(text) = part.strip_prefix('h').filter(|t| number(t)) {
            if any || numbers.weekly_hours.is_some() {
                return Err(ShareCodeError::UnknownValue);
            }
            numbers.weekly_hours = Hours::parse(text).map_err(|_| ShareCodeError::BadNumber)?;
        } else if let Some(text) = part.strip_prefix('c').filter(|t| number(t)) {
            if numbers.hourly_cost.is_some() {
                return Err(ShareCodeError::UnknownValue);
            }
            numbers.hourly_cost = Money::parse(text).map_err(|_| ShareCodeError::BadNumber)?;
            any = true;
        } else {
            return Err(ShareCodeError::UnknownValue);
        }
    }
    if numbers != CostNumbers::default() {
        match answers.cost_numbers.as_mut() {
            Some(slot) => *slot = numbers,
            None => return Err(ShareCodeError::OffPath),
        }
    }

    let tiebreak_fits = answers.tiebreak.is_none() || answers.bottleneck == Some(Bottleneck::Both);
    let numbers_fit =
        answers.cost_numbers.is_none() || answers.process_cost == Some(ProcessCost::Measured);
    if !tiebreak_fits || !numbers_fit {
        return Err(ShareCodeError::OffPath);
    }
    Ok(answers)
}

/// Decodes a share link's code: the answers must be complete, since a link shows a result.
pub fn decode_share(code: &str) -> Result<Answers, ShareCodeError> {
    let answers = decode_answers(code)?;
    if is_complete(&answers) {
        Ok(answers)
    } else {
        Err(ShareCodeError::Incomplete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_code_reads_as_expected() {
        let answers = decode_share("1btmxy37_h12_c40").expect("valid code");
        assert_eq!(answers.bottleneck, Some(Bottleneck::Both));
        assert_eq!(answers.tiebreak, Some(Tiebreak::TimeCost));
        assert_eq!(
            answers
                .cost_numbers
                .and_then(|n| n.weekly_hours)
                .map(Hours::hundredths),
            Some(1200)
        );
        assert_eq!(
            answers
                .cost_numbers
                .and_then(|n| n.hourly_cost)
                .map(Money::hundredths),
            Some(4000)
        );
        assert_eq!(encode_share(&answers), "1btmxy37_h12_c40");
    }

    #[test]
    fn bad_codes_get_the_right_error() {
        for (code, error) in [
            ("", ShareCodeError::Empty),
            ("2btmxy37", ShareCodeError::UnknownVersion),
            ("<script>", ShareCodeError::UnknownVersion),
            ("1btm", ShareCodeError::Truncated),
            ("1qtmxy37", ShareCodeError::UnknownValue),
            ("1btmxyw7", ShareCodeError::UnknownValue),
            ("1btmxy38", ShareCodeError::UnknownValue),
            ("1ttmxy37", ShareCodeError::OffPath),
            ("1t-nxy37", ShareCodeError::OffPath),
            ("1t-m-y37_h5", ShareCodeError::OffPath),
            ("1t-mxy37_h-5", ShareCodeError::UnknownValue),
            ("1t-mxy37_h20000", ShareCodeError::BadNumber),
            ("1t-mxy37_c5_h5", ShareCodeError::UnknownValue),
            ("1t-mxy37_h5_h5", ShareCodeError::UnknownValue),
            ("1t-mxy37x", ShareCodeError::UnknownValue),
            ("1t-mxy3-", ShareCodeError::Incomplete),
            ("1t-mxyé7", ShareCodeError::UnknownValue),
        ] {
            assert_eq!(decode_share(code), Err(error), "{code:?}");
        }
        assert_eq!(decode_share(&"1".repeat(81)), Err(ShareCodeError::TooLong));
    }
}
