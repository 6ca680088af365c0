//! The office's rows on their way to PostgreSQL: each published record as typed values and a
//! hash of its content, compared with the hash the database holds from the last publish, and
//! the changed ones sent with `COPY … BINARY` in chunks (memory stays flat at any size). The
//! store is read on one thread ([`Rows`]) while another sends ([`Copier`]): on two cores the
//! publish then takes about as long as the longer of the two, not their sum.

use crate::connect::refused;
use crate::error::Result;
use bytes::{BufMut, BytesMut};
use chrono::{DateTime, NaiveDate, NaiveDateTime};
use fieldbook_core::hlc::Hlc;
use fieldbook_core::progress::{Phase, Progress};
use fieldbook_core::publication::Published;
use fieldbook_core::schema::{Entity, FieldType};
use postgres::types::{IsNull, ToSql, Type};
use postgres::Transaction;
use serde_json::Value as Json;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use uuid::Uuid;

/// Rows sent per `COPY`: enough to amortise a statement, few enough to keep memory small.
const CHUNK: usize = 5_000;

/// A stamp as PostgreSQL's `bigint` (its 48-bit milliseconds keep it far from the sign bit).
pub fn stamp(hlc: Hlc) -> i64 {
    i64::try_from(hlc.0).unwrap_or(i64::MAX)
}

/// One value, typed for its column; `None` is NULL (empty, or withheld at this tier).
#[derive(Debug)]
enum Val {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(Option<bool>),
    Date(Option<NaiveDate>),
    Time(Option<NaiveDateTime>),
    Id(Option<Uuid>),
    Ids(Option<Vec<Uuid>>),
    Texts(Option<Vec<String>>),
}

impl Val {
    /// A stored value as its column's type. Values are checked when written to the store, so a
    /// value that does not parse here is NULL rather than a failed publish.
    fn of(ty: FieldType, v: Option<&Json>) -> Val {
        let v = v.filter(|v| !v.is_null());
        // PostgreSQL's text cannot hold U+0000: one typed by accident would stop every publish.
        let clean = |t: &str| if t.contains('\0') { t.replace('\0', "\u{fffd}") } else { t.to_string() };
        let text = v.and_then(Json::as_str);
        let list = || v.and_then(Json::as_array).map(|a| a.iter().filter_map(Json::as_str).collect::<Vec<_>>());
        match ty {
            FieldType::Text | FieldType::TimeZone | FieldType::Enum(_) => Val::Text(text.map(clean)),
            FieldType::Int => Val::Int(v.and_then(Json::as_i64)),
            FieldType::Bool => Val::Bool(v.and_then(Json::as_bool)),
            FieldType::Date => Val::Date(text.and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())),
            FieldType::LocalDateTime => {
                Val::Time(text.and_then(|t| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").ok()))
            }
            FieldType::Ref(_) | FieldType::AnyRef => Val::Id(text.and_then(|t| t.parse().ok())),
            FieldType::Refs(_) => Val::Ids(list().map(|l| l.iter().filter_map(|t| t.parse().ok()).collect())),
            FieldType::TextList | FieldType::Codes(_) => Val::Texts(list().map(|l| l.into_iter().map(clean).collect())),
        }
    }

    /// Feeds the value to the row's hash, each kind tagged and each length given, so that no
    /// two different rows feed the same bytes.
    fn feed(&self, h: &mut Sha256) {
        fn text(h: &mut Sha256, t: &str) {
            h.update((t.len() as u64).to_be_bytes());
            h.update(t.as_bytes());
        }
        let tag = |h: &mut Sha256, kind: u8, present: bool| h.update([kind, u8::from(present)]);
        match self {
            Val::Text(v) => {
                tag(h, 1, v.is_some());
                v.iter().for_each(|t| text(h, t));
            }
            Val::Int(v) => {
                tag(h, 2, v.is_some());
                v.iter().for_each(|n| h.update(n.to_be_bytes()));
            }
            Val::Bool(v) => {
                tag(h, 3, v.is_some());
                v.iter().for_each(|b| h.update([u8::from(*b)]));
            }
            Val::Date(v) => {
                tag(h, 4, v.is_some());
                v.iter().for_each(|d| text(h, &d.to_string()));
            }
            Val::Time(v) => {
                tag(h, 5, v.is_some());
                v.iter().for_each(|d| text(h, &d.to_string()));
            }
            Val::Id(v) => {
                tag(h, 6, v.is_some());
                v.iter().for_each(|u| h.update(u.as_bytes()));
            }
            Val::Ids(v) => {
                tag(h, 7, v.is_some());
                if let Some(list) = v {
                    h.update((list.len() as u64).to_be_bytes());
                    list.iter().for_each(|u| h.update(u.as_bytes()));
                }
            }
            Val::Texts(v) => {
                tag(h, 8, v.is_some());
                if let Some(list) = v {
                    h.update((list.len() as u64).to_be_bytes());
                    list.iter().for_each(|t| text(h, t));
                }
            }
        }
    }

    fn sql(&self) -> &(dyn ToSql + Sync) {
        match self {
            Val::Text(v) => v,
            Val::Int(v) => v,
            Val::Bool(v) => v,
            Val::Date(v) => v,
            Val::Time(v) => v,
            Val::Id(v) => v,
            Val::Ids(v) => v,
            Val::Texts(v) => v,
        }
    }
}

fn pg_type(ty: FieldType) -> Type {
    match ty {
        FieldType::Text | FieldType::TimeZone | FieldType::Enum(_) => Type::TEXT,
        FieldType::Date => Type::DATE,
        FieldType::LocalDateTime => Type::TIMESTAMP,
        FieldType::Int => Type::INT8,
        FieldType::Bool => Type::BOOL,
        FieldType::Ref(_) | FieldType::AnyRef => Type::UUID,
        FieldType::Refs(_) => Type::UUID_ARRAY,
        FieldType::TextList | FieldType::Codes(_) => Type::TEXT_ARRAY,
    }
}

/// One record ready to send.
pub struct Row {
    id: Uuid,
    stamp: i64,
    changed_at: DateTime<chrono::Utc>,
    hash: Vec<u8>,
    values: Vec<Val>,
}

/// A chunk of changed rows of one kind, from [`Rows`] to [`Copier`].
pub type Chunk = (Entity, Vec<Row>);

/// For each kind, the hash of each row the database holds for this office.
pub type Hashes = HashMap<Entity, HashMap<Uuid, Vec<u8>>>;

/// Reads the hashes of the office's rows from the database.
pub fn remote_hashes(tx: &mut Transaction<'_>, office: Uuid) -> Result<Hashes> {
    let mut remote = HashMap::new();
    for entity in Entity::ALL {
        let sql = format!("SELECT id, row_hash FROM \"{}\" WHERE office_id = $1", entity.name());
        let rows = tx.query(&sql, &[&office]).map_err(refused)?;
        remote.insert(entity, rows.iter().map(|r| (r.get(0), r.get(1))).collect());
    }
    Ok(remote)
}

/// The reading side: each published record becomes a row, kept when its hash differs from the
/// database's, and sent to the [`Copier`] in chunks.
pub struct Rows<'h, 'p> {
    remote: &'h Hashes,
    progress: &'h Progress<'p>,
    /// The ids published this time, per kind.
    pub seen: HashMap<Entity, HashSet<Uuid>>,
    pending: Vec<Row>,
    current: Option<Entity>,
    out: SyncSender<Chunk>,
}

impl<'h, 'p> Rows<'h, 'p> {
    /// Rows compared with `remote`, sent to `out`; a Stop in `progress` ends the wait for the
    /// copier (which may wait on the network).
    pub fn new(remote: &'h Hashes, out: SyncSender<Chunk>, progress: &'h Progress<'p>) -> Self {
        Rows { remote, progress, seen: HashMap::new(), pending: Vec::with_capacity(CHUNK), current: None, out }
    }

    /// Takes one published record: sent (in a chunk) when the database does not hold it with
    /// the same content.
    pub fn row(&mut self, p: Published<'_>) -> fieldbook_core::Result<()> {
        let entity = p.cut.entity;
        if self.current != Some(entity) {
            self.send()?;
            self.current = Some(entity);
        }
        let id = p.id.0;
        self.seen.entry(entity).or_default().insert(id);
        let values: Vec<Val> = entity
            .fields()
            .iter()
            .zip(p.cut.shown)
            .map(|(f, shown)| Val::of(f.ty, p.cut.record.get(f.name).filter(|_| *shown)))
            .collect();
        let stamp = stamp(p.stamp);
        let mut hash = Sha256::new();
        hash.update(stamp.to_be_bytes());
        values.iter().for_each(|v| v.feed(&mut hash));
        let hash = hash.finalize()[..16].to_vec();
        if self.remote.get(&entity).and_then(|r| r.get(&id)) == Some(&hash) {
            return Ok(());
        }
        let millis = i64::try_from(p.stamp.millis()).unwrap_or_default();
        let changed_at = DateTime::from_timestamp_millis(millis).unwrap_or_default();
        self.pending.push(Row { id, stamp, changed_at, hash, values });
        if self.pending.len() >= CHUNK {
            self.send()?;
        }
        Ok(())
    }

    fn send(&mut self) -> fieldbook_core::Result<()> {
        let Some(entity) = self.current else { return Ok(()) };
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut chunk = (entity, std::mem::replace(&mut self.pending, Vec::with_capacity(CHUNK)));
        loop {
            match self.out.try_send(chunk) {
                Ok(()) => return Ok(()),
                Err(TrySendError::Full(back)) if !self.progress.cancelled() => {
                    chunk = back;
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                // Stopped, or the copier stopped on an error of its own (which the publish reports).
                Err(_) => return Err(fieldbook_core::Error::Cancelled),
            }
        }
    }

    /// Sends the last chunk; returns the ids published, per kind.
    pub fn finish(mut self) -> fieldbook_core::Result<HashMap<Entity, HashSet<Uuid>>> {
        self.send()?;
        Ok(self.seen)
    }
}

/// The sending side: each chunk with one `COPY … BINARY`, straight into the table for a kind the
/// office has no rows of yet, else into a staging table that [`finish`] moves into place.
pub struct Copier<'t, 'c> {
    tx: &'t mut Transaction<'c>,
    office: Uuid,
    /// Kinds the office has rows of: their changed rows replace the old ones at the end.
    replacing: HashSet<Entity>,
    /// Staging tables made so far.
    pub staged: HashSet<Entity>,
    /// Rows written.
    pub written: u64,
}

impl<'t, 'c> Copier<'t, 'c> {
    /// A copier for `office`, whose rows in the database have the hashes `remote`.
    pub fn new(tx: &'t mut Transaction<'c>, office: Uuid, remote: &Hashes) -> Self {
        let replacing = remote.iter().filter(|(_, r)| !r.is_empty()).map(|(e, _)| *e).collect();
        Copier { tx, office, replacing, staged: HashSet::new(), written: 0 }
    }

    /// Copies every chunk until the reading side is done.
    pub fn run(mut self, chunks: Receiver<Chunk>) -> Result<(u64, HashSet<Entity>)> {
        for (entity, rows) in chunks {
            self.copy(entity, rows)?;
        }
        Ok((self.written, self.staged))
    }

    fn copy(&mut self, entity: Entity, rows: Vec<Row>) -> Result<()> {
        let name = entity.name();
        let table = if self.replacing.contains(&entity) {
            if self.staged.insert(entity) {
                let sql = format!("CREATE TEMP TABLE \"stage_{name}\" (LIKE \"{name}\") ON COMMIT DROP");
                self.tx.batch_execute(&sql).map_err(refused)?;
            }
            format!("\"stage_{name}\"")
        } else {
            format!("\"{name}\"")
        };
        let mut types = vec![Type::UUID, Type::UUID, Type::INT8, Type::TIMESTAMPTZ, Type::BYTEA];
        types.extend(entity.fields().iter().map(|f| pg_type(f.ty)));
        let mut columns: Vec<String> = crate::schema::ROW_COLUMNS.iter().map(|c| format!("\"{c}\"")).collect();
        columns.extend(entity.fields().iter().map(|f| format!("\"{}\"", f.name)));
        let sql = format!("COPY {table} ({}) FROM STDIN (FORMAT binary)", columns.join(", "));
        let data = binary_copy(self.office, &rows, &types)?;
        let mut writer = self.tx.copy_in(&sql).map_err(refused)?;
        writer.write_all(&data).map_err(|e| crate::Error::Refused { source: e.into() })?;
        self.written += writer.finish().map_err(refused)?;
        Ok(())
    }
}

/// The rows in PostgreSQL's binary `COPY` format, encoded in one buffer: each value by the
/// client library's own `ToSql` for its column type, framed as the format's documentation says
/// (a signature, then per row the field count and each field's length and bytes, then -1). The
/// client's row-by-row writer costs a round through its runtime per row, more than the server's
/// work on the same rows.
fn binary_copy(office: Uuid, rows: &[Row], types: &[Type]) -> Result<BytesMut> {
    let mut out = BytesMut::with_capacity(rows.len() * 256 + 32);
    out.put_slice(b"PGCOPY\n\xff\r\n\0");
    out.put_i32(0);
    out.put_i32(0);
    let field_count = i16::try_from(types.len()).map_err(|_| too_wide())?;
    for row in rows {
        out.put_i16(field_count);
        let mut values: Vec<&(dyn ToSql + Sync)> = vec![&office, &row.id, &row.stamp, &row.changed_at, &row.hash];
        values.extend(row.values.iter().map(Val::sql));
        for (value, ty) in values.iter().zip(types) {
            let at = out.len();
            out.put_i32(0);
            let written = value.to_sql_checked(ty, &mut out).map_err(|e| crate::Error::Refused { source: e })?;
            let len = match written {
                IsNull::Yes => -1,
                IsNull::No => i32::try_from(out.len() - at - 4).map_err(|_| too_wide())?,
            };
            out[at..at + 4].copy_from_slice(&len.to_be_bytes());
        }
    }
    out.put_i16(-1);
    Ok(out)
}

fn too_wide() -> crate::Error {
    crate::Error::Settings("a value too large for PostgreSQL's copy format".into())
}

/// Moves staged rows into place and removes the office's rows that were not published this
/// time (deleted here, or above the tier now). Returns the rows removed.
pub fn finish(
    tx: &mut Transaction<'_>,
    office: Uuid,
    staged: &HashSet<Entity>,
    seen: &HashMap<Entity, HashSet<Uuid>>,
    remote: &Hashes,
    progress: &Progress<'_>,
) -> Result<u64> {
    let mut removed = 0;
    let total = Entity::ALL.len() as u64;
    for (i, entity) in Entity::ALL.into_iter().enumerate() {
        progress.step(Phase::Publishing, i as u64, total)?;
        let name = entity.name();
        if staged.contains(&entity) {
            tx.batch_execute(&format!(
                "DELETE FROM \"{name}\" t USING \"stage_{name}\" s WHERE t.office_id = s.office_id AND t.id = s.id;
                 INSERT INTO \"{name}\" SELECT * FROM \"stage_{name}\";"
            ))
            .map_err(refused)?;
        }
        let seen = seen.get(&entity);
        let gone: Vec<Uuid> = remote
            .get(&entity)
            .map(|r| r.keys().filter(|id| !seen.is_some_and(|s| s.contains(id))).copied().collect())
            .unwrap_or_default();
        if !gone.is_empty() {
            let sql = format!("DELETE FROM \"{name}\" WHERE office_id = $1 AND id = ANY($2)");
            removed += tx.execute(&sql, &[&office, &gone]).map_err(refused)?;
        }
    }
    Ok(removed)
}
