//! What the release-build benchmarks share (`tests/benches/startup.rs`, `responsive.rs`): their
//! settings from the environment, the release binaries, and demo stores made once and kept.

use anyhow::{ensure, Context, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The passphrase of every benchmark store.
pub const PASS: &str = "benchmark passphrase words";

/// A number from the environment, or `default`.
pub fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A release binary (`make bench` builds them), in `CARGO_TARGET_DIR` when it is set.
pub fn release(name: &str) -> Result<PathBuf> {
    let dir = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| crate::workspace().join("target"), PathBuf::from);
    let path = dir.join("release").join(name);
    ensure!(path.is_file(), "{} is missing: `make bench` builds it", path.display());
    Ok(path)
}

/// Runs the release `fieldbook-cli` on the store in `dir`.
pub fn cli(dir: &Path, args: &[&str]) -> Result<()> {
    let ok = Command::new(release("fieldbook-cli")?)
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("FIELDBOOK_PASSPHRASE", PASS)
        .stdout(Stdio::null())
        .status()
        .context("fieldbook-cli")?
        .success();
    ensure!(ok, "fieldbook-cli {args:?} failed");
    Ok(())
}

/// The store `dir/name` with `sessions` demo sessions (seed `seed`), made once and kept.
pub fn demo_store(dir: &Path, name: &str, sessions: usize, seed: u64) -> Result<PathBuf> {
    let path = dir.join(name);
    if !path.join("fieldbook.db").is_file() {
        let _ = std::fs::remove_dir_all(&path);
        cli(&path, &["init"])?;
        if sessions > 0 {
            eprintln!("making {name}: {sessions} demo sessions (kept for later runs)…");
            cli(&path, &["demo-data", "--sessions", &sessions.to_string(), "--seed", &seed.to_string()])?;
        }
    }
    Ok(path)
}

/// Resets this process's peak resident size (VmHWM) to its current size (Linux).
pub fn peak_reset() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// This process's peak resident size since the last [`peak_reset`], in MiB.
pub fn peak_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<u64>().ok());
    kb.unwrap_or_default() / 1024
}
