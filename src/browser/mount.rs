//! The one function `embed.js` calls for each widget on a page, and the handle it gets
//! back to release the widget.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::browser::storage::Store;
use crate::content::{Language, Locale, Words, ENGLISH_TEXT};
use crate::options::{parse_options, EmbedOptions, RawOptions};
use crate::ui::{listen, Live, Settings};

/// A widget on the page, returned to `embed.js` so that a custom element removed from
/// the page can release it, and the host API can reset it.
#[wasm_bindgen]
pub struct Widget {
    /// The widget; `None` if it could not start.
    live: Option<Rc<Live>>,
}

#[wasm_bindgen]
impl Widget {
    /// Releases the widget: its listener comes off its root, and nothing more is drawn
    /// or told. Consumes the handle, so the Wasm keeps nothing of it.
    pub fn destroy(self) {
        if let Some(live) = self.live {
            live.release();
        }
    }

    /// Starts over, as the result's "Start over" does: the first question, nothing
    /// answered, the record forgotten (the host API's `reset()`).
    pub fn reset(&self) {
        if let Some(live) = &self.live {
            live.start_over();
        }
    }
}

thread_local! {
    /// Each language's words, read once per page and shared by every widget that speaks
    /// it. A framework inserts and removes a custom element on every route change, and
    /// each mount reading (and keeping) its own copy made the Wasm's memory grow by the
    /// words' size each time.
    static READ: RefCell<Vec<(Language, &'static Words)>> = const { RefCell::new(Vec::new()) };
}

/// The words of `language`, read from `text()` the first time this page has usable words
/// for it. They are kept for the page's life, and every later widget shares them.
fn words_of(language: Language, text: impl FnOnce() -> Option<String>) -> Option<&'static Words> {
    let known = READ.with_borrow(|read| {
        read.iter()
            .find(|(l, _)| *l == language)
            .map(|(_, words)| *words)
    });
    if known.is_some() {
        return known;
    }
    let text: &'static str = match text() {
        Some(owned) => Box::leak(owned.into_boxed_str()),
        None if language.is_compiled_in() => ENGLISH_TEXT,
        None => return None,
    };
    let words: &'static Words = Box::leak(Words::from_lines(text)?);
    READ.with_borrow_mut(|read| read.push((language, words)));
    Some(words)
}

/// The widget's locale: its language's words, English's from the text compiled in, any
/// other's from the file `embed.js` fetched. Without usable words the widget speaks
/// English rather than nothing, and tells `warn` why. `None` only if the English text
/// were unreadable (an `en.txt` not written again after a change of fields, which
/// `tests/locales.rs` fails on).
fn locale(options: &EmbedOptions, words: Option<String>, warn: &Function) -> Option<Locale> {
    let english = || words_of(Language::ENGLISH, || None);
    let (language, words) = match options.language {
        language if language.is_compiled_in() => (language, english()?),
        language => match words_of(language, || words) {
            Some(words) => (language, words),
            None => {
                let message = format!(
                    "the words for \"{}\" could not be loaded; showing English.",
                    language.tag
                );
                let _ = warn.call1(&JsValue::NULL, &JsValue::from_str(&message));
                (Language::ENGLISH, english()?)
            }
        },
    };
    Some(Locale {
        language,
        words,
        currency: options.currency,
    })
}

/// Renders one widget into `root`, an element inside the open shadow root of `host`, and
/// gives `root` the `lang` and `dir` of the widget's language.
///
/// `host` is the element the embedding page chose; the widget's events are dispatched on
/// it. `options` is a plain object with the raw `data-*` values (`storageKey`, `theme`,
/// `ctaHref`, `ctaLabel`, `ctaNote`, `ctaForward`, `ctaShareNumbers`, `currency`; `ctaLabelIt`, `ctaNoteIt`
/// and so on for each language), the tag of the `language` `embed.js` chose and, for a
/// language other than English, its `words` (the text of its file in `locales/`), and the
/// `record` its storage layer read for it. Unusable values are replaced by defaults, so
/// mounting always succeeds, and each is told to `warn` (a function of one string:
/// `embed.js` logs it as a console warning under the widget's name, written there once).
/// `keep` is the storage layer's function that keeps each new record (see
/// `browser::storage`).
#[wasm_bindgen]
pub fn mount(
    host: Element,
    root: Element,
    options: JsValue,
    warn: &Function,
    keep: Function,
) -> Widget {
    let language = string_field(&options, "language");
    // One snippet can serve pages in several languages: `data-cta-label-it` (the
    // element's `cta-label-it`) wins over `data-cta-label` when the widget speaks Italian.
    let tag = language.as_deref().unwrap_or_default();
    let (cta_label, cta_note) = (
        in_language(&options, "ctaLabel", tag),
        in_language(&options, "ctaNote", tag),
    );
    let raw = RawOptions {
        storage_key: string_field(&options, "storageKey"),
        theme: string_field(&options, "theme"),
        cta_href: string_field(&options, "ctaHref"),
        cta_label,
        cta_note,
        cta_forward: string_field(&options, "ctaForward"),
        cta_share_numbers: string_field(&options, "ctaShareNumbers").is_some(),
        language,
        currency: string_field(&options, "currency"),
    };
    let words = string_field(&options, "words");
    let store = Store {
        record: string_field(&options, "record"),
        keep,
    };
    let (options, errors) = parse_options(&raw);
    for error in errors {
        // A throwing `warn` must not stop the widget.
        let _ = warn.call1(&JsValue::NULL, &JsValue::from_str(&error.to_string()));
    }
    let Some(locale) = locale(&options, words, warn) else {
        return Widget { live: None };
    };
    // On the element the widget draws into rather than in the view: set once, and the
    // same for every screen. Screen readers and the browser's layout read them.
    let _ = root.set_attribute("lang", locale.language.tag);
    let _ = root.set_attribute("dir", locale.language.dir);
    let live = Live::start(
        Settings {
            host,
            root,
            options,
            locale,
            store,
        },
        listen,
    );
    Widget { live: Some(live) }
}

/// The option `name` for the language `tag` (`ctaLabelIt` for `ctaLabel` and `it`, as a
/// dataset names `data-cta-label-it`), else `name` itself.
fn in_language(options: &JsValue, name: &str, tag: &str) -> Option<String> {
    let mut key = name.to_owned() + tag;
    if let Some(first) = key.get_mut(name.len()..=name.len()) {
        first.make_ascii_uppercase();
    }
    string_field(options, &key).or_else(|| string_field(options, name))
}

fn string_field(object: &JsValue, name: &str) -> Option<String> {
    if !object.is_object() {
        return None;
    }
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.as_string())
}
