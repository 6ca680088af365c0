//! The startup contract benchmarks rely on: with FIELDBOOK_PASSPHRASE and FIELDBOOK_READY_EXIT=1
//! the app unlocks, paints the sessions list with its data, prints `ready_ms=N` and exits 0.

use anyhow::{bail, Result};
use fieldbook_tests::{app_binary, cli, ONE_APP_AT_A_TIME};
use std::process::Command;

#[tokio::test(flavor = "multi_thread")]
async fn the_app_reports_ready_and_exits() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    if std::env::var_os("DISPLAY").is_none() {
        bail!("no X display: run under xvfb-run (as `make test` does)");
    }
    let data = tempfile::tempdir()?;
    cli(data.path(), "ready exit words", &["init"])?;
    cli(data.path(), "ready exit words", &["demo-data", "--sessions", "5", "--seed", "2"])?;
    let out = Command::new(app_binary()?)
        .env("FIELDBOOK_DATA_DIR", data.path())
        .env("FIELDBOOK_PASSPHRASE", "ready exit words")
        .env("FIELDBOOK_READY_EXIT", "1")
        .output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let ms: u64 = stdout
        .lines()
        .find_map(|l| l.strip_prefix("ready_ms="))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no ready_ms= line in {stdout:?}"));
    assert!(ms > 0);
    Ok(())
}
