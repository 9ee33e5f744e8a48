//! The Wasm's side of the loader's storage layer (`web/embed/storage.js`): the record the
//! loader read for this widget, and the loader's `keep` function, which puts each new
//! record wherever the page's `data-storage` mode says (or nowhere). The loader owns Web
//! Storage because the host API must act on it before the Wasm has arrived; what a record
//! means is checked here, by the engine, as before.

use js_sys::{Function, Reflect};
use wasm_bindgen::JsValue;

use crate::engine::{read_record, restore, to_record, JsonField, RecordError, Session};

/// The stored record this widget opened with, and the loader's function that keeps a new
/// one (or forgets it, given `null`) and says whether the browser allowed it.
#[derive(Clone)]
pub(crate) struct Store {
    /// The record's text as the loader read it: `None` when there is none, or when the
    /// mode reads nothing (`none`, `consent` before the page granted storage).
    pub(crate) record: Option<String>,
    /// `keep(text | null) -> boolean`, from `embed.js`.
    pub(crate) keep: Function,
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
    /// The saved session, `Ok(None)` when there is none, or why the saved record cannot be
    /// used.
    pub(crate) fn load(&self) -> Result<Option<Session>, RecordError> {
        let Some(text) = &self.record else {
            return Ok(None);
        };
        let value = js_sys::JSON::parse(text).map_err(|_| RecordError::NotJson)?;
        let field = |name: &str| json_field(&value, name);
        let object = value.is_object() && !js_sys::Array::is_array(&value);
        restore(read_record(
            object.then_some(&field as &dyn Fn(&str) -> JsonField),
        )?)
        .map(Some)
    }

    /// Hands the session to the loader; `false` when the browser refused to keep it
    /// (quota, storage disabled) or the loader threw. A session with nothing answered (a
    /// first visit, or after "Start over") is not kept at all: the loader is given `null`
    /// and forgets the record, so nothing is stored until the visitor answers.
    pub(crate) fn save(&self, session: &Session) -> bool {
        let record = if *session == Session::default() {
            JsValue::NULL
        } else {
            JsValue::from_str(&to_record(session).to_json())
        };
        self.keep
            .call1(&JsValue::NULL, &record)
            .is_ok_and(|kept| kept.is_truthy())
    }
}
