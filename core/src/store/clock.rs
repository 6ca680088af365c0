//! The stamps of one record's fields, kept together in one `record_clock` row: a merge or an
//! export touches one row per record instead of one per field (the per-field table made both
//! several times slower than the sync targets allow; see docs/benchmarks.md). The writer keeps
//! the record it is stamping decoded until it moves on; the blob's layout is in `stamps.rs`.

use super::stamps::{FieldStamp, Stamps};
use super::write::Writer;
use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::stamp::Stamp;
use rusqlite::{params, OptionalExtension};
use serde_json::Value as Json;

/// The record a [`Writer`] is stamping, kept decoded until it moves to another record.
pub(crate) struct OpenRecord {
    entity: Entity,
    id: RecordId,
    stamps: Stamps,
    dirty: bool,
}

impl Writer<'_, '_> {
    /// The stamps of a record, read once while this writer works on it.
    fn open_record(&mut self, entity: Entity, id: RecordId, known_new: bool) -> Result<&mut OpenRecord> {
        let is_open = matches!(&self.open, Some(o) if o.entity == entity && o.id == id);
        if !is_open {
            self.save_record()?;
            let blob: Option<Vec<u8>> = if known_new {
                None
            } else {
                self.tx
                    .prepare_cached("SELECT stamps FROM record_clock WHERE entity = ?1 AND id = ?2")?
                    .query_row(params![entity.name(), id.as_bytes().as_slice()], |r| r.get(0))
                    .optional()?
            };
            let stamps = blob.map(|b| Stamps::decode(&b)).transpose()?.unwrap_or_default();
            self.open = Some(OpenRecord { entity, id, stamps, dirty: false });
        }
        match self.open.as_mut() {
            Some(open) => Ok(open),
            None => unreachable!("a record was just opened"),
        }
    }

    pub(crate) fn save_record(&mut self) -> Result<()> {
        let Some(open) = self.open.take().filter(|o| o.dirty) else { return Ok(()) };
        self.tx
            .prepare_cached(
                "INSERT INTO record_clock (entity, id, seq, stamps) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(entity, id) DO UPDATE SET seq = excluded.seq, stamps = excluded.stamps",
            )?
            .execute(params![
                open.entity.name(),
                open.id.as_bytes().as_slice(),
                open.stamps.max_seq(),
                open.stamps.encode()
            ])?;
        Ok(())
    }

    /// The stamp of the last write to a field here, and the stamp that write replaced.
    pub(crate) fn stamp_of(
        &mut self,
        entity: Entity,
        id: RecordId,
        field: &str,
    ) -> Result<Option<(Stamp, Option<Stamp>)>> {
        Ok(self.open_record(entity, id, false)?.stamps.get(field).map(|f| (f.stamp, f.base)))
    }

    /// Records the stamp of a field's write (a local one or a merged one), arriving now.
    pub(crate) fn record_stamp(
        &mut self,
        entity: Entity,
        id: RecordId,
        field: &str,
        stamp: Stamp,
        base: Option<Stamp>,
    ) -> Result<()> {
        self.note_device(stamp);
        let seq = self.seq;
        let open = self.open_record(entity, id, false)?;
        open.stamps.set(field, FieldStamp { stamp, base, seq });
        open.dirty = true;
        Ok(())
    }

    /// Stamps a record that arrived whole and was not here before, and keeps it as one history
    /// entry: `{"field": [value, "stamp"], …}`, so [`Writer::has_seen`] still finds every stamp.
    pub(crate) fn record_arrival(
        &mut self,
        entity: Entity,
        id: RecordId,
        fields: &[(&str, &Json, Stamp, Option<Stamp>)],
    ) -> Result<()> {
        let seq = self.seq;
        let mut stamps = Stamps::with_capacity(fields.len());
        // Written straight as JSON text: building a JSON object per arriving record first cost
        // more than the insert (a third of a large merge).
        let mut entry = Vec::with_capacity(64 * fields.len());
        let mut newest: Option<Stamp> = None;
        for (i, &(name, value, stamp, base)) in fields.iter().enumerate() {
            self.note_device(stamp);
            stamps.set(name, FieldStamp { stamp, base, seq });
            entry.push(if i == 0 { b'{' } else { b',' });
            serde_json::to_writer(&mut entry, name).map_err(|e| Error::Bundle(e.to_string()))?;
            entry.extend_from_slice(b":[");
            serde_json::to_writer(&mut entry, value).map_err(|e| Error::Bundle(e.to_string()))?;
            // The stamp's text form (`Stamp`'s Display) without the formatter: 16 + 1 + 32 hex.
            let mut hex = [0u8; 48];
            data_encoding::HEXLOWER.encode_mut(&stamp.to_bytes(), &mut hex);
            entry.extend_from_slice(b",\"");
            entry.extend_from_slice(&hex[..16]);
            entry.push(b'-');
            entry.extend_from_slice(&hex[16..]);
            entry.extend_from_slice(b"\"]");
            newest = newest.max(Some(stamp));
        }
        entry.push(b'}');
        let entry = String::from_utf8(entry).map_err(|e| Error::Bundle(e.to_string()))?;
        let open = self.open_record(entity, id, true)?;
        open.stamps = stamps;
        open.dirty = true;
        let Some(newest) = newest else { return Ok(()) };
        self.tx
            .prepare_cached(
                "INSERT INTO change_log (entity, id, field, old_value, new_value, hlc, device, at, relay)
                 VALUES (?1, ?2, '*', NULL, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                entity.name(),
                id.as_bytes().as_slice(),
                entry,
                newest.hlc.to_bytes().as_slice(),
                newest.device.as_bytes().as_slice(),
                self.now(),
                self.relay_of(newest.device).as_ref().map(|r| r.as_slice())
            ])?;
        Ok(())
    }

    fn note_device(&mut self, stamp: Stamp) {
        let newest = self.devices.entry(stamp.device).or_insert(stamp.hlc);
        *newest = (*newest).max(stamp.hlc);
    }

    /// Saves what the transaction stamped: the open record, each device's newest stamp, and the
    /// clock (so it resumes after the highest stamp). Call once, before commit.
    pub(crate) fn finish(&mut self) -> Result<()> {
        self.save_record()?;
        for (device, hlc) in std::mem::take(&mut self.devices) {
            self.tx
                .prepare_cached(
                    "INSERT INTO device_clock (device, hlc) VALUES (?1, ?2)
                     ON CONFLICT(device) DO UPDATE SET hlc = max(hlc, excluded.hlc)",
                )?
                .execute(params![device.as_bytes().as_slice(), hlc.to_bytes().as_slice()])?;
        }
        self.tx.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [self.clock.last().to_bytes().as_slice()],
        )?;
        // The latest wall time this device has read, from its own clock only (never from a
        // stamp): a wall clock that later reads far before it has been set back (sync checks).
        self.tx
            .prepare_cached(
                "INSERT INTO meta (key, value) VALUES ('wall', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)",
            )?
            .execute([crate::hlc::wall_millis().to_be_bytes().as_slice()])?;
        Ok(())
    }
}
