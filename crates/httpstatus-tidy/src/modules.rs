//! The module tree of one crate, read from its source files, with the paths each module
//! names: `use` declarations, paths in code (`crate::reply::text(..)`), and paths inside
//! macro input (`html! { (super::words::tr(..)) }`), each with its line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// A module path from the crate root: `[]` is the root, `["pages", "code"]` is
/// `crate::pages::code`.
pub type ModPath = Vec<String>;

/// A path as written in a module, split into segments (`["crate", "reply", "text"]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// The segments, generics and leading `::` dropped.
    pub segments: Vec<String>,
    /// The line it starts on (1-based), in the module's file.
    pub line: usize,
}

/// One module.
#[derive(Clone, Debug, Default)]
pub struct Module {
    /// The file its items are in (the parent's file for an inline `mod x { … }`).
    pub file: PathBuf,
    /// Names of the modules declared in it.
    pub children: Vec<String>,
    /// Names it imports (`use a::B;`, `pub use a::b as c;`), with the path each stands for
    /// as written in this module: a path through this module to such a name leads on to
    /// where the name comes from (a re-export, or a private import its children see).
    pub imports: Vec<(String, Vec<String>)>,
    /// Every path it names that may lead into the crate's own modules.
    pub named: Vec<Named>,
}

/// The modules of one crate.
#[derive(Clone, Debug, Default)]
pub struct Tree {
    /// Every module by its path.
    pub modules: BTreeMap<ModPath, Module>,
}

/// Reads a source file; `None` when it does not exist.
pub trait Sources {
    /// The text of `path`.
    fn read(&mut self, path: &Path) -> Option<String>;
}

/// The files on disk, under a base directory (paths are shown relative to it).
#[derive(Debug)]
pub struct Disk {
    /// The directory relative paths start from.
    pub base: PathBuf,
}

impl Sources for Disk {
    fn read(&mut self, path: &Path) -> Option<String> {
        std::fs::read_to_string(self.base.join(path)).ok()
    }
}

impl Sources for BTreeMap<PathBuf, String> {
    fn read(&mut self, path: &Path) -> Option<String> {
        self.get(path).cloned()
    }
}

impl Tree {
    /// The module tree of the crate whose root file is `root` (`src/lib.rs`,
    /// `src/main.rs`, `tests/wire.rs` …).
    pub fn load(root: &Path, sources: &mut dyn Sources) -> Result<Tree, String> {
        let mut tree = Tree::default();
        let text = sources
            .read(root)
            .ok_or_else(|| format!("{}: cannot read", root.display()))?;
        let file = parse(root, &text)?;
        let dir = root.parent().unwrap_or(Path::new("")).to_path_buf();
        tree.add(Vec::new(), root, &dir, &file.items, sources)?;
        Ok(tree)
    }

    /// Adds module `path`, whose items are `items` in `file`; the files of its
    /// `mod child;` declarations are looked for in `dir`.
    fn add(
        &mut self,
        path: ModPath,
        file: &Path,
        dir: &Path,
        items: &[syn::Item],
        sources: &mut dyn Sources,
    ) -> Result<(), String> {
        let mut collector = Collector::default();
        let mut children = Vec::new();
        for item in items {
            match item {
                syn::Item::Mod(m) => {
                    let name = m.ident.to_string();
                    children.push(name.clone());
                    let mut child = path.clone();
                    child.push(name.clone());
                    match &m.content {
                        Some((_, inner)) => {
                            self.add(child, file, &dir.join(&name), inner, sources)?;
                        }
                        None => {
                            let (child_file, child_dir) = locate(m, &name, file, dir, sources)?;
                            let text = sources
                                .read(&child_file)
                                .ok_or_else(|| format!("{}: cannot read", child_file.display()))?;
                            let parsed = parse(&child_file, &text)?;
                            self.add(child, &child_file, &child_dir, &parsed.items, sources)?;
                        }
                    }
                }
                syn::Item::Use(u) => {
                    let mut flat = Vec::new();
                    flatten(&u.tree, &mut Vec::new(), &mut flat);
                    let line = u.use_token.span.start().line;
                    for (segments, alias) in flat {
                        if let Some(alias) = alias {
                            collector.imports.push((alias, segments.clone()));
                        }
                        collector.named.push(Named { segments, line });
                    }
                }
                other => collector.visit_item(other),
            }
        }
        let module = self.modules.entry(path).or_default();
        module.file = file.to_path_buf();
        module.children.extend(children);
        module.imports.extend(collector.imports);
        module.named.extend(collector.named);
        Ok(())
    }

    /// `true` when `path` is a module of this crate.
    pub fn has(&self, path: &[String]) -> bool {
        self.modules.contains_key(path)
    }
}

fn parse(path: &Path, text: &str) -> Result<syn::File, String> {
    syn::parse_file(text).map_err(|e| {
        let at = e.span().start();
        format!("{}:{}:{}: {e}", path.display(), at.line, at.column + 1)
    })
}

/// The file of `mod name;` declared in `file`, and the directory of its own children:
/// `#[path = "…"]` relative to the declaring file's directory, else `dir/name.rs` (its
/// children in `dir/name/`) or `dir/name/mod.rs`.
fn locate(
    m: &syn::ItemMod,
    name: &str,
    file: &Path,
    dir: &Path,
    sources: &mut dyn Sources,
) -> Result<(PathBuf, PathBuf), String> {
    let explicit = m.attrs.iter().find_map(|a| match &a.meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident("path") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    });
    if let Some(rel) = explicit {
        let base = file.parent().unwrap_or(Path::new(""));
        let target = base.join(rel);
        let children = target.parent().unwrap_or(Path::new("")).to_path_buf();
        return Ok((target, children));
    }
    let flat = dir.join(format!("{name}.rs"));
    if sources.read(&flat).is_some() {
        return Ok((flat, dir.join(name)));
    }
    let nested = dir.join(name).join("mod.rs");
    if sources.read(&nested).is_some() {
        return Ok((nested, dir.join(name)));
    }
    Err(format!(
        "{}: `mod {name};` has no file ({} or {})",
        file.display(),
        flat.display(),
        nested.display()
    ))
}

/// The paths of a `use` tree, each with the name it is bound to (`None` for a glob).
fn flatten(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            if name == "self" {
                out.push((prefix.clone(), prefix.last().cloned()));
            } else {
                let mut path = prefix.clone();
                path.push(name.clone());
                out.push((path, Some(name)));
            }
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            let original = r.ident.to_string();
            if original != "self" {
                path.push(original);
            }
            out.push((path, Some(r.rename.to_string())));
        }
        syn::UseTree::Glob(_) => out.push((prefix.clone(), None)),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                flatten(t, prefix, out);
            }
        }
    }
}

/// Collects the paths of the items it visits.
#[derive(Default)]
struct Collector {
    named: Vec<Named>,
    imports: Vec<(String, Vec<String>)>,
}

impl<'ast> Visit<'ast> for Collector {
    fn visit_item_mod(&mut self, _: &'ast syn::ItemMod) {
        // A module inside a function body is rare and private to it: not followed.
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        let mut flat = Vec::new();
        flatten(&u.tree, &mut Vec::new(), &mut flat);
        let line = u.use_token.span.start().line;
        for (segments, _) in flat {
            self.named.push(Named { segments, line });
        }
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        if p.leading_colon.is_none() && p.segments.len() > 1 {
            let segments = p.segments.iter().map(|s| s.ident.to_string()).collect();
            let line = p
                .segments
                .first()
                .map_or(0, |s| s.ident.span().start().line);
            self.named.push(Named { segments, line });
        }
        syn::visit::visit_path(self, p);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.visit_path(&m.path);
        paths_in_tokens(m.tokens.clone(), &mut self.named);
    }
}

/// Paths (`a::b::c`, two segments or more) in macro input, which syn leaves as tokens.
fn paths_in_tokens(tokens: TokenStream, out: &mut Vec<Named>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Group(g) => {
                paths_in_tokens(g.stream(), out);
                i += 1;
            }
            TokenTree::Ident(first) => {
                let after_colons = i > 1 && is_colon(&trees[i - 1]) && is_colon(&trees[i - 2]);
                let mut segments = vec![first.to_string()];
                let mut j = i + 1;
                while j + 2 < trees.len()
                    && is_colon(&trees[j])
                    && is_colon(&trees[j + 1])
                    && matches!(trees[j + 2], TokenTree::Ident(_))
                {
                    segments.push(trees[j + 2].to_string());
                    j += 3;
                }
                if segments.len() > 1 && !after_colons {
                    out.push(Named {
                        segments,
                        line: first.span().start().line,
                    });
                }
                i = j;
            }
            TokenTree::Punct(_) | TokenTree::Literal(_) => i += 1,
        }
    }
}

fn is_colon(t: &TokenTree) -> bool {
    matches!(t, TokenTree::Punct(p) if p.as_char() == ':')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> Tree {
        let mut sources: BTreeMap<PathBuf, String> = files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), (*t).to_owned()))
            .collect();
        Tree::load(Path::new("src/lib.rs"), &mut sources).unwrap_or_else(|e| panic!("{e}"))
    }

    fn segments(m: &Module) -> Vec<String> {
        m.named.iter().map(|n| n.segments.join("::")).collect()
    }

    #[test]
    fn files_inline_modules_and_path_attributes() {
        let t = tree(&[
            (
                "src/lib.rs",
                "mod a; mod b; mod c { mod d; } #[path = \"x/y.rs\"] mod e;",
            ),
            ("src/a.rs", "mod inner;"),
            ("src/a/inner.rs", ""),
            ("src/b/mod.rs", ""),
            ("src/c/d.rs", ""),
            ("src/x/y.rs", ""),
        ]);
        let paths: Vec<String> = t.modules.keys().map(|p| p.join("::")).collect();
        assert_eq!(paths, ["", "a", "a::inner", "b", "c", "c::d", "e"]);
        assert_eq!(
            t.modules[&vec!["e".to_owned()]].file,
            Path::new("src/x/y.rs")
        );
    }

    #[test]
    fn uses_paths_and_macro_input() {
        let t = tree(&[
            ("src/lib.rs", "mod a; pub use a::{B, c as d};"),
            (
                "src/a.rs",
                "use crate::{x::{self, Y}, z::*};\nfn f() { super::g(); html! { (crate::w::v()) } let _ = Vec::<u8>::new(); }",
            ),
        ]);
        let root = &t.modules[&Vec::new()];
        assert_eq!(
            root.imports,
            [
                ("B".to_owned(), vec!["a".to_owned(), "B".to_owned()]),
                ("d".to_owned(), vec!["a".to_owned(), "c".to_owned()]),
            ]
        );
        let a = &t.modules[&vec!["a".to_owned()]];
        let named = segments(a);
        for want in [
            "crate::x",
            "crate::x::Y",
            "crate::z",
            "super::g",
            "crate::w::v",
        ] {
            assert!(named.contains(&want.to_owned()), "{want} in {named:?}");
        }
        assert_eq!(
            a.named
                .iter()
                .find(|n| n.segments[0] == "super")
                .map(|n| n.line),
            Some(2)
        );
    }

    #[test]
    fn a_missing_module_file_is_an_error() {
        let mut sources: BTreeMap<PathBuf, String> =
            [(PathBuf::from("src/lib.rs"), "mod gone;".to_owned())].into();
        let err = Tree::load(Path::new("src/lib.rs"), &mut sources).unwrap_err();
        assert!(err.contains("mod gone;"), "{err}");
    }
}
