//! The stored bytes, written and read in pieces through SQLite's incremental blob I/O: a long
//! recording passes through a 256 KiB buffer, never whole through memory.

use crate::error::Result;
use rusqlite::blob::Blob;
use rusqlite::{Connection, OptionalExtension, MAIN_DB};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};

/// What [`put_blob`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlobWrite {
    /// The bytes were written.
    Stored,
    /// Bytes with that hash were already here.
    AlreadyHere,
    /// The bytes read were not `size` bytes with that hash: nothing usable was written (the
    /// caller's transaction must be rolled back).
    Mismatch,
}

/// Stores `size` bytes read from `src` under their SHA-256 `sha256`, checking both as they
/// pass. Already stored bytes are not read again (`src` is left as it is).
pub(crate) fn put_blob(conn: &Connection, sha256: &str, size: u64, src: impl Read) -> Result<BlobWrite> {
    write_blob(conn, sha256, size, src, true)
}

/// [`put_blob`] for bytes the caller checks against `sha256` itself as they pass (a bundle's
/// media, checked against the signed manifest), failing its transaction if they differ: they
/// are hashed once, not twice.
pub(crate) fn put_checked_blob(conn: &Connection, sha256: &str, size: u64, src: impl Read) -> Result<BlobWrite> {
    write_blob(conn, sha256, size, src, false)
}

fn write_blob(conn: &Connection, sha256: &str, size: u64, mut src: impl Read, hash: bool) -> Result<BlobWrite> {
    let here: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM media_blob WHERE sha256 = ?1)", [sha256], |r| r.get(0))?;
    if here {
        return Ok(BlobWrite::AlreadyHere);
    }
    let len = i64::try_from(size).unwrap_or(i64::MAX);
    conn.execute(
        "INSERT INTO media_blob (sha256, size, data) VALUES (?1, ?2, zeroblob(?2))",
        rusqlite::params![sha256, len],
    )?;
    let mut blob = conn.blob_open(MAIN_DB, "media_blob", "data", conn.last_insert_rowid(), false)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0; 256 << 10];
    let mut left = size;
    while left > 0 {
        let want = usize::try_from(left.min(buf.len() as u64)).unwrap_or(buf.len());
        let n = src.read(&mut buf[..want])?;
        if n == 0 {
            return Ok(BlobWrite::Mismatch);
        }
        if hash {
            hasher.update(&buf[..n]);
        }
        blob.write_all(&buf[..n])?;
        left -= n as u64;
    }
    Ok(if !hash || super::hex(&hasher.finalize()) == sha256 { BlobWrite::Stored } else { BlobWrite::Mismatch })
}

/// The stored bytes with this hash, to read in pieces, and their size.
pub(crate) fn open_blob<'c>(conn: &'c Connection, sha256: &str) -> Result<Option<(Blob<'c>, u64)>> {
    let row: Option<(i64, i64)> = conn
        .query_row("SELECT rowid, size FROM media_blob WHERE sha256 = ?1", [sha256], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((rowid, size)) = row else { return Ok(None) };
    let blob = conn.blob_open(MAIN_DB, "media_blob", "data", rowid, true)?;
    Ok(Some((blob, u64::try_from(size).unwrap_or_default())))
}
