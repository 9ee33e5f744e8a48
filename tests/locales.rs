//! The words as the Wasm reads them: English from `src/content/en.txt` (compiled in),
//! every other language from `static/locales/<tag>.txt` (copied into `dist/locales/`).
//! Each file must be exactly the words of its `src/content/<tag>.rs`, one string a line
//! in field order, so what a visitor reads is the text the tests and snapshots checked.
//! After changing a language's words, write the files again with
//! `UPDATE_LOCALES=1 cargo test --test locales`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use aisd::content::{Language, Words, ALL_WORDS, ENGLISH_TEXT, LANGUAGES};
use aisd::views::static_html::first_screen;

fn file_of(language: Language) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if language.is_compiled_in() {
        root.join("src/content/en.txt")
    } else {
        root.join("static").join(language.words_file())
    }
}

/// Whether this run writes the files (`UPDATE_LOCALES=1`) rather than only checks them.
fn updating() -> bool {
    std::env::var_os("UPDATE_LOCALES").is_some()
}

/// Writes `expected` to `path` when updating, then fails unless the file holds exactly
/// it. Returns what the file holds.
fn up_to_date(path: &Path, expected: &str) -> String {
    if updating() {
        std::fs::create_dir_all(path.parent().expect("a directory")).expect("its directory");
        std::fs::write(path, expected).expect("write the file");
    }
    let found = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        found == expected,
        "{} is missing or out of date: run UPDATE_LOCALES=1 cargo test --test locales",
        path.display()
    );
    found
}

#[test]
fn every_loaded_language_has_its_file_and_it_is_up_to_date() {
    let update = updating();
    for (language, words) in LANGUAGES.into_iter().zip(ALL_WORDS) {
        let path = file_of(language);
        let expected: String = words
            .lines()
            .iter()
            .map(|line| format!("{line}\n"))
            .collect();
        let found = up_to_date(&path, &expected);
        // What the Wasm does with the file: the same words back.
        let loaded = Words::from_lines(Box::leak(found.into_boxed_str())).expect("it loads");
        assert_eq!(loaded.lines(), words.lines());
    }
    assert!(
        !PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("static/locales/en.txt")
            .exists(),
        "English is compiled in: no file to download"
    );
    // The English the Wasm carries, as this build compiled it (an update writes the file
    // for the next build).
    if !update {
        let compiled = Words::from_lines(ENGLISH_TEXT).expect("English, compiled in");
        assert_eq!(compiled.lines(), ALL_WORDS[0].lines());
    }
}

/// The first question as `embed.js` shows it before the Wasm arrives
/// (`static/first/<tag>.html`, one per language, English too), written by the same code
/// rendered from the live first screen's own views (see `aisd::views::static_html`).
#[test]
fn every_language_has_its_first_question_and_it_is_up_to_date() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for (language, words) in LANGUAGES.into_iter().zip(ALL_WORDS) {
        let path = root.join("static").join(language.first_screen_file());
        let rendered = first_screen(language, words);
        let found = up_to_date(&path, &rendered);
        let first_title = words.step_title(aisd::engine::Step::Bottleneck);
        assert!(found.contains(first_title), "{}", path.display());
        assert!(found.starts_with(&format!(
            "<div lang=\"{}\" dir=\"{}\">",
            language.tag, language.dir
        )));
    }
}
