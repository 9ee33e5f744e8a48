//! Keeping the session in `localStorage`, and surviving every way that can fail.

use wasm_bindgen::JsValue;
use web_sys::Storage;

use crate::engine::{restore, to_record, RawRecord, RecordError, Session};

/// Where the session is kept: `localStorage` under the page's key, or nowhere when the
/// browser refuses storage (private modes, sandboxed frames, disabled cookies).
pub struct Store {
    key: String,
    storage: Option<Storage>,
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
        let raw: RawRecord =
            serde_wasm_bindgen::from_value(value).map_err(|_| RecordError::WrongShape)?;
        restore(raw).map(Some)
    }

    /// Saves the session; `false` when the browser refused (quota, `setItem` throwing).
    pub fn save(&self, session: &Session) -> bool {
        let Some(storage) = &self.storage else {
            return false;
        };
        serde_wasm_bindgen::to_value(&to_record(session))
            .ok()
            .and_then(|value| js_sys::JSON::stringify(&value).ok())
            .and_then(|text| text.as_string())
            .is_some_and(|text| storage.set_item(&self.key, &text).is_ok())
    }

    /// Removes the saved session ("Start over").
    pub fn clear(&self) {
        if let Some(storage) = &self.storage {
            // A refusal leaves nothing worse than before: the next save overwrites it.
            let _: Result<(), JsValue> = storage.remove_item(&self.key);
        }
    }
}
