//! No network at run time, ever: the whole cycle in the CLI (create, capture, export, import,
//! summary PDF, tables) and the app's start, unlock and first screen run under `strace`, and not
//! one Internet socket is opened or connected (local sockets, such as the X display's, are not
//! the network).

use anyhow::{bail, Result};
use fieldbook_tests::ONE_APP_AT_A_TIME;
use fieldbook_tests::{answer_file_dialogs, app_binary, cli, cli_binary, wait_for, wait_saved, wait_until, Driver};
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

/// The traced calls that connect to, send to or bind an address beyond this machine (the
/// WebDriver automation of the end-to-end test talks to the window over loopback).
fn beyond_loopback(calls: &[String]) -> Vec<&String> {
    let call = |c: &String, name: &str| c.split_whitespace().nth(1).is_some_and(|rest| rest.starts_with(name));
    calls
        .iter()
        .filter(|c| ["connect(", "sendto(", "sendmsg(", "bind("].iter().any(|n| call(c, n)))
        .filter(|c| c.contains("sa_family=AF_INET,") || c.contains("sa_family=AF_INET6,"))
        .filter(|c| {
            let loopback = c.contains("inet_addr(\"127.") || c.contains("\"::1\"") || c.contains("\"::ffff:127.");
            let any = c.contains("inet_addr(\"0.0.0.0\")") || c.contains("\"::\"");
            !(loopback || (call(c, "bind(") && any))
        })
        .collect()
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

/// The whole cycle in the real window, with the app under `strace`: unlock, capture a session,
/// import a facilitator's bundle (trusting it), export one, save a PDF summary. Nothing beyond
/// this machine is reached (the WebDriver automation itself runs over loopback).
#[tokio::test(flavor = "multi_thread")]
async fn the_app_cycle_reaches_nothing_beyond_this_machine() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let (office, field, files) = (tempfile::tempdir()?, tempfile::tempdir()?, tempfile::tempdir()?);
    cli(office.path(), PASS, &["init"])?;
    cli(field.path(), PASS, &["init"])?;
    cli(field.path(), PASS, &["demo-data", "--sessions", "1", "--seed", "6"])?;
    let id = |dir: &Path| -> Result<serde_json::Value> {
        Ok(serde_json::from_str(&cli(dir, PASS, &["identity", "show", "--json"])?)?)
    };
    let (office_id, field_id) = (id(office.path())?, id(field.path())?);
    let bundle = files.path().join("from-field.fieldbook");
    let to = office_id["age_recipient"].as_str().unwrap_or_default();
    cli(field.path(), PASS, &["export", "--out", bundle.to_str().unwrap_or_default(), "--to", to])?;
    let log = files.path().join("app.trace");
    let wrapper = files.path().join("traced-fieldbook");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec strace -f -qq -e trace=%network -o '{}' '{}' \"$@\"\n",
            log.display(),
            app_binary()?.display()
        ),
    )?;
    std::fs::set_permissions(&wrapper, std::os::unix::fs::PermissionsExt::from_mode(0o755))?;

    let driver = Driver::start_app(office.path(), &[], wrapper)?;
    let c = driver.launch().await?;
    wait_for(&c, "#passphrase").await?.send_keys(PASS).await?;
    wait_for(&c, "#unlock-button").await?.click().await?;
    // Capture.
    wait_for(&c, "#new-session").await?.click().await?;
    wait_for(&c, "#session-title").await?.send_keys("Listening in the market hall").await?;
    wait_saved(&c).await?;
    // Import, trusting the facilitator's laptop.
    c.execute("location.hash = '#/sync'", vec![]).await?;
    answer_file_dialogs(&c, &[&bundle]).await?;
    wait_for(&c, "#import-bundles").await?.click().await?;
    wait_for(&c, "#trust-label").await?.send_keys("Facilitator laptop").await?;
    wait_for(&c, "#trust-and-import").await?.click().await?;
    wait_for(&c, "#history li").await?;
    // Export to the facilitator.
    wait_for(&c, "#recipient-label").await?.send_keys("Facilitator laptop").await?;
    wait_for(&c, "#recipient-key").await?.send_keys(field_id["age_recipient"].as_str().unwrap_or_default()).await?;
    wait_for(&c, "#add-recipient").await?.click().await?;
    wait_for(&c, "#recipients li").await?;
    let back = files.path().join("to-field.fieldbook");
    answer_file_dialogs(&c, &[&back]).await?;
    wait_for(&c, "#export-bundle").await?.click().await?;
    wait_for(&c, "#confirm-export").await?.click().await?;
    let status = wait_for(&c, "#sync-status").await?;
    wait_until("the export is reported", || async { Ok(status.text().await?.contains("Bundle written")) }).await?;
    // A PDF summary of the imported session.
    let sessions: serde_json::Value = serde_json::from_str(&cli(field.path(), PASS, &["sessions", "list", "--json"])?)?;
    let session = sessions[0]["id"].as_str().unwrap_or_default().to_string();
    c.execute(&format!("location.hash = '#/session/{session}'"), vec![]).await?;
    wait_for(&c, "#open-summary").await?.click().await?;
    wait_for(&c, "#summary-sheets .sheet").await?;
    let pdf = files.path().join("summary.pdf");
    answer_file_dialogs(&c, &[&pdf]).await?;
    wait_for(&c, "#summary-save-pdf").await?.click().await?;
    wait_until("the PDF is written", || async { Ok(pdf.is_file()) }).await?;
    c.close().await?;
    drop(driver);
    assert!(back.is_file());

    let calls: Vec<String> = std::fs::read_to_string(&log)?.lines().map(str::to_string).collect();
    assert!(calls.iter().any(|c| c.contains("AF_UNIX")), "the trace saw the app's local sockets");
    let inet = calls.iter().filter(|c| c.contains("AF_INET")).count();
    println!(
        "{} traced network calls, {inet} naming an IPv4/IPv6 family (loopback automation, routing table)",
        calls.len()
    );
    let reached = beyond_loopback(&calls);
    assert!(reached.is_empty(), "network calls beyond this machine: {reached:#?}");
    Ok(())
}
