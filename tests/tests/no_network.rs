//! No network at run time, ever: the whole cycle in the CLI (create, capture, export, import,
//! summary PDF, tables) and the app's start, unlock and first screen run under `strace`, and not
//! one Internet socket is opened or connected (local sockets, such as the X display's, are not
//! the network).

use anyhow::{bail, Result};
use fieldbook_tests::{app_binary, cli_binary, ONE_APP_AT_A_TIME};
use std::path::Path;
use std::process::Command;

const PASS: &str = "no network words here";

/// Runs `program args` under `strace -f`, returning the network calls it traced.
fn traced(program: &Path, args: &[&str], env: &[(&str, &str)], log: &Path) -> Result<Vec<String>> {
    let out = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=%network", "-o"])
        .arg(log)
        .arg(program)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .map_err(|e| anyhow::anyhow!("strace (apt package strace; make test installs it): {e}"))?;
    if !out.status.success() {
        bail!("{} {args:?} failed: {}", program.display(), String::from_utf8_lossy(&out.stderr));
    }
    Ok(std::fs::read_to_string(log)?.lines().map(str::to_string).collect())
}

/// The traced calls that reach for the Internet: an IPv4 or IPv6 socket made, or an address of
/// one connected, sent to or bound. (Reading the routing table over netlink, as GLib's network
/// monitor does, names address families but is not the network.)
fn internet(calls: &[String]) -> Vec<&String> {
    let call = |c: &String, name: &str| c.split_whitespace().nth(1).is_some_and(|rest| rest.starts_with(name));
    calls
        .iter()
        .filter(|c| {
            (call(c, "socket(") && (c.contains("AF_INET,") || c.contains("AF_INET6,")))
                || (["connect(", "sendto(", "sendmsg(", "bind("].iter().any(|n| call(c, n))
                    && (c.contains("sa_family=AF_INET,") || c.contains("sa_family=AF_INET6,")))
        })
        .collect()
}

#[test]
fn the_cli_cycle_opens_no_internet_socket() -> Result<()> {
    let (office, field, files) = (tempfile::tempdir()?, tempfile::tempdir()?, tempfile::tempdir()?);
    let cli = cli_binary();
    let env = [("FIELDBOOK_PASSPHRASE", PASS)];
    let run = |dir: &Path, args: &[&str], n: usize| -> Result<Vec<String>> {
        let mut all = vec!["--data-dir", dir.to_str().unwrap_or_default(), "--lang", "en"];
        all.extend_from_slice(args);
        traced(&cli, &all, &env, &files.path().join(format!("trace-{n}")))
    };
    let mut calls = vec![];
    calls.extend(run(office.path(), &["init"], 0)?);
    calls.extend(run(field.path(), &["init"], 1)?);
    calls.extend(run(field.path(), &["demo-data", "--sessions", "3", "--seed", "4"], 2)?);
    let show = Command::new(&cli)
        .args(["--data-dir", office.path().to_str().unwrap_or_default(), "identity", "show", "--json"])
        .env("FIELDBOOK_PASSPHRASE", PASS)
        .output()?;
    let id: serde_json::Value = serde_json::from_slice(&show.stdout)?;
    let to = id["age_recipient"].as_str().unwrap_or_default();
    let bundle = files.path().join("b.fieldbook");
    let b = bundle.to_str().unwrap_or_default();
    calls.extend(run(field.path(), &["export", "--out", b, "--to", to], 3)?);
    calls.extend(run(office.path(), &["import", "--trust-new-devices", b], 4)?);
    let pdfs = files.path().join("pdfs");
    calls.extend(run(office.path(), &["summary", "--all", "--out-dir", pdfs.to_str().unwrap_or_default()], 5)?);
    let tables = files.path().join("tables");
    let t = tables.to_str().unwrap_or_default();
    calls.extend(run(office.path(), &["export-table", "--format", "csv", "--out", t], 6)?);
    assert!(std::fs::read_dir(&pdfs)?.count() >= 3, "the summaries were made");
    let reached = internet(&calls);
    assert!(reached.is_empty(), "network calls: {reached:#?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_opens_no_internet_socket_from_start_to_its_first_screen() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    if std::env::var_os("DISPLAY").is_none() {
        bail!("no X display: run under xvfb-run (as `make test` does)");
    }
    let (data, logs) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let env = [
        ("FIELDBOOK_DATA_DIR", data.path().to_str().unwrap_or_default()),
        ("FIELDBOOK_PASSPHRASE", PASS),
        ("FIELDBOOK_READY_EXIT", "1"),
    ];
    let calls = traced(&app_binary()?, &[], &env, &logs.path().join("app"))?;
    assert!(calls.iter().any(|c| c.contains("AF_UNIX")), "the trace saw the app's local sockets");
    let reached = internet(&calls);
    assert!(reached.is_empty(), "network calls: {reached:#?}");
    Ok(())
}
