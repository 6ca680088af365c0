//! Workshop media: photos of flipcharts and dot-vote boards, recordings, scanned consent forms.
//! An attachment is a record like any other (stamped, synced, tiered, default `internal`); its
//! bytes live once per SHA-256 in `media_blob`, inside the encrypted store, written and read in
//! pieces so that a long recording is never held in memory whole. See docs/media.md.

mod blob;
mod clean;
mod print;

pub(crate) use blob::{open_blob, put_blob, put_checked_blob, BlobWrite};
pub use clean::{decode_upright, Kind};
pub use print::{for_print, print_side, MAX_WHOLE_DECODE, PRINT_SIDE, SUMMARY_PIXELS};

use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::store::{Op, Store};
use crate::tier::Tier;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Map, Value as Json};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest file attached unless someone chose otherwise: a two-hour recording in a phone's
/// format is ~60 MB; a WAV of the same is larger and better converted first.
pub const DEFAULT_MAX_BYTES: u64 = 200 << 20;
/// What the limit may be raised to: SQLite keeps a value of at most 1e9 bytes.
pub const MAX_MAX_BYTES: u64 = 900 << 20;
/// Where a chosen limit is kept (`meta`).
const LIMIT_KEY: &str = "media_max_bytes";
/// The largest photo attached, printed or previewed: decoding one takes about its pixels × 4 bytes,
/// and no camera makes a photo file this large.
pub const MAX_PHOTO: u64 = 64 << 20;
/// The longer side of an editor thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 320;

/// How to attach files.
#[derive(Debug, Clone, Default)]
pub struct AttachOptions {
    /// The tier chosen for them (`None`: the kind's default, `internal`).
    pub tier: Option<Tier>,
    /// Photos whose longer side is larger are shrunk to it.
    pub max_side: Option<u32>,
    /// The item of the session they are about (a priority, an answer, a participant).
    pub item: Option<RecordId>,
}

/// An attachment as lists and the editor show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Attachment {
    /// Record id.
    pub id: String,
    /// The session it belongs to.
    pub session_id: String,
    /// The item it is about, if any.
    pub item_id: Option<String>,
    /// The file's name when it was attached.
    pub file_name: String,
    /// What its bytes are (`image/jpeg`, `audio/ogg`, `application/pdf`…).
    pub media_type: String,
    /// Size of the stored bytes.
    pub size: u64,
    /// SHA-256 of the stored bytes, hex.
    pub sha256: String,
    /// The tier chosen (`default` for the kind's, `internal`).
    pub tier: String,
    /// A caption.
    pub caption: String,
    /// Printed in the session's summary.
    pub in_summary: bool,
    /// Whether its bytes are on this device (they may not have arrived yet).
    pub present: bool,
}

/// A small preview of a photo.
#[derive(Debug, Clone)]
pub struct Thumbnail {
    /// The photo's hash.
    pub sha256: String,
    /// A JPEG.
    pub bytes: Vec<u8>,
    /// Made now (not yet kept).
    pub new: bool,
}

/// A file read, recognised and cleaned, ready to be written.
struct Prepared {
    name: String,
    media_type: &'static str,
    sha256: String,
    size: u64,
    source: Source,
}

/// Where a prepared file's bytes come from.
enum Source {
    /// A photo, cleaned in memory.
    Cleaned(Vec<u8>),
    /// A recording or a PDF, streamed from the handle it was checked and hashed on.
    File(std::fs::File),
}

/// The name an attachment shows: the last component of a path, without controls or direction
/// marks (a right-to-left override can make `gpj.exe` read `exe.jpg`), at most 200 characters.
/// Applied to names picked here and to names that came in a bundle.
fn clean_name(name: &str) -> String {
    let name = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let name: String = name
        .chars()
        .filter(|c| {
            !c.is_control() && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .take(200)
        .collect();
    if name.trim().is_empty() {
        "attachment".into()
    } else {
        name
    }
}

fn file_error(path: &Path, e: &std::io::Error) -> Error {
    Error::File { path: path.display().to_string(), reason: e.to_string() }
}

/// Opens a file a person picked, once, for everything that follows: checked on the open handle
/// (a regular file, not a pipe or a device that would block or never end), never reopened, so
/// what is recognised is what is stored.
fn open_picked(path: &Path, name: &str) -> Result<(std::fs::File, u64)> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO swapped in would block the open itself; a regular file ignores the flag.
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path).map_err(|e| file_error(path, &e))?;
    let meta = file.metadata().map_err(|e| file_error(path, &e))?;
    if !meta.is_file() {
        return Err(Error::MediaUnsupported { name: name.into() });
    }
    Ok((file, meta.len()))
}

/// Reads, recognises and cleans one file, within `limit` bytes.
fn prepare(path: &Path, limit: u64, max_side: Option<u32>) -> Result<Prepared> {
    use std::io::Seek;
    let name = clean_name(&path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let (mut file, len) = open_picked(path, &name)?;
    if len > limit {
        return Err(Error::MediaTooLarge { name, mb: len.div_ceil(1 << 20), limit_mb: limit >> 20 });
    }
    let io = |e: std::io::Error| file_error(path, &e);
    let mut head = vec![0; 8192];
    let n = read_up_to(&mut file, &mut head).map_err(io)?;
    head.truncate(n);
    let media_type = clean::recognise(&name, &head)?;
    let kind = Kind::of(media_type);
    if kind == Some(Kind::Image) {
        // A photo is read whole to be cleaned: never past the limit, even if the file grows
        // after its size was read.
        let limit = limit.min(MAX_PHOTO);
        let mut bytes = head;
        (&mut file).take(limit + 1 - n as u64).read_to_end(&mut bytes).map_err(io)?;
        if bytes.len() as u64 > limit {
            return Err(Error::MediaTooLarge { name, mb: bytes.len().div_ceil(1 << 20) as u64, limit_mb: limit >> 20 });
        }
        let (bytes, stored_type) = clean::clean_image(&name, media_type, bytes, max_side)?;
        // A PNG or WebP shrunk is written as a JPEG: its name says so too.
        let name = match std::path::Path::new(&name).file_stem() {
            Some(stem) if stored_type != media_type => format!("{}.jpg", stem.to_string_lossy()),
            _ => name,
        };
        let media_type = stored_type;
        let sha256 = hex(&Sha256::digest(&bytes));
        return Ok(Prepared { name, media_type, sha256, size: bytes.len() as u64, source: Source::Cleaned(bytes) });
    }
    if kind == Some(Kind::Pdf) {
        clean::check_pdf(&name, &mut file, len).map_err(|e| match e {
            Error::Io(e) => io(e),
            other => other,
        })?;
    }
    file.rewind().map_err(io)?;
    let (sha256, size) = hash_stream((&mut file).take(limit + 1)).map_err(io)?;
    if size > limit {
        return Err(Error::MediaTooLarge { name, mb: size.div_ceil(1 << 20), limit_mb: limit >> 20 });
    }
    // Stored from the same handle: a change after hashing fails the hash check as it is stored.
    file.rewind().map_err(io)?;
    Ok(Prepared { name, media_type, sha256, size, source: Source::File(file) })
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

fn hash_stream(mut r: impl Read) -> std::io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0; 256 << 10];
    let mut size = 0u64;
    loop {
        match r.read(&mut buf)? {
            0 => break,
            n => {
                hasher.update(&buf[..n]);
                size += n as u64;
            }
        }
    }
    Ok((hex(&hasher.finalize()), size))
}

/// Lower-case hex.
pub(crate) fn hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(bytes)
}

/// Whether a text is a SHA-256 as stored (64 lower-case hex digits).
pub(crate) fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The media type to serve stored bytes as, recognised again from the bytes themselves: never
/// what a record claims (a bundle's record could call an HTML page a photo).
pub fn servable_type(head: &[u8]) -> Option<&'static str> {
    clean::recognise("", head).ok()
}

/// Stored photo bytes ready to print: within the pixel limit attaching enforces, and stripped
/// of metadata again (bytes from a bundle were cleaned by another device, if at all). `None` for
/// what is not a photo that can be read.
pub fn printable(bytes: &[u8]) -> Option<Vec<u8>> {
    let mime = servable_type(bytes).filter(|m| m.starts_with("image/"))?;
    clean::clean_image("", mime, bytes.to_vec(), None).ok().map(|(b, _)| b)
}

/// The stored bytes that live attachments point at: for each hash, its size, its tier, and
/// whether an attachment pointing at it (its `sha256` or `deleted` field) arrived after `since`
/// (a local arrival number: the record is in an incremental bundle from there).
///
/// The tier of some bytes is the **most** sensitive of the attachments pointing at them, each
/// taken at least at its session's choice and, when it is about a participant, at that person's
/// identity tier (the scanned consent form of someone at risk is restricted), and never below
/// the item it is about ([`item_tiers`]): a second record pointing at a restricted photo never
/// releases it.
pub(crate) fn stored_media(
    conn: &rusqlite::Connection,
    since: i64,
) -> Result<std::collections::BTreeMap<String, StoredMedia>> {
    use crate::tier::{field_floor, record_tier, Facts};
    let mut stmt = conn.prepare_cached(
        "SELECT a.sha256, a.tier, s.tier, b.size, p.id IS NOT NULL, coalesce(p.at_risk, 0), coalesce(p.consent_named, 0), c.stamps, a.id
         FROM attachment a
         JOIN media_blob b ON b.sha256 = a.sha256
         LEFT JOIN session s ON s.id = a.session_id
         LEFT JOIN participant p ON p.id = a.item_id
         LEFT JOIN record_clock c ON c.entity = 'attachment' AND c.id = a.id
         WHERE a.deleted = 0",
    )?;
    let items = item_tiers(conn)?;
    let mut out: std::collections::BTreeMap<String, StoredMedia> = std::collections::BTreeMap::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let choice = |v: Option<String>| v.as_deref().and_then(Tier::parse);
        let facts = Facts { item: choice(r.get(1)?), parent: choice(r.get(2)?), ..Facts::default() };
        let mut tier = record_tier(Entity::Attachment, &facts);
        if r.get::<_, bool>(4)? {
            let person = Facts { at_risk: r.get(5)?, consent_named: r.get(6)?, ..Facts::default() };
            tier = tier.max(field_floor(Entity::Participant, "name", &person));
        }
        if let Some(t) = crate::RecordId::from_slice(&r.get::<_, Vec<u8>>(8)?).and_then(|id| items.get(&id)) {
            tier = tier.max(*t);
        }
        let moved = match r.get_ref(7)?.as_blob_or_null()? {
            Some(blob) => crate::store::Stamps::decode(blob)?
                .iter()
                .any(|(field, f)| matches!(field, "sha256" | "deleted") && f.seq > since),
            None => true,
        };
        let size = u64::try_from(r.get::<_, i64>(3)?).unwrap_or_default();
        let e = out.entry(r.get(0)?).or_insert(StoredMedia { size, tier, moved });
        e.tier = e.tier.max(tier);
        e.moved |= moved;
    }
    Ok(out)
}

/// For each attachment about an item (a risk, a quote, a priority, a participant…), that item's
/// tier: media take the tier of what they show, never lower (a photo of a restricted risk is as
/// restricted as the risk's text). A participant's item tier includes their identity's.
pub(crate) fn item_tiers(conn: &rusqlite::Connection) -> Result<std::collections::HashMap<crate::RecordId, Tier>> {
    use crate::tier::{field_floor, has_tier_field, record_tier, Facts};
    let mut out = std::collections::HashMap::new();
    let choice = |v: Option<String>| v.as_deref().and_then(Tier::parse);
    for entity in Entity::ALL.into_iter().filter(|e| *e != Entity::Attachment) {
        let tier = if has_tier_field(entity) { "x.tier" } else { "NULL" };
        let person = if entity == Entity::Participant { "x.at_risk, x.consent_named" } else { "0, 0" };
        let session = match entity {
            Entity::Session => "NULL",
            e if e.has_session() => "(SELECT s.tier FROM session s WHERE s.id = x.session_id)",
            _ => "NULL",
        };
        let sql = format!(
            "SELECT a.id, {tier}, {session}, {person} FROM attachment a JOIN {} x ON x.id = a.item_id",
            entity.name()
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let Some(id) = crate::RecordId::from_slice(&r.get::<_, Vec<u8>>(0)?) else { continue };
            let facts = Facts {
                item: choice(r.get(1)?),
                parent: choice(r.get(2)?),
                at_risk: r.get(3)?,
                consent_named: r.get(4)?,
            };
            let mut t = record_tier(entity, &facts);
            if entity == Entity::Participant {
                t = t.max(field_floor(entity, "name", &facts));
            }
            out.insert(id, t);
        }
    }
    Ok(out)
}

/// What [`stored_media`] says of some stored bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StoredMedia {
    /// Their length.
    pub size: u64,
    /// The most sensitive tier among the live attachments pointing at them.
    pub tier: Tier,
    /// An attachment pointing at them was made, revived or re-pointed after `since`.
    pub moved: bool,
}

impl Store {
    /// The largest file that may be attached, in bytes.
    pub fn media_limit(&self) -> Result<u64> {
        let v: Option<Vec<u8>> =
            self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [LIMIT_KEY], |r| r.get(0)).optional()?;
        Ok(v.and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok()).map_or(DEFAULT_MAX_BYTES, u64::from_be_bytes))
    }

    /// Sets the largest file that may be attached (1 MB to [`MAX_MAX_BYTES`]).
    pub fn set_media_limit(&mut self, bytes: u64) -> Result<()> {
        let bytes = bytes.clamp(1 << 20, MAX_MAX_BYTES);
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![LIMIT_KEY, bytes.to_be_bytes().as_slice()],
        )?;
        Ok(())
    }

    /// Attaches files to a session: each is recognised, checked and cleaned first, then all are
    /// stored in one transaction (any bad file, or a full disk, attaches none). Returns the new
    /// attachments' ids, in the files' order.
    pub fn attach(&mut self, session: RecordId, files: &[PathBuf], opts: &AttachOptions) -> Result<Vec<RecordId>> {
        let s = self.get(Entity::Session, session)?;
        if s.get("deleted").and_then(Json::as_bool).unwrap_or(false) {
            return Err(Error::NotFound { entity: "session".into(), id: session.to_string() });
        }
        let limit = self.media_limit()?;
        let prepared = files.iter().map(|f| prepare(f, limit, opts.max_side)).collect::<Result<Vec<_>>>()?;
        let first: i64 = self.conn.query_row(
            "SELECT coalesce(max(position) + 1, 0) FROM attachment WHERE session_id = ?1 AND deleted = 0",
            [session.as_bytes().as_slice()],
            |r| r.get(0),
        )?;
        let ops = prepared
            .iter()
            .zip(first..)
            .map(|(p, position)| {
                let mut fields = Map::new();
                fields.insert("session_id".into(), json!(session.to_string()));
                fields.insert("item_id".into(), opts.item.map_or(Json::Null, |i| json!(i.to_string())));
                fields.insert("position".into(), json!(position));
                fields.insert("file_name".into(), json!(p.name));
                fields.insert("media_type".into(), json!(p.media_type));
                fields.insert("sha256".into(), json!(p.sha256));
                fields.insert("size".into(), json!(p.size));
                fields.insert("tier".into(), json!(opts.tier.map_or("default", Tier::code)));
                Op::Create { entity: Entity::Attachment, id: None, fields }
            })
            .collect();
        self.write_and_then(ops, |tx| {
            for p in &prepared {
                let stored = match &p.source {
                    Source::Cleaned(b) => put_blob(tx, &p.sha256, p.size, &b[..])?,
                    Source::File(f) => put_blob(tx, &p.sha256, p.size, f)?,
                };
                if stored == BlobWrite::Mismatch {
                    // The file changed between reading it and storing it.
                    return Err(Error::MediaDamaged { name: p.name.clone(), reason: "changed".into() });
                }
            }
            Ok(())
        })
    }

    /// The live attachments of a session, in order.
    pub fn attachments(&self, session: RecordId) -> Result<Vec<Attachment>> {
        self.attachments_where("a.session_id = ?1", session)
    }

    /// One attachment.
    pub fn attachment(&self, id: RecordId) -> Result<Attachment> {
        self.attachments_where("a.id = ?1", id)?
            .pop()
            .ok_or_else(|| Error::NotFound { entity: "attachment".into(), id: id.to_string() })
    }

    fn attachments_where(&self, filter: &str, id: RecordId) -> Result<Vec<Attachment>> {
        let sql = format!(
            "SELECT a.id, a.session_id, a.item_id, a.file_name, a.media_type, a.size, a.sha256, a.tier, a.caption,
                    a.in_summary, EXISTS (SELECT 1 FROM media_blob b WHERE b.sha256 = a.sha256)
             FROM attachment a WHERE {filter} AND a.deleted = 0 ORDER BY a.position, a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let id_text = |b: Option<Vec<u8>>| b.and_then(|b| RecordId::from_slice(&b)).map(|i| i.to_string());
        let rows = stmt.query_map([id.as_bytes().as_slice()], |r| {
            Ok(Attachment {
                id: id_text(r.get(0)?).unwrap_or_default(),
                session_id: id_text(r.get(1)?).unwrap_or_default(),
                item_id: id_text(r.get(2)?),
                file_name: clean_name(&r.get::<_, String>(3)?),
                media_type: r.get(4)?,
                size: r.get::<_, i64>(5)?.try_into().unwrap_or_default(),
                sha256: r.get(6)?,
                tier: r.get(7)?,
                caption: r.get(8)?,
                in_summary: r.get(9)?,
                present: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Writes an attachment's stored bytes (as they would leave this device) to `out`, whole or
    /// not at all. Returns the number of bytes.
    pub fn save_attachment(&self, id: RecordId, out: &Path) -> Result<u64> {
        let a = self.attachment(id)?;
        let Some((mut blob, size)) = open_blob(&self.conn, &a.sha256)? else {
            return Err(Error::MediaMissing { name: a.file_name });
        };
        crate::atomic::write_atomically_with(out, |w| {
            std::io::copy(&mut blob, w)?;
            Ok(())
        })?;
        Ok(size)
    }

    /// An attachment's stored bytes, whole (photos for the viewer and summaries; recordings are
    /// read with [`Store::read_attachment`]).
    pub fn attachment_bytes(&self, id: RecordId) -> Result<(Attachment, Vec<u8>)> {
        let a = self.attachment(id)?;
        let Some((mut blob, size)) = open_blob(&self.conn, &a.sha256)? else {
            return Err(Error::MediaMissing { name: a.file_name });
        };
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        blob.read_to_end(&mut bytes)?;
        Ok((a, bytes))
    }

    /// A photo attachment's stored bytes, whole (the viewer, thumbnails, summaries), or `None`
    /// when they are not a photo (recognised from their first bytes, not from the record) or are
    /// larger than any photo: a bundle's record may call a long recording a photo.
    pub fn photo_bytes(&self, id: RecordId) -> Result<Option<(Attachment, Vec<u8>)>> {
        let a = self.attachment(id)?;
        let Some((mut blob, size)) = open_blob(&self.conn, &a.sha256)? else {
            return Err(Error::MediaMissing { name: a.file_name });
        };
        let mut head = [0u8; 64];
        let n = read_up_to(&mut blob, &mut head)?;
        if size > MAX_PHOTO || servable_type(&head[..n]).is_none_or(|t| !t.starts_with("image/")) {
            return Ok(None);
        }
        let mut bytes = head[..n].to_vec();
        blob.read_to_end(&mut bytes)?;
        Ok(Some((a, bytes)))
    }

    /// Part of an attachment's stored bytes, from `start`, at most `len` (a player seeking in a
    /// recording). Returns the bytes and the total size.
    pub fn read_attachment(&self, id: RecordId, start: u64, len: u64) -> Result<(Attachment, Vec<u8>, u64)> {
        use std::io::{Seek, SeekFrom};
        let a = self.attachment(id)?;
        let Some((mut blob, size)) = open_blob(&self.conn, &a.sha256)? else {
            return Err(Error::MediaMissing { name: a.file_name });
        };
        let start = start.min(size);
        blob.seek(SeekFrom::Start(start))?;
        let mut bytes = Vec::with_capacity(usize::try_from(len.min(size - start)).unwrap_or(0));
        blob.take(len).read_to_end(&mut bytes)?;
        Ok((a, bytes, size))
    }

    /// A small JPEG preview of a photo attachment (`None` for other kinds), made on first use.
    /// One made now is not kept by this call (a reader cannot write): pass it to
    /// [`Store::keep_thumbnail`] on the writer.
    pub fn attachment_thumbnail(&self, id: RecordId) -> Result<Option<Thumbnail>> {
        let a = self.attachment(id)?;
        if Kind::of(&a.media_type) != Some(Kind::Image) {
            return Ok(None);
        }
        let kept: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT data FROM media_thumb WHERE sha256 = ?1", [&a.sha256], |r| r.get(0))
            .optional()?;
        if let Some(bytes) = kept {
            return Ok(Some(Thumbnail { sha256: a.sha256, bytes, new: false }));
        }
        let Some((_, bytes)) = self.photo_bytes(id)? else { return Ok(None) };
        let made = clean::within_pixels(&bytes).then(|| clean::thumbnail(&bytes, THUMB_SIDE)).flatten();
        Ok(made.map(|bytes| Thumbnail { sha256: a.sha256, bytes, new: true }))
    }

    /// Keeps a thumbnail made by [`Store::attachment_thumbnail`] (while its photo is here).
    pub fn keep_thumbnail(&mut self, thumb: &Thumbnail) -> Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO media_thumb (sha256, data)
             SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM media_blob WHERE sha256 = ?1)",
            params![thumb.sha256, thumb.bytes],
        )?;
        Ok(())
    }

    /// Removes an attachment (a stamped delete that syncs); its bytes go when nothing else
    /// points at them.
    pub fn remove_attachment(&mut self, id: RecordId) -> Result<()> {
        self.attachment(id)?;
        self.delete(Entity::Attachment, id)
    }
}

#[cfg(test)]
mod tests;
