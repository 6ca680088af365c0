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
    assert!(String::from_utf8_lossy(&weak.stderr).contains("too easy to guess"));
    // Long enough, and still the first thing anyone would try.
    let guessable = run(dir.path(), PASS, &[("FIELDBOOK_NEW_PASSPHRASE", "12345678")], &["passphrase", "change"]);
    assert!(!guessable.status.success());
    assert!(String::from_utf8_lossy(&guessable.stderr).contains("four or more unrelated words"));
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

/// Locking (closing the store) turns SQLCipher's memory security on, so the decrypted pages it
/// frees are wiped; while the store is open it is off, for speed. The setting is process-wide:
/// a plain SQLCipher connection reads it.
#[test]
fn closing_the_store_wipes_what_sqlcipher_frees() -> Result<()> {
    let setting = || -> Result<i64> {
        let conn = rusqlite::Connection::open_in_memory()?;
        Ok(conn.query_row("PRAGMA cipher_memory_security", [], |r| r.get::<_, String>(0))?.parse()?)
    };
    let dir = tempfile::tempdir()?;
    let store = fieldbook_core::Store::init(dir.path(), &fieldbook_core::Passphrase::new(NEW))?;
    assert_eq!(setting()?, 0, "off while the store is open");
    drop(store);
    assert_eq!(setting()?, 1, "on once it is closed");
    Ok(())
}
