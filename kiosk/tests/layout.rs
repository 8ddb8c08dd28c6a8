//! The kiosk's shape holds: no source file over 400 lines, and no import cycle among the
//! top-level modules of `kiosk/src` (the old controller, card, staff and ticket modules imported
//! each other in a ring). A `crate::x` path outside a comment counts as an import of `x`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `crate::name` paths in code (not comments) of `text`.
fn imports(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (at, _) in line.match_indices("crate::") {
            let name: String = line[at + 7..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

#[test]
fn no_file_is_long_and_no_modules_import_each_other_in_a_ring() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    assert!(files.len() > 30, "only {} files", files.len());
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let lines = text.lines().count();
        assert!(lines <= 400, "{} has {lines} lines", path.display());
        let rel = path.strip_prefix(&root).unwrap();
        let top = rel
            .iter()
            .next()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if top == "main" || top == "lib" {
            continue;
        }
        let deps = graph.entry(top.clone()).or_default();
        for name in imports(&text) {
            // `ui` is the generated Slint code; the others are re-exports of onestop-slint.
            if name != top && !["ui", "fonts", "headless", "init"].contains(&name.as_str()) {
                deps.insert(name);
            }
        }
    }
    for (from, deps) in &graph {
        for to in deps {
            // A path from `to` back to `from` closes a ring.
            let mut seen = BTreeSet::new();
            let mut stack = vec![to.clone()];
            while let Some(at) = stack.pop() {
                assert_ne!(&at, from, "{from} imports {to}, which leads back to {from}");
                for next in graph.get(&at).into_iter().flatten() {
                    if seen.insert(next.clone()) {
                        stack.push(next.clone());
                    }
                }
            }
        }
    }
    assert!(graph.contains_key("app") && graph.contains_key("shell"));
}
