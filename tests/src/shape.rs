//! The shape of the code, checked (docs/architecture.md): which module imports which, read from
//! the sources (Rust `crate::`, `super::` and `self::` paths, re-exports followed to where the item
//! is defined; ES `import … from` and `import(…)`), and the cycles among them. `make check` runs
//! `shape` and fails on a cycle, so that a newcomer can read the code bottom-up.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each module and the modules it uses.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// One Rust source file and the module path it defines (`consent/erase` for
/// `consent/erase.rs`, `sync` for `sync/mod.rs`, `` for `lib.rs`).
struct Source {
    module: Vec<String>,
    text: String,
}

/// Reads every non-test `.rs` file under `src`, with test modules cut off.
fn sources(src: &Path) -> std::io::Result<Vec<Source>> {
    let mut out = vec![];
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            if !name.ends_with(".rs")
                || name.ends_with("tests.rs")
                || name == "main.rs"
                || path.starts_with(src.join("bin"))
            {
                continue;
            }
            let rel = path.strip_prefix(src).unwrap_or(&path).with_extension("");
            let mut module: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path)?;
            out.push(Source { module, text: without_tests(&without_comments(&text)) });
        }
    }
    out.sort_by(|a, b| a.module.cmp(&b.module));
    Ok(out)
}

/// `text` without `//` comments (doc comments name modules in prose).
fn without_comments(text: &str) -> String {
    text.lines().map(|l| l.find("//").map_or(l, |i| &l[..i])).collect::<Vec<_>>().join("\n")
}

/// `text` without its test module (a `#[cfg(test)]` module with a body, which runs to the end of
/// the file by convention): tests may use anything. A test module kept in its own file
/// (`#[cfg(test)] mod tests;`) is skipped with the other `*tests.rs` files.
fn without_tests(text: &str) -> String {
    let mut at = 0;
    while let Some(k) = text[at..].find("#[cfg(test)]") {
        let i = at + k;
        let next =
            text[i + "#[cfg(test)]".len()..].lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with("#["));
        if next.is_some_and(|l| l.contains("mod ") && l.ends_with('{')) {
            return text[..i].to_string();
        }
        at = i + 1;
    }
    text.to_string()
}

/// Every path a file names: each `use` tree expanded (`a::{b, c::d}` gives `a::b`, `a::c::d`),
/// and every `crate::…`, `super::…` and `self::…` path in the code.
fn paths(text: &str) -> Vec<(Vec<String>, bool)> {
    let mut out = vec![];
    let mut rest = text;
    while let Some(i) = find_use(rest) {
        let after = &rest[i..];
        let public = rest[..i].trim_end().ends_with("pub") || rest[..i].trim_end().ends_with(')');
        let start = after.find("use ").map_or(0, |k| k + 4);
        let end = after.find(';').unwrap_or(after.len());
        for p in expand(after[start..end].trim()) {
            out.push((p, public));
        }
        rest = &after[end..];
    }
    let bytes = text.as_bytes();
    for root in ["crate::", "super::", "self::"] {
        let mut at = 0;
        while let Some(k) = text[at..].find(root) {
            let s = at + k;
            at = s + root.len();
            if s > 0 && (bytes[s - 1].is_ascii_alphanumeric() || bytes[s - 1] == b'_' || bytes[s - 1] == b':') {
                continue;
            }
            let path: String =
                text[s..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let parts: Vec<String> = path.split("::").filter(|p| !p.is_empty()).map(str::to_string).collect();
            out.push((parts, false));
        }
    }
    out
}

/// Where the next `use` item starts (at a line start, after any `pub(…)`).
fn find_use(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let t2 =
            t.strip_prefix("pub(crate) ").or_else(|| t.strip_prefix("pub(super) ")).or_else(|| t.strip_prefix("pub "));
        if t.starts_with("use ") || t2.is_some_and(|t| t.starts_with("use ")) {
            return Some(at + (line.len() - t.len()));
        }
        at += line.len();
    }
    None
}

/// A `use` tree's paths.
fn expand(tree: &str) -> Vec<Vec<String>> {
    let tree = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = vec![];
    expand_into(&tree, &mut vec![], &mut out);
    out
}

fn expand_into(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match tree.find('{') {
        None => {
            let mut p = prefix.clone();
            let plain = tree.split(" as ").next().unwrap_or(tree);
            p.extend(
                plain
                    .split("::")
                    .map(str::trim)
                    .filter(|s| !s.is_empty() && *s != "self" && *s != "*")
                    .map(str::to_string),
            );
            out.push(p);
        }
        Some(open) => {
            let head = &tree[..open];
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let n = prefix.len();
            prefix.extend(head.split("::").map(str::trim).filter(|s| !s.is_empty()).map(str::to_string));
            for item in split_top(inner).into_iter().map(str::trim) {
                if !item.is_empty() {
                    expand_into(item, prefix, out);
                }
            }
            prefix.truncate(n);
        }
    }
}

/// `a, b::{c, d}, e` split at its top-level commas.
fn split_top(s: &str) -> Vec<&str> {
    let (mut out, mut depth, mut start) = (vec![], 0, 0);
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

/// The modules of a Rust crate (`src`) at `depth` path components (1: `consent`, `sync`; 2:
/// `sync/merge` too), and which use which. A re-exported item is followed to the module that
/// defines it; a module's own submodules and its `mod.rs` count as the module at that depth.
pub fn rust_graph(src: &Path, depth: usize) -> std::io::Result<Graph> {
    let files = sources(src)?;
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    // Items re-exported by a module file: name → the path it comes from (absolute).
    let mut reexports: BTreeMap<(Vec<String>, String), Vec<String>> = BTreeMap::new();
    for f in &files {
        for (p, public) in paths(&f.text) {
            if public {
                if let (Some(abs), Some(name)) = (absolute(&f.module, &p, &modules), p.last()) {
                    reexports.insert((f.module.clone(), name.clone()), abs);
                }
            }
        }
    }
    let at_depth = |m: &[String]| -> String { m[..m.len().min(depth)].join("/") };
    let mut graph = Graph::new();
    for f in &files {
        if f.module.is_empty() {
            continue; // the crate root declares and re-exports; it is not a layer
        }
        let me = at_depth(&f.module);
        let entry = graph.entry(me.clone()).or_default();
        for (p, public) in paths(&f.text) {
            // A module's own re-exports are its surface, not a use.
            if public && f.module.len() <= depth {
                continue;
            }
            let Some(abs) = absolute(&f.module, &p, &modules) else { continue };
            let target = resolve(&abs, &modules, &reexports);
            if target.is_empty() {
                continue;
            }
            let other = at_depth(&target);
            if other != me && !other.is_empty() {
                entry.insert(other);
            }
        }
    }
    Ok(graph)
}

/// `p` as a path from the crate root, when it starts at `crate`, `super` or `self`, or names a
/// submodule of `module` (a `mod.rs` naming its children).
fn absolute(module: &[String], p: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let first = p.first()?;
    let mut base: Vec<String> = match first.as_str() {
        "crate" => vec![],
        "self" => module.to_vec(),
        "super" => {
            let mut b = module.to_vec();
            let mut rest = p;
            while rest.first().map(String::as_str) == Some("super") {
                b.pop();
                rest = &rest[1..];
            }
            b.extend(rest.iter().cloned());
            return Some(b);
        }
        _ => {
            let mut child = module.to_vec();
            child.push(first.clone());
            if modules.contains(&child) {
                let mut b = module.to_vec();
                b.extend(p.iter().cloned());
                return Some(b);
            }
            return None;
        }
    };
    base.extend(p[1..].iter().cloned());
    Some(base)
}

/// The module that defines what `abs` names: its longest prefix that is a module, then through
/// that module's re-exports (a few hops at most).
fn resolve(
    abs: &[String],
    modules: &BTreeSet<Vec<String>>,
    reexports: &BTreeMap<(Vec<String>, String), Vec<String>>,
) -> Vec<String> {
    let mut path = abs.to_vec();
    for _ in 0..8 {
        let mut n = path.len();
        while n > 0 && !modules.contains(&path[..n].to_vec()) {
            n -= 1;
        }
        let module = path[..n].to_vec();
        match path.get(n).and_then(|item| reexports.get(&(module.clone(), item.clone()))) {
            Some(next) if next.as_slice() != path.as_slice() => {
                let mut next = next.clone();
                next.extend(path[n + 1..].iter().cloned());
                path = next;
            }
            _ => return module,
        }
    }
    path
}

/// The ES modules under `dir` (paths relative to it, `screens/session.js`) and which import
/// which, statically or with `import(…)`; an `import()` whose path is built (`./screens/${f}.js`)
/// counts for every file it could name.
pub fn js_graph(dir: &Path) -> std::io::Result<Graph> {
    let dir = &normalise(&std::path::absolute(dir)?);
    let mut files = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() && path.file_name().is_some_and(|n| n != "vendor") {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "js") {
                files.push(path);
            }
        }
    }
    let rel = |p: &Path| p.strip_prefix(dir).unwrap_or(p).to_string_lossy().replace('\\', "/");
    let all: BTreeSet<String> = files.iter().map(|f| rel(f)).collect();
    let mut graph = Graph::new();
    for file in &files {
        let text = without_comments(&std::fs::read_to_string(file)?);
        let here = file.parent().unwrap_or(dir).to_path_buf();
        let entry = graph.entry(rel(file)).or_default();
        for spec in js_specifiers(&text) {
            if let Some(pattern) = spec.split_once("${") {
                let (head, tail) = (pattern.0, spec.rsplit_once('}').map_or("", |t| t.1));
                let prefix = rel(&normalise(&here.join(head)));
                let prefix = if head.ends_with('/') { format!("{prefix}/") } else { prefix };
                entry.extend(all.iter().filter(|f| f.starts_with(&prefix) && f.ends_with(tail)).cloned());
            } else if spec.starts_with('.') {
                let target = rel(&normalise(&here.join(&spec)));
                if all.contains(&target) {
                    entry.insert(target);
                }
            }
        }
    }
    Ok(graph)
}

/// The module specifiers of `import … from '…'`, `export … from '…'` and `import(…)`.
fn js_specifiers(text: &str) -> Vec<String> {
    let mut out = vec![];
    for key in ["from ", "import("] {
        let mut at = 0;
        while let Some(k) = text[at..].find(key) {
            let s = at + k + key.len();
            at = s;
            let rest = text[s..].trim_start();
            let Some(q) = rest.chars().next().filter(|c| matches!(c, '\'' | '"' | '`')) else { continue };
            if let Some(end) = rest[1..].find(q) {
                out.push(rest[1..1 + end].to_string());
            }
        }
    }
    out
}

/// `a/./b/../c` as `a/c`.
fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The cycles of `graph`: each strongly connected set of more than one module, sorted.
pub fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    // Tarjan's algorithm, iterative.
    let nodes: Vec<&String> =
        graph.keys().chain(graph.values().flatten()).collect::<BTreeSet<_>>().into_iter().collect();
    let index_of: BTreeMap<&String, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> =
        nodes.iter().map(|n| graph.get(*n).map_or(vec![], |s| s.iter().map(|t| index_of[t]).collect())).collect();
    let n = nodes.len();
    let (mut index, mut low, mut on) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut next, mut out) = (vec![], 0, vec![]);
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (v, ref mut child)) = work.last_mut() {
            if *child == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on[v] = true;
            }
            if *child < edges[v].len() {
                let w = edges[v][*child];
                *child += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut set = vec![];
                while let Some(w) = stack.pop() {
                    on[w] = false;
                    set.push(nodes[w].clone());
                    if w == v {
                        break;
                    }
                }
                if set.len() > 1 {
                    set.sort();
                    out.push(set);
                }
            }
        }
    }
    out.sort();
    out
}

/// One edge of each cycle's modules to the next, for a message a person can act on.
pub fn explain(graph: &Graph, cycle: &[String]) -> String {
    let set: BTreeSet<&String> = cycle.iter().collect();
    let mut lines = vec![];
    for a in cycle {
        for b in graph.get(a).into_iter().flatten().filter(|b| set.contains(b)) {
            lines.push(format!("  {a} -> {b}"));
        }
    }
    lines.join("\n")
}

/// The folders of `core` whose files are held free of cycles one by one. `store`'s are not yet:
/// `clock.rs` and `write.rs` each extend the other's `Writer`.
const FILE_GRAPHS: &[&str] = &["sync"];

/// The graphs `make check` holds free of cycles, by name: each crate's modules, the files of
/// `core`'s `sync` one by one, and the UI's modules.
pub fn checked_graphs(root: &Path) -> std::io::Result<Vec<(String, Graph)>> {
    let mut out = vec![];
    for krate in ["core", "sheet", "pdf", "federation", "cli", "src-tauri"] {
        out.push((format!("{krate} modules"), rust_graph(&root.join(krate).join("src"), 1)?));
    }
    let core2 = rust_graph(&root.join("core/src"), 2)?;
    for folder in FILE_GRAPHS {
        let inner: Graph = core2
            .iter()
            .filter(|(k, _)| k.starts_with(&format!("{folder}/")) || *k == folder)
            .map(|(k, v)| (k.clone(), v.iter().filter(|t| t.starts_with(&format!("{folder}/"))).cloned().collect()))
            .collect();
        out.push((format!("core {folder} files"), inner));
    }
    out.push(("ui modules".into(), js_graph(&root.join("ui"))?));
    Ok(out)
}
