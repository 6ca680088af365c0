//! Tables for analysis outside Fieldbook (a spreadsheet, R, a pivot table): one table per record
//! kind with stable column names, as CSV files or one XLSX workbook, cut to a sensitivity tier.

use crate::error::{Error, Result};
use crate::gate::Gate;
use crate::progress::{Phase, Progress};
use crate::schema::Record;
use crate::schema::{Entity, FieldType};
use crate::store::Store;
use crate::tier::{field_tier, is_free_text, record_tier, Facts, Mentions, Tier};
use serde::Serialize;
use serde_json::Value as Json;
use std::collections::HashMap;
use std::path::Path;

/// The file format of a table export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// A folder with one UTF-8 CSV file per table (`session.csv`, …).
    Csv,
    /// One workbook with one sheet per table.
    Xlsx,
}

/// What a table export wrote.
#[derive(Debug, Clone, Serialize)]
pub struct TableReport {
    /// Where.
    pub path: String,
    /// The most sensitive tier included.
    pub tier: Tier,
    /// Rows per table, in the order written.
    pub rows: Vec<(String, usize)>,
    /// Rows left out because the whole record is above the tier.
    pub withheld_rows: usize,
    /// Cells left empty because their field is above the tier.
    pub withheld_cells: usize,
}

/// One table: its columns and rows of cells.
pub(crate) struct Table {
    pub(crate) name: &'static str,
    pub(crate) columns: Vec<&'static str>,
    pub(crate) rows: Vec<Vec<Cell>>,
}

pub(crate) enum Cell {
    Text(String),
    Number(f64),
    Bool(bool),
    Empty,
}

/// Lists and links as one cell: items joined by `; `.
fn cell(ty: FieldType, v: Option<&Json>) -> Cell {
    match (ty, v) {
        (_, None | Some(Json::Null)) => Cell::Empty,
        (FieldType::Int, Some(Json::Number(n))) => n.as_f64().map_or(Cell::Empty, Cell::Number),
        (FieldType::Bool, Some(Json::Bool(b))) => Cell::Bool(*b),
        (_, Some(Json::Array(items))) => {
            Cell::Text(items.iter().filter_map(Json::as_str).collect::<Vec<_>>().join("; "))
        }
        (_, Some(Json::String(s))) => Cell::Text(s.clone()),
        (_, Some(other)) => Cell::Text(other.to_string()),
    }
}

/// One record that an output at some tier may show: which of its fields it shows, in the order
/// of [`Entity::fields`].
pub struct CutRecord<'a> {
    /// Its kind.
    pub entity: Entity,
    /// The record (`id` and every field).
    pub record: &'a Record,
    /// For each field of its kind, whether the output may show it.
    pub shown: &'a [bool],
}

/// What the session editor marks: each record's tier (and fields more sensitive than their
/// record), and the names found in each free-text field with the tier they give it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SessionMarks {
    /// By record id, or `record id.field` for a field above its record.
    pub tiers: std::collections::BTreeMap<String, Tier>,
    /// By `record id.field`: the names found, as typed, and their tiers.
    pub mentions: std::collections::BTreeMap<String, Vec<(String, Tier)>>,
}

impl Store {
    /// Walks every live record, kind by kind in [`Entity::ALL`]'s order and by id within a kind,
    /// cut to `tier`: `visit` gets each record the tier may show and which of its fields, and
    /// `withheld` each record above it, with its tier. The one place the table exports and the federation's
    /// publish decide what a tier shows, so the two never disagree.
    pub fn cut(
        &self,
        tier: Tier,
        progress: &Progress<'_>,
        mut visit: impl FnMut(CutRecord<'_>) -> Result<()>,
        mut withheld: impl FnMut(Entity, &Record, Tier) -> Result<()>,
    ) -> Result<usize> {
        let sessions = self.sessions_by_id()?;
        let names = self.mentions()?;
        let gate = Gate::of(self, tier)?;
        let items = crate::media::item_tiers(&self.conn)?;
        let mut withheld_cells = 0;
        for (i, entity) in Entity::ALL.into_iter().enumerate() {
            progress.step(Phase::Collecting, i as u64, Entity::ALL.len() as u64)?;
            let fields = entity.fields();
            let records = self.list_by_id(entity)?;
            let mut shown = Vec::with_capacity(fields.len());
            for (n, r) in records.iter().enumerate() {
                // A stop asked for is honoured within a kind too (a kind can be 100k records).
                if n % 4096 == 4095 {
                    progress.step(Phase::Collecting, i as u64, Entity::ALL.len() as u64)?;
                }
                let session_id = if entity == Entity::Session { r.get("id") } else { r.get("session_id") };
                let session_id = session_id.and_then(Json::as_str).filter(|s| !s.is_empty());
                let session = session_id.and_then(|s| sessions.get(s)).filter(|_| entity != Entity::Session);
                let named = names.of(session_id);
                let mut facts = Facts::of(r, session);
                if entity == Entity::Attachment {
                    facts = raised(facts, r, &items);
                }
                let whole = record_tier(entity, &facts);
                if whole > tier {
                    withheld(entity, r, whole)?;
                    continue;
                }
                shown.clear();
                for f in fields {
                    let text = r.get(f.name).and_then(Json::as_str).filter(|_| is_free_text(entity, f.name));
                    let field = field_tier(entity, f.name, &facts);
                    let show = field.max(text.map_or(Tier::ShareBack, |t| named.tier_of(t))) <= tier;
                    withheld_cells += usize::from(!show);
                    shown.push(show);
                }
                if !gate.is_empty() {
                    let id = r.get("id").and_then(Json::as_str).unwrap_or_default();
                    for (f, _) in fields.iter().zip(&shown).filter(|(f, s)| **s && Gate::scans(entity, f.name)) {
                        if let Some(v) = r.get(f.name) {
                            gate.check_json(entity.name(), id, f.name, v)?;
                        }
                    }
                }
                visit(CutRecord { entity, record: r, shown: &shown })?;
            }
        }
        Ok(withheld_cells)
    }

    pub(crate) fn tables(&self, tier: Tier, report: &mut TableReport, progress: &Progress<'_>) -> Result<Vec<Table>> {
        let mut tables: Vec<Table> = Entity::ALL
            .into_iter()
            .map(|e| Table {
                name: e.name(),
                columns: std::iter::once("id").chain(e.fields().iter().map(|f| f.name)).collect(),
                rows: vec![],
            })
            .collect();
        let mut withheld_rows = 0;
        let index = |e: Entity| Entity::ALL.iter().position(|x| *x == e).unwrap_or_default();
        report.withheld_cells += self.cut(
            tier,
            progress,
            |c| {
                let mut row = vec![cell(FieldType::Text, c.record.get("id"))];
                for (f, show) in c.entity.fields().iter().zip(c.shown) {
                    row.push(if *show { cell(f.ty, c.record.get(f.name)) } else { Cell::Empty });
                }
                tables[index(c.entity)].rows.push(row);
                Ok(())
            },
            |_, _, _| {
                withheld_rows += 1;
                Ok(())
            },
        )?;
        report.withheld_rows += withheld_rows;
        report.rows.extend(tables.iter().map(|t| (t.name.to_string(), t.rows.len())));
        Ok(tables)
    }

    /// Writes every live record up to `tier` to `out`: a folder of CSV files, or an XLSX file.
    /// Each file is written atomically; ids, dates (ISO 8601) and codes are as stored.
    pub fn export_tables(&self, out: &Path, format: TableFormat, tier: Tier) -> Result<TableReport> {
        self.export_tables_with(out, format, tier, &Progress::none())
    }

    /// [`Store::export_tables`], reporting each kind of record read to `progress`; a stop
    /// before the files are written leaves none.
    pub fn export_tables_with(
        &self,
        out: &Path,
        format: TableFormat,
        tier: Tier,
        progress: &Progress<'_>,
    ) -> Result<TableReport> {
        let mut report = TableReport { path: out.display().to_string(), tier, ..TableReport::empty(tier) };
        let tables = self.tables(tier, &mut report, progress)?;
        progress.step(Phase::Collecting, Entity::ALL.len() as u64, Entity::ALL.len() as u64)?;
        match format {
            TableFormat::Csv => {
                std::fs::create_dir_all(out)?;
                for t in &tables {
                    crate::atomic::write_atomically(&out.join(format!("{}.csv", t.name)), &csv_bytes(t)?)?;
                }
            }
            TableFormat::Xlsx => crate::atomic::write_atomically(out, &xlsx_bytes(&tables)?)?,
        }
        Ok(report)
    }
}

impl Store {
    /// Every live session by id.
    /// Each session's tier choice by id, deleted sessions included: a deleted session's items
    /// that live on keep the tier it gave them (a tombstone does not cascade where it is merged).
    fn sessions_by_id(&self) -> Result<HashMap<String, Record>> {
        let mut stmt = self.conn.prepare("SELECT id, tier FROM session")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Option<String>>(1)?)))?;
        let mut out = HashMap::new();
        for row in rows {
            let (id, tier) = row?;
            if let Some(id) = crate::ids::RecordId::from_slice(&id) {
                let mut only_tier = Record::new();
                only_tier.insert("tier".into(), tier.map_or(Json::Null, Json::String));
                out.insert(id.to_string(), only_tier);
            }
        }
        Ok(out)
    }

    /// The names of everyone whose name is restricted (at risk, or in a restricted record),
    /// deleted participants included: what the summary scrubs and the egress gate stops in every
    /// text, whichever session it was typed in.
    pub fn restricted_names(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.name, p.tier, ps.tier, p.at_risk, p.consent_named, p.aliases FROM participant p
             LEFT JOIN session ps ON ps.id = p.session_id
             WHERE (p.name <> '' OR p.aliases <> '[]')
               AND (p.at_risk = 1 OR p.tier = 'restricted' OR ps.tier = 'restricted')",
        )?;
        let tier = |v: Option<String>| v.as_deref().and_then(Tier::parse);
        let rows = stmt.query_map([], |r| {
            let facts =
                Facts { item: tier(r.get(1)?), parent: tier(r.get(2)?), at_risk: r.get(3)?, consent_named: r.get(4)? };
            Ok((r.get::<_, String>(0)?, facts, r.get::<_, String>(5)?))
        })?;
        let mut out = vec![];
        for row in rows {
            let (name, facts, aliases) = row?;
            if field_tier(Entity::Participant, "name", &facts) == Tier::Restricted {
                out.extend(Some(name).filter(|n| !n.is_empty()));
                out.extend(serde_json::from_str::<Vec<String>>(&aliases).unwrap_or_default());
            }
        }
        Ok(out)
    }

    /// The tiers the session editor marks (`tier::doc_tiers`), free text checked against the
    /// session's names and the store's restricted ones.
    pub fn session_tiers(&self, id: crate::RecordId) -> Result<std::collections::BTreeMap<String, Tier>> {
        Ok(self.session_marks(id)?.tiers)
    }

    /// The names found in each free-text field of a session, as typed, with their tiers
    /// (`tier::doc_mentions_with`): what the editor shows will be withheld.
    pub fn session_mentions(
        &self,
        id: crate::RecordId,
    ) -> Result<std::collections::BTreeMap<String, Vec<(String, Tier)>>> {
        Ok(self.session_marks(id)?.mentions)
    }

    /// [`Store::session_tiers`] and [`Store::session_mentions`] from one read of the session and
    /// one matcher of the store's restricted names: what the editor redraws after each save.
    pub fn session_marks(&self, id: crate::RecordId) -> Result<SessionMarks> {
        let doc = self.session_doc(id)?;
        let mentions = Mentions::of_doc(&doc).and_everywhere(&Mentions::everywhere_from(&self.restricted_names()?));
        Ok(SessionMarks {
            tiers: crate::tier::doc_tiers_with(&doc, &mentions),
            mentions: crate::tier::doc_mentions_with(&doc, &mentions),
        })
    }

    /// The names an output cut to `tier` may show: participants whose name is at or below it,
    /// and facilitators. The egress gate lets them pass whole.
    pub fn open_names(&self, tier: Tier) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.name, p.tier, ps.tier, p.at_risk, p.consent_named FROM participant p
             LEFT JOIN session ps ON ps.id = p.session_id WHERE p.name <> ''",
        )?;
        let level = |v: Option<String>| v.as_deref().and_then(Tier::parse);
        let rows = stmt.query_map([], |r| {
            let facts = Facts {
                item: level(r.get(1)?),
                parent: level(r.get(2)?),
                at_risk: r.get(3)?,
                consent_named: r.get(4)?,
            };
            Ok((r.get::<_, String>(0)?, facts))
        })?;
        let mut out = vec![];
        for row in rows {
            let (name, facts) = row?;
            if field_tier(Entity::Participant, "name", &facts) <= tier {
                out.push(name);
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT j.value FROM session s, json_each(s.facilitators) j
             WHERE json_valid(s.facilitators) AND j.type = 'text'",
        )?;
        for name in stmt.query_map([], |r| r.get::<_, String>(0))? {
            out.push(name?);
        }
        Ok(out)
    }

    /// For each session id, the names of its participants that are not share-back, deleted ones
    /// included (deleting someone must not release the notes that name them); and everyone's,
    /// for what is recorded outside sessions (movements, actors, check-ins…). One query over the
    /// participants (an export of a large store reads it once, not record by record).
    pub fn mentions(&self) -> Result<Names> {
        let mut stmt = self.conn.prepare(
            "SELECT p.session_id, p.name, p.tier, ps.tier, p.at_risk, p.consent_named, p.aliases FROM participant p
             LEFT JOIN session ps ON ps.id = p.session_id
             WHERE p.session_id IS NOT NULL ORDER BY p.session_id",
        )?;
        let mut rows = stmt.query([])?;
        let mut by_session = HashMap::new();
        let mut all = vec![];
        let mut current: Option<SessionPeople> = None;
        let tier = |v: Option<String>| v.as_deref().and_then(Tier::parse);
        while let Some(r) = rows.next()? {
            let session: Vec<u8> = r.get(0)?;
            let facts =
                Facts { item: tier(r.get(2)?), parent: tier(r.get(3)?), at_risk: r.get(4)?, consent_named: r.get(5)? };
            let aliases: Vec<String> = serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default();
            let person = (r.get::<_, String>(1)?, aliases, facts);
            all.push(person.clone());
            match &mut current {
                Some((id, people)) if *id == session => people.push(person),
                _ => {
                    by_session.extend(current.take().and_then(mentions_of));
                    current = Some((session, vec![person]));
                }
            }
        }
        by_session.extend(current.and_then(mentions_of));
        let restricted = Mentions::restricted(all.iter().map(|(n, a, f)| (n.as_str(), a.as_slice(), *f)));
        for m in by_session.values_mut() {
            *m = std::mem::take(m).and_everywhere(&restricted);
        }
        let everyone = Mentions::with_aliases(all.iter().map(|(n, a, f)| (n.as_str(), a.as_slice(), *f)));
        let at_risk = Mentions::default().and_everywhere(&restricted);
        Ok(Names { by_session, everyone, at_risk })
    }
}

/// An attachment's facts with the tier of the item it is about (`media::item_tiers`).
pub(crate) fn raised(mut facts: Facts, attachment: &Record, items: &HashMap<crate::RecordId, Tier>) -> Facts {
    let id = attachment.get("id").and_then(Json::as_str).and_then(|s| s.parse::<crate::RecordId>().ok());
    if let Some(t) = id.and_then(|id| items.get(&id)) {
        facts.parent = Some(facts.parent.unwrap_or(Tier::ShareBack).max(*t));
    }
    facts
}

/// The names free text may mention, to give it their tier: per session for what is recorded in
/// one, everyone's for the rest.
#[derive(Debug, Default)]
pub struct Names {
    /// By session id (hyphenated).
    pub by_session: HashMap<String, Mentions>,
    /// Every participant of every session.
    pub everyone: Mentions,
    /// Only the restricted names of the whole store, for a session without people.
    pub at_risk: Mentions,
}

impl Names {
    /// The names that text in a record of `session` (none: outside any session) may mention.
    pub fn of(&self, session: Option<&str>) -> &Mentions {
        match session {
            Some(s) => self.by_session.get(s).unwrap_or(&self.at_risk),
            None => &self.everyone,
        }
    }
}

/// A session's id (bytes) and its people's names, other spellings and facts.
type SessionPeople = (Vec<u8>, Vec<(String, Vec<String>, Facts)>);

/// A session's key (its hyphenated id) and the names of its people.
fn mentions_of((session, people): SessionPeople) -> Option<(String, Mentions)> {
    let id = crate::ids::RecordId::from_slice(&session)?;
    Some((id.to_string(), Mentions::with_aliases(people.iter().map(|(n, a, f)| (n.as_str(), a.as_slice(), *f)))))
}

impl TableReport {
    pub(crate) fn empty(tier: Tier) -> TableReport {
        TableReport { path: String::new(), tier, rows: vec![], withheld_rows: 0, withheld_cells: 0 }
    }
}

fn csv_bytes(t: &Table) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(vec![]);
    let fail = |e: csv::Error| Error::Io(std::io::Error::other(e.to_string()));
    w.write_record(&t.columns).map_err(fail)?;
    for row in &t.rows {
        let cells = row.iter().map(|c| match c {
            Cell::Text(s) => neutralised(s),
            Cell::Number(n) => n.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Empty => String::new(),
        });
        w.write_record(cells).map_err(fail)?;
    }
    w.into_inner().map_err(|e| Error::Io(std::io::Error::other(e.to_string())))
}

/// A text cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is a formula (or becomes one) in Excel, LibreOffice and Google Sheets, so it
/// gets a leading `'`, as OWASP's "CSV injection" advice says. A session title like
/// `=HYPERLINK("http://…"&A1,"open")` would otherwise send the office's data to whoever typed it.
/// XLSX cells are written as typed strings and need nothing.
fn neutralised(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_owned(),
    }
}

fn xlsx_bytes(tables: &[Table]) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| Error::Io(std::io::Error::other(e.to_string()));
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for t in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(t.name).map_err(fail)?;
        for (c, name) in t.columns.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *name, &bold).map_err(fail)?;
        }
        for (r, row) in t.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, value) in row.iter().enumerate() {
                let c = c as u16;
                match value {
                    Cell::Text(s) => sheet.write_string(r, c, s).map(|_| ()),
                    Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                    Cell::Bool(b) => sheet.write_boolean(r, c, *b).map(|_| ()),
                    Cell::Empty => Ok(()),
                }
                .map_err(fail)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(fail)?;
    }
    book.save_to_buffer().map_err(fail)
}
