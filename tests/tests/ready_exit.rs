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
    // The start-up phases, each in ms since the process started, in the order they happen.
    let phases: Vec<(&str, f64)> = stdout
        .lines()
        .find_map(|l| l.strip_prefix("phases_ms="))
        .unwrap_or_else(|| panic!("no phases_ms= line in {stdout:?}"))
        .split_whitespace()
        .filter_map(|p| p.split_once(':'))
        .map(|(name, at)| (name, at.parse().unwrap_or(f64::NAN)))
        .collect();
    let names: Vec<&str> = phases.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["unlocked", "page", "modules", "catalogue", "status", "vocabulary", "rendered", "painted"]);
    // The key is derived beside the window's start, so "unlocked" may fall anywhere before the
    // page asks whether the store is open (it waits for the unlock).
    let at = |name: &str| phases.iter().find(|(n, _)| *n == name).map_or(f64::NAN, |(_, at)| *at);
    assert!(at("unlocked") <= at("status") + 1.0, "{phases:?}");
    assert!(phases[1..].windows(2).all(|w| w[0].1 <= w[1].1 + 1.0), "phases out of order: {phases:?}");
    assert!(phases.iter().all(|(_, at)| *at >= 0.0 && *at <= ms as f64 + 1.0), "{phases:?} vs ready {ms}");
    Ok(())
}

/// Without a passphrase the first screen is the unlock screen: it is reported painted too (the
/// start-up benchmark compares it with a bare window), and nothing was unlocked.
#[tokio::test(flavor = "multi_thread")]
async fn the_unlock_screen_reports_ready() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    if std::env::var_os("DISPLAY").is_none() {
        bail!("no X display: run under xvfb-run (as `make test` does)");
    }
    let data = tempfile::tempdir()?;
    cli(data.path(), "ready exit words", &["init"])?;
    let out = Command::new(app_binary()?)
        .env("FIELDBOOK_DATA_DIR", data.path())
        .env_remove("FIELDBOOK_PASSPHRASE")
        .env("FIELDBOOK_READY_EXIT", "1")
        .output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let phases: Vec<&str> = stdout
        .lines()
        .find_map(|l| l.strip_prefix("phases_ms="))
        .unwrap_or_else(|| panic!("no phases_ms= line in {stdout:?}"))
        .split_whitespace()
        .filter_map(|p| p.split_once(':').map(|(n, _)| n))
        .collect();
    assert_eq!(phases, ["page", "modules", "catalogue", "status", "unlock-rendered", "unlock-painted"]);
    Ok(())
}

/// WebKit processes started for the app on `data`: their names and whether their environment
/// holds the store passphrase.
fn webkit_processes(data: &std::path::Path) -> Vec<(String, bool)> {
    let marker = format!("FIELDBOOK_DATA_DIR={}", data.display());
    let mut found = vec![];
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let dir = entry.path();
        let comm = std::fs::read_to_string(dir.join("comm")).unwrap_or_default();
        if !comm.starts_with("WebKit") {
            continue;
        }
        let Ok(environ) = std::fs::read(dir.join("environ")) else { continue };
        let vars: Vec<&[u8]> = environ.split(|b| *b == 0).collect();
        if vars.contains(&marker.as_bytes()) {
            found.push((comm.trim().to_string(), vars.iter().any(|v| v.starts_with(b"FIELDBOOK_PASSPHRASE="))));
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread")]
async fn the_webview_processes_never_inherit_the_passphrase() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    if std::env::var_os("DISPLAY").is_none() {
        bail!("no X display: run under xvfb-run (as `make test` does)");
    }
    let data = tempfile::tempdir()?;
    cli(data.path(), "ready exit words", &["init"])?;
    let mut app = Command::new(app_binary()?)
        .env("FIELDBOOK_DATA_DIR", data.path())
        .env("FIELDBOOK_PASSPHRASE", "ready exit words")
        .env("FIELDBOOK_READY_EXIT", "1")
        .stdout(std::process::Stdio::null())
        .spawn()?;
    let mut seen = vec![];
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while app.try_wait()?.is_none() && std::time::Instant::now() < deadline {
        seen.extend(webkit_processes(data.path()));
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let _ = app.kill();
    assert!(app.wait()?.success());
    assert!(!seen.is_empty(), "the app started no WebKit process that the test could see");
    assert!(seen.iter().all(|(_, has)| !has), "a WebKit process inherited FIELDBOOK_PASSPHRASE: {seen:?}");
    Ok(())
}
