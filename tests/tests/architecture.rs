//! docs/architecture.md matches the tree: every crate and top-level folder it names exists and
//! none is missing from it, every `core` module is in its table and none that is not, and the
//! table's order is bottom-up (each module uses only those above it).

use anyhow::{Context, Result};
use fieldbook_tests::shape::rust_graph;
use std::collections::BTreeSet;
use std::path::Path;

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn doc() -> Result<String> {
    std::fs::read_to_string(root().join("docs/architecture.md")).context("docs/architecture.md")
}

/// The `### \`name/\`` headings of the document's "Crates and folders".
fn named_folders(doc: &str) -> BTreeSet<String> {
    doc.lines()
        .filter_map(|l| l.strip_prefix("### `"))
        .filter_map(|l| l.strip_suffix("/`"))
        .map(str::to_string)
        .collect()
}

/// The module names in the first column of the table under "## core's modules", in order.
fn named_modules(doc: &str) -> Vec<String> {
    let section = doc.split("## core's modules").nth(1).unwrap_or("");
    let section = section.split("\n## ").next().unwrap_or("");
    section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_crate_and_top_level_folder_is_on_the_map_and_nothing_else() -> Result<()> {
    let root = root();
    let mut actual = BTreeSet::new();
    for entry in std::fs::read_dir(&root)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_dir() && !matches!(name.as_str(), "target" | ".git") {
            actual.insert(name);
        }
    }
    // Every workspace member is a crate on the map, wherever it lives.
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let members = manifest.lines().find(|l| l.starts_with("members")).context("workspace members")?;
    for member in members.split('"').skip(1).step_by(2) {
        actual.insert(member.to_string());
    }
    let named = named_folders(&doc()?);
    let missing: Vec<_> = actual.difference(&named).collect();
    let stale: Vec<_> = named.difference(&actual).collect();
    assert!(missing.is_empty(), "not on docs/architecture.md: {missing:?}");
    assert!(stale.is_empty(), "on docs/architecture.md but not in the tree: {stale:?}");
    Ok(())
}

#[test]
fn every_core_module_is_in_the_table_in_an_order_that_only_looks_up() -> Result<()> {
    let graph = rust_graph(&root().join("core/src"), 1)?;
    let actual: BTreeSet<String> = graph.keys().cloned().collect();
    let named = named_modules(&doc()?);
    let named_set: BTreeSet<String> = named.iter().cloned().collect();
    assert_eq!(named.len(), named_set.len(), "a module is in the table twice: {named:?}");
    let missing: Vec<_> = actual.difference(&named_set).collect();
    let stale: Vec<_> = named_set.difference(&actual).collect();
    assert!(missing.is_empty(), "core modules not in docs/architecture.md: {missing:?}");
    assert!(stale.is_empty(), "in docs/architecture.md but not a core module: {stale:?}");
    let mut wrong = vec![];
    for (i, module) in named.iter().enumerate() {
        for used in graph.get(module).into_iter().flatten() {
            if !named[..i].contains(used) {
                wrong.push(format!("{module} uses {used}, which is not above it"));
            }
        }
    }
    assert!(wrong.is_empty(), "docs/architecture.md's table is not bottom-up:\n{}", wrong.join("\n"));
    Ok(())
}
