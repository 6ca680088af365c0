//! The shape check itself (tests/src/shape.rs): it finds a cycle when one is added to a copy of
//! the sources, follows re-exports to where an item is defined, and reads ES imports, including
//! `import()` with a built path.

use anyhow::Result;
use fieldbook_tests::shape::{cycles, js_graph, rust_graph};
use std::path::Path;

fn write(root: &Path, files: &[(&str, &str)]) -> Result<()> {
    for (path, text) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().expect("a parent"))?;
        std::fs::write(p, text)?;
    }
    Ok(())
}

#[test]
fn a_cycle_added_to_a_rust_crate_is_found_and_a_layered_one_passes() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let src = dir.path().join("src");
    write(
        &src,
        &[
            ("lib.rs", "pub mod schema;\npub mod store;\npub mod consent;\npub use store::Store;\n"),
            ("schema.rs", "//! The vocabulary: uses nothing (crate::consent in a comment is no use).\npub enum Entity {}\n"),
            ("store/mod.rs", "mod write;\npub use write::Writer;\npub struct Store;\n"),
            ("store/write.rs", "use crate::schema::Entity;\npub struct Writer;\n"),
            ("consent/mod.rs", "use crate::Store;\nuse crate::store::{Writer, write::{self}};\n#[cfg(test)]\nmod tests { use crate::*; }\n"),
        ],
    )?;
    let graph = rust_graph(&src, 1)?;
    assert!(cycles(&graph).is_empty(), "{graph:?}");
    assert!(graph["consent"].contains("store"), "crate::Store is the store's: {graph:?}");

    // The store calls the consent module: a cycle through a re-export, found.
    write(
        &src,
        &[("store/write.rs", "use crate::schema::Entity;\npub struct Writer;\nfn f() { crate::consent::guard(); }\n")],
    )?;
    let graph = rust_graph(&src, 1)?;
    assert_eq!(cycles(&graph), vec![vec!["consent".to_string(), "store".to_string()]], "{graph:?}");
    // One level down, the files of `store` stay acyclic.
    assert!(cycles(&rust_graph(&src, 2)?).iter().all(|c| !c.iter().all(|m| m.starts_with("store/"))));
    Ok(())
}

#[test]
fn a_cycle_through_a_built_dynamic_import_is_found() -> Result<()> {
    let dir = tempfile::tempdir()?;
    write(
        dir.path(),
        &[
            ("main.js", "const screen = (f) => import(`./screens/${f}.js`);\nexport const ctx = {};\n"),
            ("screens/a.js", "import { ctx } from '../main.js';\nimport { h } from '../dom.js';\n"),
            ("screens/b.js", "import { h } from '../dom.js';\n"),
            ("dom.js", "export const h = 1;\n"),
        ],
    )?;
    let graph = js_graph(dir.path())?;
    assert_eq!(cycles(&graph), vec![vec!["main.js".to_string(), "screens/a.js".to_string()]], "{graph:?}");
    write(
        dir.path(),
        &[("screens/a.js", "import { ctx } from '../ctx.js';\n"), ("ctx.js", "export const ctx = {};\n")],
    )?;
    assert!(cycles(&js_graph(dir.path())?).is_empty());
    Ok(())
}

#[test]
fn the_tree_has_no_import_cycles() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = vec![];
    for (name, graph) in fieldbook_tests::shape::checked_graphs(&root)? {
        for cycle in cycles(&graph) {
            found.push(format!("{name}: {}\n{}", cycle.join(", "), fieldbook_tests::shape::explain(&graph, &cycle)));
        }
    }
    assert!(found.is_empty(), "import cycles:\n{}", found.join("\n"));
    Ok(())
}
