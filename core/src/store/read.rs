//! Reads of live records (tombstoned ones are invisible), as JSON objects shaped by the schema,
//! and the sessions list with its filters.

use super::Store;
use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::schema::Record;
use crate::value::from_sql;
use rusqlite::types::Value as Sql;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

/// Filters of the sessions list. Empty fields do not filter.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionFilter {
    /// Only sessions with this movement.
    pub movement_id: Option<RecordId>,
    /// Only sessions with this status.
    pub status: Option<String>,
    /// Text to find in title, place, facilitators or notes (case-insensitive).
    pub query: Option<String>,
    /// Rows to skip, for the next page of a long list.
    pub offset: u32,
    /// At most this many rows (all without it).
    pub limit: Option<u32>,
}

/// One page of the sessions list and how many sessions match in all.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SessionPage {
    /// Sessions matching the filter, over all pages.
    pub total: u64,
    /// This page's rows, newest first.
    pub rows: Vec<SessionRow>,
}

/// One line of the sessions list.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SessionRow {
    /// Session id.
    pub id: RecordId,
    /// Title.
    pub title: String,
    /// Local start `YYYY-MM-DDTHH:MM`.
    pub starts_at: Option<String>,
    /// IANA zone of `starts_at`.
    pub time_zone: String,
    /// Place.
    pub place: String,
    /// draft | reviewed | shared_back.
    pub status: String,
    /// Names of the session's movements.
    pub movements: Vec<String>,
    /// Number of participants.
    pub participants: i64,
}

fn select_sql(entity: Entity, filter: &str) -> String {
    let order = if entity.is_ordered() { "position, id" } else { "id" };
    select_sql_by(entity, filter, order)
}

fn select_sql_by(entity: Entity, filter: &str, order: &str) -> String {
    let cols: Vec<&str> = entity.fields().iter().map(|f| f.name).collect();
    format!("SELECT id, {} FROM {} WHERE deleted = 0 {filter} ORDER BY {order}", cols.join(", "), entity.name())
}

fn to_record(entity: Entity, row: &rusqlite::Row<'_>) -> rusqlite::Result<Record> {
    let mut rec = Map::new();
    let id: Vec<u8> = row.get(0)?;
    let id = RecordId::from_slice(&id).map_or(Json::Null, |i| Json::String(i.to_string()));
    rec.insert("id".into(), id);
    for (i, field) in entity.fields().iter().enumerate() {
        let v: Sql = row.get(i + 1)?;
        rec.insert(field.name.into(), from_sql(field.ty, v));
    }
    Ok(rec)
}

impl Store {
    /// One live record.
    pub fn get(&self, entity: Entity, id: RecordId) -> Result<Record> {
        let sql = select_sql(entity, "AND id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query_map([id.as_bytes().as_slice()], |r| to_record(entity, r))?;
        match rows.next() {
            Some(r) => Ok(r?),
            None => Err(Error::NotFound { entity: entity.name().into(), id: id.to_string() }),
        }
    }

    /// All live records of a kind, in their display order.
    pub fn list(&self, entity: Entity) -> Result<Vec<Record>> {
        let mut stmt = self.conn.prepare_cached(&select_sql(entity, ""))?;
        let rows = stmt.query_map([], |r| to_record(entity, r))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// All live records of a kind by id (the primary key's order: no sort), for outputs that
    /// must not depend on display order.
    pub fn list_by_id(&self, entity: Entity) -> Result<Vec<Record>> {
        let mut stmt = self.conn.prepare_cached(&select_sql_by(entity, "", "id"))?;
        let rows = stmt.query_map([], |r| to_record(entity, r))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Live records of a kind whose `parent_field` points at `parent`, in display order.
    pub fn children(&self, entity: Entity, parent_field: &str, parent: RecordId) -> Result<Vec<Record>> {
        if entity.field(parent_field).is_none() {
            return Err(Error::UnknownField { entity: entity.name().into(), field: parent_field.into() });
        }
        let sql = select_sql(entity, &format!("AND {parent_field} = ?1"));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([parent.as_bytes().as_slice()], |r| to_record(entity, r))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The sessions list, newest first.
    pub fn list_sessions(&self, filter: &SessionFilter) -> Result<Vec<SessionRow>> {
        let (movement, status, like) = filter.params();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT s.id, s.title, s.starts_at, s.time_zone, s.place, s.status,
                    (SELECT json_group_array(m.name) FROM json_each(s.movement_ids) j
                       JOIN movement m ON m.id = unhex(replace(j.value, '-', '')) AND m.deleted = 0),
                    (SELECT count(*) FROM participant p WHERE p.session_id = s.id AND p.deleted = 0)
             FROM session s
             {SESSION_WHERE}
             ORDER BY s.starts_at IS NULL, s.starts_at DESC, s.id DESC
             LIMIT ?4 OFFSET ?5"
        ))?;
        let limit = filter.limit.map_or(-1, i64::from);
        let rows = stmt.query_map(rusqlite::params![movement, status, like, limit, filter.offset], |r| {
            let id: Vec<u8> = r.get(0)?;
            let movements: String = r.get(6)?;
            Ok(SessionRow {
                id: RecordId::from_slice(&id).unwrap_or_default(),
                title: r.get(1)?,
                starts_at: r.get(2)?,
                time_zone: r.get(3)?,
                place: r.get(4)?,
                status: r.get(5)?,
                movements: serde_json::from_str(&movements).unwrap_or_default(),
                participants: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A page of [`Store::list_sessions`] (`filter.offset`, `filter.limit`) with the number of
    /// sessions that match: the app shows a long list a page at a time.
    pub fn session_page(&self, filter: &SessionFilter) -> Result<SessionPage> {
        let (movement, status, like) = filter.params();
        let total: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM session s {SESSION_WHERE}"))?
            .query_row(rusqlite::params![movement, status, like], |r| r.get(0))?;
        Ok(SessionPage { total: total as u64, rows: self.list_sessions(filter)? })
    }
}

/// Which sessions a [`SessionFilter`] keeps, with its parameters as [`SessionFilter::params`]
/// binds them.
pub(crate) const SESSION_WHERE: &str = "WHERE s.deleted = 0
    AND (?1 IS NULL OR EXISTS (SELECT 1 FROM json_each(s.movement_ids) j WHERE j.value = ?1))
    AND (?2 IS NULL OR s.status = ?2)
    AND (?3 IS NULL OR s.title LIKE ?3 ESCAPE '\\' OR s.place LIKE ?3 ESCAPE '\\'
         OR s.facilitators LIKE ?3 ESCAPE '\\' OR s.notes LIKE ?3 ESCAPE '\\')";

impl SessionFilter {
    /// The movement, status and `LIKE` pattern the queries above bind as `?1`–`?3`.
    fn params(&self) -> (Option<String>, Option<&str>, Option<String>) {
        let query = self.query.as_deref().map(str::trim).filter(|q| !q.is_empty());
        let like = query.map(|q| format!("%{}%", q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")));
        (self.movement_id.map(|m| m.to_string()), self.status.as_deref().filter(|s| !s.is_empty()), like)
    }
}
