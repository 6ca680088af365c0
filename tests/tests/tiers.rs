//! Sensitivity tiers drive every output, checked from the command line on the session with
//! someone at risk (Dolores Quispe, pseudonym Rosa) and a risk of retaliation: bundles at each
//! clearance, CSV and XLSX at each tier, and the recovery key that can open every bundle.

use anyhow::Result;
use fieldbook_tests::{cli, cli_output, workspace};
use serde_json::Value as Json;
use std::path::Path;
use std::process::Command;

const PASS: &str = "tier test passphrase";
/// Restricted: the identity of the person at risk and the risk itself.
const RESTRICTED: &[&str] = &["Dolores", "Quispe", "Cleaners' collective", "retaliation"];
/// Internal: the name and group of someone who did not consent to be named.
const INTERNAL: &[&str] = &["Kalinda", "Night-shift carers"];
/// Share-back: what goes back to the participants.
const SHARE_BACK: &[&str] = &["Amina Rahman", "Rosa", "We need contracts"];

fn store_with_fixture(dir: &Path) -> Result<()> {
    cli(dir, PASS, &["init"])?;
    let fixture = workspace().join("tests/fixtures/at-risk-session.json");
    cli(dir, PASS, &["sessions", "put", "--from-json", fixture.to_str().expect("path")])?;
    Ok(())
}

fn recipient(dir: &Path) -> Result<String> {
    let id: Json = serde_json::from_str(&cli(dir, PASS, &["identity", "show", "--json"])?)?;
    Ok(id["age_recipient"].as_str().unwrap_or_default().to_string())
}

/// Checks what `text` (an output at `tier`) holds: everything up to the tier, nothing above it.
fn holds_exactly(text: &str, tier: &str, what: &str) {
    let levels = [("share-back", SHARE_BACK), ("internal", INTERNAL), ("restricted", RESTRICTED)];
    let allowed = levels.iter().position(|(t, _)| *t == tier).expect("tier");
    for (i, (name, words)) in levels.iter().enumerate() {
        for w in *words {
            assert_eq!(text.contains(w), i <= allowed, "{what} at {tier}: {name} text {w:?}");
        }
    }
}

#[test]
fn bundles_carry_nothing_above_the_recipients_clearance() -> Result<()> {
    let field = tempfile::tempdir()?;
    store_with_fixture(field.path())?;
    for tier in ["share-back", "internal", "restricted"] {
        let office = tempfile::tempdir()?;
        cli(office.path(), PASS, &["init"])?;
        let to = recipient(office.path())?;
        cli(field.path(), PASS, &["recipients", "add", &to, "--label", tier, "--clearance", tier])?;
        let preview = cli(field.path(), PASS, &["export", "--preview", "--to", &to])?;
        let stays = preview.split("Stays on this device").nth(1).unwrap_or_default();
        assert_eq!(stays.contains("risk.description"), tier != "restricted", "preview at {tier}:\n{preview}");
        let bundle = field.path().join(format!("{tier}.fieldbook"));
        let said =
            cli(field.path(), PASS, &["export", "--full", "--to", &to, "--out", bundle.to_str().expect("path")])?;
        assert_eq!(said.contains("kept back"), tier != "restricted", "{said}");
        cli(office.path(), PASS, &["import", "--trust-new-devices", bundle.to_str().expect("path")])?;
        holds_exactly(&cli(office.path(), PASS, &["dump", "--json"])?, tier, "bundle");
    }
    Ok(())
}

/// Every cell of every CSV file, joined: what a spreadsheet opening them would show.
fn csv_text(dir: &Path) -> Result<(String, Json)> {
    let mut text = String::new();
    let mut tables = serde_json::Map::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let mut reader = csv::Reader::from_path(&path)?;
        let header: Vec<String> = reader.headers()?.iter().map(String::from).collect();
        let mut rows = vec![];
        for row in reader.records() {
            let row = row?;
            text.push_str(&row.iter().collect::<Vec<_>>().join("\t"));
            text.push('\n');
            rows.push(Json::Object(header.iter().cloned().zip(row.iter().map(Json::from)).collect()));
        }
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        tables.insert(name, Json::Array(rows));
    }
    Ok((text, Json::Object(tables)))
}

/// A dump value as the tables write it: lists joined by `; `, null as empty.
fn as_cell(v: &Json) -> String {
    match v {
        Json::Null => String::new(),
        Json::String(s) => s.clone(),
        Json::Array(items) => items.iter().filter_map(Json::as_str).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// At the restricted tier, the tables hold exactly the dump: every record, every field.
fn same_as_dump(tables: &Json, dump: &Json, what: &str) {
    for (kind, records) in dump.as_object().expect("dump") {
        let rows = tables[kind].as_array().unwrap_or_else(|| panic!("{what}: no {kind} table"));
        let records = records.as_array().expect("records");
        assert_eq!(rows.len(), records.len(), "{what}: rows of {kind}");
        for (row, record) in rows.iter().zip(records) {
            for (field, value) in record.as_object().expect("record") {
                assert_eq!(as_cell(&row[field]), as_cell(value), "{what}: {kind}.{field}");
            }
        }
    }
}

#[test]
fn csv_and_xlsx_exports_respect_the_tier_and_match_the_dump() -> Result<()> {
    let dir = tempfile::tempdir()?;
    store_with_fixture(dir.path())?;
    cli(dir.path(), PASS, &["demo-data", "--sessions", "4", "--seed", "9"])?;
    let dump: Json = serde_json::from_str(&cli(dir.path(), PASS, &["dump", "--json"])?)?;
    for tier in ["share-back", "internal", "restricted"] {
        let out = dir.path().join(format!("csv-{tier}"));
        cli(
            dir.path(),
            PASS,
            &["export-table", "--format", "csv", "--out", out.to_str().expect("path"), "--tier", tier],
        )?;
        let (text, tables) = csv_text(&out)?;
        holds_exactly(&text, tier, "csv");
        if tier == "restricted" {
            same_as_dump(&tables, &dump, "csv");
        }

        let book = dir.path().join(format!("{tier}.xlsx"));
        cli(
            dir.path(),
            PASS,
            &["export-table", "--format", "xlsx", "--out", book.to_str().expect("path"), "--tier", tier],
        )?;
        let (text, tables) = xlsx_text(&book)?;
        holds_exactly(&text, tier, "xlsx");
        if tier == "restricted" {
            same_as_dump(&tables, &dump, "xlsx");
        }
    }
    let bad = cli_output(
        dir.path(),
        PASS,
        "en",
        &[],
        &["export-table", "--format", "csv", "--out", "x", "--tier", "secret"],
    )?;
    assert!(
        !bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("share-back, internal or restricted")
    );
    Ok(())
}

/// Every sheet of a workbook, read back with calamine.
fn xlsx_text(path: &Path) -> Result<(String, Json)> {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook(path)?;
    let mut text = String::new();
    let mut tables = serde_json::Map::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name)?;
        let mut rows = range.rows();
        let header: Vec<String> = rows.next().map(|r| r.iter().map(|c| c.to_string()).collect()).unwrap_or_default();
        let mut out = vec![];
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                    Data::Bool(b) => b.to_string(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect();
            text.push_str(&cells.join("\t"));
            text.push('\n');
            out.push(Json::Object(header.iter().cloned().zip(cells.into_iter().map(Json::from)).collect()));
        }
        tables.insert(name.clone(), Json::Array(out));
    }
    Ok((text, Json::Object(tables)))
}

#[test]
fn two_of_three_custodians_restore_the_recovery_key_and_open_every_bundle() -> Result<()> {
    let (field, office, kit) = (tempfile::tempdir()?, tempfile::tempdir()?, tempfile::tempdir()?);
    store_with_fixture(field.path())?;
    cli(office.path(), PASS, &["init"])?;
    let kit_dir = kit.path().join("kit");
    let made = cli(
        field.path(),
        PASS,
        &["recovery", "create", "--shares", "3", "--threshold", "2", "--out-dir", kit_dir.to_str().expect("p")],
    )?;
    let recovery = std::fs::read_to_string(kit_dir.join("recovery-recipient.txt"))?.trim().to_string();
    assert!(made.contains(&recovery) && recovery.starts_with("age1"));
    let sheet = std::fs::read_to_string(kit_dir.join("share-2-of-3.txt"))?;
    assert!(sheet.contains("Share 2 of 3") && sheet.contains("Any 2 shares") && sheet.contains("FBR1-"));

    cli(field.path(), PASS, &["recipients", "add", &recipient(office.path())?, "--label", "Office"])?;
    cli(field.path(), PASS, &["recipients", "add", &recovery, "--recovery", "--label", "Recovery"])?;
    let bundle = field.path().join("b.fieldbook");
    let said = cli(field.path(), PASS, &["export", "--out", bundle.to_str().expect("p")])?;
    assert!(said.contains(&recovery), "the bundle is also sealed to the recovery key: {said}");

    // One share is not enough; two are, in any combination.
    let share = |i: u8| kit_dir.join(format!("share-{i}-of-3.txt")).to_str().expect("p").to_string();
    let key = kit.path().join("restored.txt");
    let keyp = key.to_str().expect("p");
    let one = cli_output(kit.path(), PASS, "en", &[], &["recovery", "restore", &share(3), "--out", keyp])?;
    assert!(!one.status.success() && String::from_utf8_lossy(&one.stderr).contains("2 are needed"));
    assert!(!key.exists(), "nothing written from too few shares");
    let restored = cli(kit.path(), PASS, &["recovery", "restore", &share(3), &share(1), "--out", keyp])?;
    assert!(restored.contains(&recovery), "{restored}");

    // The restored key opens the bundle with the age CLI, and imports it into a new office store.
    let age = Command::new("age").arg("-d").arg("-i").arg(&key).arg(&bundle).output()?;
    assert!(
        age.status.success() && age.stdout.starts_with(b"fieldbook-bundle\n"),
        "{}",
        String::from_utf8_lossy(&age.stderr)
    );
    let rebuilt = tempfile::tempdir()?;
    cli(rebuilt.path(), PASS, &["init"])?;
    let lost =
        cli_output(rebuilt.path(), PASS, "en", &[], &["import", "--trust-new-devices", bundle.to_str().expect("p")])?;
    assert!(!lost.status.success(), "a new store without the key cannot open it");
    cli(rebuilt.path(), PASS, &["import", "--trust-new-devices", "--identity", keyp, bundle.to_str().expect("p")])?;
    holds_exactly(&cli(rebuilt.path(), PASS, &["dump", "--json"])?, "internal", "recovered bundle");
    Ok(())
}
