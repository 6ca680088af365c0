//! Which attachments' bytes a bundle carries, and taking them in on import. A photo goes to a
//! recipient only within its clearance, once (unless the bundle is full), and never with
//! `--no-media`; on import only bytes a live attachment here points at are kept.

use super::bundle::{MediaEntry, Media};
use crate::error::Result;
use crate::media::{put_blob, stored_media, BlobWrite};
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
                outcome = put_blob(conn, &entry.sha256, entry.size, bytes)?;
            }
            Ok(())
        })?;
        if next.is_none() {
            break;
        }
        // A mismatch is refused by `next` (the same bytes, hashed as they passed).
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
