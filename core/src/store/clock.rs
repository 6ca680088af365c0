//! The stamps of one record's fields, kept together in one `record_clock` row: a merge or an
//! export touches one row per record instead of one per field (the per-field table made both
//! several times slower than the sync targets allow; see docs/benchmarks.md).
//!
//! The blob is a sequence of entries, sorted by field name, each:
//! `name length (1 byte) | name (ASCII) | HLC (8, big-endian) | device (16) | seq (8, big-endian)
//! | 0, or 1 and the base stamp (24)`. Migration 0008 builds the same bytes in SQL.

use super::write::Writer;
use crate::error::{Error, Result};
use crate::hlc::Hlc;
use crate::ids::{DeviceId, RecordId};
use crate::schema::Entity;
use crate::sync::stamp::Stamp;
use rusqlite::{params, OptionalExtension};
use serde_json::Value as Json;

/// The last write of one field, as this store knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldStamp {
    /// Who wrote it, when.
    pub stamp: Stamp,
    /// The stamp that write replaced on its author's device.
    pub base: Option<Stamp>,
    /// When it arrived here (local order, for incremental exports).
    pub seq: i64,
}

/// All field stamps of one record, sorted by field name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Stamps(Vec<(String, FieldStamp)>);

impl Stamps {
    /// Reads a `record_clock.stamps` blob; a malformed one is a damaged store, not a panic.
    pub fn decode(b: &[u8]) -> Result<Stamps> {
        Ok(Stamps(entries(b).map(|e| e.map(|(name, f)| (name.to_owned(), f))).collect::<Result<_>>()?))
    }

    /// The bytes for `record_clock.stamps`.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.0.len() * 64);
        for (name, f) in &self.0 {
            out.push(u8::try_from(name.len()).unwrap_or(u8::MAX));
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&f.stamp.to_bytes()[..]);
            out.extend_from_slice(&f.seq.to_be_bytes());
            match f.base {
                None => out.push(0),
                Some(b) => {
                    out.push(1);
                    out.extend_from_slice(&b.to_bytes());
                }
            }
        }
        out
    }

    /// The stamp of one field.
    pub fn get(&self, field: &str) -> Option<&FieldStamp> {
        self.0.binary_search_by(|(n, _)| n.as_str().cmp(field)).ok().map(|i| &self.0[i].1)
    }

    /// Sets the stamp of one field.
    pub fn set(&mut self, field: &str, stamp: FieldStamp) {
        match self.0.binary_search_by(|(n, _)| n.as_str().cmp(field)) {
            Ok(i) => self.0[i].1 = stamp,
            Err(i) => self.0.insert(i, (field.to_owned(), stamp)),
        }
    }

    /// Every field and its stamp, by field name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &FieldStamp)> {
        self.0.iter().map(|(n, f)| (n.as_str(), f))
    }

    /// The latest arrival among the fields (the row's `seq`).
    pub fn max_seq(&self) -> i64 {
        self.0.iter().map(|(_, f)| f.seq).max().unwrap_or(0)
    }
}

/// The entries of a `record_clock.stamps` blob, names borrowed from it (an export reads millions
/// and needs no copy of them).
pub(crate) fn entries(mut b: &[u8]) -> impl Iterator<Item = Result<(&str, FieldStamp)>> {
    let bad = || Error::NotAStore("the database (a record's field stamps are malformed)".into());
    std::iter::from_fn(move || {
        let (&len, rest) = b.split_first()?;
        let entry = (|| {
            let len = usize::from(len);
            if rest.len() < len + 8 + 16 + 8 + 1 {
                return Err(bad());
            }
            let (name, rest) = rest.split_at(len);
            let name = std::str::from_utf8(name).map_err(|_| bad())?;
            let (hlc, rest) = rest.split_at(8);
            let (device, rest) = rest.split_at(16);
            let (seq, rest) = rest.split_at(8);
            let stamp = Stamp {
                hlc: Hlc::from_slice(hlc).ok_or_else(bad)?,
                device: DeviceId::from_slice(device).ok_or_else(bad)?,
            };
            let seq = i64::from_be_bytes(seq.try_into().map_err(|_| bad())?);
            let (base, rest) = match rest.split_first() {
                Some((0, rest)) => (None, rest),
                Some((1, rest)) if rest.len() >= 24 => {
                    (Some(Stamp::from_slice(&rest[..24]).ok_or_else(bad)?), &rest[24..])
                }
                _ => return Err(bad()),
            };
            Ok(((name, FieldStamp { stamp, base, seq }), rest))
        })();
        match entry {
            Ok((item, rest)) => {
                b = rest;
                Some(Ok(item))
            }
            Err(e) => {
                // Stop after the first damage.
                b = &[];
                Some(Err(e))
            }
        }
    })
}

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

    fn save_record(&mut self) -> Result<()> {
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
        let mut stamps = Stamps(Vec::with_capacity(fields.len()));
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
                "INSERT INTO change_log (entity, id, field, old_value, new_value, hlc, device, at)
                 VALUES (?1, ?2, '*', NULL, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                entity.name(),
                id.as_bytes().as_slice(),
                entry,
                newest.hlc.to_bytes().as_slice(),
                newest.device.as_bytes().as_slice(),
                self.now()
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
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_sorted_and_rejects_damage() {
        let a = Stamp { hlc: Hlc(7 << 16), device: DeviceId::new() };
        let b = Stamp { hlc: Hlc(9 << 16), device: DeviceId::new() };
        let mut s = Stamps::default();
        s.set("title", FieldStamp { stamp: b, base: Some(a), seq: 3 });
        s.set("deleted", FieldStamp { stamp: a, base: None, seq: 2 });
        let bytes = s.encode();
        let back = Stamps::decode(&bytes).expect("decode");
        assert_eq!(back, s);
        assert_eq!(back.iter().map(|(n, _)| n).collect::<Vec<_>>(), ["deleted", "title"]);
        assert_eq!(back.get("title").map(|f| f.base), Some(Some(a)));
        assert_eq!(back.max_seq(), 3);
        // Cutting between the two entries leaves a valid, shorter list; anywhere else is damage.
        let first = 1 + "deleted".len() + 8 + 16 + 8 + 1;
        for cut in (1..bytes.len()).filter(|&c| c != first) {
            assert!(Stamps::decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
