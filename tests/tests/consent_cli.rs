//! Sign-in sheets and profiles from the command line: a CSV with a BOM and an XLSX in Khmer,
//! each with a bad row, import nothing until the bad column is mapped away; the session read back
//! holds exactly the sheet's people, consent not given unless a column said so. Profiles: each
//! has its own store and passphrase, `--profile` reaches it, `profiles remove` takes only it.

use anyhow::{Context, Result};
use fieldbook_tests::{cli, cli_output};
use serde_json::Value as Json;
use std::path::Path;

const PASS: &str = "sign-in sheet words";

fn session(dir: &Path) -> Result<String> {
    let doc = dir.join("s.json");
    std::fs::write(&doc, r#"{"session": {"title": "Sign-in test"}}"#)?;
    let out = cli(dir, PASS, &["sessions", "put", "--from-json", doc.to_str().context("path")?])?;
    let sessions: Json = serde_json::from_str(&cli(dir, PASS, &["sessions", "list", "--json"])?)?;
    assert!(!out.is_empty());
    Ok(sessions[0]["id"].as_str().context("id")?.to_string())
}

fn people(dir: &Path, session: &str) -> Result<Vec<(String, String, bool, bool)>> {
    let doc: Json = serde_json::from_str(&cli(dir, PASS, &["sessions", "show", session, "--json"])?)?;
    Ok(doc["participants"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let s = |f: &str| p[f].as_str().unwrap_or_default().to_string();
            (s("name"), s("organisation"), p["consent_quote"] == true, p["consent_named"] == true)
        })
        .collect())
}

/// A sign-in sheet in Khmer: one good row, and one whose name is `second` (none: the bad row).
fn khmer_sheet(path: &Path, second: Option<&str>) -> Result<()> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, v) in ["ឈ្មោះ", "អង្គការ", "អាចដកស្រង់"].iter().enumerate() {
        sheet.write_string(0, c as u16, *v)?;
    }
    sheet.write_string(1, 0, "សុខា")?;
    sheet.write_string(1, 1, "សហជីព")?;
    sheet.write_string(1, 2, "បាទ")?;
    match second {
        Some(name) => sheet.write_string(2, 0, name)?,
        None => sheet.write_string(2, 1, "គ្មានឈ្មោះ")?,
    };
    book.save(path)?;
    Ok(())
}

#[test]
fn a_sheet_with_a_bad_row_adds_nobody_until_it_is_right_then_everyone() -> Result<()> {
    let dir = tempfile::tempdir()?;
    cli(dir.path(), PASS, &["init"])?;
    let s = session(dir.path())?;
    let csv = dir.path().join("sign-in.csv");
    std::fs::write(
        &csv,
        "\u{feff}Nombre;Organización;Puede citarse;Firma\nAna Quispe;Sindicato;sí;x\nسارة;;quizás;x\nसीता;;no;\n",
    )?;
    let path = csv.to_str().context("path")?;
    let quoted = "Puede citarse=consent_quote";
    let dry = cli(dir.path(), PASS, &["participants", "import", &s, path, "--map", quoted, "--dry-run"])?;
    assert!(dry.contains("Nothing was changed"), "{dry}");
    let out = cli_output(dir.path(), PASS, "en", &[], &["participants", "import", &s, path, "--map", quoted])?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success()
            && err.contains("Row 3")
            && err.contains("quizás")
            && err.contains("nothing was imported"),
        "{err}"
    );
    assert!(people(dir.path(), &s)?.is_empty(), "nothing written");
    // A column that is not a field is refused by name; the consent column left out, all are added.
    let out =
        cli_output(dir.path(), PASS, "en", &[], &["participants", "import", &s, path, "--map", "Firma=signature"])?;
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("consent_quote"));
    // In the language asked for, like every other message.
    let out =
        cli_output(dir.path(), PASS, "fr", &[], &["participants", "import", &s, path, "--map", "Firma=signature"])?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Une colonne peut remplir") && err.contains("signature"), "{err}");
    let added = cli(dir.path(), PASS, &["participants", "import", &s, path, "--map", "Puede citarse=-"])?;
    assert!(added.contains("3 participants added"), "{added}");
    let got = people(dir.path(), &s)?;
    assert_eq!(
        got,
        vec![
            ("Ana Quispe".into(), "Sindicato".into(), false, false),
            ("سارة".into(), String::new(), false, false),
            ("सीता".into(), String::new(), false, false),
        ],
        "consent is not given unless a column says so"
    );

    // An XLSX in Khmer, its bad row an empty name.
    let xlsx = dir.path().join("sign-in.xlsx");
    khmer_sheet(&xlsx, None)?;
    let path = xlsx.to_str().context("path")?;
    let map = "អាចដកស្រង់=consent_quote";
    let out = cli_output(dir.path(), PASS, "en", &[], &["participants", "import", &s, path, "--map", map])?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("Row 3") && err.contains("no name or pseudonym"), "{err}");
    assert_eq!(people(dir.path(), &s)?.len(), 3, "nothing more written");
    // The bad row fixed in the sheet, it goes in whole.
    khmer_sheet(&xlsx, Some("ដារ៉ា"))?;
    cli(dir.path(), PASS, &["participants", "import", &s, path, "--map", map])?;
    let got = people(dir.path(), &s)?;
    assert_eq!(got[3], ("សុខា".into(), "សហជីព".into(), true, false));
    assert_eq!(got[4], ("ដារ៉ា".into(), String::new(), false, false));
    Ok(())
}

#[test]
fn profiles_keep_their_own_stores_and_removing_one_leaves_the_others() -> Result<()> {
    let dir = tempfile::tempdir()?;
    cli(dir.path(), PASS, &["init"])?;
    cli(dir.path(), "second person's words", &["profiles", "add", "Mango"])?;
    let list = cli(dir.path(), PASS, &["profiles", "list"])?;
    assert!(list.contains("default") && list.contains("Mango"), "{list}");
    cli(dir.path(), "second person's words", &["--profile", "Mango", "demo-data", "--sessions", "2"])?;
    let out = cli_output(dir.path(), PASS, "en", &[], &["--profile", "Mango", "sessions", "list"])?;
    assert!(!out.status.success(), "the first profile's passphrase does not open Mango");
    let theirs = cli(dir.path(), "second person's words", &["--profile", "mango", "sessions", "list", "--json"])?;
    let mine = cli(dir.path(), PASS, &["sessions", "list", "--json"])?;
    assert_eq!((serde_json::from_str::<Json>(&theirs)?.as_array().map(Vec::len), mine.trim()), (Some(2), "[]"));
    let out = cli_output(dir.path(), PASS, "en", &[], &["--profile", "Nobody", "sessions", "list"])?;
    assert!(String::from_utf8_lossy(&out.stderr).contains("no profile named Nobody"));
    cli(dir.path(), PASS, &["profiles", "remove", "Mango", "--yes"])?;
    assert!(!cli(dir.path(), PASS, &["profiles", "list"])?.contains("Mango"));
    cli(dir.path(), PASS, &["sessions", "list"])?;
    Ok(())
}
