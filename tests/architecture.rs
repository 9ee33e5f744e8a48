//! `ARCHITECTURE.md`'s code map, checked against the code: every file under `src/` has
//! its row, each row's "uses" column names exactly the modules its files import, the
//! dependency rules hold, and no two files import each other, directly or in a circle.
//! The map stays true by construction: a change of imports fails here until the map
//! says the same.
//!
//! An import is any `crate::…` or `super::…` path outside comments, and a `pub use` of a
//! child module in a `mod.rs` or `lib.rs`, before the file's `#[cfg(test)]` module (tests
//! may reach anywhere). A path resolves to the deepest file that exists for it, so
//! `crate::engine::answers::Answers` is an import of `src/engine/answers.rs` and
//! `crate::engine::evaluate` one of `src/engine/mod.rs`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path inside the crate: `["engine", "answers"]`; the crate root is `[]`.
type Module = Vec<String>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, as its path relative to the repository.
fn rust_files(dir: &Path, found: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root()).unwrap_or(&path);
            found.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The module a file holds: `src/engine/mod.rs` is `engine`, `src/lib.rs` the root.
fn module_of(file: &str) -> Module {
    let inner = file.trim_start_matches("src/").trim_end_matches(".rs");
    let mut parts: Module = inner.split('/').map(str::to_owned).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The text of a file that counts for its imports: without comments and without its
/// `#[cfg(test)]` module (which, by the house's habit, ends the file).
fn code_of(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") || trimmed.starts_with("#[cfg(all(test") {
            break;
        }
        if !trimmed.starts_with("//") {
            code.push_str(line.split(" // ").next().unwrap_or(line));
            code.push('\n');
        }
    }
    code
}

/// The module paths of the use tree that starts at `code[at..]`, each as its lowercase
/// segments: `crate::browser::{events, storage::Store}` gives `browser::events` and
/// `browser::storage` (a name in capitals ends a path: it is a type, not a module).
fn use_tree(code: &str, at: usize) -> Vec<Module> {
    let mut paths = Vec::new();
    parse_tree(&code[at..], Module::new(), &mut paths);
    paths
}

/// Parses one use tree from the start of `rest` under `prefix`; returns what follows it.
fn parse_tree<'a>(mut rest: &'a str, mut prefix: Module, paths: &mut Vec<Module>) -> &'a str {
    loop {
        rest = rest.trim_start();
        if let Some(inner) = rest.strip_prefix('{') {
            rest = inner;
            loop {
                rest = parse_tree(rest, prefix.clone(), paths).trim_start();
                match rest.strip_prefix(',') {
                    Some(next) if !next.trim_start().starts_with('}') => rest = next,
                    Some(next) => rest = next.trim_start(),
                    None => {}
                }
                if let Some(next) = rest.strip_prefix('}') {
                    return next;
                }
                if rest.is_empty() {
                    return rest;
                }
            }
        }
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let name = &rest[..end];
        if !name.is_empty() && name.starts_with(|c: char| c.is_ascii_lowercase()) {
            prefix.push(name.to_owned());
        }
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(next) if !name.is_empty() => rest = next,
            _ => {
                paths.push(prefix);
                return rest;
            }
        }
    }
}

/// The modules `file` (holding `module`) imports, as written (not yet resolved).
fn imports_of(file: &str, module: &Module, code: &str) -> Vec<Module> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        found.extend(use_tree(code, at + "crate::".len()));
    }
    for (at, _) in code.match_indices("super::") {
        for path in use_tree(code, at + "super::".len()) {
            let mut parent = module.clone();
            parent.pop();
            parent.extend(path);
            found.push(parent);
        }
    }
    // A module's re-exports of its children: `pub use answers::{…}` in `engine/mod.rs`.
    if file.ends_with("mod.rs") || file.ends_with("lib.rs") {
        for line in code.lines() {
            let line = line.trim_start();
            for prefix in ["pub use ", "pub(crate) use "] {
                if let Some(rest) = line.strip_prefix(prefix) {
                    let child = use_tree(rest, 0);
                    let first = child.first().and_then(|path| path.first());
                    if let Some(first) = first.filter(|f| *f != "crate") {
                        let mut target = module.clone();
                        target.push(first.clone());
                        found.push(target);
                    }
                }
            }
        }
    }
    found
}

/// The deepest module of `path` that is one of `modules`.
fn resolve(path: &Module, modules: &BTreeSet<Module>) -> Module {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| modules.contains(prefix))
        .unwrap_or_default()
}

/// Every file's module and the modules it imports (resolved; itself left out).
fn import_graph() -> BTreeMap<Module, (String, BTreeSet<Module>)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let modules: BTreeSet<Module> = files.iter().map(|f| module_of(f)).collect();
    files
        .iter()
        .map(|file| {
            let module = module_of(file);
            let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
            let imports = imports_of(file, &module, &code_of(&text))
                .iter()
                .map(|path| resolve(path, &modules))
                .filter(|target| *target != module && !target.is_empty())
                .collect();
            (module, (file.clone(), imports))
        })
        .collect()
}

/// A row of the code map: the paths in its first cell and the names in its "uses" cell.
struct Row {
    paths: Vec<String>,
    uses: BTreeSet<String>,
}

/// The top-level module a path of the code map belongs to: `engine` for `src/engine/…`.
fn top_of(path: &str) -> String {
    module_of(path.trim_end_matches('/'))
        .first()
        .cloned()
        .unwrap_or_default()
}

/// The names a "uses" cell lists: `content (`LANGUAGES`), engine (`steps`, `values`)`
/// in a row of `engine` is `content`, `engine::steps` and `engine::values`: the files of
/// the row's own module are named in brackets, and other brackets are only detail.
fn uses_of(cell: &str, own: &str) -> BTreeSet<String> {
    let mut uses = BTreeSet::new();
    let mut rest = cell;
    while !rest.trim().is_empty() {
        let end = rest.find([',', '(']).unwrap_or(rest.len());
        let name = rest[..end].trim().trim_matches('`').to_owned();
        rest = &rest[end..];
        let mut detail = "";
        if let Some(inner) = rest.strip_prefix('(') {
            let close = inner.find(')').unwrap_or(inner.len());
            detail = &inner[..close];
            rest = inner.get(close + 1..).unwrap_or("");
        }
        rest = rest.trim_start().strip_prefix(',').unwrap_or(rest);
        if name.is_empty() || name == "—" {
            continue;
        }
        if name == own {
            for sibling in detail.split('`').skip(1).step_by(2) {
                uses.insert(format!("{own}::{sibling}"));
            }
        } else {
            uses.insert(name);
        }
    }
    uses
}

/// The code map's rows about `src/`.
fn code_map() -> Vec<Row> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap_or_default();
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| `src/")) {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
        let (Some(first), Some(last)) = (cells.first(), cells.last()) else {
            continue;
        };
        // "`src/content/language.rs`, `currency.rs`": a bare name is in the folder before it.
        let mut paths: Vec<String> = Vec::new();
        for path in first.split('`').skip(1).step_by(2) {
            match paths.last() {
                Some(previous) if !path.starts_with("src/") => {
                    let folder = &previous[..previous.rfind('/').map_or(0, |i| i + 1)];
                    paths.push(format!("{folder}{path}"));
                }
                _ if path.starts_with("src/") => paths.push(path.to_owned()),
                _ => {}
            }
        }
        let own = paths.first().map(|p| top_of(p)).unwrap_or_default();
        rows.push(Row {
            paths,
            uses: uses_of(last, &own),
        });
    }
    rows
}

/// The code-map row a file belongs to: the row naming the file itself, or else the row
/// of the nearest folder holding it.
fn row_of<'a>(file: &str, rows: &'a [Row]) -> Option<&'a Row> {
    rows.iter()
        .find(|row| row.paths.iter().any(|p| p == file))
        .or_else(|| {
            rows.iter()
                .filter(|row| {
                    row.paths
                        .iter()
                        .any(|p| p.ends_with('/') && file.starts_with(p))
                })
                .max_by_key(|row| row.paths.iter().map(String::len).max())
        })
}

/// How the code map names an import of `target` by a file of `module` covered by a row
/// for `folder` (a folder row) or for the file itself: another top-level module by its
/// name (`content`); a file of the same top-level module by its path (`engine::steps`),
/// except inside a folder row, where it is the folder's own business.
fn map_name(module: &Module, target: &Module, folder_row: bool) -> Option<String> {
    if module.first() != target.first() {
        return target.first().cloned();
    }
    (!folder_row).then(|| target.join("::"))
}

#[test]
fn every_source_file_has_a_row_in_the_code_map_and_every_row_a_file() {
    let rows = code_map();
    assert!(
        !rows.is_empty(),
        "ARCHITECTURE.md has no code map rows for src/"
    );
    let graph = import_graph();
    let missing: Vec<&String> = graph
        .values()
        .map(|(file, _)| file)
        .filter(|file| row_of(file, &rows).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a row in ARCHITECTURE.md's code map: {missing:?}"
    );
    for row in &rows {
        for path in &row.paths {
            assert!(
                root().join(path).exists(),
                "the code map names {path}, which does not exist"
            );
        }
    }
}

#[test]
fn each_code_map_row_names_exactly_the_modules_its_files_import() {
    let rows = code_map();
    let graph = import_graph();
    let mut actual: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, (file, imports)) in &graph {
        let Some(row) = row_of(file, &rows) else {
            continue;
        };
        let key = row.paths.join(", ");
        let folder_row = !row.paths.iter().any(|p| p == file);
        let names = actual.entry(key).or_default();
        // A folder's `mod.rs` re-exporting its own files is what a folder is for, not a
        // dependency worth a line of the map (the circle check still sees it).
        let own_children = |t: &Module| file.ends_with("mod.rs") && t.starts_with(module);
        names.extend(
            imports
                .iter()
                .filter(|t| !own_children(t))
                .filter_map(|t| map_name(module, t, folder_row)),
        );
    }
    let mut wrong = Vec::new();
    for row in &rows {
        let key = row.paths.join(", ");
        let found = actual.remove(&key).unwrap_or_default();
        if found != row.uses {
            wrong.push(format!(
                "{key}: the map says {:?}, the code imports {found:?}",
                row.uses
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "ARCHITECTURE.md's code map is out of date:\n{}",
        wrong.join("\n")
    );
}

/// Modules that may import only from the listed top-level modules (and themselves).
const ALLOWED: &[(&str, &[&str])] = &[
    ("engine", &[]),
    ("markup", &[]),
    ("content", &["contract", "engine", "state"]),
    ("contract", &[]),
    ("state", &["engine"]),
];

/// Modules no module outside the listed ones may import.
const PRIVATE_TO: &[(&str, &[&str])] = &[("ui", &["browser"]), ("browser", &["ui"])];

#[test]
fn the_dependency_rules_hold() {
    let graph = import_graph();
    let mut broken = Vec::new();
    for (module, (file, imports)) in &graph {
        let Some(top) = module.first() else {
            continue;
        };
        let targets: BTreeSet<&str> = imports
            .iter()
            .filter_map(|t| t.first().map(String::as_str))
            .filter(|t| t != top)
            .collect();
        if let Some((_, allowed)) = ALLOWED.iter().find(|(m, _)| m == top) {
            for target in targets.iter().filter(|t| !allowed.contains(t)) {
                broken.push(format!("{file} imports {target}, which {top} must not use"));
            }
        }
        for (private, users) in PRIVATE_TO {
            if targets.contains(private) && !users.contains(&top.as_str()) {
                broken.push(format!(
                    "{file} imports {private}, which only {users:?} may use"
                ));
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

/// The engine, the state machine, the words, the markup writers and the views are plain
/// Rust: no framework, no browser bindings.
#[test]
fn the_core_imports_no_framework_or_browser_binding() {
    let graph = import_graph();
    let mut found = Vec::new();
    for (module, (file, _)) in &graph {
        if matches!(module.first().map(String::as_str), Some("ui" | "browser")) {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(root().join(file)).unwrap_or_default());
        for binding in ["yew", "web_sys", "js_sys", "wasm_bindgen"] {
            if code.contains(&format!("{binding}::")) || code.contains(&format!("use {binding}")) {
                found.push(format!("{file} uses {binding}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let graph = import_graph();
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit(
        module: &Module,
        graph: &BTreeMap<Module, (String, BTreeSet<Module>)>,
        path: &mut Vec<Module>,
        done: &mut BTreeSet<Module>,
        circles: &mut Vec<String>,
    ) {
        if let Some(start) = path.iter().position(|m| m == module) {
            let names: Vec<String> = path[start..].iter().map(|m| m.join("::")).collect();
            circles.push(format!("{} -> {}", names.join(" -> "), module.join("::")));
            return;
        }
        if !done.insert(module.clone()) {
            return;
        }
        path.push(module.clone());
        for next in graph
            .get(module)
            .map(|(_, i)| i.iter())
            .into_iter()
            .flatten()
        {
            visit(next, graph, path, done, circles);
        }
        path.pop();
    }
    let mut circles = Vec::new();
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done, &mut circles);
    }
    assert!(
        circles.is_empty(),
        "import circles between files:\n{}",
        circles.join("\n")
    );
}

/// The check itself can fail: a made-up circle and a made-up missing row are caught.
#[test]
fn the_checker_resolves_paths_and_finds_what_it_should() {
    let modules: BTreeSet<Module> = [
        vec![],
        vec!["engine".into()],
        vec!["engine".into(), "answers".into()],
    ]
    .into_iter()
    .collect();
    let path = |s: &str| s.split("::").map(str::to_owned).collect::<Module>();
    assert_eq!(
        resolve(&path("engine::answers::Answers"), &modules),
        path("engine::answers")
    );
    assert_eq!(resolve(&path("engine::evaluate"), &modules), path("engine"));
    let code = code_of(
        "use crate::engine::answers::{A};\n// crate::ui::App\n#[cfg(test)]\nuse crate::browser;\n",
    );
    let found = imports_of("src/views/step.rs", &path("views::step"), &code);
    assert_eq!(found, vec![path("engine::answers")]);
    let supered = imports_of(
        "src/engine/rules.rs",
        &path("engine::rules"),
        "use super::flow::Next;\n",
    );
    assert_eq!(supered, vec![path("engine::flow")]);
    assert_eq!(
        map_name(&path("engine::rules"), &path("engine::flow"), false),
        Some("engine::flow".into())
    );
    assert_eq!(
        map_name(&path("ui::app"), &path("engine"), true),
        Some("engine".into())
    );
    assert_eq!(map_name(&path("ui::app"), &path("ui::result"), true), None);
    let uses = uses_of(
        "content (`LANGUAGES`), engine (`steps`, `values`), ui (`mount` only)",
        "engine",
    );
    let expected: BTreeSet<String> = ["content", "engine::steps", "engine::values", "ui"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(uses, expected);
}
