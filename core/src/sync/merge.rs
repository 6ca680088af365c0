//! Applying verified bundles: each change authorised first (what its signer may do), then
//! field-level last-writer-wins by stamp, in one transaction, with a conflict entry whenever the
//! two writes of a field were made without seeing each other, and a review entry for what waits.
//! Idempotent and order-independent: the same bundles in any order give the same records.

use super::authorise::{authorise, Hold, Incoming, Local, Sender, Verdict};
use super::bundle::Verified;
use super::change::Change;
use crate::error::{Error, Result};
use crate::hlc::{ahead_ms, wall_millis};
use crate::identity::fingerprint;
use crate::ids::{DeviceId, RecordId};
use crate::progress::{Phase, Progress};
use crate::schema::{Entity, Field, FieldType};
use crate::stamp::Stamp;
use crate::store::write::{Writer, DELETED};
use crate::store::Store;
use crate::tier::{Facts, Tier};
use crate::value::normalise;
use chrono::{SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::Value as Json;
use std::collections::BTreeMap;

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
    /// Changes held in the review queue, by reason (`lowers-tier`, `above-clearance`,
    /// `clock-ahead`).
    pub held: BTreeMap<&'static str, u64>,
    /// Changes refused, by reason (`not-own-change`, `forged-as-receiver`).
    pub refused: BTreeMap<&'static str, u64>,
    /// How far ahead of this device's clock the sender's furthest change was, in whole days,
    /// when it was held for that: the sender's date is probably wrong.
    pub sender_clock_ahead_days: Option<u64>,
}

impl ImportReport {
    /// Changes held for review, whatever the reason.
    pub fn held_total(&self) -> u64 {
        self.held.values().sum()
    }

    /// Changes refused, whatever the reason.
    pub fn refused_total(&self) -> u64 {
        self.refused.values().sum()
    }
}

/// What happened to one incoming change that reached the merge.
enum Outcome {
    Applied { conflict: bool },
    Kept { conflict: bool },
    Duplicate,
}

/// A verified bundle ready to merge, with what its signer may do.
pub(crate) struct Arrived {
    pub(crate) file_name: String,
    pub(crate) bundle: Verified,
    pub(crate) sender: Sender,
    /// Where it was read from (its media are read again from there).
    pub(crate) path: std::path::PathBuf,
}

impl Store {
    /// Applies verified bundles, all of them or none, in one transaction: each record's changes
    /// are authorised first (sync/authorise.rs), then what may be merged is merged and what
    /// waits is put in the review queue.
    pub(crate) fn apply_bundles(
        &mut self,
        bundles: &[Arrived],
        progress: &Progress<'_>,
        receive_media: &dyn Fn(&rusqlite::Connection, &Arrived) -> Result<()>,
    ) -> Result<Vec<ImportReport>> {
        let me = self.device;
        let wall = wall_millis();
        let total: u64 = bundles.iter().map(|a| a.bundle.changes.len() as u64).sum();
        let mut done = 0;
        progress.step(Phase::Merging, 0, total)?;
        let tx = self.conn.transaction()?;
        let mut reports = Vec::with_capacity(bundles.len());
        let erased;
        // Withdrawals whose names were forgotten here before this import.
        let forgotten = crate::consent::forgotten(&tx)?;
        {
            // The acknowledgements of the whole batch first: its bundles may come in any order.
            for Arrived { bundle, sender, .. } in bundles {
                let acks = own_acks(&bundle.changes, sender.device);
                crate::consent::note_acks(&tx, sender.device, &acks, bundle.manifest.seq_range.1)?;
            }
            let mut w = Writer::new(&tx, self.device, &mut self.clock)?;
            for Arrived { file_name, bundle, sender, .. } in bundles {
                let bundle_id = bundle.manifest.bundle_id;
                let (seq_from, seq_to) = bundle.manifest.seq_range;
                let replay = tx
                    .prepare_cached("SELECT 1 FROM import_log WHERE bundle_id = ?1 AND sender_device = ?2")?
                    .query_row([bundle_id.as_bytes().as_slice(), sender.device.as_bytes().as_slice()], |_| Ok(()))
                    .optional()?
                    .is_some();
                // A bundle already merged here brings nothing new; any other must come from a
                // device that had applied every withdrawal whose names this install forgot.
                if !replay {
                    crate::consent::check_applied(&tx, sender.device, seq_to, &forgotten)
                        .map_err(|e| e.in_file(file_name))?;
                }
                let mut report = ImportReport {
                    bundle_id: bundle_id.to_string(),
                    file_name: file_name.clone(),
                    sender_fingerprint: fingerprint(&bundle.sender),
                    changes: bundle.changes.len() as u64,
                    ..ImportReport::default()
                };
                w.relay = Some(sender.device);
                let ctx = Ctx { sender, me, wall, bundle_id: bundle_id.as_bytes() };
                // Bundles list a record's fields together: a record not here yet is inserted whole.
                for record in bundle.changes.chunk_by(|a, b| a.entity == b.entity && a.id == b.id) {
                    merge_record(&mut w, record, &ctx, &mut report)?;
                    done += record.len() as u64;
                    progress.step(Phase::Merging, done, total)?;
                }
                tx.execute(
                    "INSERT INTO import_log (bundle_id, sender_device, sender_fingerprint, imported_at, file_name,
                                             changes, applied, conflicts, held, refused, seq_from, seq_to)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    params![
                        bundle_id.as_bytes().as_slice(),
                        sender.device.as_bytes().as_slice(),
                        report.sender_fingerprint,
                        Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
                        file_name,
                        report.changes as i64,
                        report.applied as i64,
                        report.conflicts as i64,
                        report.held_total() as i64,
                        report.refused_total() as i64,
                        (seq_to > 0).then_some(seq_from as i64),
                        (seq_to > 0).then_some(seq_to as i64)
                    ],
                )?;
                reports.push(report);
            }
            w.relay = None;
            // What withdrawals cover is erased as it lands, whatever the clocks say.
            erased = crate::consent::enforce(&mut w)?;
            w.finish()?;
        }
        // After the records: only bytes that a live attachment now points at are kept.
        for a in bundles.iter().filter(|a| !a.bundle.manifest.media.is_empty()) {
            receive_media(&tx, a).map_err(|e| e.in_file(&a.file_name))?;
        }
        tx.commit()?;
        if erased > 0 {
            self.after_erasure()?;
        }
        Ok(reports)
    }
}

/// The withdrawals whose acknowledgement by `sender` itself `changes` carry: records of
/// acknowledgements written by the sender and naming it (a device cannot answer for another).
fn own_acks(changes: &[Change], sender: DeviceId) -> Vec<RecordId> {
    let me = sender.to_string();
    changes
        .chunk_by(|a, b| a.entity == b.entity && a.id == b.id)
        .filter(|r| {
            r[0].entity == Entity::WithdrawalAck
                && r.iter().all(|c| c.stamp.device == sender)
                && r.iter().any(|c| c.field == "device" && c.value.as_str() == Some(me.as_str()))
        })
        .filter_map(|r| r.iter().find(|c| c.field == "withdrawal_id")?.value.as_str()?.parse().ok())
        .collect()
}

/// What every change of one bundle is judged against.
struct Ctx<'a> {
    sender: &'a Sender,
    me: DeviceId,
    wall: u64,
    bundle_id: &'a [u8],
}

/// Authorises one record's changes against the store as it is, then merges, holds or drops
/// each.
fn merge_record(w: &mut Writer<'_, '_>, record: &[Change], ctx: &Ctx<'_>, report: &mut ImportReport) -> Result<()> {
    let first = &record[0];
    let (entity, id) = (first.entity, first.id);
    let exists = w.exists(entity, id)?;
    let mut judged = Vec::with_capacity(record.len());
    for ch in record {
        let (field, value) = checked(ch)?;
        let mut view = View { w: &mut *w, entity, id, field: &field, exists, facts: None };
        let incoming = Incoming { entity, field: field.name, value: &value, stamp: ch.stamp };
        let verdict = authorise(incoming, ctx.sender, ctx.me, ctx.wall, &mut view)?;
        judged.push((field, value, verdict));
    }
    // A withdrawal (or an acknowledgement) arrives whole, from one author, or not at all: a
    // part of one sent first under its id would otherwise take its place here for good.
    if matches!(entity, Entity::Withdrawal | Entity::WithdrawalAck) && !exists {
        // Who recorded a withdrawal and its note stay with staff: a recipient below internal
        // gets the withdrawal without them, and must still erase.
        let needed = |f: &str| entity != Entity::Withdrawal || !matches!(f, "note" | "recorded_by");
        let whole = entity.fields().iter().filter(|f| needed(f.name)).all(|f| record.iter().any(|c| c.field == f.name))
            && record.iter().all(|c| c.stamp.device == first.stamp.device);
        if !whole {
            *report.refused.entry(super::authorise::Refusal::Fixed.code()).or_default() += record.len() as u64;
            return Ok(());
        }
        // Only a participant can withdraw: a withdrawal naming a priority, a risk or any other
        // record here would otherwise erase that record's photos on every install.
        let target = record
            .iter()
            .find(|c| c.field == "participant_id")
            .and_then(|c| c.value.as_str())
            .and_then(|v| v.parse::<crate::ids::RecordId>().ok());
        if entity == Entity::Withdrawal && target.is_none_or(|t| crate::consent::is_other_kind(w, t).unwrap_or(true)) {
            *report.refused.entry(super::authorise::Refusal::NotAParticipant.code()).or_default() +=
                record.len() as u64;
            return Ok(());
        }
    }
    // A record new here, every field once and all of it allowed: inserted in one statement.
    let all_merge = judged.iter().all(|(_, _, v)| *v == Verdict::Merge);
    let repeats = judged.iter().enumerate().any(|(i, (f, ..))| judged[..i].iter().any(|(g, ..)| g.name == f.name));
    if !exists && all_merge && !repeats {
        report.applied += insert_new_record(w, record, judged)?;
        observe(w, record);
        return Ok(());
    }
    for (ch, (field, value, verdict)) in record.iter().zip(&judged) {
        match verdict {
            Verdict::Merge => {
                match merge_one(w, ch, field, value, ctx.bundle_id)? {
                    Outcome::Applied { conflict } => {
                        report.applied += 1;
                        report.conflicts += u64::from(conflict);
                    }
                    Outcome::Kept { conflict } => report.conflicts += u64::from(conflict),
                    Outcome::Duplicate => {}
                }
                w.clock.observe(ch.stamp.hlc);
            }
            Verdict::Duplicate => {}
            Verdict::Hold(why) => {
                if hold(w, ch, field, ctx, *why)? {
                    *report.held.entry(why.code()).or_default() += 1;
                    if *why == Hold::ClockAhead {
                        let days = ahead_ms(ch.stamp.hlc, ctx.wall) / 86_400_000;
                        report.sender_clock_ahead_days = report.sender_clock_ahead_days.max(Some(days));
                    }
                }
            }
            Verdict::Refuse(why) => *report.refused.entry(why.code()).or_default() += 1,
        }
    }
    Ok(())
}

fn observe(w: &mut Writer<'_, '_>, record: &[Change]) {
    for change in record {
        w.clock.observe(change.stamp.hlc);
    }
}

/// The store's side of [`authorise`]'s questions about one field, read only when asked.
struct View<'x, 'a, 'c> {
    w: &'x mut Writer<'a, 'c>,
    entity: Entity,
    id: RecordId,
    field: &'x Field,
    exists: bool,
    facts: Option<Facts>,
}

impl Local for View<'_, '_, '_> {
    fn stamp(&mut self) -> Result<Option<Stamp>> {
        if !self.exists {
            return Ok(None);
        }
        Ok(self.w.stamp_of(self.entity, self.id, self.field.name)?.map(|(s, _)| s))
    }

    fn seen(&mut self, stamp: Stamp) -> Result<bool> {
        self.w.has_seen(self.entity, self.id, self.field.name, stamp)
    }

    fn value(&mut self) -> Result<Option<Json>> {
        if !self.exists {
            return Ok(None);
        }
        self.w.current(self.entity, self.id, self.field)
    }

    fn facts(&mut self) -> Result<Facts> {
        if let Some(f) = self.facts {
            return Ok(f);
        }
        let facts = self.w.facts(self.entity, self.id)?;
        self.facts = Some(facts);
        Ok(facts)
    }

    fn mentions(&mut self, text: &str) -> Result<Tier> {
        self.w.mentions_tier(self.entity, self.id, text)
    }

    fn came_from_author(&mut self, stamp: Stamp) -> Result<bool> {
        self.w.came_from_author(self.entity, self.id, self.field.name, stamp)
    }
}

/// Puts a change in the review queue, with the value applied here beside it. False when it is
/// already waiting.
fn hold(w: &mut Writer<'_, '_>, ch: &Change, field: &Field, ctx: &Ctx<'_>, why: Hold) -> Result<bool> {
    let local_stamp = w.stamp_of(ch.entity, ch.id, field.name)?.map(|(s, _)| s);
    let local_value = match local_stamp {
        Some(_) => w.current(ch.entity, ch.id, field)?,
        None => None,
    };
    // A field not here before has no stamp: all zeros, which the review screen shows as such.
    let local_stamp = local_stamp.unwrap_or(Stamp { hlc: crate::hlc::Hlc(0), device: DeviceId(uuid::Uuid::nil()) });
    record(w, ch, ctx.bundle_id, local_value, local_stamp, "local", Some((why, ctx.sender.device)))
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
/// fields (each once), stamped, and kept in the history as one entry.
fn insert_new_record(w: &mut Writer<'_, '_>, record: &[Change], judged: Vec<(Field, Json, Verdict)>) -> Result<u64> {
    let first = &record[0];
    let values: Vec<(Field, Json)> = judged.into_iter().map(|(f, v, _)| (f, v)).collect();
    w.insert_row(first.entity, first.id, &values)?;
    let stamped: Vec<_> =
        record.iter().zip(&values).map(|(ch, (field, value))| (field.name, value, ch.stamp, ch.base)).collect();
    w.record_arrival(first.entity, first.id, &stamped)?;
    Ok(record.len() as u64)
}

fn merge_one(w: &mut Writer<'_, '_>, ch: &Change, field: &Field, value: &Json, bundle_id: &[u8]) -> Result<Outcome> {
    let (field, value) = (*field, value.clone());
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
            && record(w, ch, bundle_id, local_value.clone(), local_stamp, "incoming", None)?;
        w.put(ch.entity, ch.id, &field, &value, ch.stamp, ch.base, local_value)?;
        Ok(Outcome::Applied { conflict })
    } else {
        // The local write wins. HLC order is not causality: the local write may be later on the
        // clock and still never have seen the incoming one. It had seen it only if the change is
        // in this field's history here (or in a conflict already kept), or is our own write.
        let concurrent = !w.has_seen(ch.entity, ch.id, field.name, ch.stamp)?;
        let conflict = concurrent
            && local_value.as_ref() != Some(&value)
            && record(w, ch, bundle_id, local_value, local_stamp, "local", None)?;
        Ok(Outcome::Kept { conflict })
    }
}

/// Keeps both sides of a field for a person to decide: a conflict, or (`held`: why, and who
/// sent it) a change held for review. False when the same entry is already kept.
fn record(
    w: &Writer<'_, '_>,
    ch: &Change,
    bundle_id: &[u8],
    local_value: Option<serde_json::Value>,
    local_stamp: Stamp,
    winner: &str,
    held: Option<(Hold, DeviceId)>,
) -> Result<bool> {
    let inserted = w.tx.execute(
        "INSERT OR IGNORE INTO conflict (id, entity, record_id, field, local_value, local_stamp, incoming_value,
                                         incoming_stamp, winner, bundle_id, detected_at, reason, sender)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
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
            Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            held.map(|(why, _)| why.code()),
            held.map(|(_, sender)| sender.as_bytes().to_vec())
        ],
    )?;
    Ok(inserted > 0)
}
