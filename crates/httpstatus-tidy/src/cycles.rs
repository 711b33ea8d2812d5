//! Module cycles: two sibling modules that reach each other, directly or through others.
//!
//! Every path a module names is resolved to the crate's module it leads into: `crate::`,
//! `super::` and `self::` paths, and paths that start with a child module's name; a name
//! a module imports (`pub use inner::Thing`, or a private `use` its children see) leads on
//! to where it comes from. A path
//! from `a::x` into `b::y` is an edge between the siblings `a` and `b` (under their
//! deepest common parent). A module naming its own parent or child is no edge: that is
//! how a module tree is meant to be used.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

use crate::modules::{ModPath, Tree};

/// One edge: where a module names another.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Witness {
    /// The sibling module the path is in (`a`).
    pub from: String,
    /// The sibling module it leads into (`b`).
    pub to: String,
    /// The file and line of the path.
    pub file: PathBuf,
    /// The line.
    pub line: usize,
    /// The path as written.
    pub path: String,
}

/// Sibling modules that depend on each other in a circle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cycle {
    /// Their common parent (`[]` for the crate root).
    pub parent: ModPath,
    /// The modules of the circle, sorted.
    pub modules: Vec<String>,
    /// One path for every edge among them.
    pub edges: Vec<Witness>,
}

impl fmt::Display for Cycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parent = if self.parent.is_empty() {
            "crate".to_owned()
        } else {
            format!("crate::{}", self.parent.join("::"))
        };
        write!(
            f,
            "modules of {parent} in a cycle: {}",
            self.modules.join(", ")
        )?;
        for w in &self.edges {
            write!(
                f,
                "\n    {} -> {}: {}:{} names {}",
                w.from,
                w.to,
                w.file.display(),
                w.line,
                w.path
            )?;
        }
        Ok(())
    }
}

/// Where `segments`, named in module `from`, leads: the deepest module of the crate on
/// its way, or `None` when it leaves the crate (std, a dependency, a local name).
pub fn resolve(tree: &Tree, from: &[String], segments: &[String]) -> Option<ModPath> {
    resolve_depth(tree, from, segments, 0)
}

fn resolve_depth(
    tree: &Tree,
    from: &[String],
    segments: &[String],
    depth: usize,
) -> Option<ModPath> {
    // An import chain longer than this is a loop of `use`s.
    const MAX_IMPORTS: usize = 8;
    if depth > MAX_IMPORTS {
        return None;
    }
    let first = segments.first()?;
    let (mut current, rest): (ModPath, &[String]) = match first.as_str() {
        "crate" => (Vec::new(), &segments[1..]),
        "self" => (from.to_vec(), &segments[1..]),
        "super" => {
            let ups = segments.iter().take_while(|s| *s == "super").count();
            if ups > from.len() {
                return None;
            }
            (from[..from.len() - ups].to_vec(), &segments[ups..])
        }
        name => {
            let mut child = from.to_vec();
            child.push(name.to_owned());
            if !tree.has(&child) {
                return None;
            }
            (from.to_vec(), segments)
        }
    };
    for (i, segment) in rest.iter().enumerate() {
        let mut next = current.clone();
        next.push(segment.clone());
        if tree.has(&next) {
            current = next;
            continue;
        }
        let import = tree.modules.get(&current).and_then(|m| {
            m.imports
                .iter()
                .find(|(name, _)| name == segment)
                .map(|(_, path)| path.clone())
        });
        if let Some(path) = import {
            let mut full = path;
            full.extend(rest[i + 1..].iter().cloned());
            if let Some(target) = resolve_depth(tree, &current, &full, depth + 1) {
                return Some(target);
            }
        }
        break;
    }
    Some(current)
}

/// Every cycle among sibling modules of `tree`.
pub fn cycles(tree: &Tree) -> Vec<Cycle> {
    // Per parent: edges between its children, each with the first path that made it.
    let mut graphs: BTreeMap<ModPath, BTreeMap<(String, String), Witness>> = BTreeMap::new();
    for (from, module) in &tree.modules {
        for named in &module.named {
            let Some(to) = resolve(tree, from, &named.segments) else {
                continue;
            };
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common == from.len() || common == to.len() {
                continue; // the module itself, an ancestor or a descendant
            }
            let (a, b) = (from[common].clone(), to[common].clone());
            graphs
                .entry(from[..common].to_vec())
                .or_default()
                .entry((a.clone(), b.clone()))
                .or_insert_with(|| Witness {
                    from: a,
                    to: b,
                    file: module.file.clone(),
                    line: named.line,
                    path: named.segments.join("::"),
                });
        }
    }
    let mut out = Vec::new();
    for (parent, edges) in graphs {
        for component in strongly_connected(&edges) {
            if component.len() < 2 {
                continue;
            }
            let members: BTreeSet<&String> = component.iter().collect();
            let witnesses = edges
                .iter()
                .filter(|((a, b), _)| members.contains(a) && members.contains(b))
                .map(|(_, w)| w.clone())
                .collect();
            out.push(Cycle {
                parent: parent.clone(),
                modules: component,
                edges: witnesses,
            });
        }
    }
    out
}

/// The strongly connected components of a directed graph given by its edges (Tarjan),
/// each sorted.
fn strongly_connected<W>(edges: &BTreeMap<(String, String), W>) -> Vec<Vec<String>> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges.keys() {
        next.entry(a).or_default().push(b);
        next.entry(b).or_default();
    }
    struct State<'a> {
        next: &'a BTreeMap<&'a str, Vec<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in s.next.get(v).map_or(&[][..], Vec::as_slice) {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                if let Some(l) = s.low.get_mut(v) {
                    *l = (*l).min(lw);
                }
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                if let Some(l) = s.low.get_mut(v) {
                    *l = (*l).min(iw);
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            component.sort();
            s.out.push(component);
        }
    }
    let mut state = State {
        next: &next,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for &v in next.keys() {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    state.out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn tree(files: &[(&str, &str)]) -> Tree {
        let mut sources: BTreeMap<PathBuf, String> = files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), (*t).to_owned()))
            .collect();
        Tree::load(Path::new("src/lib.rs"), &mut sources).unwrap_or_else(|e| panic!("{e}"))
    }

    fn names(cycles: &[Cycle]) -> Vec<String> {
        cycles.iter().map(|c| c.modules.join(",")).collect()
    }

    #[test]
    fn a_two_module_cycle_is_found_with_its_lines() {
        let t = tree(&[
            ("src/lib.rs", "mod a;\nmod b;\nmod c;"),
            ("src/a.rs", "use crate::b::B;"),
            ("src/b.rs", "fn f() {\n    super::a::g();\n}"),
            ("src/c.rs", "use crate::a;"),
        ]);
        let found = cycles(&t);
        assert_eq!(names(&found), ["a,b"]);
        let text = found[0].to_string();
        assert!(
            text.contains("a -> b: src/a.rs:1 names crate::b::B"),
            "{text}"
        );
        assert!(
            text.contains("b -> a: src/b.rs:2 names super::a::g"),
            "{text}"
        );
    }

    #[test]
    fn a_longer_cycle_through_a_reexport_and_a_macro() {
        let t = tree(&[
            ("src/lib.rs", "mod a; mod b; mod c; pub use c::Thing;"),
            ("src/a.rs", "use crate::b;"),
            ("src/b.rs", "fn f() { html! { (crate::Thing::new()) } }"),
            ("src/c.rs", "pub struct Thing; fn g() { crate::a::h(); }"),
        ]);
        assert_eq!(names(&cycles(&t)), ["a,b,c"]);
    }

    #[test]
    fn a_private_import_of_the_parent_leads_on() {
        let t = tree(&[
            ("src/lib.rs", "mod a; mod b; use b::Thing;"),
            ("src/a.rs", "pub fn f(_: crate::Thing) {}"),
            (
                "src/b.rs",
                "pub struct Thing; fn g() { crate::a::f(Thing); }",
            ),
        ]);
        assert_eq!(names(&cycles(&t)), ["a,b"]);
    }

    #[test]
    fn parents_children_and_the_outside_are_not_cycles() {
        let t = tree(&[
            ("src/lib.rs", "mod a; mod b; fn root() { a::inner::f(); }"),
            (
                "src/a/mod.rs",
                "pub mod inner; fn g() { self::inner::f(); }",
            ),
            (
                "src/a/inner.rs",
                "use super::*; use crate::b; use std::fmt; fn f() { crate::root(); }",
            ),
            (
                "src/b.rs",
                "use serde::Serialize; #[cfg(test)] mod tests { use super::*; }",
            ),
        ]);
        assert!(cycles(&t).is_empty(), "{:?}", cycles(&t));
    }

    #[test]
    fn cycles_deeper_in_the_tree() {
        let t = tree(&[
            ("src/lib.rs", "mod p;"),
            ("src/p/mod.rs", "mod x; mod y;"),
            ("src/p/x.rs", "use super::y::Y;"),
            ("src/p/y.rs", "use crate::p::x::X;"),
        ]);
        let found = cycles(&t);
        assert_eq!(names(&found), ["x,y"]);
        assert_eq!(found[0].parent, ["p"]);
    }
}
