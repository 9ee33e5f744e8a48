//! The facts the widget shares with its loader and its stylesheet have one source, the
//! crate (`aisd::contract`, `aisd::options`, the plan's days), and these tests fail when a
//! copy drifts from it:
//! - `web/embed/facts.js`, the loader's copy, is written from the crate by
//!   `UPDATE_LOCALES=1 cargo test --test contract` and must be exactly what it writes;
//! - nothing else in `web/` writes those facts out again;
//! - `static/widget.css` places a mark for exactly the plan's days, each where its day is;
//! - `web/types/ids.d.ts`, the ids the package's TypeScript types allow, is written from
//!   the crate the same way and must be exactly what it writes.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use aisd::content::LANGUAGES;
use aisd::contract::{
    EVENTS, FALLBACK_STORAGE, FIRST_SCREEN_FILE, KEY_PUNCTUATION, MAX_KEY_LEN, NAME, READY, RESET,
    STORAGE_MODES, VERSION, WORDS_FILE,
};
use aisd::engine::{PlanStepId, Reason, Step, Verdict, Warning};
use aisd::options::{Theme, DEFAULT_STORAGE_KEY};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A JavaScript string literal of `text` (the facts hold no quote or backslash).
fn js(text: &str) -> String {
    assert!(!text.contains(['\'', '\\', '\n']), "{text:?}");
    format!("'{text}'")
}

/// `web/embed/facts.js` as the crate writes it.
fn facts_js() -> String {
    let themes: Vec<String> = Theme::ALL
        .iter()
        .map(|t| format!("{}: {}", t.id(), js(t.root_class())))
        .collect();
    let events: Vec<String> = EVENTS.iter().map(|e| js(e)).collect();
    let modes: Vec<String> = STORAGE_MODES.iter().map(|m| js(m)).collect();
    [
        "// Written from the Rust crate by `UPDATE_LOCALES=1 cargo test --test contract`, which"
            .to_owned(),
        "// fails while this file says anything else: change the facts in src/contract.rs and"
            .to_owned(),
        "// src/options.rs, never here. contract.js builds the loader's rules from them."
            .to_owned(),
        String::new(),
        format!("export const VERSION = {};", js(VERSION)),
        format!("export const NAME = {};", js(NAME)),
        format!(
            "export const DEFAULT_STORAGE_KEY = {};",
            js(DEFAULT_STORAGE_KEY)
        ),
        format!("export const MAX_KEY_LEN = {MAX_KEY_LEN};"),
        format!("export const KEY_PUNCTUATION = {};", js(KEY_PUNCTUATION)),
        format!("export const THEME_CLASSES = {{ {} }};", themes.join(", ")),
        format!(
            "export const DEFAULT_THEME = {};",
            js(Theme::default().id())
        ),
        format!("export const READY = {};", js(READY)),
        format!("export const EVENTS = [{}];", events.join(", ")),
        format!("export const RESET = {};", js(RESET)),
        format!("export const STORAGE_MODES = [{}];", modes.join(", ")),
        format!("export const FALLBACK_STORAGE = {};", js(FALLBACK_STORAGE)),
        format!("export const WORDS_FILE = {};", js(WORDS_FILE)),
        format!(
            "export const FIRST_SCREEN_FILE = {};",
            js(FIRST_SCREEN_FILE)
        ),
        String::new(),
    ]
    .join("\n")
}

#[test]
fn the_loaders_facts_are_the_crates() {
    written_from_the_crate("web/embed/facts.js", &facts_js());
}

/// Fails unless the file at `relative` is exactly `expected`; writes it first under
/// `UPDATE_LOCALES`.
fn written_from_the_crate(relative: &str, expected: &str) {
    let path = root().join(relative);
    if std::env::var_os("UPDATE_LOCALES").is_some() {
        std::fs::write(&path, expected).expect("write a file written from the crate");
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "{relative} is missing or out of date: run UPDATE_LOCALES=1 cargo test --test contract"
    );
}

/// A TypeScript union of string literal types.
fn union<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    ids.into_iter().map(js).collect::<Vec<_>>().join(" | ")
}

/// `web/types/ids.d.ts` as the crate writes it.
fn ids_d_ts() -> String {
    let types = [
        (
            "Verdict",
            "Where to start: the result's verdict.",
            union(Verdict::IDS),
        ),
        (
            "Reason",
            "Why the verdict is what it is.",
            union(Reason::IDS),
        ),
        (
            "Warning",
            "A sequencing risk to watch.",
            union(Warning::IDS),
        ),
        (
            "StepId",
            "A screen: a question's step, or the result.",
            union(Step::IDS),
        ),
        (
            "StorageMode",
            "Where answers are kept (`storage`, `setStorage()`).",
            union(STORAGE_MODES),
        ),
        (
            "Theme",
            "The colour theme (`theme`).",
            union(Theme::ALL.iter().map(|t| t.id())),
        ),
        (
            "Language",
            "A language the widget speaks.",
            union(LANGUAGES.iter().map(|l| l.tag)),
        ),
    ];
    let mut lines = vec![
        "// Written from the Rust crate by `UPDATE_LOCALES=1 cargo test --test contract`, which"
            .to_owned(),
        "// fails while this file says anything else: the ids come from the engine and".to_owned(),
        "// src/contract.rs, never from here.".to_owned(),
        String::new(),
        format!(
            "/** The release these types describe. */\nexport type Version = {};",
            js(VERSION)
        ),
    ];
    for (name, doc, union) in types {
        lines.push(format!("/** {doc} */\nexport type {name} = {union};"));
    }
    lines.push(String::new());
    lines.join("\n")
}

#[test]
fn the_types_ids_are_the_crates() {
    written_from_the_crate("web/types/ids.d.ts", &ids_d_ts());
}

#[test]
fn the_types_name_the_crates_element_and_events() {
    let types = std::fs::read_to_string(root().join("web/types/index.d.ts")).unwrap_or_default();
    assert!(
        types.contains(&format!("'{NAME}': AiSequencingDiagnosticElement;")),
        "web/types/index.d.ts does not declare <{NAME}>"
    );
    let events: Vec<&str> = EVENTS.iter().copied().chain([RESET]).collect();
    for event in &events {
        assert!(
            types.contains(&format!("'{event}': CustomEvent<")),
            "web/types/index.d.ts does not declare {event}"
        );
    }
    assert_eq!(
        types.matches("': CustomEvent<").count(),
        events.len(),
        "web/types/index.d.ts declares an event the widget does not dispatch"
    );
}

#[test]
fn no_loader_module_writes_a_fact_out_again() {
    let dir = root().join("web");
    let mut stack = vec![dir];
    let mut copies = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            // The types must write the names as TypeScript keys; the test below checks them.
            if path.is_dir() {
                if !path.ends_with("types") {
                    stack.push(path);
                }
                continue;
            }
            if path.ends_with("facts.js") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // Comments may name a fact; code must take it from facts.js.
            let code: String = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for fact in [NAME, READY, "locales/", "first/", "aisd light", "aisd dark"] {
                if code.contains(fact) {
                    copies.push(format!("{} writes {fact:?}", path.display()));
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "facts written outside facts.js:\n{}",
        copies.join("\n")
    );
}

/// The loader's rules, run by Node on the same inputs as the crate's: the storage keys
/// it treats as usable, the theme classes, the language files.
#[test]
fn the_loaders_rules_agree_with_the_crates() {
    let long = "k".repeat(MAX_KEY_LEN);
    let too_long = "k".repeat(MAX_KEY_LEN + 1);
    let keys = [
        "pricing", "a.b-c_d", "", "a b", "a/b", "ä", "x]y", "x\\y", "-", &long, &too_long,
    ];
    let themes = [
        "light",
        " dark ",
        "auto",
        "",
        "Dark",
        "constructor",
        "__proto__",
    ];
    // The share code `reset()` takes out of the address before the Wasm has arrived.
    let fragments = [
        "#k=1abc",
        "#top&k=1abc&other=2",
        "#k=1&k=2",
        "#kk=1&k",
        "",
        "#",
        "#&&k=1&",
    ];
    let script = format!(
        "import('{}').then((c) => console.log(JSON.stringify([{}.map(c.isUsableKey), {}.map(c.rootClass), c.wordsFile('it'), c.firstQuestionFile('it'), {}.map((f) => c.withoutShareCode(f, 'k'))])))",
        root().join("web/embed/contract.js").display(),
        serde_json::to_string(&keys).unwrap_or_default(),
        serde_json::to_string(&themes).unwrap_or_default(),
        serde_json::to_string(&fragments).unwrap_or_default(),
    );
    let output = std::process::Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .output()
        .expect("Node.js runs the loader's rules (it is part of the project's tool set)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the loader's answers as JSON");
    let usable: Vec<bool> = keys
        .iter()
        .map(|k| aisd::contract::is_usable_key(k))
        .collect();
    let classes: Vec<&str> = themes
        .iter()
        .map(|value| {
            let raw = aisd::options::RawOptions {
                theme: Some((*value).to_owned()),
                ..Default::default()
            };
            aisd::options::parse_options(&raw).0.theme.root_class()
        })
        .collect();
    let italian = aisd::content::LANGUAGES[1];
    let without: Vec<String> = fragments
        .iter()
        .map(|f| aisd::share_link::fragment_without_code(f, "k"))
        .collect();
    let expected = serde_json::json!([
        usable,
        classes,
        italian.words_file(),
        italian.first_screen_file(),
        without
    ]);
    assert_eq!(
        found, expected,
        "the loader (left) and the crate (right) disagree"
    );
}

/// The position the stylesheet gives the timeline mark `t<day>`, as a share of the line's
/// length: `inset-inline-start` in per cent, or at either end.
fn mark_positions(css: &str) -> Vec<(i64, f64)> {
    let mut marks = Vec::new();
    for rule in css.split(".timeline .t").skip(1) {
        let digits: String = rule.chars().take_while(char::is_ascii_digit).collect();
        let Ok(day) = digits.parse::<i64>() else {
            continue;
        };
        let body = &rule[..rule.find('}').unwrap_or(rule.len())];
        let value = body
            .split("inset-inline-start:")
            .nth(1)
            .map(|v| v[..v.find(';').unwrap_or(v.len())].trim())
            .unwrap_or_default();
        let share = if value.starts_with("calc(100%") {
            1.0
        } else if let Some(percent) = value.strip_suffix('%') {
            percent.parse::<f64>().unwrap_or(f64::NAN) / 100.0
        } else {
            // A length from the start (the first mark sits just inside the line).
            0.0
        };
        marks.push((day, share));
    }
    marks
}

#[test]
fn the_stylesheet_places_a_mark_for_exactly_the_plans_days_where_they_fall() {
    let css = std::fs::read_to_string(root().join("static/widget.css")).unwrap_or_default();
    let mut days: Vec<i64> = PlanStepId::ALL
        .map(PlanStepId::day)
        .into_iter()
        .filter(|day| *day <= 90)
        .collect();
    days.dedup();
    let marks = mark_positions(&css);
    let styled: Vec<i64> = marks.iter().map(|(day, _)| *day).collect();
    assert_eq!(styled, days, "static/widget.css's .timeline .t<day> rules");
    for (day, share) in marks {
        let expected = day as f64 / 90.0;
        assert!(
            (share - expected).abs() < 0.01,
            "the mark for day {day} sits at {share:.3} of the line, not {expected:.3}"
        );
    }
}

#[test]
fn the_mark_reader_reads_what_the_stylesheet_writes() {
    let css = ".timeline .t0 { inset-inline-start: 6px; }\n.timeline .t7 { inset-inline-start: 7.7%; }\n.timeline .t90 { inset-inline-start: calc(100% - 6px); }";
    let marks = mark_positions(css);
    assert_eq!(marks.iter().map(|m| m.0).collect::<Vec<_>>(), [0, 7, 90]);
    assert!((marks[1].1 - 0.077).abs() < 1e-9);
    assert_eq!((marks[0].1, marks[2].1), (0.0, 1.0));
}
