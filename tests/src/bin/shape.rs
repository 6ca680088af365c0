//! `make check`'s shape check: fails, naming the modules and the edges between them, when any
//! checked graph (tests/src/shape.rs) has an import cycle. `shape --print` prints every graph
//! instead (what each module uses), for docs/architecture.md and for a newcomer.

use fieldbook_tests::shape::{checked_graphs, cycles, explain};
use std::path::Path;

fn main() -> std::process::ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let graphs = match checked_graphs(&root) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("shape: could not read the sources: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    if std::env::args().any(|a| a == "--print") {
        for (name, graph) in &graphs {
            println!("{name}:");
            for (module, uses) in graph {
                println!("  {module} -> {}", uses.iter().cloned().collect::<Vec<_>>().join(", "));
            }
        }
        return std::process::ExitCode::SUCCESS;
    }
    let mut failed = false;
    for (name, graph) in &graphs {
        for cycle in cycles(graph) {
            failed = true;
            eprintln!("shape: an import cycle in the {name}: {}\n{}", cycle.join(", "), explain(graph, &cycle));
        }
    }
    if failed {
        eprintln!("shape: each module may use only those below it (docs/architecture.md)");
        return std::process::ExitCode::FAILURE;
    }
    println!("check: no import cycles in {} graphs", graphs.len());
    std::process::ExitCode::SUCCESS
}
