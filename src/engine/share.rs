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

use crate::engine::answers::{Answer, Answers, CostNumbers};
use crate::engine::flow::{is_complete, prune};
use crate::engine::numbers::{decimal, Hours, Money};
use crate::engine::steps::{Kind, Step, QUESTIONS};

/// The current share-code version.
pub(crate) const SHARE_VERSION: char = '1';
/// Longest code accepted; anything longer is refused before it is looked at.
pub const MAX_CODE_LEN: usize = 80;
/// The characters of a multi-select's bits (at most 5 values, so 32 sets).
const DIGITS: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
/// The character of a step with no answer.
const UNANSWERED: u8 = b'-';
/// The character of a submitted numbers step (the numbers follow the step characters).
const SUBMITTED: u8 = b'x';

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

/// The character that stands for the answer to one step.
fn step_char(letters: &[u8], answer: Option<Answer>) -> u8 {
    match answer {
        None => UNANSWERED,
        Some(Answer::One(i)) => letters.get(usize::from(i)).copied().unwrap_or(UNANSWERED),
        Some(Answer::Any(bits)) => DIGITS.get(usize::from(bits)).copied().unwrap_or(UNANSWERED),
        Some(Answer::Numbers(_)) => SUBMITTED,
    }
}

/// The answer one step character stands for, for a step of this kind.
fn read_char(kind: Kind, letters: &[u8], byte: u8) -> Result<Option<Answer>, ShareCodeError> {
    if byte == UNANSWERED {
        return Ok(None);
    }
    let position = |table: &[u8]| {
        table
            .iter()
            .position(|&c| c == byte)
            .and_then(|i| u8::try_from(i).ok())
            .ok_or(ShareCodeError::UnknownValue)
    };
    Ok(Some(match kind {
        Kind::One => Answer::One(position(letters)?),
        Kind::Any => Answer::Any(position(DIGITS)?),
        Kind::Numbers if byte == SUBMITTED => Answer::Numbers(CostNumbers::default()),
        Kind::Numbers => return Err(ShareCodeError::UnknownValue),
    }))
}

/// Encodes `answers` (complete or not); `decode_answers` gives them back exactly. Amounts
/// are written in their shortest form (`12.5`, never `12.50`), which is the canonical one.
pub fn encode_share(answers: &Answers) -> String {
    let mut code = String::with_capacity(24);
    code.push(SHARE_VERSION);
    for spec in &QUESTIONS {
        code.push(char::from(step_char(spec.letters, answers.get(spec.step))));
    }
    if let Some(numbers) = answers.numbers() {
        if let Some(hours) = numbers.weekly_hours {
            code.push_str("_h");
            code.push_str(&decimal(hours.hundredths(), "", ".", false));
        }
        if let Some(cost) = numbers.hourly_cost {
            code.push_str("_c");
            code.push_str(&decimal(cost.hundredths(), "", ".", false));
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
    let head = bytes
        .get(1..=QUESTIONS.len())
        .ok_or(ShareCodeError::Truncated)?;
    let mut answers = Answers::default();
    for (spec, &byte) in QUESTIONS.iter().zip(head) {
        let answer = read_char(spec.kind, spec.letters, byte)?;
        if answer.is_some_and(|a| !a.fits(spec.step)) {
            return Err(ShareCodeError::UnknownValue);
        }
        answers.set(spec.step, answer);
    }

    // The rest is `_h<hours>` then `_c<cost>`, each at most once, in that order.
    let rest = code
        .get(QUESTIONS.len() + 1..)
        .ok_or(ShareCodeError::UnknownValue)?;
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
        if answers.numbers().is_none() {
            return Err(ShareCodeError::OffPath);
        }
        answers.set(Step::CostNumbers, Some(Answer::Numbers(numbers)));
    }

    // An answer to a step the other answers skip: not something this widget writes.
    if prune(answers.clone()) != answers {
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
        use crate::engine::values::{Bottleneck, Constraint, Foundation, Situation};
        let answers = decode_share("1btmxy37_h12_c40").expect("valid code");
        assert_eq!(answers.one(), Some(Bottleneck::Both));
        assert_eq!(answers.one(), Some(Constraint::TimeCost));
        let numbers = answers.numbers().unwrap_or_default();
        assert_eq!(numbers.weekly_hours.map(Hours::hundredths), Some(1200));
        assert_eq!(numbers.hourly_cost.map(Money::hundredths), Some(4000));
        // "3" is bits 0 and 1; "7" is every foundation.
        assert!(
            answers.ticked(Situation::OpsEfficient) && answers.ticked(Situation::ValidatingModel)
        );
        assert!(!answers.ticked(Situation::FastFeedback));
        assert!(Foundation::ALL.into_iter().all(|f| answers.ticked(f)));
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
            ("1t-myy37", ShareCodeError::UnknownValue),
            ("1t-m1y37", ShareCodeError::UnknownValue),
            ("1t-mxy3-", ShareCodeError::Incomplete),
            ("1t-mxyé7", ShareCodeError::UnknownValue),
        ] {
            assert_eq!(decode_share(code), Err(error), "{code:?}");
        }
        assert_eq!(decode_share(&"1".repeat(81)), Err(ShareCodeError::TooLong));
        // The longest accepted code is read, not refused for its length.
        assert_eq!(
            decode_share(&"1".repeat(80)),
            Err(ShareCodeError::UnknownValue)
        );
    }
}
