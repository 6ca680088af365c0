//! Device safety from the command line, as a facilitator uses it before travelling: change the
//! passphrase, then wipe the store, warned about changes never exported.

use anyhow::Result;
use fieldbook_tests::{cli, cli_output};
use std::path::Path;
use std::process::Output;

const PASS: &str = "office laptop passphrase";
const NEW: &str = "river kettle mountain tea";

fn run(dir: &Path, pass: &str, env: &[(&str, &str)], args: &[&str]) -> Output {
    cli_output(dir, pass, "en", env, args).expect("run fieldbook-cli")
}

#[test]
fn change_the_passphrase_then_wipe_everything() -> Result<()> {
    let dir = tempfile::tempdir()?;
    cli(dir.path(), PASS, &["init"])?;
    cli(dir.path(), PASS, &["demo-data", "--sessions", "2", "--seed", "3"])?;
    let before = cli(dir.path(), PASS, &["dump", "--json"])?;

    let weak = run(dir.path(), PASS, &[("FIELDBOOK_NEW_PASSPHRASE", "short")], &["passphrase", "change"]);
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 8 characters"));
    let changed = run(dir.path(), PASS, &[("FIELDBOOK_NEW_PASSPHRASE", NEW)], &["passphrase", "change"]);
    assert!(changed.status.success(), "{}", String::from_utf8_lossy(&changed.stderr));
    let old = run(dir.path(), PASS, &[], &["dump", "--json"]);
    assert!(!old.status.success() && String::from_utf8_lossy(&old.stderr).contains("does not open"));
    assert_eq!(cli(dir.path(), NEW, &["dump", "--json"])?, before, "nothing lost in the re-key");

    // Without a terminal, wiping needs --yes; the warning names the changes never exported.
    let asked = run(dir.path(), NEW, &[], &["wipe"]);
    assert!(!asked.status.success() && String::from_utf8_lossy(&asked.stderr).contains("--yes"));
    assert!(dir.path().join("fieldbook.db").exists(), "refused wipe keeps the store");
    let wiped = run(dir.path(), NEW, &[], &["wipe", "--yes"]);
    let said = String::from_utf8_lossy(&wiped.stderr);
    assert!(wiped.status.success(), "{said}");
    assert!(said.contains("were never exported"), "{said}");
    let left: Vec<_> = std::fs::read_dir(dir.path())?.filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
    Ok(())
}
