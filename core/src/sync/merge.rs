//! Applying verified bundles: field-level last-writer-wins by stamp, in one transaction, with a
//! conflict entry whenever the two writes of a field were made without seeing each other.
//! Idempotent and order-independent: the same bundles in any order give the same records.

use super::bundle::{Change, Verified};
use super::identity::fingerprint;
use super::stamp::Stamp;
use crate::error::{Error, Result};
use crate::schema::{Field, FieldType};
use crate::store::write::{Writer, DELETED};
use crate::store::Store;
use crate::value::normalise;
use chrono::{SecondsFormat, Utc};
use rusqlite::params;
use serde::Serialize;

/// What one import did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ImportReport {
    /// Bundle id.
    pub bundle_id: String,
    /// File it came from.
    pub file_name: String,
    /// Sender's fingerprint.
    pub sender_fingerprint: String,
    /// Changes in the bundle.
    pub changes: u64,
    /// Changes that were newer and applied.
    pub applied: u64,
    /// Concurrent edits recorded for review.
    pub conflicts: u64,
}

/// What happened to one incoming change.
enum Outcome {
    Applied { conflict: bool },
    Kept { conflict: bool },
    Duplicate,
}

impl Store {
    /// Applies verified bundles, all of them or none, in one transaction.
    pub(crate) fn apply_bundles(&mut self, bundles: &[(String, Verified)]) -> Result<Vec<ImportReport>> {
        let tx = self.conn.transaction()?;
        let mut reports = Vec::with_capacity(bundles.len());
        {
            let mut w = Writer::new(&tx, self.device, &mut self.clock)?;
            for (file_name, bundle) in bundles {
                let bundle_id = bundle.manifest.bundle_id;
                let mut report = ImportReport {
                    bundle_id: bundle_id.to_string(),
                    file_name: file_name.clone(),
                    sender_fingerprint: fingerprint(&bundle.sender),
                    changes: bundle.changes.len() as u64,
                    ..ImportReport::default()
                };
                // Bundles list a record's fields together: a record not here yet is inserted whole.
                for record in bundle.changes.chunk_by(|a, b| a.entity == b.entity && a.id == b.id) {
                    if let Some(n) = insert_new_record(&mut w, record)? {
                        report.applied += n;
                    } else {
                        for change in record {
                            match merge_one(&mut w, change, bundle_id.as_bytes())? {
                                Outcome::Applied { conflict } => {
                                    report.applied += 1;
                                    report.conflicts += u64::from(conflict);
                                }
                                Outcome::Kept { conflict } => report.conflicts += u64::from(conflict),
                                Outcome::Duplicate => {}
                            }
                        }
                    }
                    for change in record {
                        w.clock.observe(change.stamp.hlc);
                    }
                }
                tx.execute(
                    "INSERT INTO import_log (bundle_id, sender_device, sender_fingerprint, imported_at, file_name,
                                             changes, applied, conflicts)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        bundle_id.as_bytes().as_slice(),
                        bundle.manifest.sender_device.as_bytes().as_slice(),
                        report.sender_fingerprint,
                        Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
                        file_name,
                        report.changes as i64,
                        report.applied as i64,
                        report.conflicts as i64
                    ],
                )?;
                reports.push(report);
            }
            w.finish()?;
        }
        tx.commit()?;
        Ok(reports)
    }
}

/// The field a change names and its checked value; anything else means a damaged bundle.
fn checked(ch: &Change) -> Result<(Field, serde_json::Value)> {
    let damaged = |why: String| Error::BundleDamaged(why);
    let field: Field = if ch.field == DELETED.name {
        DELETED
    } else {
        ch.entity.field(&ch.field).ok_or_else(|| damaged(format!("unknown field {}.{}", ch.entity, ch.field)))?
    };
    let value = if field.ty == FieldType::Bool && ch.field == DELETED.name {
        match ch.value {
            serde_json::Value::Bool(_) => ch.value.clone(),
            _ => return Err(damaged("a tombstone must be true or false".into())),
        }
    } else {
        normalise(ch.entity, &field, &ch.value).map_err(|e| damaged(e.to_string()))?
    };
    Ok((field, value))
}

/// Fast path: a record this store has never seen is inserted in one statement with all its
/// fields, stamped, and kept in the history as one entry. `None` when the record exists here (or a field repeats):
/// then every change goes through [`merge_one`].
fn insert_new_record(w: &mut Writer<'_, '_>, record: &[Change]) -> Result<Option<u64>> {
    let first = &record[0];
    if w.exists(first.entity, first.id)? {
        return Ok(None);
    }
    let mut values = Vec::with_capacity(record.len());
    for ch in record {
        let (field, value) = checked(ch)?;
        if values.iter().any(|(f, _): &(Field, serde_json::Value)| f.name == field.name) {
            return Ok(None);
        }
        values.push((field, value));
    }
    w.insert_row(first.entity, first.id, &values)?;
    let stamped: Vec<_> =
        record.iter().zip(&values).map(|(ch, (field, value))| (field.name, value, ch.stamp, ch.base)).collect();
    w.record_arrival(first.entity, first.id, &stamped)?;
    Ok(Some(record.len() as u64))
}

fn merge_one(w: &mut Writer<'_, '_>, ch: &Change, bundle_id: &[u8]) -> Result<Outcome> {
    let (field, value) = checked(ch)?;
    let local = w.stamp_of(ch.entity, ch.id, field.name)?;
    let Some((local_stamp, _)) = local else {
        w.ensure_row(ch.entity, ch.id)?;
        let old = w.current(ch.entity, ch.id, &field)?;
        w.put(ch.entity, ch.id, &field, &value, ch.stamp, ch.base, old)?;
        return Ok(Outcome::Applied { conflict: false });
    };
    if local_stamp == ch.stamp {
        return Ok(Outcome::Duplicate);
    }
    let local_value = w.current(ch.entity, ch.id, &field)?;
    if ch.stamp > local_stamp {
        // The incoming write wins; it is a conflict if its author never saw the local write.
        let concurrent = ch.base.is_none_or(|b| local_stamp > b);
        let conflict = concurrent
            && local_value.as_ref() != Some(&value)
            && record(w, ch, bundle_id, local_value.clone(), local_stamp, "incoming")?;
        w.put(ch.entity, ch.id, &field, &value, ch.stamp, ch.base, local_value)?;
        Ok(Outcome::Applied { conflict })
    } else {
        // The local write wins. HLC order is not causality: the local write may be later on the
        // clock and still never have seen the incoming one. It had seen it only if the change is
        // in this field's history here (or in a conflict already kept), or is our own write.
        let concurrent = !w.has_seen(ch.entity, ch.id, field.name, ch.stamp)?;
        let conflict = concurrent
            && local_value.as_ref() != Some(&value)
            && record(w, ch, bundle_id, local_value, local_stamp, "local")?;
        Ok(Outcome::Kept { conflict })
    }
}

fn record(
    w: &Writer<'_, '_>,
    ch: &Change,
    bundle_id: &[u8],
    local_value: Option<serde_json::Value>,
    local_stamp: Stamp,
    winner: &str,
) -> Result<bool> {
    let inserted = w.tx.execute(
        "INSERT OR IGNORE INTO conflict (id, entity, record_id, field, local_value, local_stamp, incoming_value,
                                         incoming_stamp, winner, bundle_id, detected_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            crate::RecordId::new().as_bytes().as_slice(),
            ch.entity.name(),
            ch.id.as_bytes().as_slice(),
            ch.field,
            local_value.map(|v| v.to_string()),
            local_stamp.to_bytes().as_slice(),
            ch.value.to_string(),
            ch.stamp.to_bytes().as_slice(),
            winner,
            bundle_id,
            Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
        ],
    )?;
    Ok(inserted > 0)
}
