//! An application's accessibility tree as `tests/atspi/tree.py` prints it (flat JSON, each node
//! naming its parent), read into Rust, and the questions the accessibility test asks of it: the
//! buttons by name, the interactive elements a screen reader would announce with no name, the
//! count of nodes by role. Running the script and the window is the test's job (`e2e/atspi.rs`,
//! feature `xvfb`); this part needs nothing installed, so its own tests run everywhere.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The AT-SPI roles a visitor acts on: each must have a name for a screen reader to say.
pub const INTERACTIVE: &[&str] = &[
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "entry",
    "password text",
    "combo box",
    "spin button",
    "slider",
    "link",
    "menu item",
    "page tab",
];

/// One accessible object.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub parent: Option<usize>,
    /// at-spi2's role name, e.g. "push button".
    pub role: String,
    pub name: String,
    pub description: String,
    /// State nicks, e.g. "enabled", "focusable".
    pub states: Vec<String>,
    pub children: usize,
    /// Screen x, y, width, height; `None` without a Component interface.
    pub extents: Option<[i64; 4]>,
}

/// A whole tree, root (the application) first; a node's index is its id.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    pub app: String,
    pub nodes: Vec<Node>,
}

impl Tree {
    /// Parse the script's output. An error says what was wrong and shows the start of the text.
    pub fn parse(text: &str) -> Result<Tree, String> {
        let bad = |what: &str| {
            let head: String = text.chars().take(300).collect();
            format!("tree.py printed {what}: {head}")
        };
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| bad(&format!("no JSON ({e})")))?;
        let app = v["app"].as_str().ok_or_else(|| bad("no \"app\""))?.to_owned();
        let list = v["nodes"].as_array().ok_or_else(|| bad("no \"nodes\" list"))?;
        let mut nodes = Vec::with_capacity(list.len());
        for (i, n) in list.iter().enumerate() {
            let text_of = |key: &str| {
                n[key]
                    .as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| bad(&format!("node {i} without a \"{key}\" string")))
            };
            if n["id"].as_u64() != Some(i as u64) {
                return Err(bad(&format!("node {i} out of order")));
            }
            let parent = match &n["parent"] {
                serde_json::Value::Null if i == 0 => None,
                p => match p.as_u64().map(|p| p as usize) {
                    Some(p) if p < i => Some(p),
                    _ => return Err(bad(&format!("node {i} with a parent that is not printed before it"))),
                },
            };
            let states = n["states"]
                .as_array()
                .ok_or_else(|| bad(&format!("node {i} without states")))?
                .iter()
                .map(|s| {
                    s.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| bad("a state that is not a string"))
                })
                .collect::<Result<_, _>>()?;
            let extents = match n["extents"].as_array() {
                Some(e) if e.len() == 4 && e.iter().all(|x| x.is_i64()) => {
                    Some([0, 1, 2, 3].map(|k| e[k].as_i64().unwrap_or_default()))
                }
                None if n["extents"].is_null() => None,
                _ => return Err(bad(&format!("node {i} with extents that are not 4 integers"))),
            };
            nodes.push(Node {
                parent,
                role: text_of("role")?,
                name: text_of("name")?,
                description: text_of("description")?,
                states,
                children: n["children"]
                    .as_u64()
                    .ok_or_else(|| bad(&format!("node {i} without a child count")))? as usize,
                extents,
            });
        }
        if nodes.is_empty() {
            return Err(bad("an empty tree"));
        }
        Ok(Tree { app, nodes })
    }

    /// How many nodes of each role.
    pub fn role_counts(&self) -> BTreeMap<&str, usize> {
        let mut counts = BTreeMap::new();
        for n in &self.nodes {
            *counts.entry(n.role.as_str()).or_default() += 1;
        }
        counts
    }

    /// Every push button (AccessKit's button role as AT-SPI shows it), in tree order.
    pub fn buttons(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(|n| n.role == "push button")
    }

    /// The push button named exactly `name`, if there is one.
    pub fn button(&self, name: &str) -> Option<&Node> {
        self.buttons().find(|n| n.name == name)
    }

    /// Every interactive node (see [`INTERACTIVE`]) whose name is empty or only spaces, each
    /// described for a person fixing the UI source: its role, description, place on screen, the
    /// names of its ancestors (nearest first) and any names below it.
    pub fn unnamed_interactive(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (i, n) in self.nodes.iter().enumerate() {
            if !INTERACTIVE.contains(&n.role.as_str()) || !n.name.trim().is_empty() {
                continue;
            }
            let mut line = format!("{} (node {i})", n.role);
            if !n.description.is_empty() {
                let _ = write!(line, ", description {:?}", n.description);
            }
            if let Some([x, y, w, h]) = n.extents {
                let _ = write!(line, ", at {x},{y} size {w}x{h}");
            }
            let _ = write!(line, "; inside: {}", self.ancestry(i).join(" < "));
            let below = self.names_below(i);
            if !below.is_empty() {
                let _ = write!(line, "; names below it: {}", below.join(", "));
            }
            out.push(line);
        }
        out
    }

    /// The ancestors of node `i`, nearest first, each as `role "name"`.
    pub fn ancestry(&self, i: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut at = self.nodes[i].parent;
        while let Some(p) = at {
            let n = &self.nodes[p];
            out.push(format!("{} {:?}", n.role, n.name));
            at = n.parent;
        }
        out
    }

    /// The non-empty names of node `i`'s descendants, in tree order.
    fn names_below(&self, i: usize) -> Vec<String> {
        // Parents are printed before their children, so one pass in order finds every descendant.
        let mut inside = vec![false; self.nodes.len()];
        inside[i] = true;
        let mut out = Vec::new();
        for (j, n) in self.nodes.iter().enumerate().skip(i + 1) {
            if n.parent.is_some_and(|p| inside[p]) {
                inside[j] = true;
                if !n.name.trim().is_empty() {
                    out.push(format!("{:?}", n.name));
                }
            }
        }
        out
    }

    /// A short listing for a failure message: the counts by role and every named node (with its
    /// description, where it has one).
    pub fn summary(&self) -> String {
        let mut s = format!("{} nodes: {:?}\n", self.nodes.len(), self.role_counts());
        for n in self.nodes.iter().filter(|n| !n.name.is_empty()) {
            let _ = write!(s, "  {} {:?}", n.role, n.name);
            if !n.description.is_empty() {
                let _ = write!(s, " ({:?})", n.description);
            }
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{"app": "kiosk", "nodes": [
        {"id": 0, "parent": null, "role": "application", "name": "kiosk", "description": "", "states": [], "children": 1, "extents": null},
        {"id": 1, "parent": 0, "role": "frame", "name": "Onestop", "description": "", "states": ["enabled"], "children": 2, "extents": [0, 0, 1080, 1920]},
        {"id": 2, "parent": 1, "role": "push button", "name": "English", "description": "", "states": ["enabled"], "children": 0, "extents": [10, 20, 300, 96]},
        {"id": 3, "parent": 1, "role": "push button", "name": " ", "description": "", "states": [], "children": 1, "extents": [10, 200, 300, 96]},
        {"id": 4, "parent": 3, "role": "label", "name": "Next", "description": "", "states": [], "children": 0, "extents": null}
    ]}"#;

    #[test]
    fn an_unnamed_button_is_listed_with_its_ancestors_and_the_text_inside_it() {
        let tree = Tree::parse(SMALL).unwrap();
        assert_eq!(tree.button("English").map(|n| n.extents), Some(Some([10, 20, 300, 96])));
        let unnamed = tree.unnamed_interactive();
        assert_eq!(unnamed.len(), 1, "{unnamed:?}");
        assert!(unnamed[0].starts_with("push button (node 3)"), "{}", unnamed[0]);
        assert!(
            unnamed[0].contains(r#"frame "Onestop" < application "kiosk""#),
            "{}",
            unnamed[0]
        );
        assert!(unnamed[0].contains(r#"names below it: "Next""#), "{}", unnamed[0]);
        assert_eq!(tree.role_counts()["push button"], 2);
    }

    #[test]
    fn output_that_is_not_a_tree_is_an_error_that_shows_it() {
        for (text, says) in [
            ("Traceback (most recent call last)", "no JSON"),
            (r#"{"nodes": []}"#, "no \"app\""),
            (r#"{"app": "kiosk", "nodes": []}"#, "an empty tree"),
            (
                r#"{"app": "k", "nodes": [{"id": 0, "parent": 3, "role": "x", "name": "", "description": "", "states": [], "children": 0, "extents": null}]}"#,
                "parent",
            ),
            (
                r#"{"app": "k", "nodes": [{"id": 0, "parent": null, "role": "x", "name": "", "description": "", "states": [], "children": 0, "extents": [1, 2]}]}"#,
                "extents",
            ),
        ] {
            let err = Tree::parse(text).unwrap_err();
            assert!(err.contains(says), "{text} gave {err}");
        }
    }
}
