//! Making a bundle from the store: the stamped fields this store learned since the last bundle to
//! the chosen recipients (or everything with `full`), sealed and written atomically.

use super::bundle::{seal_with_media, Manifest, Seal, FORMAT_WITHOUT_MEDIA};
use super::deflate::{join, Piece};
use super::media::{self, MediaTally};
use super::payload::Blocks;
use super::tally::{PreviewLine, Tally};
use super::walk::{Collected, Counts};
use crate::error::{Error, Result};
use crate::hlc::Hlc;
use crate::ids::DeviceId;
use crate::progress::{Phase, Progress};
use crate::schema::Entity;
use crate::store::Store;
use crate::tier::Tier;
use crate::Passphrase;
use chrono::{SecondsFormat, Utc};
use rusqlite::Connection;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What to put in a bundle and for whom.
#[derive(Debug, Default)]
pub struct ExportOptions {
    /// Everything, not only what changed since the last bundle to these recipients.
    pub full: bool,
    /// `age1…` recipients; empty means every saved recipient.
    pub to: Vec<String>,
    /// Encrypt with a passphrase instead (then the only recipient; always a full bundle).
    pub passphrase: Option<Passphrase>,
    /// The most sensitive tier to include. Saved recipients have their own clearance (this may
    /// only lower it); unsaved `to` recipients and passphrase bundles get `internal` without it.
    pub clearance: Option<Tier>,
    /// Leave attachments' bytes out (their descriptions still go): for a small stick. They go
    /// with the next bundle that carries media.
    pub no_media: bool,
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
    /// The most sensitive tier it may contain.
    pub clearance: Tier,
    /// Field changes kept back because they are above that tier.
    pub withheld: u64,
    /// The attachments' bytes it carries, and those kept back or left out.
    pub media: MediaTally,
}

/// What an export would carry, field by field: the "what will leave this device" preview.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExportPreview {
    /// The most sensitive tier the bundle may contain (the lowest clearance of its recipients).
    pub clearance: Option<Tier>,
    /// Who could open it.
    pub recipients: Vec<String>,
    /// Whether it would be complete.
    pub full: bool,
    /// Field changes that would leave, by tier, kind and field.
    pub included: Vec<PreviewLine>,
    /// Field changes kept back because they are above the clearance.
    pub withheld: Vec<PreviewLine>,
    /// The attachments' bytes that would leave, and those kept back or left out.
    pub media: MediaTally,
}

impl Store {
    /// The compressed payload (format 2) and its counts, read on two connections at once when
    /// the store allows it: both cores read and compress. Each kind of record becomes one piece
    /// of the DEFLATE stream and the pieces are joined in the kinds' order, so the payload is
    /// the same whichever reader took which kind (or whether there was a second one).
    /// `second`, if any, must see what this connection's open read transaction sees.
    pub(super) fn payload(
        &self,
        since: i64,
        clearance: Tier,
        second: Option<Connection>,
        tally: &mut Tally,
        progress: &Progress<'_>,
    ) -> Result<(Vec<u8>, Counts)> {
        let scope = self.scope(since, clearance, true)?;
        let next = AtomicUsize::new(0);
        let kinds_done = AtomicUsize::new(0);
        let kinds = READ_ORDER.len() as u64;
        progress.step(Phase::Collecting, 0, kinds)?;
        let read = |conn: &Connection| -> Result<Read> {
            let mut done = Read { pieces: vec![], tally: Tally::default(), counts: Counts::new() };
            while let Some(&entity) = READ_ORDER.get(next.fetch_add(1, Ordering::Relaxed)) {
                if let Err(e) = progress.step(Phase::Collecting, kinds_done.load(Ordering::Relaxed) as u64, kinds) {
                    next.store(READ_ORDER.len(), Ordering::Relaxed);
                    return Err(e);
                }
                let mut piece = Piece::default();
                let mut out = Collected { blocks: Blocks::new(|b: Vec<u8>| piece.push(&b)), counts: Counts::new() };
                let walked =
                    scope.entity(conn, entity, &mut done.tally, Some(&mut out)).and_then(|()| out.blocks.flush());
                if walked.is_err() {
                    // The other reader stops after the kind it is on.
                    next.store(READ_ORDER.len(), Ordering::Relaxed);
                }
                walked?;
                done.counts.add(out.counts);
                drop(out);
                done.pieces.push((entity, piece.finish()?));
                kinds_done.fetch_add(1, Ordering::Relaxed);
            }
            Ok(done)
        };
        let read = &read;
        let (mine, theirs) = std::thread::scope(|s| {
            let theirs = second.map(|conn| s.spawn(move || read(&conn)));
            let mine = read(&self.conn);
            let theirs = theirs.map(|t| t.join().unwrap_or_else(|_| Err(Error::Bundle("a reader stopped".into()))));
            (mine, theirs)
        });
        let mut pieces = vec![];
        let mut counts = Counts::new();
        if mine.is_ok() && theirs.as_ref().is_none_or(Result::is_ok) {
            progress.step(Phase::Collecting, kinds, kinds)?;
        }
        for done in std::iter::once(mine).chain(theirs) {
            let done = done?;
            pieces.extend(done.pieces);
            tally.merge(done.tally);
            counts.add(done.counts);
        }
        pieces.sort_by_key(|(entity, _)| Entity::ALL.iter().position(|e| e == entity));
        Ok((join(pieces.into_iter().map(|(_, p)| p))?, counts))
    }

    /// A second connection whose read transaction sees what this one's does (the same highest
    /// arrival number `high`: every write to synced data raises it), or `None`. It only makes
    /// the export faster, so without it the export reads on one connection.
    pub(super) fn second_reader_at(&self, high: i64) -> Option<Connection> {
        let conn = self.second_reader().ok()??;
        conn.execute_batch("BEGIN").ok()?;
        let its: i64 = conn.query_row(HIGHEST_SEQ, [], |r| r.get(0)).ok()?;
        (its == high).then_some(conn)
    }

    fn version_vector(&self) -> Result<BTreeMap<String, u64>> {
        let mut stmt = self.conn.prepare("SELECT device, hlc FROM device_clock")?;
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

    /// Who a bundle with `opts` is for, how sensitive it may be, and from where it starts.
    fn plan(&self, opts: &ExportOptions) -> Result<Plan> {
        let saved = self.recipients()?;
        let (recovery, saved): (Vec<_>, Vec<_>) = saved.into_iter().partition(|r| r.recovery);
        let to: Vec<String> =
            if opts.to.is_empty() { saved.iter().map(|r| r.age_recipient.clone()).collect() } else { opts.to.clone() };
        if to.is_empty() && opts.passphrase.is_none() {
            return Err(Error::NoRecipients);
        }
        let unsaved = opts.clearance.unwrap_or(Tier::Internal);
        let clearance = if opts.passphrase.is_some() {
            unsaved
        } else {
            let lowest = to
                .iter()
                .map(|r| saved.iter().find(|s| s.age_recipient == *r).map_or(unsaved, |s| s.clearance))
                .min()
                .unwrap_or(unsaved);
            lowest.min(opts.clearance.unwrap_or(Tier::Restricted))
        };
        let full = opts.full || opts.passphrase.is_some();
        let since = if full {
            0
        } else {
            to.iter().map(|r| saved.iter().find(|s| s.age_recipient == *r).map_or(0, |s| s.last_seq)).min().unwrap_or(0)
        };
        let mut seal_to = to.clone();
        if opts.passphrase.is_none() {
            seal_to.extend(recovery.into_iter().map(|r| r.age_recipient).filter(|r| !to.contains(r)));
        }
        Ok(Plan { to, seal_to, clearance, full, since })
    }

    /// What [`Store::export_bundle`] with `opts` would put in the bundle and what it would keep
    /// back, by tier; writes nothing.
    pub fn export_preview(&self, opts: &ExportOptions) -> Result<ExportPreview> {
        let plan = self.plan(opts)?;
        let mut tally = Tally::default();
        let scope = self.scope(plan.since, plan.clearance, false)?;
        for entity in Entity::ALL {
            scope.entity::<fn(Vec<u8>) -> Result<()>>(&self.conn, entity, &mut tally, None)?;
        }
        Ok(ExportPreview {
            clearance: Some(plan.clearance),
            recipients: if opts.passphrase.is_some() {
                vec![super::bundle::PASSPHRASE_RECIPIENT.into()]
            } else {
                plan.seal_to
            },
            full: plan.full,
            included: tally.lines(true),
            withheld: tally.lines(false),
            media: self.media_tally(&plan.to, plan.clearance, plan.since, opts.no_media)?,
        })
    }

    /// Writes a signed, encrypted bundle to `out` (atomically: a full disk leaves no partial
    /// file) and remembers what each saved recipient has been sent. Nothing above the
    /// recipients' clearance is in it, not even encrypted.
    pub fn export_bundle(&mut self, out: &Path, opts: &ExportOptions) -> Result<ExportReport> {
        let (report, sent) = self.write_bundle(out, opts)?;
        self.mark_sent(&sent)?;
        Ok(report)
    }

    /// Remembers what [`Store::write_bundle`] sent to whom, so the next export sends only what
    /// came after. The app writes the bundle on a reading connection beside the writer (an
    /// export never stops an autosave), then this on the writer, which is quick.
    pub fn mark_sent(&mut self, sent: &Sent) -> Result<()> {
        for r in &sent.to {
            self.conn.execute(
                "UPDATE recipient SET last_seq = max(last_seq, ?1) WHERE age_recipient = ?2",
                rusqlite::params![sent.high, r],
            )?;
        }
        media::mark_sent(&self.conn, &sent.to, &sent.media)
    }

    /// Writes the bundle of [`Store::export_bundle`] without remembering it as sent: pass what
    /// it returns to [`Store::mark_sent`].
    pub fn write_bundle(&self, out: &Path, opts: &ExportOptions) -> Result<(ExportReport, Sent)> {
        self.write_bundle_with(out, opts, &Progress::none())
    }

    /// [`Store::write_bundle`], reporting each kind of record read to `progress`; a stop leaves
    /// no file.
    pub fn write_bundle_with(
        &self,
        out: &Path,
        opts: &ExportOptions,
        progress: &Progress<'_>,
    ) -> Result<(ExportReport, Sent)> {
        // A passphrase bundle is as safe as its passphrase, wherever the file travels.
        if let Some(p) = &opts.passphrase {
            p.check_strength()?;
        }
        let Plan { to, seal_to, clearance, full, since } = self.plan(opts)?;
        // One read transaction, so the payload, its version vector and `high` agree.
        let snapshot = self.conn.unchecked_transaction()?;
        let high: i64 = self.conn.query_row(HIGHEST_SEQ, [], |r| r.get(0))?;
        let mut tally = Tally::default();
        let (payload, counts) = self.payload(since, clearance, self.second_reader_at(high), &mut tally, progress)?;
        let withheld = tally.lines(false).iter().map(|l| l.count).sum();
        let manifest = Manifest {
            format: FORMAT_WITHOUT_MEDIA,
            bundle_id: uuid::Uuid::now_v7(),
            created_at: Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            sender_device: self.device,
            sender_key: String::new(),
            recipients: vec![],
            full,
            version_vector: self.version_vector()?,
            hlc_range: if counts.changes == 0 { (0, 0) } else { (counts.lo, counts.hi) },
            seq_range: (since.max(0) as u64, high.max(0) as u64),
            changes: counts.changes,
            tombstones: counts.tombstones,
            payload_sha256: String::new(),
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            payload_len: 0,
            media: vec![],
        };
        let (media, media_tally) = media::choose(&self.conn, &to, clearance, since, opts.no_media)?;
        let bundle_id = manifest.bundle_id;
        let sealed_for = match &opts.passphrase {
            Some(p) => Seal::Passphrase(p),
            None => Seal::Recipients(&seal_to),
        };
        // Still in the read transaction: the media listed are the ones read.
        let readers: Vec<_> = if media.is_empty() {
            vec![]
        } else {
            (0..MEDIA_READERS).filter_map(|_| self.second_reader_at(high)).collect()
        };
        crate::atomic::write_atomically_with(out, |file| {
            media::write_media(&self.conn, readers, &media, progress, |write| {
                seal_with_media(manifest, &payload, &media, write, &self.keys.signing, sealed_for, file).map(drop)
            })
        })?;
        snapshot.commit()?;
        // A passphrase bundle goes to whoever has the passphrase: no recipient is marked.
        let media_sent = media.into_iter().map(|m| m.sha256).collect();
        let sent = Sent { to: if opts.passphrase.is_none() { to } else { vec![] }, high, media: media_sent };
        let report = ExportReport {
            bundle_id: bundle_id.to_string(),
            path: out.display().to_string(),
            changes: counts.changes,
            recipients: if opts.passphrase.is_some() {
                vec![super::bundle::PASSPHRASE_RECIPIENT.into()]
            } else {
                seal_to
            },
            full,
            clearance,
            withheld,
            media: media_tally,
        };
        Ok((report, sent))
    }
}

/// Which recipients a written bundle was sealed to, and the highest change it carried.
#[derive(Debug, Clone)]
pub struct Sent {
    to: Vec<String>,
    high: i64,
    media: Vec<String>,
}

/// The order the readers take kinds in (the pieces are still joined in [`Entity::ALL`]'s order):
/// the largest kinds first, so that the two readers finish close together, and sessions while
/// the other reader, on participants, reads the sessions' tiers that items need.
pub(super) const READ_ORDER: [Entity; 18] = [
    Entity::Participant,
    Entity::Session,
    Entity::Question,
    Entity::Priority,
    Entity::Support,
    Entity::Risk,
    Entity::Quote,
    Entity::Actor,
    Entity::Relation,
    Entity::CheckIn,
    Entity::ShareBack,
    Entity::RoleChange,
    Entity::Movement,
    Entity::Guide,
    Entity::GuideQuestion,
    Entity::Attachment,
    Entity::Withdrawal,
    Entity::WithdrawalAck,
];

/// Connections that read media for an export while it encrypts them (`media::write_media`).
const MEDIA_READERS: usize = 2;

/// The highest local arrival number: every write to synced data raises it.
pub(super) const HIGHEST_SEQ: &str = "SELECT coalesce(max(seq), 0) FROM record_clock";

/// What one reader of an export made: a compressed piece per kind of record, and its counts.
struct Read {
    pieces: Vec<(Entity, Vec<u8>)>,
    tally: Tally,
    counts: Counts,
}

/// The decisions behind one export.
struct Plan {
    to: Vec<String>,
    seal_to: Vec<String>,
    clearance: Tier,
    full: bool,
    since: i64,
}
