//! Keeping the session in `localStorage`, and surviving every way that can fail.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::Storage;

use crate::engine::{read_record, restore, to_record, JsonField, RecordError, Session};

/// Where the session is kept: `localStorage` under the page's key, or nowhere when the
/// browser refuses storage (private modes, sandboxed frames, disabled cookies).
pub(crate) struct Store {
    key: String,
    storage: Option<Storage>,
}

/// One field of parsed JSON, typed for the engine's record check; no decisions here.
fn json_field(value: &JsValue, name: &str) -> JsonField {
    let field = Reflect::get(value, &JsValue::from_str(name)).unwrap_or_default();
    if field.is_undefined() {
        JsonField::Missing
    } else if let Some(text) = field.as_string() {
        JsonField::Text(text)
    } else if let Some(number) = field.as_f64() {
        JsonField::Number(number)
    } else {
        JsonField::Other
    }
}

impl Store {
    /// Opens storage for `key`. Never throws: a refusal just leaves the store unavailable.
    pub(crate) fn open(key: &str) -> Store {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        Store {
            key: key.to_owned(),
            storage,
        }
    }

    /// Whether answers can be kept at all.
    pub(crate) fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// The saved session, `Ok(None)` when there is none (or storage cannot be read), or
    /// why the saved record cannot be used.
    pub(crate) fn load(&self) -> Result<Option<Session>, RecordError> {
        let Some(storage) = &self.storage else {
            return Ok(None);
        };
        let Ok(Some(text)) = storage.get_item(&self.key) else {
            return Ok(None);
        };
        let value = js_sys::JSON::parse(&text).map_err(|_| RecordError::NotJson)?;
        let field = |name: &str| json_field(&value, name);
        let object = value.is_object() && !js_sys::Array::is_array(&value);
        restore(read_record(
            object.then_some(&field as &dyn Fn(&str) -> JsonField),
        )?)
        .map(Some)
    }

    /// Saves the session; `false` when the browser refused (quota, `setItem` throwing).
    /// A session with nothing answered (a first visit, or after "Start over") is not
    /// kept at all: its record is removed, so nothing is stored until the visitor answers.
    pub(crate) fn save(&self, session: &Session) -> bool {
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
