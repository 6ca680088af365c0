//! Participants from a sign-in sheet (CSV or XLSX): the person chooses which column holds what,
//! sees every row as it would be saved and every error by row, and nothing is written unless
//! every row is valid. Consent is "not given" unless a column says otherwise: a blank cell never
//! counts as a yes.

use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::{Entity, ORG_KIND};
use crate::store::{Op, Store};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value as Json};
use std::path::Path;

pub use fieldbook_sheet::{MAX_ROWS, MAX_SHEET_BYTES};
/// The longest value kept from one cell.
const MAX_CELL_CHARS: usize = 500;

/// The participant fields a column can fill, in the order the mapping screen offers them, each
/// with the catalogue key of its label.
pub const TARGETS: &[(&str, &str)] = &[
    ("name", "participant-name"),
    ("pseudonym", "participant-pseudonym"),
    ("organisation", "participant-organisation"),
    ("role", "participant-role"),
    ("org_kind", "participant-org-kind"),
    ("consent_record", "consent-record"),
    ("consent_quote", "consent-quote"),
    ("consent_named", "consent-named"),
    ("at_risk", "at-risk"),
];

/// Whether a column can fill `field`.
pub fn is_target(field: &str) -> bool {
    TARGETS.iter().any(|(f, _)| *f == field)
}

/// The catalogue key of a field's label.
pub fn label_key(field: &str) -> &'static str {
    TARGETS.iter().find(|(f, _)| *f == field).map_or("participant-name", |(_, k)| k)
}

/// A sheet as read: its header row and the rows below it, every cell as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Sheet {
    /// The first row's cells (column names).
    pub headers: Vec<String>,
    /// The other rows, blank rows left out, each with its row number in the sheet (1 is the
    /// header row).
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Which column fills which field: column index → field (one of [`TARGETS`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping(pub Vec<(usize, String)>);

/// One problem in one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// The row number as the sheet shows it.
    pub row: usize,
    /// The column's name (empty for a problem with the whole row).
    pub column: String,
    /// `no-name`, `not-yes-no`, `not-org-kind` or `too-long` (catalogue key `sheet-error-<code>`).
    pub code: &'static str,
    /// The cell as written.
    pub value: String,
}

/// What an import would save.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SheetPreview {
    /// The column names.
    pub headers: Vec<String>,
    /// The mapping used.
    pub mapping: Mapping,
    /// Each valid row's participant fields, with its row number.
    pub participants: Vec<(usize, Map<String, Json>)>,
    /// Every problem, by row.
    pub errors: Vec<RowError>,
}

fn file_error(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Sheet { file: path.display().to_string(), reason: e.to_string() }
}

/// Reads a CSV (UTF-8, with or without a BOM; comma, semicolon or tab) or an XLSX workbook's
/// first sheet (`fieldbook_sheet`, with its limits); blank rows are left out.
pub fn read_sheet(path: &Path) -> Result<Sheet> {
    let cells = fieldbook_sheet::read_cells(path).map_err(|e| file_error(path, e))?;
    let mut rows = cells.into_iter().enumerate().map(|(i, r)| (i + 1, r));
    let Some((_, mut headers)) = rows.next() else { return Err(file_error(path, "the sheet is empty")) };
    if let Some(first) = headers.first_mut() {
        *first = first.trim_start_matches('\u{feff}').to_string();
    }
    let rows: Vec<(usize, Vec<String>)> = rows.filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty())).collect();
    Ok(Sheet { headers: headers.iter().map(|h| h.trim().to_string()).collect(), rows })
}

/// The usual names of each field's column, in the languages Fieldbook speaks (compared without
/// case); a sheet whose headers match needs no choosing.
fn guess(header: &str) -> Option<&'static str> {
    let h = header.trim().to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| h == *w || h.starts_with(&format!("{w} ")));
    if has(&["name", "full name", "nombre", "nom", "nome", "participant", "participante", "नाम", "ឈ្មោះ", "الاسم", "اسم"])
    {
        Some("name")
    } else if has(&[
        "pseudonym",
        "seudónimo",
        "pseudonyme",
        "pseudônimo",
        "pseudónimo",
        "alias",
        "उपनाम",
        "ឈ្មោះក្លែងក្លាយ",
        "اسم مستعار",
    ]) {
        Some("pseudonym")
    } else if has(&[
        "organisation",
        "organization",
        "organización",
        "organisme",
        "organização",
        "संस्था",
        "អង្គការ",
        "المنظمة",
    ]) {
        Some("organisation")
    } else if has(&["role", "rol", "rôle", "papel", "função", "भूमिका", "តួនាទី", "الدور"])
    {
        Some("role")
    } else {
        None
    }
}

impl Sheet {
    /// The mapping read from the headers: each column whose name is a field's usual name.
    pub fn guessed_mapping(&self) -> Mapping {
        let mut out: Vec<(usize, String)> = vec![];
        for (i, h) in self.headers.iter().enumerate() {
            if let Some(f) = guess(h).filter(|f| !out.iter().any(|(_, g)| g == f)) {
                out.push((i, f.to_string()));
            }
        }
        Mapping(out)
    }

    /// The column with this name (or 1-based number).
    pub fn column(&self, name: &str) -> Option<usize> {
        let n = name.trim();
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(n) || h.to_lowercase() == n.to_lowercase())
            .or_else(|| n.parse::<usize>().ok().filter(|i| (1..=self.headers.len()).contains(i)).map(|i| i - 1))
    }

    /// Every row as it would be saved, and every problem.
    pub fn preview(&self, mapping: &Mapping) -> Result<SheetPreview> {
        for (col, field) in &mapping.0 {
            if !is_target(field) || *col >= self.headers.len().max(1) {
                let names: Vec<&str> = TARGETS.iter().map(|(f, _)| *f).collect();
                return Err(Error::InvalidValue {
                    entity: "participant".into(),
                    field: field.clone(),
                    reason: format!("a column can fill one of {}", names.join(", ")),
                });
            }
        }
        let mut out = SheetPreview { headers: self.headers.clone(), mapping: mapping.clone(), ..Default::default() };
        for (row, cells) in &self.rows {
            let mut fields = Map::new();
            for f in ["consent_record", "consent_quote", "consent_named", "at_risk"] {
                fields.insert(f.into(), json!(false));
            }
            let mut errors = vec![];
            for (col, field) in &mapping.0 {
                let raw = cells.get(*col).map(|c| c.trim()).unwrap_or_default();
                let column = self.headers.get(*col).cloned().unwrap_or_default();
                let err =
                    |code| RowError { row: *row, column: column.clone(), code, value: raw.chars().take(80).collect() };
                if raw.chars().count() > MAX_CELL_CHARS {
                    errors.push(err("too-long"));
                    continue;
                }
                // A control character (a NUL from a misread file, an escape) or an invisible
                // one inside a name hides it from every reader and matcher.
                let name = matches!(field.as_str(), "name" | "pseudonym");
                let hidden = |c: char| {
                    (c.is_control() && (name || !matches!(c, '\t' | '\n' | '\r')))
                        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
                };
                if raw.chars().any(hidden) {
                    errors.push(err("control-character"));
                    continue;
                }
                let value = match field.as_str() {
                    "consent_record" | "consent_quote" | "consent_named" | "at_risk" => match yes_no(raw) {
                        Some(b) => json!(b),
                        None => {
                            errors.push(err("not-yes-no"));
                            continue;
                        }
                    },
                    "org_kind" if raw.is_empty() => continue,
                    "org_kind" => match ORG_KIND.iter().find(|k| k.eq_ignore_ascii_case(raw)) {
                        Some(k) => json!(k),
                        None => {
                            errors.push(err("not-org-kind"));
                            continue;
                        }
                    },
                    // Names are kept composed and without invisible characters, so that each is
                    // one spelling to every reader and matcher (`crate::names`).
                    "name" | "pseudonym" => json!(crate::names::tidy(raw)),
                    _ => json!(raw),
                };
                fields.insert(field.clone(), value);
            }
            let named = ["name", "pseudonym"]
                .iter()
                .any(|f| fields.get(*f).and_then(Json::as_str).is_some_and(|s| !s.is_empty()));
            if !named {
                errors.push(RowError { row: *row, column: String::new(), code: "no-name", value: String::new() });
            }
            if errors.is_empty() {
                out.participants.push((*row, fields));
            }
            out.errors.extend(errors);
        }
        Ok(out)
    }
}

/// A consent cell: yes or no in any of Fieldbook's languages, a tick, 1 or 0; blank is no.
fn yes_no(cell: &str) -> Option<bool> {
    let c = cell.trim().to_lowercase();
    const YES: &[&str] = &[
        "yes",
        "y",
        "true",
        "1",
        "x",
        "✓",
        "✔",
        "sí",
        "si",
        "s",
        "oui",
        "o",
        "sim",
        "हो",
        "हजुर",
        "បាទ",
        "ចាស",
        "ព្រម",
        "نعم",
    ];
    const NO: &[&str] = &["", "no", "n", "false", "0", "non", "não", "nao", "होइन", "छैन", "ទេ", "لا"];
    if YES.contains(&c.as_str()) {
        Some(true)
    } else if NO.contains(&c.as_str()) {
        Some(false)
    } else {
        None
    }
}

impl Store {
    /// Adds a sheet's participants to a session, after its current ones, in one transaction:
    /// all of them, or none when any row has a problem.
    pub fn import_participants(
        &mut self,
        session: RecordId,
        sheet: &Sheet,
        mapping: &Mapping,
    ) -> Result<Vec<RecordId>> {
        let preview = sheet.preview(mapping)?;
        if !preview.errors.is_empty() {
            let rows: Vec<String> = preview
                .errors
                .iter()
                .map(|e| e.row.to_string())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            return Err(Error::SheetRows { rows: rows.join(", ") });
        }
        self.get(Entity::Session, session)?;
        let after = self
            .children(Entity::Participant, "session_id", session)?
            .iter()
            .filter_map(|p| p.get("position").and_then(Json::as_i64))
            .max()
            .unwrap_or(0);
        let ops = preview
            .participants
            .into_iter()
            .enumerate()
            .map(|(i, (_, mut fields))| {
                fields.insert("session_id".into(), json!(session.to_string()));
                fields.insert("position".into(), json!(after + 1 + i as i64));
                Op::Create { entity: Entity::Participant, id: None, fields }
            })
            .collect();
        self.write(ops)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(text: &str) -> Sheet {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("s.csv");
        std::fs::write(&p, text).expect("write");
        read_sheet(&p).expect("read")
    }

    #[test]
    fn a_semicolon_sheet_with_a_bom_is_read_and_guessed() {
        let s = sheet("\u{feff}Nombre;Organización;Consent to quote\nAna;Sindicato;sí\n;;\nBo;;maybe\n");
        assert_eq!(s.headers, ["Nombre", "Organización", "Consent to quote"]);
        assert_eq!(s.rows.len(), 2, "the blank row is left out");
        let mut m = s.guessed_mapping();
        assert_eq!(m.0, vec![(0, "name".to_string()), (1, "organisation".to_string())]);
        m.0.push((s.column("consent to quote").expect("column"), "consent_quote".into()));
        let p = s.preview(&m).expect("preview");
        assert_eq!(p.participants.len(), 1);
        assert_eq!(p.participants[0].1["consent_quote"], json!(true));
        assert_eq!(p.participants[0].1["consent_named"], json!(false), "not given unless a column says so");
        assert_eq!(
            p.errors,
            vec![RowError { row: 4, column: "Consent to quote".into(), code: "not-yes-no", value: "maybe".into() }]
        );
    }

    #[test]
    fn an_xlsx_with_a_non_latin_script_reads_like_the_csv() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("s.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, v) in ["ឈ្មោះ", "អង្គការ"].iter().enumerate() {
            sheet.write_string(0, c as u16, *v).expect("cell");
        }
        sheet.write_string(1, 0, "សុខា").expect("cell");
        sheet.write_number(1, 1, 7.0).expect("cell");
        sheet.write_string(3, 0, "ដារ៉ា").expect("cell");
        book.save(&path).expect("save");
        let s = read_sheet(&path).expect("read");
        assert_eq!(s.headers, ["ឈ្មោះ", "អង្គការ"]);
        assert_eq!(s.rows, vec![(2, vec!["សុខា".to_string(), "7".to_string()]), (4, vec!["ដារ៉ា".to_string()])]);
        assert_eq!(s.guessed_mapping().0, vec![(0, "name".to_string()), (1, "organisation".to_string())]);
    }

    #[test]
    fn a_row_without_a_name_or_pseudonym_is_an_error() {
        let s = sheet("name,pseudonym,role\n,,chair\n");
        let p = s.preview(&s.guessed_mapping()).expect("preview");
        assert_eq!(p.errors[0].code, "no-name");
        assert!(s.preview(&Mapping(vec![(0, "tier".into())])).is_err(), "only participant fields");
    }
}
