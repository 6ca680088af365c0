//! What an install knows of a participant beyond their record: whether an id is a participant
//! at all, the other records that carry the same name, and every name and other spelling they
//! have had here (the history and the review queue keep them until the erasure).

use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::store::write::Writer;
use rusqlite::OptionalExtension;
use serde_json::Value as Json;
use std::collections::HashSet;

/// Whether `id` is a record of another kind than a participant here.
pub(crate) fn is_other_kind(w: &Writer<'_, '_>, id: RecordId) -> Result<bool> {
    for entity in Entity::ALL.into_iter().filter(|e| *e != Entity::Participant) {
        let sql = format!("SELECT 1 FROM {} WHERE id = ?1", entity.name());
        if w.tx.prepare_cached(&sql)?.query_row([id.as_bytes().as_slice()], |_| Ok(())).optional()?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The other participant records whose name, folded, is one of the names `pid` has had here.
pub(super) fn same_name(w: &Writer<'_, '_>, pid: RecordId) -> Result<Vec<RecordId>> {
    let current: Option<String> =
        w.tx.prepare_cached("SELECT name FROM participant WHERE id = ?1")?
            .query_row([pid.as_bytes().as_slice()], |r| r.get(0))
            .optional()?;
    let names: HashSet<String> = past_values(w, pid, &["name"])?
        .iter()
        .chain(current.iter())
        .map(|n| crate::names::fold_plain(n))
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return Ok(vec![]);
    }
    let mut stmt = w.tx.prepare_cached("SELECT id, name FROM participant WHERE id <> ?1 AND name <> ''")?;
    let rows =
        stmt.query_map([pid.as_bytes().as_slice()], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = vec![];
    for row in rows {
        let (id, name) = row?;
        if names.contains(&crate::names::fold_plain(&name)) {
            out.extend(RecordId::from_slice(&id));
        }
    }
    Ok(out)
}

/// Every other spelling a participant has had here (the list now, and in the history).
pub(super) fn past_aliases(w: &Writer<'_, '_>, pid: RecordId) -> Result<Vec<String>> {
    let now: Option<String> =
        w.tx.prepare_cached("SELECT aliases FROM participant WHERE id = ?1")?
            .query_row([pid.as_bytes().as_slice()], |r| r.get(0))
            .optional()?;
    let mut lists: Vec<String> = now.into_iter().collect();
    let mut stmt = w.tx.prepare_cached(
        "SELECT old_value, new_value FROM change_log WHERE entity = 'participant' AND id = ?1
         AND (field = 'aliases' OR field = '*')",
    )?;
    let rows = stmt.query_map([pid.as_bytes().as_slice()], |r| {
        Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    for row in rows {
        let (old, new) = row?;
        for v in [old, new].into_iter().flatten() {
            match serde_json::from_str::<Json>(&v) {
                // A record that arrived whole: {"aliases": [value, stamp], …}.
                Ok(Json::Object(all)) => lists.extend(all.get("aliases").and_then(|p| p.get(0)).map(Json::to_string)),
                Ok(Json::Array(a)) => lists.push(Json::Array(a).to_string()),
                Ok(Json::String(s)) => lists.push(s),
                _ => {}
            }
        }
    }
    let mut out = vec![];
    for l in lists {
        let list: Json = serde_json::from_str(&l).unwrap_or(Json::Null);
        let items = match list {
            Json::String(inner) => serde_json::from_str::<Json>(&inner).unwrap_or(Json::Null),
            other => other,
        };
        out.extend(items.as_array().into_iter().flatten().filter_map(Json::as_str).map(str::to_string));
    }
    Ok(out)
}

/// The values a participant's `fields` had here: in the history (entries and records that
/// arrived whole) and in conflict entries.
pub(super) fn past_values(w: &Writer<'_, '_>, pid: RecordId, fields: &[&str]) -> Result<Vec<String>> {
    let mut out = vec![];
    let text = |v: Option<String>, out: &mut Vec<String>| {
        if let Some(Json::String(s)) = v.and_then(|v| serde_json::from_str(&v).ok()) {
            out.push(s);
        }
    };
    let key = pid.as_bytes().as_slice();
    let mut stmt = w.tx.prepare_cached(
        "SELECT field, old_value, new_value FROM change_log WHERE entity = 'participant' AND id = ?1",
    )?;
    let rows = stmt.query_map([key], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))?;
    for row in rows {
        let (field, old, new): (String, Option<String>, Option<String>) = row?;
        if field == "*" {
            if let Some(Json::Object(all)) = new.and_then(|n| serde_json::from_str(&n).ok()) {
                for f in fields {
                    if let Some(Json::String(s)) = all.get(*f).and_then(|p| p.get(0)) {
                        out.push(s.clone());
                    }
                }
            }
        } else if fields.contains(&field.as_str()) {
            text(old, &mut out);
            text(new, &mut out);
        }
    }
    let mut stmt = w.tx.prepare_cached(
        "SELECT field, local_value, incoming_value FROM conflict WHERE entity = 'participant' AND record_id = ?1",
    )?;
    let rows = stmt.query_map([key], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))?;
    for row in rows {
        let (field, local, incoming): (String, Option<String>, Option<String>) = row?;
        if fields.contains(&field.as_str()) {
            text(local, &mut out);
            text(incoming, &mut out);
        }
    }
    Ok(out)
}
