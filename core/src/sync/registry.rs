//! The people and devices sync involves: recipients bundles are encrypted to, devices whose
//! signatures are trusted, the import history, and the conflict review queue.

use super::authorise::{Authority, Role, Sender};
use super::bundle::Verified;
use super::merge::{Arrived, ImportReport};
use super::opening::{bundle_file, unseal_key, ImportOptions};
use crate::error::{Error, Result};
use crate::identity::{fingerprint, normalise_fingerprint};
use crate::ids::{DeviceId, RecordId};
use crate::progress::{Phase, Progress};
use crate::schema::Entity;
use crate::stamp::Stamp;
use crate::store::{Op, Store};
use crate::tier::Tier;
use chrono::{SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::Value as Json;
use std::path::PathBuf;

/// A saved recipient.
#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    /// `age1…`
    pub age_recipient: String,
    /// Who it is (e.g. "Country office Dakar").
    pub label: String,
    /// Local sequence sent to it so far (incremental export).
    pub last_seq: i64,
    /// The most sensitive tier its bundles may contain.
    pub clearance: Tier,
    /// The organisation's recovery key: added to every bundle, whoever it is for.
    pub recovery: bool,
}

/// A device whose bundles are accepted.
#[derive(Debug, Clone, Serialize)]
pub struct TrustedDevice {
    /// Fingerprint (`XXXX-XXXX-XXXX-XXXX`).
    pub fingerprint: String,
    /// Label given when trusting it.
    pub label: String,
    /// Its device id, bound to its key by the first bundle imported from it.
    pub device_id: Option<String>,
    /// Field device or office.
    pub role: Role,
    /// The most sensitive tier it may change without review.
    pub clearance: Tier,
}

/// One import in the history.
#[derive(Debug, Clone, Serialize)]
pub struct ImportLogEntry {
    /// Bundle id.
    pub bundle_id: String,
    /// Sender device id.
    pub sender_device: String,
    /// Sender fingerprint.
    pub sender_fingerprint: String,
    /// When (UTC, RFC 3339).
    pub imported_at: String,
    /// File name.
    pub file_name: String,
    /// Changes in the bundle, applied, conflicts.
    pub changes: i64,
    /// Changes applied.
    pub applied: i64,
    /// Conflicts recorded.
    pub conflicts: i64,
}

/// A pair of concurrent edits of one field, kept for review.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    /// Conflict id.
    pub id: RecordId,
    /// Record kind.
    pub entity: Entity,
    /// Record id.
    pub record_id: RecordId,
    /// Field.
    pub field: String,
    /// The value this store had.
    pub local_value: Json,
    /// Who wrote it and when.
    pub local_stamp: Stamp,
    /// The value from the bundle.
    pub incoming_value: Json,
    /// Who wrote it and when.
    pub incoming_stamp: Stamp,
    /// `local` or `incoming`: which one was applied.
    pub winner: String,
    /// For a change held for review: why (`lowers-tier`, `above-clearance`, `clock-ahead`);
    /// `None` for two concurrent edits.
    pub reason: Option<String>,
    /// For a held change: who sent it (the trusted device's label, else its device id).
    pub sender: Option<String>,
    /// When it was found.
    pub detected_at: String,
    /// What the record is, for people (a session's title, a participant's name…).
    pub record_label: String,
}

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The value this store had.
    Local,
    /// The value from the bundle.
    Incoming,
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Store {
    /// Saves a recipient (`age1…`) cleared up to `clearance` (saving it again updates both).
    pub fn add_recipient(&mut self, age_recipient: &str, label: &str, clearance: Tier) -> Result<()> {
        self.save_recipient(age_recipient, label, clearance, false)
    }

    /// Saves the organisation's recovery recipient (see [`crate::recovery`]): every bundle is
    /// also encrypted to it, so custodians can open bundles if the office loses its key.
    pub fn add_recovery_recipient(&mut self, age_recipient: &str, label: &str) -> Result<()> {
        self.save_recipient(age_recipient, label, Tier::Restricted, true)
    }

    fn save_recipient(&mut self, age_recipient: &str, label: &str, clearance: Tier, recovery: bool) -> Result<()> {
        let r = age_recipient.trim();
        r.parse::<age::x25519::Recipient>().map_err(|_| Error::BadRecipient(r.into()))?;
        let before = self.recipients()?.into_iter().find(|s| s.age_recipient == r).map(|s| s.clearance);
        self.conn.execute(
            "INSERT INTO recipient (age_recipient, label, added_at, clearance, recovery) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(age_recipient) DO UPDATE SET label = excluded.label, clearance = excluded.clearance,
             recovery = excluded.recovery",
            params![r, label.trim(), now(), clearance.code(), recovery],
        )?;
        // Fields withheld so far are older than its cursor: a raised clearance starts it afresh.
        if before.is_some_and(|b| b < clearance) {
            self.conn.execute("UPDATE recipient SET last_seq = 0 WHERE age_recipient = ?1", [r])?;
        }
        Ok(())
    }

    /// Saved recipients.
    pub fn recipients(&self) -> Result<Vec<Recipient>> {
        let mut stmt = self.conn.prepare(
            "SELECT age_recipient, label, last_seq, clearance, recovery FROM recipient ORDER BY recovery, label, age_recipient",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Recipient {
                age_recipient: r.get(0)?,
                label: r.get(1)?,
                last_seq: r.get(2)?,
                clearance: Tier::parse(&r.get::<_, String>(3)?).unwrap_or(Tier::Internal),
                recovery: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Forgets a recipient.
    pub fn remove_recipient(&mut self, age_recipient: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        // Added again later, it starts from nothing: records and media alike.
        tx.execute("DELETE FROM media_sent WHERE recipient = ?1", [age_recipient.trim()])?;
        match tx.execute("DELETE FROM recipient WHERE age_recipient = ?1", [age_recipient.trim()])? {
            0 => Err(Error::NotFound { entity: "recipient".into(), id: age_recipient.into() }),
            _ => Ok(tx.commit()?),
        }
    }

    /// Trusts a device by its fingerprint (as read out over the phone), saying what it may do;
    /// trusting it again updates its label and authority.
    pub fn trust(&mut self, fingerprint_text: &str, label: &str, authority: Authority) -> Result<String> {
        let fp = normalise_fingerprint(fingerprint_text);
        if fp.len() != 19 {
            return Err(Error::BadFingerprint(fingerprint_text.into()));
        }
        self.conn.execute(
            "INSERT INTO trusted_device (fingerprint, label, added_at, role, clearance) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(fingerprint) DO UPDATE SET label = excluded.label, role = excluded.role,
             clearance = excluded.clearance",
            params![fp, label.trim(), now(), authority.role.code(), authority.clearance.code()],
        )?;
        Ok(fp)
    }

    /// Stops trusting a device.
    pub fn untrust(&mut self, fingerprint_text: &str) -> Result<()> {
        let fp = normalise_fingerprint(fingerprint_text);
        match self.conn.execute("DELETE FROM trusted_device WHERE fingerprint = ?1", [fp.as_str()])? {
            0 => Err(Error::NotFound { entity: "trusted device".into(), id: fp }),
            _ => Ok(()),
        }
    }

    /// Trusted devices.
    pub fn trusted_devices(&self) -> Result<Vec<TrustedDevice>> {
        let mut stmt = self.conn.prepare(
            "SELECT fingerprint, label, device_id, role, clearance FROM trusted_device ORDER BY label, fingerprint",
        )?;
        let rows = stmt.query_map([], |r| {
            let device: Option<Vec<u8>> = r.get(2)?;
            Ok(TrustedDevice {
                fingerprint: r.get(0)?,
                label: r.get(1)?,
                device_id: device.as_deref().and_then(DeviceId::from_slice).map(|d| d.to_string()),
                role: Role::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
                clearance: Tier::parse(&r.get::<_, String>(4)?).unwrap_or(Tier::Internal),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn is_trusted(&self, fp: &str) -> Result<bool> {
        Ok(fp == self.keys.fingerprint() || self.trusted_device(fp)?.is_some())
    }

    /// A trusted device by fingerprint: its bound device id (if any) and authority.
    fn trusted_device(&self, fp: &str) -> Result<Option<(Option<DeviceId>, Authority)>> {
        let row = self
            .conn
            .query_row("SELECT device_id, role, clearance FROM trusted_device WHERE fingerprint = ?1", [fp], |r| {
                Ok((r.get::<_, Option<Vec<u8>>>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })
            .optional()?;
        Ok(row.map(|(device, role, clearance)| {
            let authority = Authority {
                role: Role::parse(&role).unwrap_or_default(),
                clearance: Tier::parse(&clearance).unwrap_or(Tier::Internal),
            };
            (device.as_deref().and_then(DeviceId::from_slice), authority)
        }))
    }

    /// Who signed a verified bundle, as this store knows it. The device id in the manifest
    /// must be the one the key was first seen with, and no other key's: a key never speaks for
    /// another device, and a copied key shows.
    fn sender_of(&self, bundle: &Verified, opts: &ImportOptions, batch: &[Arrived]) -> Result<Sender> {
        let fp = fingerprint(&bundle.sender);
        let claimed = bundle.manifest.sender_device;
        let wrong = |known: Option<DeviceId>| Error::BundleWrongDevice {
            fingerprint: fp.clone(),
            claimed: claimed.to_string(),
            known: known.map(|d| d.to_string()).unwrap_or_default(),
        };
        if fp == self.keys.fingerprint() {
            return if claimed == self.device {
                Ok(Sender { device: claimed, authority: Authority::FULL })
            } else {
                Err(wrong(Some(self.device)))
            };
        }
        if claimed == self.device {
            return Err(wrong(None));
        }
        let known = self.trusted_device(&fp)?;
        if let Some((Some(bound), _)) = known {
            if bound != claimed {
                return Err(wrong(Some(bound)));
            }
        }
        let taken: Option<String> = self
            .conn
            .query_row(
                "SELECT fingerprint FROM trusted_device WHERE device_id = ?1 AND fingerprint <> ?2",
                params![claimed.as_bytes().as_slice(), fp],
                |r| r.get(0),
            )
            .optional()?;
        let in_batch = batch.iter().any(|a| a.sender.device == claimed && fingerprint(&a.bundle.sender) != fp);
        if taken.is_some() || in_batch {
            return Err(wrong(None));
        }
        let authority = known.map_or(opts.new_devices, |(_, a)| a);
        Ok(Sender { device: claimed, authority })
    }

    /// Imports bundle files: every file is decrypted and verified first, then all are applied in
    /// one transaction. Any failure changes nothing.
    pub fn import_files(&mut self, files: &[PathBuf], opts: &ImportOptions) -> Result<Vec<ImportReport>> {
        self.import_files_with(files, opts, &Progress::none())
    }

    /// [`Store::import_files`], reporting each file read and the changes merged to `progress`,
    /// and stopping with [`Error::Cancelled`] (nothing merged) when it is cancelled.
    pub fn import_files_with(
        &mut self,
        files: &[PathBuf],
        opts: &ImportOptions,
        progress: &Progress<'_>,
    ) -> Result<Vec<ImportReport>> {
        if opts.clock_is_right {
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('wall', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [crate::hlc::wall_millis().to_be_bytes().as_slice()],
            )?;
        }
        self.check_wall_clock()?;
        let mut arrived: Vec<Arrived> = Vec::with_capacity(files.len());
        for (i, path) in files.iter().enumerate() {
            progress.step(Phase::Reading, i as u64, files.len() as u64)?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let bundle = self.open_bundle_file(path, opts).map_err(|e| e.in_file(&name))?;
            let sender = self.sender_of(&bundle, opts, &arrived).map_err(|e| e.in_file(&name))?;
            arrived.push(Arrived { file_name: name, bundle, sender, path: path.clone() });
        }
        // Media are read from the files a second time, in the import's transaction, each
        // checked again against the signed hash the first reading verified.
        let own = self.keys.age.clone();
        let receive = |tx: &rusqlite::Connection, a: &Arrived| -> Result<()> {
            let (first, file) = bundle_file(&a.path)?;
            let key = unseal_key(&own, &first, opts.passphrase.as_ref(), opts.identity.as_ref());
            let mut media = super::bundle::open_media(&first, file, key)?;
            if media.head.manifest != a.bundle.manifest {
                return Err(Error::BundleDamaged("the file changed while it was imported".into()));
            }
            super::media::receive(tx, &mut media).map(drop)
        };
        let reports = self.apply_bundles(&arrived, progress, &receive)?;
        for a in &arrived {
            let fp = fingerprint(&a.bundle.sender);
            if fp != self.keys.fingerprint() {
                // The first bundle binds the key to its device id; later ones were checked against it.
                self.conn.execute(
                    "INSERT INTO trusted_device (fingerprint, device_id, public_key, added_at, role, clearance)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT(fingerprint) DO UPDATE SET device_id = coalesce(device_id, excluded.device_id),
                     public_key = coalesce(public_key, excluded.public_key)",
                    params![
                        fp,
                        a.sender.device.as_bytes().as_slice(),
                        a.bundle.sender.as_bytes().as_slice(),
                        now(),
                        a.sender.authority.role.code(),
                        a.sender.authority.clearance.code()
                    ],
                )?;
            }
        }
        // A sender trusted only now counts among the devices whose acknowledgements let this
        // install forget the names it erased.
        if !arrived.is_empty()
            && self.may_forget_erased_names()?
            && self.write_with(|w| crate::consent::forget_words(w))? > 0
        {
            self.after_erasure()?;
        }
        Ok(reports)
    }

    /// Refuses to merge while this device's wall clock reads far before a time it has already
    /// read itself: every incoming change would look as if it came from the future.
    fn check_wall_clock(&self) -> Result<()> {
        let seen: Option<Vec<u8>> =
            self.conn.query_row("SELECT value FROM meta WHERE key = 'wall'", [], |r| r.get(0)).optional()?;
        let Some(seen) = seen.and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok()).map(u64::from_be_bytes) else {
            return Ok(());
        };
        let wall = crate::hlc::wall_millis();
        if seen > wall.saturating_add(crate::hlc::MAX_AHEAD_MS) {
            let day = |ms: u64| {
                chrono::DateTime::from_timestamp_millis(i64::try_from(ms).unwrap_or(i64::MAX))
                    .map(|t| t.format("%Y-%m-%d").to_string())
                    .unwrap_or_default()
            };
            return Err(Error::ClockSetBack { now: day(wall), seen: day(seen) });
        }
        Ok(())
    }

    /// The import history, newest first.
    pub fn import_log(&self) -> Result<Vec<ImportLogEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT bundle_id, sender_device, sender_fingerprint, imported_at, file_name, changes, applied, conflicts
             FROM import_log ORDER BY seq DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let b: Vec<u8> = r.get(0)?;
            let d: Vec<u8> = r.get(1)?;
            Ok(ImportLogEntry {
                bundle_id: uuid::Uuid::from_slice(&b).map(|u| u.to_string()).unwrap_or_default(),
                sender_device: DeviceId::from_slice(&d).map(|u| u.to_string()).unwrap_or_default(),
                sender_fingerprint: r.get(2)?,
                imported_at: r.get(3)?,
                file_name: r.get(4)?,
                changes: r.get(5)?,
                applied: r.get(6)?,
                conflicts: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Conflicts waiting for review, oldest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, entity, record_id, field, local_value, local_stamp, incoming_value, incoming_stamp, winner, detected_at,
                    reason, sender
             FROM conflict WHERE resolved_at IS NULL ORDER BY detected_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            let blob = |i: usize| r.get::<_, Vec<u8>>(i);
            let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or(Json::Null);
            Ok((
                blob(0)?,
                r.get::<_, String>(1)?,
                blob(2)?,
                r.get::<_, String>(3)?,
                json(r.get(4)?),
                blob(5)?,
                json(r.get(6)?),
                blob(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, Option<String>>(10)?,
                r.get::<_, Option<Vec<u8>>>(11)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, entity, record, field, lv, ls, iv, is, winner, at, reason, sender) = row?;
            let (Some(id), Some(entity), Some(record_id), Some(local_stamp), Some(incoming_stamp)) = (
                RecordId::from_slice(&id),
                Entity::from_name(&entity),
                RecordId::from_slice(&record),
                Stamp::from_slice(&ls),
                Stamp::from_slice(&is),
            ) else {
                continue;
            };
            out.push(Conflict {
                id,
                entity,
                record_id,
                field,
                local_value: lv,
                local_stamp,
                incoming_value: iv,
                incoming_stamp,
                winner,
                detected_at: at,
                record_label: self.record_label(entity, record_id),
                reason,
                sender: sender.as_deref().and_then(DeviceId::from_slice).map(|d| self.device_label(&d)),
            });
        }
        Ok(out)
    }

    /// Resolves a conflict by keeping one value. The choice is written as a new change (so it
    /// syncs and supersedes both sides everywhere), in the same transaction that closes the entry.
    pub fn resolve_conflict(&mut self, id: RecordId, pick: Pick) -> Result<()> {
        let c = self
            .conflicts()?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| Error::NotFound { entity: "conflict".into(), id: id.to_string() })?;
        let value = match pick {
            Pick::Local => c.local_value,
            Pick::Incoming => c.incoming_value,
        };
        let close = (id, if pick == Pick::Local { "local" } else { "incoming" });
        // Keeping "nothing" for a held field of a record that was never here writes nothing.
        if pick == Pick::Local && c.local_stamp.hlc.0 == 0 {
            return self.close_conflict(close);
        }
        let seen = Some(c.incoming_stamp);
        self.write_and_close_conflict(
            Op::Force { entity: c.entity, id: c.record_id, field: c.field, value, seen },
            close,
        )
    }
}

impl Store {
    /// A short human label for a record: its title or name, and for items of a session the
    /// session's title too. Best effort: empty if the record is gone.
    pub fn record_label(&self, entity: Entity, id: RecordId) -> String {
        let Ok(rec) = self.get(entity, id) else { return String::new() };
        let own = ["title", "name", "what", "description", "text", "pseudonym"]
            .iter()
            .find_map(|f| rec.get(*f).and_then(Json::as_str).filter(|s| !s.is_empty()))
            .unwrap_or_default()
            .to_string();
        let session = rec
            .get("session_id")
            .and_then(Json::as_str)
            .and_then(|s| s.parse().ok())
            .and_then(|s| self.get(Entity::Session, s).ok())
            .and_then(|s| s.get("title").and_then(Json::as_str).map(str::to_string));
        match session {
            Some(title) if !title.is_empty() => format!("{title} › {own}"),
            _ => own,
        }
    }
}
