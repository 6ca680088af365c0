//! A bundle is a standard age file: the `age` CLI (Debian's, installed by `make test`) decrypts
//! it with the identity that `fieldbook-cli identity export-age` writes.

use anyhow::Result;
use fieldbook_tests::{cli, cli_binary};
use std::process::Command;

#[test]
fn the_age_cli_decrypts_a_bundle_with_the_exported_identity() -> Result<()> {
    let field = tempfile::tempdir()?;
    let office = tempfile::tempdir()?;
    let run = |dir: &std::path::Path, args: &[&str]| cli(dir, "interop test passphrase", args);
    run(field.path(), &["init"])?;
    run(office.path(), &["init"])?;
    run(field.path(), &["demo-data", "--sessions", "1", "--seed", "3"])?;
    let id: serde_json::Value = serde_json::from_str(&run(office.path(), &["identity", "show", "--json"])?)?;
    let recipient = id["age_recipient"].as_str().expect("recipient");
    let bundle = field.path().join("to-office.fieldbook");
    run(field.path(), &["export", "--out", bundle.to_str().expect("path"), "--to", recipient])?;
    let key = office.path().join("office-identity.txt");
    run(office.path(), &["identity", "export-age", "--out", key.to_str().expect("path")])?;

    let age = Command::new("age").arg("-d").arg("-i").arg(&key).arg(&bundle).output();
    let age =
        age.map_err(|e| anyhow::anyhow!("the age CLI is missing ({e}): `apt-get install age` (make test does)"))?;
    assert!(age.status.success(), "age -d failed: {}", String::from_utf8_lossy(&age.stderr));
    assert!(age.stdout.starts_with(b"fieldbook-bundle\n"), "the plaintext is a Fieldbook bundle");

    // And a file the age CLI encrypts to the office is a readable (if not Fieldbook) age file.
    let plain = office.path().join("note.txt");
    std::fs::write(&plain, "not a bundle")?;
    let enc = office.path().join("note.age");
    let st = Command::new("age").args(["-r", recipient, "-o"]).arg(&enc).arg(&plain).status()?;
    assert!(st.success());
    let out = Command::new(cli_binary())
        .arg("--data-dir")
        .arg(office.path())
        .args(["--lang", "en", "import"])
        .arg(&enc)
        .env("FIELDBOOK_PASSPHRASE", "interop test passphrase")
        .output()?;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a Fieldbook bundle"));
    Ok(())
}
