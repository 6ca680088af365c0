//! The command line as an office script uses it: init, demo data, list, show, edit through
//! `sessions put`, canonical dumps, and clear failures.

use anyhow::Result;
use fieldbook_tests::cli_output;
use serde_json::Value;
use std::path::Path;
use std::process::Output;

const PASS: &str = "office laptop passphrase";

fn cli(dir: &Path, pass: &str, args: &[&str]) -> Output {
    cli_output(dir, pass, "en", &[], args).expect("run fieldbook-cli (built by cargo test)")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    fieldbook_tests::cli(dir, PASS, args).unwrap_or_else(|e| panic!("{e:#}"))
}

#[test]
fn an_office_script_round_trip() -> Result<()> {
    let a = tempfile::tempdir()?;
    let b = tempfile::tempdir()?;
    for dir in [a.path(), b.path()] {
        ok(dir, &["init"]);
        ok(dir, &["demo-data", "--sessions", "4", "--seed", "11"]);
    }
    // Same content, same bytes.
    let dump_a = ok(a.path(), &["dump", "--json"]);
    assert_eq!(dump_a, ok(b.path(), &["dump", "--json"]));

    let list: Value = serde_json::from_str(&ok(a.path(), &["sessions", "list", "--json"]))?;
    let rows = list.as_array().expect("a list");
    assert_eq!(rows.len(), 4);
    let id = rows[0]["id"].as_str().expect("id").to_string();

    // Edit the shown document and put it back: only that field changes.
    let mut doc: Value = serde_json::from_str(&ok(a.path(), &["sessions", "show", &id, "--json"]))?;
    doc["session"]["title"] = Value::from("Edited by the office");
    doc["priorities"][0]["votes"] = Value::from(99);
    let file = a.path().join("edited.json");
    std::fs::write(&file, serde_json::to_string(&doc)?)?;
    ok(a.path(), &["sessions", "put", "--from-json", file.to_str().expect("path")]);
    let after: Value = serde_json::from_str(&ok(a.path(), &["sessions", "show", &id, "--json"]))?;
    assert_eq!(after, doc, "show after put prints exactly what was put");
    assert_ne!(ok(a.path(), &["dump", "--json"]), dump_a);

    // A new session from a document without ids.
    let new_doc = serde_json::json!({
        "session": {"title": "Youth coalition check-in", "time_zone": "Asia/Kathmandu", "languages": ["Nepali"]},
        "participants": [{"name": "Sita", "consent_record": true}],
        "priorities": [{"title": "Safe meeting space", "votes": 4}]
    });
    std::fs::write(&file, new_doc.to_string())?;
    let said = ok(a.path(), &["sessions", "put", "--from-json", file.to_str().expect("path")]);
    let new_id = said.split_whitespace().last().expect("an id");
    let shown: Value = serde_json::from_str(&ok(a.path(), &["sessions", "show", new_id, "--json"]))?;
    assert_eq!(shown["participants"][0]["name"], "Sita");
    assert_eq!(shown["session"]["status"], "draft");
    Ok(())
}

#[test]
fn failures_are_clear_and_exit_non_zero() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let missing = cli(dir.path(), PASS, &["sessions", "list"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("Create one first"));

    ok(dir.path(), &["init"]);
    let wrong = cli(dir.path(), "not the passphrase", &["dump", "--json"]);
    assert!(!wrong.status.success());
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(err.contains("does not open this Fieldbook"), "{err}");
    assert!(!err.contains("hmac") && !err.contains("not a database"), "{err}");

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"session": {"title": 5}}"#)?;
    let out = cli(dir.path(), PASS, &["sessions", "put", "--from-json", bad.to_str().expect("path")]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be saved"));
    let list = ok(dir.path(), &["sessions", "list", "--json"]);
    assert_eq!(list.trim(), "[]", "a refused document writes nothing");
    Ok(())
}

#[test]
fn history_shows_each_field_change_with_the_value_before() -> Result<()> {
    let dir = tempfile::tempdir()?;
    ok(dir.path(), &["init"]);
    let fixture = fieldbook_tests::workspace().join("tests/fixtures/at-risk-session.json");
    ok(dir.path(), &["sessions", "put", "--from-json", &fixture.display().to_string()]);
    let mut doc: Value =
        serde_json::from_str(&ok(dir.path(), &["sessions", "show", "0190a000-0000-7000-8000-000000000001", "--json"]))?;
    doc["priorities"][0]["votes"] = Value::from(15);
    let edited = dir.path().join("edited.json");
    std::fs::write(&edited, doc.to_string())?;
    ok(dir.path(), &["sessions", "put", "--from-json", &edited.display().to_string()]);
    let history: Value = serde_json::from_str(&ok(
        dir.path(),
        &["history", "session", "0190a000-0000-7000-8000-000000000001", "--json"],
    ))?;
    let votes: Vec<&Value> = history
        .as_array()
        .expect("a list")
        .iter()
        .filter(|e| e["field"] == "votes" && e["entity"] == "priority")
        .collect();
    // Edits within a minute of creation by the same device fold into one entry (keystrokes).
    let first: Vec<_> = votes.iter().filter(|e| e["id"] == "0190a000-0000-7000-8000-000000000041").collect();
    assert!(first.len() == 1 && first[0]["new"] == 15 && first[0]["own"] == true, "{votes:?}");
    let text = ok(dir.path(), &["history", "session", "0190a000-0000-7000-8000-000000000001"]);
    assert!(text.contains("priority.votes") && text.contains("this device"), "{text}");
    let err = cli(dir.path(), PASS, &["history", "sessionz", "0190a000-0000-7000-8000-000000000001"]);
    assert!(!err.status.success() && String::from_utf8_lossy(&err.stderr).contains("no record kind"));
    Ok(())
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() -> Result<()> {
    use std::io::Read;
    let dir = tempfile::tempdir()?;
    ok(dir.path(), &["init"]);
    ok(dir.path(), &["demo-data", "--sessions", "40", "--seed", "3"]);
    // `fieldbook-cli dump --json | head -c 10`: far more output than a pipe holds.
    let mut child = std::process::Command::new(fieldbook_tests::cli_binary())
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--lang", "en", "dump", "--json"])
        .env("FIELDBOOK_PASSPHRASE", PASS)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let mut head = [0u8; 10];
    child.stdout.take().expect("stdout").read_exact(&mut head)?;
    let out = child.wait_with_output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
    Ok(())
}
