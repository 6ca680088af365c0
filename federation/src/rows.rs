//! The office's rows on their way to PostgreSQL: each published record as typed values and a
//! hash of its content, compared with the hash the database holds from the last publish, and
//! the changed ones sent with `COPY … BINARY` in chunks (memory stays flat at any size).

use crate::connect::refused;
use chrono::{DateTime, NaiveDate, NaiveDateTime};
use fieldbook_core::hlc::Hlc;
use fieldbook_core::progress::{Phase, Progress};
use fieldbook_core::publication::Published;
use fieldbook_core::schema::{Entity, FieldType};
use fieldbook_core::Result;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};
use postgres::Transaction;
use serde_json::Value as Json;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
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
        let text = v.and_then(Json::as_str);
        let list = || v.and_then(Json::as_array).map(|a| a.iter().filter_map(Json::as_str).collect::<Vec<_>>());
        match ty {
            FieldType::Text | FieldType::TimeZone | FieldType::Enum(_) => Val::Text(text.map(str::to_string)),
            FieldType::Int => Val::Int(v.and_then(Json::as_i64)),
            FieldType::Bool => Val::Bool(v.and_then(Json::as_bool)),
            FieldType::Date => Val::Date(text.and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())),
            FieldType::LocalDateTime => {
                Val::Time(text.and_then(|t| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").ok()))
            }
            FieldType::Ref(_) => Val::Id(text.and_then(|t| t.parse().ok())),
            FieldType::Refs(_) => Val::Ids(list().map(|l| l.iter().filter_map(|t| t.parse().ok()).collect())),
            FieldType::TextList | FieldType::Codes(_) => {
                Val::Texts(list().map(|l| l.into_iter().map(str::to_string).collect()))
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
        FieldType::Ref(_) => Type::UUID,
        FieldType::Refs(_) => Type::UUID_ARRAY,
        FieldType::TextList | FieldType::Codes(_) => Type::TEXT_ARRAY,
    }
}

/// One record ready to send.
struct Row {
    id: Uuid,
    stamp: i64,
    changed_at: DateTime<chrono::Utc>,
    hash: Vec<u8>,
    values: Vec<Val>,
}

/// The rows of one publish, kind by kind (the cut's order).
pub struct Batch<'t, 'c> {
    tx: &'t mut Transaction<'c>,
    office: Uuid,
    /// For each kind, the hash of each row the database holds for this office.
    remote: HashMap<Entity, HashMap<Uuid, Vec<u8>>>,
    /// The ids published this time, per kind.
    seen: HashMap<Entity, HashSet<Uuid>>,
    /// Kinds whose changed rows go through a staging table (the office had rows of that kind).
    staged: HashSet<Entity>,
    pending: Vec<Row>,
    current: Option<Entity>,
    written: u64,
}

impl<'t, 'c> Batch<'t, 'c> {
    /// Reads the hashes of the office's rows from the database.
    pub fn new(tx: &'t mut Transaction<'c>, office: Uuid) -> Result<Self> {
        let mut remote = HashMap::new();
        for entity in Entity::ALL {
            let sql = format!("SELECT id, row_hash FROM \"{}\" WHERE office_id = $1", entity.name());
            let rows = tx.query(&sql, &[&office]).map_err(refused)?;
            remote.insert(entity, rows.iter().map(|r| (r.get(0), r.get(1))).collect());
        }
        Ok(Batch {
            tx,
            office,
            remote,
            seen: HashMap::new(),
            staged: HashSet::new(),
            pending: Vec::with_capacity(CHUNK),
            current: None,
            written: 0,
        })
    }

    /// Takes one published record: sent (later, in a chunk) when the database does not hold
    /// it with the same content.
    pub fn row(&mut self, p: Published<'_>) -> Result<()> {
        let entity = p.cut.entity;
        if self.current != Some(entity) {
            self.flush()?;
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
        hash.update(format!("{values:?}").as_bytes());
        let hash = hash.finalize()[..16].to_vec();
        if self.remote.get(&entity).and_then(|r| r.get(&id)) == Some(&hash) {
            return Ok(());
        }
        let millis = i64::try_from(p.stamp.millis()).unwrap_or_default();
        let changed_at = DateTime::from_timestamp_millis(millis).unwrap_or_default();
        self.pending.push(Row { id, stamp, changed_at, hash, values });
        if self.pending.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Sends the pending rows of the current kind with one `COPY`.
    fn flush(&mut self) -> Result<()> {
        let Some(entity) = self.current else { return Ok(()) };
        if self.pending.is_empty() {
            return Ok(());
        }
        let name = entity.name();
        let staged = !self.remote.get(&entity).is_none_or(HashMap::is_empty);
        let table = if staged {
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
        let sink = self.tx.copy_in(&sql).map_err(refused)?;
        let mut writer = BinaryCopyInWriter::new(sink, &types);
        let office = self.office;
        for row in self.pending.drain(..) {
            let mut values: Vec<&(dyn ToSql + Sync)> = vec![&office, &row.id, &row.stamp, &row.changed_at, &row.hash];
            values.extend(row.values.iter().map(Val::sql));
            writer.write(&values).map_err(refused)?;
        }
        self.written += writer.finish().map_err(refused)?;
        Ok(())
    }

    /// Sends what is left, moves staged rows into place and removes the office's rows that
    /// were not published this time. Returns (rows written, rows removed).
    pub fn finish(mut self, progress: &Progress<'_>) -> Result<(u64, u64)> {
        self.flush()?;
        let mut removed = 0;
        let total = Entity::ALL.len() as u64;
        for (i, entity) in Entity::ALL.into_iter().enumerate() {
            progress.step(Phase::Publishing, i as u64, total)?;
            let name = entity.name();
            if self.staged.contains(&entity) {
                self.tx
                    .batch_execute(&format!(
                        "DELETE FROM \"{name}\" t USING \"stage_{name}\" s WHERE t.office_id = s.office_id AND t.id = s.id;
                         INSERT INTO \"{name}\" SELECT * FROM \"stage_{name}\";"
                    ))
                    .map_err(refused)?;
            }
            let seen = self.seen.get(&entity);
            let gone: Vec<Uuid> = self
                .remote
                .get(&entity)
                .map(|r| r.keys().filter(|id| !seen.is_some_and(|s| s.contains(id))).copied().collect())
                .unwrap_or_default();
            if !gone.is_empty() {
                let sql = format!("DELETE FROM \"{name}\" WHERE office_id = $1 AND id = ANY($2)");
                removed += self.tx.execute(&sql, &[&self.office, &gone]).map_err(refused)?;
            }
        }
        Ok((self.written, removed))
    }
}
