//! Reading a payload that arrived in a bundle: block by block from the inflating stream, each
//! checked, within what the signed manifest says the payload holds, so a hostile payload costs
//! no more than an honest one of the size it claims. The wire layout is in `payload.rs`.

use super::change::Change;
use super::payload::{damaged, Block, BLOCK_RECORDS};
use crate::error::{Error, Result};
use crate::hlc::Hlc;
use crate::ids::{DeviceId, RecordId};
use crate::schema::Entity;
use crate::stamp::Stamp;

/// The changes of an inflated payload of `format` (1 or 2).
pub fn decode(format: u32, plain: &[u8]) -> Result<Vec<Change>> {
    decode_from(format, plain, Limits { bytes: u64::MAX, changes: MAX_CHANGES })
}

/// How much a payload may hold: inflated bytes, and changes (the signed manifest's count).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Inflated bytes at most.
    pub bytes: u64,
    /// Changes at most.
    pub changes: u64,
}

/// The changes of a payload read from `inflated` (a DEFLATE decoder, say) block by block: only
/// one block's bytes are held at a time, and reading stops with an error (never a silent cut) as
/// soon as the payload holds more bytes or changes than `limits` allow, so a small file that
/// inflates to gigabytes costs almost nothing.
pub fn decode_from(format: u32, inflated: impl std::io::Read, limits: Limits) -> Result<Vec<Change>> {
    if limits.changes > MAX_CHANGES {
        return Err(damaged(&format!("it claims {} changes; a bundle holds at most {MAX_CHANGES}", limits.changes)));
    }
    let mut reader = Bounded { inner: inflated, left: limits.bytes };
    if format == 1 {
        // The old JSON format is only read from old bundles: far smaller than this.
        reader.left = reader.left.min(MAX_V1_BYTES);
        let mut plain = Vec::new();
        std::io::Read::read_to_end(&mut reader, &mut plain).map_err(read_error)?;
        let changes: Vec<Change> =
            serde_json::from_slice(&plain).map_err(|e| Error::BundleDamaged(format!("payload: {e}")))?;
        if changes.len() as u64 > limits.changes {
            return Err(damaged("it holds more changes than its manifest says"));
        }
        return Ok(changes);
    }
    let mut out = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut start = 0;
    let mut ended = false;
    loop {
        if start == buf.len() && ended {
            return Ok(out);
        }
        match postcard::take_from_bytes::<Block>(&buf[start..]) {
            Ok((block, tail)) => {
                start = buf.len() - tail.len();
                if block.records.is_empty() {
                    return Err(damaged("a block holds no records"));
                }
                block_changes(block, &mut out)?;
                if out.len() as u64 > limits.changes {
                    return Err(damaged("it holds more changes than its manifest says"));
                }
            }
            Err(postcard::Error::DeserializeUnexpectedEnd) if !ended => {
                // Keep only the unread part, then read more of the stream: at least as much again
                // as is waiting, so a large block is parsed a few times, not once per chunk.
                buf.drain(..start);
                start = 0;
                let have = buf.len();
                if have as u64 > MAX_BLOCK_BYTES {
                    return Err(damaged("a block is larger than any bundle writes"));
                }
                buf.resize(have + have.max(1 << 16), 0);
                let n = read_some(&mut reader, &mut buf[have..])?;
                buf.truncate(have + n);
                ended = n == 0;
            }
            Err(_) => return Err(damaged("a block is cut short or malformed")),
        }
    }
}

fn read_some(r: &mut impl std::io::Read, into: &mut [u8]) -> Result<usize> {
    loop {
        match r.read(into) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => return other.map_err(read_error),
        }
    }
}

fn read_error(e: std::io::Error) -> Error {
    match e.kind() {
        std::io::ErrorKind::FileTooLarge => {
            damaged("it inflates to more than its changes can hold (a decompression bomb?)")
        }
        _ => damaged("the payload cannot be decompressed"),
    }
}

/// A reader that fails, instead of ending, once more than `left` bytes have been read.
struct Bounded<R> {
    inner: R,
    left: u64,
}

impl<R: std::io::Read> std::io::Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.left = self.left.checked_sub(n as u64).ok_or(std::io::ErrorKind::FileTooLarge)?;
        Ok(n)
    }
}

/// Changes a bundle may hold: several times an office's largest merge (10k sessions are ~1.7
/// million), and what a laptop can hold decoded (a change takes ~200 bytes in memory).
pub const MAX_CHANGES: u64 = 8_000_000;
/// Inflated bytes of a format 1 (JSON) payload.
const MAX_V1_BYTES: u64 = 256 << 20;
/// Bytes of one block: 1,024 records with long notes stay far below.
const MAX_BLOCK_BYTES: u64 = 64 << 20;

/// One block's changes, checked, appended to `out`. The lists a block names things by are
/// bounded by what a writer makes, and a record without fields is damage: a small payload must
/// not decode into much more memory than it says.
fn block_changes(block: Block, out: &mut Vec<Change>) -> Result<()> {
    if block.records.len() > BLOCK_RECORDS || block.fields.len() > 256 || block.devices.len() > 1 << 16 {
        return Err(damaged("a block lists more than a bundle writes"));
    }
    let entity =
        Entity::from_name(&block.entity).ok_or_else(|| damaged(&format!("unknown record kind {:?}", block.entity)))?;
    let stamp = |hlc: u64, device: u32| -> Result<Stamp> {
        let d = block.devices.get(device as usize).ok_or_else(|| damaged("a device index is out of range"))?;
        Ok(Stamp { hlc: Hlc(hlc), device: DeviceId(uuid::Uuid::from_bytes(*d)) })
    };
    for record in block.records {
        if record.fields.is_empty() {
            return Err(damaged("a record holds no fields"));
        }
        let id = RecordId(uuid::Uuid::from_bytes(record.id));
        for f in record.fields {
            let field = block.fields.get(f.field as usize).ok_or_else(|| damaged("a field index is out of range"))?;
            out.push(Change {
                entity,
                id,
                field: field.clone(),
                value: f.value.into_json()?,
                stamp: stamp(f.hlc, f.device)?,
                base: f.base.map(|(h, d)| stamp(h, d)).transpose()?,
            });
        }
    }
    Ok(())
}
