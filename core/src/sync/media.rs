//! Which attachments' bytes a bundle carries, and taking them in on import. A photo goes to a
//! recipient only within its clearance, once (unless the bundle is full), and never with
//! `--no-media`; on import only bytes a live attachment here points at are kept.

use super::bundle::{Media, MediaEntry};
use crate::error::Error;
use crate::error::Result;
use crate::media::{open_blob, put_checked_blob, stored_media, BlobWrite};
use crate::store::Store;
use crate::tier::Tier;
use rusqlite::Connection;
use serde::Serialize;

/// What a bundle's media come to: the "what will leave this device" preview shows it.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct MediaTally {
    /// Files that leave, and their bytes.
    pub files: u64,
    /// Their total size.
    pub bytes: u64,
    /// Files kept back because every attachment pointing at them is above the clearance.
    pub withheld_files: u64,
    /// Files within the clearance left out because the bundle leaves media out.
    pub left_out_files: u64,
    /// Their total size.
    pub left_out_bytes: u64,
}

/// The media a bundle to `to` at `clearance` carries, sorted by hash, and their tally. Bytes go
/// when their tier (the most sensitive attachment pointing at them) is within the clearance and
/// a recipient lacks them: never sent to it, or an attachment pointing at them was made, revived
/// or re-pointed since the bundle's starting point `since` (a recipient that removed them when
/// the attachment was removed gets them again when it comes back).
pub(super) fn choose(
    conn: &Connection,
    to: &[String],
    clearance: Tier,
    since: i64,
    no_media: bool,
) -> Result<(Vec<MediaEntry>, MediaTally)> {
    let mut sent = conn.prepare_cached("SELECT count(*) FROM media_sent WHERE sha256 = ?1 AND recipient = ?2")?;
    let mut tally = MediaTally::default();
    let mut chosen = vec![];
    for (sha256, m) in stored_media(conn, since)? {
        if m.tier > clearance {
            tally.withheld_files += 1;
            continue;
        }
        let everyone_has_it = since > 0 && !m.moved && !to.is_empty() && {
            let mut all = true;
            for r in to {
                all &= sent.query_row(rusqlite::params![sha256, r], |row| row.get::<_, i64>(0))? > 0;
            }
            all
        };
        if everyone_has_it {
            continue;
        }
        if no_media {
            tally.left_out_files += 1;
            tally.left_out_bytes += m.size;
            continue;
        }
        tally.files += 1;
        tally.bytes += m.size;
        chosen.push(MediaEntry { sha256, size: m.size });
    }
    Ok((chosen, tally))
}

/// Writes a bundle's media: `seal` is called with a function that writes each entry's bytes.
/// With `readers` (connections that see what `conn` sees), the bytes are read and decrypted from
/// the store on other threads, entries dealt out in turn, while this thread encrypts them into
/// the bundle in order: every core works, in 1 MiB pieces, a few of them in flight per reader.
/// SQLCipher's page decryption costs more than age's encryption, so two readers keep up with one
/// writer. Without readers, the bytes are read here.
pub(super) fn write_media<T>(
    conn: &Connection,
    readers: Vec<Connection>,
    media: &[MediaEntry],
    progress: &crate::progress::Progress<'_>,
    seal: impl FnOnce(&mut dyn FnMut(&MediaEntry, &mut dyn std::io::Write) -> Result<()>) -> Result<T>,
) -> Result<T> {
    use crate::progress::Phase;
    let total: u64 = media.iter().map(|m| m.size).sum();
    let done = std::cell::Cell::new(0u64);
    let step = || progress.step(Phase::Media, done.get() >> 20, total.div_ceil(1 << 20));
    let gone = |e: &MediaEntry| Error::Bundle(format!("media {} is gone", e.sha256));
    if readers.is_empty() || media.is_empty() {
        return seal(&mut |entry, w| {
            let (mut blob, _) = open_blob(conn, &entry.sha256)?.ok_or_else(|| gone(entry))?;
            done.set(done.get() + std::io::copy(&mut blob, w)?);
            step()
        });
    }
    let n = readers.len();
    std::thread::scope(|scope| {
        let mut pipes = Vec::with_capacity(n);
        for (k, reader) in readers.into_iter().enumerate() {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Vec<u8>>>(4);
            // Pieces come back once written, to be filled again: 558 MB of photos are not
            // 558 fresh megabytes to allocate and zero.
            let (give_back, returned) = std::sync::mpsc::channel::<Vec<u8>>();
            pipes.push((rx, give_back));
            scope.spawn(move || {
                for entry in media.iter().skip(k).step_by(n) {
                    let read = (|| -> Result<bool> {
                        let (mut blob, _) = open_blob(&reader, &entry.sha256)?.ok_or_else(|| gone(entry))?;
                        loop {
                            let mut piece = returned.try_recv().unwrap_or_default();
                            piece.resize(1 << 20, 0);
                            let got = std::io::Read::read(&mut blob, &mut piece)?;
                            if got == 0 {
                                return Ok(true);
                            }
                            piece.truncate(got);
                            if tx.send(Ok(piece)).is_err() {
                                return Ok(false); // the writer stopped
                            }
                        }
                    })();
                    match read {
                        Ok(true) => {}
                        Ok(false) => return,
                        Err(e) => {
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                }
            });
        }
        let mut next = 0;
        seal(&mut |entry, w| {
            let (pipe, give_back) = &pipes[next % n];
            next += 1;
            let mut left = entry.size;
            while left > 0 {
                let piece = pipe.recv().map_err(|_| gone(entry))??;
                w.write_all(&piece)?;
                left = left.saturating_sub(piece.len() as u64);
                done.set(done.get() + piece.len() as u64);
                let _ = give_back.send(piece);
                step()?;
            }
            Ok(())
        })
        // Dropping the receivers here ends the readers, whatever happened.
    })
}

/// Remembers that `to` have been sent these media.
pub(super) fn mark_sent(conn: &Connection, to: &[String], media: &[String]) -> Result<()> {
    let mut stmt = conn.prepare_cached("INSERT OR IGNORE INTO media_sent (recipient, sha256) VALUES (?1, ?2)")?;
    for r in to {
        for sha in media {
            stmt.execute(rusqlite::params![r, sha])?;
        }
    }
    Ok(())
}

/// Takes in a bundle's media, in the import's transaction: the bytes a live attachment here
/// points at and that are not here yet are stored; every entry is checked against its signed
/// hash whether kept or not. Returns how many were stored.
pub(super) fn receive(conn: &Connection, media: &mut Media<'_>) -> Result<u64> {
    let mut wanted = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ?1 AND deleted = 0)
            AND NOT EXISTS (SELECT 1 FROM media_blob WHERE sha256 = ?1)",
    )?;
    let mut stored = 0;
    loop {
        let mut outcome = BlobWrite::AlreadyHere;
        let next = media.next(|entry, bytes| {
            if wanted.query_row([&entry.sha256], |r| r.get::<_, bool>(0))? {
                outcome = put_checked_blob(conn, &entry.sha256, entry.size, bytes)?;
            }
            Ok(())
        })?;
        if next.is_none() {
            break;
        }
        // `next` hashes the bytes as they pass and refuses a mismatch, which rolls back the
        // import with what was stored.
        stored += u64::from(outcome == BlobWrite::Stored);
    }
    media.finish()?;
    Ok(stored)
}

impl Store {
    /// What a bundle's media would come to (for the export preview).
    pub(super) fn media_tally(&self, to: &[String], clearance: Tier, since: i64, no_media: bool) -> Result<MediaTally> {
        Ok(choose(&self.conn, to, clearance, since, no_media)?.1)
    }
}
