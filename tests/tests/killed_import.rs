//! A killed import (SIGKILL mid-way, like a pulled battery) leaves the store exactly as it was.

use anyhow::Result;
use fieldbook_tests::{cli, cli_binary};
use std::os::unix::process::ExitStatusExt;
use std::process::Command;
use std::time::Duration;

const PASS: &str = "killed import words";

#[test]
fn a_killed_import_changes_nothing() -> Result<()> {
    let field = tempfile::tempdir()?;
    let pristine = tempfile::tempdir()?;
    cli(field.path(), PASS, &["init"])?;
    cli(field.path(), PASS, &["demo-data", "--sessions", "300", "--seed", "4"])?;
    cli(pristine.path(), PASS, &["init"])?;
    let id: serde_json::Value = serde_json::from_str(&cli(pristine.path(), PASS, &["identity", "show", "--json"])?)?;
    let bundle = field.path().join("big.fieldbook");
    let to = id["age_recipient"].as_str().unwrap_or_default();
    cli(
        field.path(),
        PASS,
        &["export", "--out", bundle.to_str().unwrap_or_default(), "--to", to, "--clearance", "restricted"],
    )?;
    let before = cli(pristine.path(), PASS, &["dump", "--json"])?;
    let everything = cli(field.path(), PASS, &["dump", "--json"])?;

    // Search for a moment inside the write transaction: killed with uncommitted pages in the WAL.
    let (mut lo, mut hi) = (Duration::ZERO, Duration::from_millis(4000));
    // A bisection on a busy machine can settle where timing noise decides; widen it again then.
    for _ in 0..40 {
        if hi.saturating_sub(lo) < Duration::from_millis(20) {
            (lo, hi) = (lo.mul_f64(0.7), hi.mul_f64(1.3) + Duration::from_millis(20));
        }
        let delay = (lo + hi) / 2;
        // Each attempt starts from a copy of the untouched office store (same identity).
        let office = tempfile::tempdir()?;
        std::fs::copy(pristine.path().join("fieldbook.db"), office.path().join("fieldbook.db"))?;
        let mut child = Command::new(cli_binary())
            .arg("--data-dir")
            .arg(office.path())
            .args(["import", "--trust-new-devices"])
            .arg(&bundle)
            .env("FIELDBOOK_PASSPHRASE", PASS)
            .spawn()?;
        std::thread::sleep(delay);
        let wal = office.path().join("fieldbook.db-wal");
        let _ = child.kill();
        let killed = child.wait()?.signal() == Some(9);
        let mid_write = std::fs::metadata(&wal).map(|m| m.len() > 256 * 1024).unwrap_or(false);
        if killed && !mid_write {
            lo = delay; // killed before the transaction wrote much: wait longer next time
            continue;
        }
        if killed {
            // A big WAL may also be a committed import whose process had not exited yet: then
            // everything must be there. Anything in between would be a torn import.
            let now = cli(office.path(), PASS, &["dump", "--json"])?;
            if now != before {
                assert!(now == everything, "a killed import must apply all or nothing");
                hi = delay; // committed before the kill: kill sooner next time
                continue;
            }
            assert_eq!(cli(office.path(), PASS, &["trust", "list", "--json"])?.trim(), "[]");
            // The store is intact and imports the same bundle completely afterwards.
            cli(office.path(), PASS, &["import", "--trust-new-devices", bundle.to_str().unwrap_or_default()])?;
            assert_eq!(cli(office.path(), PASS, &["dump", "--json"])?, everything);
            return Ok(());
        }
        hi = delay; // it finished before the kill: kill sooner next time
    }
    anyhow::bail!("could not kill an import in the middle of its write transaction")
}
