//! The stored session: its own versioned type, so changing the engine never silently
//! breaks what a visitor saved. Loading goes through the share-code decoder and
//! [`Session::resume`], the same checks as any other untrusted input.

use core::cmp::Ordering;

use crate::engine::flow::{next_step, Session};
use crate::engine::share::{decode_answers, encode_share, ShareCodeError};
use crate::engine::steps::Step;

/// The record version this build writes.
pub const RECORD_VERSION: u32 = 1;

/// What is written to storage: `{"v":1,"step":"amplify","answers":"1t-m-----"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredRecord {
    /// Record version.
    pub v: u32,
    /// The step on screen.
    pub step: &'static str,
    /// The answers, as a share code.
    pub answers: String,
}

impl StoredRecord {
    /// The record as JSON text. Written by hand rather than by a serialiser: every field
    /// is a number or a string from a fixed alphabet (step ids, share code), so nothing
    /// needs escaping, and the Wasm carries no serialisation code.
    pub fn to_json(&self) -> String {
        format!(
            "{{\"v\":{},\"step\":\"{}\",\"answers\":\"{}\"}}",
            self.v, self.step, self.answers
        )
    }
}

/// What is read back from storage, before any checking of its meaning: the fields, each
/// present or not, with the right JSON types (see [`read_record`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawRecord {
    /// Record version.
    pub v: Option<u32>,
    /// The step on screen.
    pub step: Option<String>,
    /// The answers, as a share code.
    pub answers: Option<String>,
}

/// One field of the stored JSON object, as the JSON parser found it.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonField {
    /// No such field.
    Missing,
    /// A string.
    Text(String),
    /// A number.
    Number(f64),
    /// Anything else (`null`, a boolean, an array, an object).
    Other,
}

/// The record's fields from parsed JSON: `object` gives each field of the stored value,
/// or is `None` when the value is not an object (an array, a string, `null`…). A field of
/// the wrong type, or a version that is not a whole number a `u32` can hold, is the
/// wrong shape. The one place the stored JSON is checked: the browser's storage and the
/// native tests both come through here, each with its own JSON parser.
pub fn read_record(object: Option<&dyn Fn(&str) -> JsonField>) -> Result<RawRecord, RecordError> {
    let field = object.ok_or(RecordError::WrongShape)?;
    let text = |name: &str| match field(name) {
        JsonField::Missing => Ok(None),
        JsonField::Text(text) => Ok(Some(text)),
        JsonField::Number(_) | JsonField::Other => Err(RecordError::WrongShape),
    };
    let v = match field("v") {
        JsonField::Missing => None,
        JsonField::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => {
            // Whole and in range, so the conversion is exact.
            Some(n as u32)
        }
        JsonField::Number(_) | JsonField::Text(_) | JsonField::Other => {
            return Err(RecordError::WrongShape)
        }
    };
    Ok(RawRecord {
        v,
        step: text("step")?,
        answers: text("answers")?,
    })
}

/// Why a stored record cannot be used; the widget then starts fresh and says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// The stored text is not JSON (detected by the shell, which parses it).
    NotJson,
    /// JSON, but not a record of this widget.
    WrongShape,
    /// Written by a newer version of the widget.
    NewerVersion(u32),
    /// The answers in it are not valid.
    BadAnswers(ShareCodeError),
}

/// The record to store for `session`.
pub fn to_record(session: &Session) -> StoredRecord {
    StoredRecord {
        v: RECORD_VERSION,
        step: session.step.id(),
        answers: encode_share(&session.answers),
    }
}

/// Brings an older record up to the current version. There is only version 1 so far;
/// a future version 2 adds a `1 => …` arm here, so old visitors keep their answers.
fn migrate(raw: RawRecord) -> Result<(String, String), RecordError> {
    let v = raw.v.ok_or(RecordError::WrongShape)?;
    match v.cmp(&RECORD_VERSION) {
        Ordering::Equal => match (raw.step, raw.answers) {
            (Some(step), Some(answers)) => Ok((step, answers)),
            _ => Err(RecordError::WrongShape),
        },
        Ordering::Greater => Err(RecordError::NewerVersion(v)),
        // No version before 1 was ever written.
        Ordering::Less => Err(RecordError::WrongShape),
    }
}

/// The session a stored record describes, repaired if its step no longer fits.
pub fn restore(raw: RawRecord) -> Result<Session, RecordError> {
    let (step, answers) = migrate(raw)?;
    let answers = decode_answers(&answers).map_err(RecordError::BadAnswers)?;
    // An unknown step is not worth losing the answers over: continue where they stop.
    let step = Step::from_id(&step).unwrap_or_else(|| next_step(&answers));
    Ok(Session::resume(answers, step))
}
