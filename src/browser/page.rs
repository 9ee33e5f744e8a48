//! Small reads and writes of the page: today's date, the URL, the clipboard, printing.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use web_sys::{Element, HtmlElement};

use crate::cta::encode_component;
use crate::engine::Date;

/// Today's date in the visitor's time zone, or `None` if the browser's clock is unusable.
pub(crate) fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    let year = i32::try_from(year).ok()?;
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// Offers `text` as a file named `name`: a `data:` link with `download`, placed beside
/// `near` (inside the widget, but not inside a control, so its click names no control),
/// clicked once and removed. Nothing leaves the browser.
pub(crate) fn download(near: &Element, name: &str, mime: &str, text: &str) {
    let (Some(document), Some(parent)) = (near.owner_document(), near.parent_element()) else {
        return;
    };
    let Ok(link) = document.create_element("a") else {
        return;
    };
    let href = format!("data:{mime};charset=utf-8,{}", encode_component(text));
    if link.set_attribute("href", &href).is_err() || link.set_attribute("download", name).is_err() {
        return;
    }
    if parent.append_child(&link).is_ok() {
        if let Some(link) = link.dyn_ref::<HtmlElement>() {
            link.click();
        }
        link.remove();
    }
}

/// The page's full URL, or an empty string when it cannot be read.
pub(crate) fn url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page URL's fragment, including its `#`, or an empty string.
pub(crate) fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the URL's fragment without a new history entry or a scroll (used only after
/// the visitor acts, to drop a share code they have moved on from).
pub(crate) fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(history), Ok(path), Ok(search)) = (
        window.history(),
        window.location().pathname(),
        window.location().search(),
    ) else {
        return;
    };
    let url = format!("{path}{search}{fragment}");
    let _: Result<(), JsValue> = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// Copies `text` to the clipboard; `false` when the browser has no clipboard API here or
/// refuses (no permission, insecure context), so the caller can show the text instead.
pub(crate) async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Read through Reflect: `navigator.clipboard` is undefined outside secure contexts,
    // and a direct binding would throw into Rust.
    let clipboard = match Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")) {
        Ok(value) if value.is_object() => value,
        _ => return false,
    };
    let Ok(write) = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .and_then(|f| f.dyn_into::<Function>())
    else {
        return false;
    };
    let Ok(promise) = write
        .call1(&clipboard, &JsValue::from_str(text))
        .and_then(|p| p.dyn_into::<Promise>())
    else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}

/// Opens the browser's print dialogue (the print stylesheet keeps only the result).
pub(crate) fn print() {
    if let Some(window) = web_sys::window() {
        let _: Result<(), JsValue> = window.print();
    }
}
