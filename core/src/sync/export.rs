//! Making a bundle from the store: the stamped fields this store learned since the last bundle to
//! the chosen recipients (or everything with `full`), sealed and written atomically.

use super::bundle::{seal, Change, Manifest, Seal, FORMAT_VERSION};
use super::stamp::Stamp;
use crate::error::{Error, Result};
use crate::hlc::Hlc;
use crate::ids::{DeviceId, RecordId};
use crate::schema::Entity;
use crate::store::write::DELETED;
use crate::store::Store;
use crate::value::from_sql;
use crate::Passphrase;
use chrono::{SecondsFormat, Utc};
use rusqlite::types::Value as Sql;
use serde::Serialize;
use std::collections::BTreeMap;

use std::path::Path;

/// What to put in a bundle and for whom.
#[derive(Debug, Default)]
pub struct ExportOptions {
    /// Everything, not only what changed since the last bundle to these recipients.
    pub full: bool,
    /// `age1…` recipients; empty means every saved recipient.
    pub to: Vec<String>,
    /// Encrypt with a passphrase instead (then the only recipient; always a full bundle).
    pub passphrase: Option<Passphrase>,
}

/// What an export wrote.
#[derive(Debug, Clone, Serialize)]
pub struct ExportReport {
    /// Bundle id.
    pub bundle_id: String,
    /// Where it was written.
    pub path: String,
    /// Number of field changes in it.
    pub changes: u64,
    /// Who can open it.
    pub recipients: Vec<String>,
    /// Whether it is complete.
    pub full: bool,
}

impl Store {
    /// Every stamped field whose local arrival order is after `since_seq`, sorted by record.
    pub fn changes_since(&self, since_seq: i64) -> Result<Vec<Change>> {
        let mut out = Vec::new();
        for entity in Entity::ALL {
            let fields: Vec<_> = entity.fields().iter().copied().chain([DELETED]).collect();
            let cols: Vec<String> = fields.iter().map(|f| format!("t.{}", f.name)).collect();
            // A full export walks the primary key (already in record order, no sort); `+seq` keeps
            // SQLite from choosing the seq index, which suits only small incremental exports.
            let seq = if since_seq == 0 { "+fc.seq" } else { "fc.seq" };
            let sql = format!(
                "SELECT fc.id, fc.field, fc.hlc, fc.device, fc.base, {} FROM field_clock fc
                 JOIN {} t ON t.id = fc.id WHERE fc.entity = ?1 AND {seq} > ?2 ORDER BY fc.id, fc.field",
                cols.join(", "),
                entity.name()
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params![entity.name(), since_seq])?;
            while let Some(r) = rows.next()? {
                let field_name: String = r.get(1)?;
                let Some(i) = fields.iter().position(|f| f.name == field_name) else { continue };
                let id: Vec<u8> = r.get(0)?;
                let hlc: Vec<u8> = r.get(2)?;
                let device: Vec<u8> = r.get(3)?;
                let base: Option<Vec<u8>> = r.get(4)?;
                let (Some(id), Some(hlc), Some(device)) =
                    (RecordId::from_slice(&id), Hlc::from_slice(&hlc), DeviceId::from_slice(&device))
                else {
                    continue;
                };
                let value: Sql = r.get(5 + i)?;
                out.push(Change {
                    entity,
                    id,
                    field: field_name,
                    value: from_sql(fields[i].ty, value),
                    stamp: Stamp { hlc, device },
                    base: base.as_deref().and_then(Stamp::from_slice),
                });
            }
        }
        Ok(out)
    }

    fn version_vector(&self) -> Result<BTreeMap<String, u64>> {
        let mut stmt = self.conn.prepare("SELECT device, max(hlc) FROM field_clock GROUP BY device")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
        let mut vv = BTreeMap::new();
        for row in rows {
            let (d, h) = row?;
            if let (Some(d), Some(h)) = (DeviceId::from_slice(&d), Hlc::from_slice(&h)) {
                vv.insert(d.to_string(), h.0);
            }
        }
        Ok(vv)
    }

    /// Writes a signed, encrypted bundle to `out` (atomically: a full disk leaves no partial
    /// file) and remembers what each saved recipient has been sent.
    pub fn export_bundle(&mut self, out: &Path, opts: &ExportOptions) -> Result<ExportReport> {
        let saved = self.recipients()?;
        let to: Vec<String> =
            if opts.to.is_empty() { saved.iter().map(|r| r.age_recipient.clone()).collect() } else { opts.to.clone() };
        if to.is_empty() && opts.passphrase.is_none() {
            return Err(Error::NoRecipients);
        }
        let full = opts.full || opts.passphrase.is_some();
        let since = if full {
            0
        } else {
            to.iter().map(|r| saved.iter().find(|s| s.age_recipient == *r).map_or(0, |s| s.last_seq)).min().unwrap_or(0)
        };
        let high: i64 = self.conn.query_row("SELECT coalesce(max(seq), 0) FROM field_clock", [], |r| r.get(0))?;
        let changes = self.changes_since(since)?;
        let (lo, hi) = changes.iter().fold((u64::MAX, 0), |(lo, hi), c| (lo.min(c.stamp.hlc.0), hi.max(c.stamp.hlc.0)));
        let manifest = Manifest {
            format: FORMAT_VERSION,
            bundle_id: uuid::Uuid::now_v7(),
            created_at: Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            sender_device: self.device,
            sender_key: String::new(),
            recipients: vec![],
            full,
            version_vector: self.version_vector()?,
            hlc_range: if changes.is_empty() { (0, 0) } else { (lo, hi) },
            changes: changes.len() as u64,
            tombstones: changes.iter().filter(|c| c.field == DELETED.name && c.value == true).count() as u64,
            payload_sha256: String::new(),
        };
        let bundle_id = manifest.bundle_id;
        let seal_to = match &opts.passphrase {
            Some(p) => Seal::Passphrase(p),
            None => Seal::Recipients(&to),
        };
        let bytes = seal(manifest, &changes, &self.keys.signing, seal_to)?;
        crate::atomic::write_atomically(out, &bytes)?;
        if opts.passphrase.is_none() {
            for r in &to {
                self.conn.execute(
                    "UPDATE recipient SET last_seq = ?1 WHERE age_recipient = ?2",
                    rusqlite::params![high, r],
                )?;
            }
        }
        Ok(ExportReport {
            bundle_id: bundle_id.to_string(),
            path: out.display().to_string(),
            changes: changes.len() as u64,
            recipients: if opts.passphrase.is_some() { vec![super::bundle::PASSPHRASE_RECIPIENT.into()] } else { to },
            full,
        })
    }
}
