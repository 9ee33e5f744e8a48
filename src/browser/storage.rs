//! Keeping the session in `localStorage`, and surviving every way that can fail.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::Storage;

use crate::engine::{restore, to_record, RawRecord, RecordError, Session};

/// Where the session is kept: `localStorage` under the page's key, or nowhere when the
/// browser refuses storage (private modes, sandboxed frames, disabled cookies).
pub struct Store {
    key: String,
    storage: Option<Storage>,
}

/// Reads the record's fields from parsed JSON, refusing anything that is not an object
/// with the right field types. Done by hand rather than with serde: it keeps the
/// deserialiser out of the Wasm.
fn raw_record(value: &JsValue) -> Result<RawRecord, RecordError> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(RecordError::WrongShape);
    }
    let field = |name: &str| Reflect::get(value, &JsValue::from_str(name)).unwrap_or_default();
    let text = |name: &str| -> Result<Option<String>, RecordError> {
        let value = field(name);
        if value.is_undefined() {
            Ok(None)
        } else {
            value.as_string().map(Some).ok_or(RecordError::WrongShape)
        }
    };
    let v = field("v");
    let v = if v.is_undefined() {
        None
    } else {
        let number = v.as_f64().ok_or(RecordError::WrongShape)?;
        if number.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&number) {
            return Err(RecordError::WrongShape);
        }
        Some(number as u32)
    };
    Ok(RawRecord {
        v,
        step: text("step")?,
        answers: text("answers")?,
    })
}

impl Store {
    /// Opens storage for `key`. Never throws: a refusal just leaves the store unavailable.
    pub fn open(key: &str) -> Store {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        Store {
            key: key.to_owned(),
            storage,
        }
    }

    /// Whether answers can be kept at all.
    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// The saved session, `Ok(None)` when there is none (or storage cannot be read), or
    /// why the saved record cannot be used.
    pub fn load(&self) -> Result<Option<Session>, RecordError> {
        let Some(storage) = &self.storage else {
            return Ok(None);
        };
        let Ok(Some(text)) = storage.get_item(&self.key) else {
            return Ok(None);
        };
        let value = js_sys::JSON::parse(&text).map_err(|_| RecordError::NotJson)?;
        restore(raw_record(&value)?).map(Some)
    }

    /// Saves the session; `false` when the browser refused (quota, `setItem` throwing).
    /// A session with nothing answered (a first visit, or after "Start over") is not
    /// kept at all: its record is removed, so nothing is stored until the visitor answers.
    pub fn save(&self, session: &Session) -> bool {
        let Some(storage) = &self.storage else {
            return false;
        };
        if *session == Session::default() {
            return storage.remove_item(&self.key).is_ok();
        }
        storage
            .set_item(&self.key, &to_record(session).to_json())
            .is_ok()
    }
}
