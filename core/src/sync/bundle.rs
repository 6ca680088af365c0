//! The bundle file: a standard age file whose plaintext is a signed manifest and a compressed
//! payload of stamped field changes (the payload's layout is in `payload.rs`). Sealing and opening are pure functions of bytes and keys;
//! nothing here touches a store. See docs/bundle-format.md.

use super::change::Change;
use crate::error::{Error, Result};
use crate::ids::DeviceId;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Read, Write};

/// First bytes of every bundle's plaintext.
pub const MAGIC: &[u8; 17] = b"fieldbook-bundle\n";
/// The newest format version this build reads (it reads every older one). It writes version 3
/// when a bundle carries media and version 2 otherwise, which Fieldbook 0.1 also reads.
pub const FORMAT_VERSION: u32 = 3;
/// The version written for a bundle without media.
pub const FORMAT_WITHOUT_MEDIA: u32 = 2;
/// Domain separation of the manifest signature.
const SIGNING_CONTEXT: &[u8] = b"fieldbook-bundle-v1/manifest\0";
/// The recipient name recorded in the manifest of a passphrase bundle.
pub const PASSPHRASE_RECIPIENT: &str = "passphrase";
/// A file larger than this is refused before it is read. Without media it is far above any
/// bundle Fieldbook makes (an office's 10k sessions are ~14 MB); media pass through in pieces,
/// so a season's photos never need the memory they take on the stick.
pub const MAX_FILE: u64 = 64 << 30;
/// The most the signed part and the payload may take (they are held in memory).
pub const MAX_PAYLOAD: u64 = 1 << 30;
/// A manifest longer than this is damage (100,000 media entries take ~10 MB).
const MAX_MANIFEST: u32 = 16 << 20;
/// Media a bundle may carry, and the largest one (what SQLite keeps in one value).
const MAX_MEDIA: usize = 100_000;
const MAX_MEDIA_FILE: u64 = 1_000_000_000;
/// Recipients (age stanzas) a bundle may list: each costs a key agreement to try.
pub const MAX_RECIPIENTS: usize = 64;
/// What a payload may inflate to: a fixed allowance plus so much per change its signed manifest
/// counts, and never more than the ceiling. Real payloads take tens of bytes per change.
const INFLATE_BASE: u64 = 16 << 20;
const INFLATE_PER_CHANGE: u64 = 64 << 10;
const INFLATE_CEILING: u64 = 1 << 30;

/// What a bundle says about itself; signed by the sender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format version ([`FORMAT_VERSION`]).
    pub format: u32,
    /// Unique id of this bundle.
    pub bundle_id: uuid::Uuid,
    /// When it was made (RFC 3339, sender's clock).
    pub created_at: String,
    /// The sender's device id.
    pub sender_device: DeviceId,
    /// The sender's Ed25519 public key, hex.
    pub sender_key: String,
    /// Who it is encrypted to: `age1…` recipients, sorted, or `passphrase`.
    pub recipients: Vec<String>,
    /// A complete bundle (true) or only what changed since the last one to these recipients.
    pub full: bool,
    /// Per device (hyphenated id), the highest HLC the sender had from it.
    pub version_vector: BTreeMap<String, u64>,
    /// Lowest and highest HLC among the changes (0 when empty).
    pub hlc_range: (u64, u64),
    /// The sender's own arrival numbers this bundle covers: what it learned after the first, up
    /// to and including the second (from 0 for a full bundle or its first to these recipients).
    /// Put end to end, a device's bundles show a recipient whether any is still on its way
    /// (docs/threat-model.md, "Erased names"). Absent from bundles written before 0.4.
    #[serde(default, skip_serializing_if = "is_zero_range")]
    pub seq_range: (u64, u64),
    /// Number of changes, and how many of them are tombstones.
    pub changes: u64,
    /// Tombstones among the changes.
    pub tombstones: u64,
    /// SHA-256 of the (compressed) payload, hex.
    pub payload_sha256: String,
    /// The Fieldbook version that wrote it (CHANGELOG.md), for whoever reads a bundle later;
    /// absent from bundles written before 0.1.0's installers. Signed like the rest, but nothing
    /// decides on it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub app_version: String,
    /// Format 3: the payload's length in bytes (the media follow it).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub payload_len: u64,
    /// Format 3: the stored bytes of attachments, in the order they follow the payload.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<MediaEntry>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_zero_range(r: &(u64, u64)) -> bool {
    *r == (0, 0)
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One attachment's bytes in a bundle: they follow the payload, in the manifest's order, each
/// exactly `size` bytes whose SHA-256 is `sha256` (signed with the manifest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaEntry {
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// Their length.
    pub size: u64,
}

/// Who may decrypt a bundle.
pub enum Seal<'a> {
    /// age X25519 recipients (`age1…`).
    Recipients(&'a [String]),
    /// A passphrase (scrypt); age allows it only as the sole recipient.
    Passphrase(&'a crate::Passphrase),
}

/// How to decrypt a bundle.
pub enum Unseal<'a> {
    /// With this device's age identity.
    Identity(&'a age::x25519::Identity),
    /// With a passphrase.
    Passphrase(&'a crate::Passphrase),
}

/// A bundle whose signature and payload hash have been checked.
#[derive(Debug)]
pub struct Verified {
    /// The signed manifest.
    pub manifest: Manifest,
    /// The sender's public key.
    pub sender: VerifyingKey,
    /// The changes.
    pub changes: Vec<Change>,
}

fn signed_message(manifest: &[u8]) -> Vec<u8> {
    [SIGNING_CONTEXT, manifest].concat()
}

/// Compresses the changes into a payload of the current format.
pub fn compress(changes: &[Change]) -> Result<Vec<u8>> {
    super::payload::compress_v2(changes)
}

/// Signs the manifest bytes (domain-separated).
pub fn sign_manifest(manifest: &[u8], signer: &SigningKey) -> [u8; 64] {
    signer.sign(&signed_message(manifest)).to_bytes()
}

/// Lays out the plaintext: magic, format version, manifest length and bytes, signature, payload.
pub fn frame(format: u32, manifest: &[u8], signature: &[u8; 64], payload: &[u8]) -> Vec<u8> {
    let mut plain = frame_head(format, manifest);
    plain.reserve(signature.len() + payload.len());
    plain.extend_from_slice(signature);
    plain.extend_from_slice(payload);
    plain
}

/// The plaintext up to the signature: magic, format version, manifest length and bytes.
fn frame_head(format: u32, manifest: &[u8]) -> Vec<u8> {
    let mut head = Vec::with_capacity(manifest.len() + 32);
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&format.to_be_bytes());
    head.extend_from_slice(&u32::try_from(manifest.len()).unwrap_or(u32::MAX).to_be_bytes());
    head.extend_from_slice(manifest);
    head
}

/// An age encryptor to the recipients, or to the passphrase.
fn encryptor(to: &Seal<'_>) -> Result<age::Encryptor> {
    Ok(match to {
        Seal::Recipients(list) => {
            let parsed = list
                .iter()
                .map(|r| r.parse::<age::x25519::Recipient>().map_err(|_| Error::BadRecipient(r.clone())))
                .collect::<Result<Vec<_>>>()?;
            if parsed.is_empty() {
                return Err(Error::NoRecipients);
            }
            age::Encryptor::with_recipients(parsed.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|e| Error::Bundle(e.to_string()))?
        }
        Seal::Passphrase(p) => age::Encryptor::with_user_passphrase(p.expose().to_owned().into()),
    })
}

/// Encrypts a plaintext as a standard age file.
pub fn encrypt(plain: &[u8], to: &Seal<'_>) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(plain.len() + 512);
    let mut w = encryptor(to)?.wrap_output(&mut out)?;
    w.write_all(plain)?;
    w.finish()?;
    Ok(out)
}

/// Builds, signs, compresses and encrypts a bundle. Returns the age file's bytes.
pub fn seal(manifest: Manifest, changes: &[Change], signer: &SigningKey, to: Seal<'_>) -> Result<Vec<u8>> {
    seal_payload(manifest, &compress(changes)?, signer, to)
}

/// Signs and encrypts a bundle around an already compressed payload of `manifest.format`.
/// Returns the age file's bytes.
pub fn seal_payload(manifest: Manifest, payload: &[u8], signer: &SigningKey, to: Seal<'_>) -> Result<Vec<u8>> {
    seal_payload_into(manifest, payload, signer, to, Vec::with_capacity(payload.len() + 4096))
}

/// [`seal_payload`] written into `out` as it is encrypted (an export writes its file this way,
/// without a second copy of the bundle in memory). Returns `out`.
pub fn seal_payload_into<W: Write>(
    manifest: Manifest,
    payload: &[u8],
    signer: &SigningKey,
    to: Seal<'_>,
    out: W,
) -> Result<W> {
    seal_with_media(manifest, payload, &[], &mut |_, _| Ok(()), signer, to, out)
}

/// [`seal_payload_into`] followed by media: `media` lists them and `write_media` writes each
/// one's bytes, in that order. With media the bundle is format 3, without them format 2.
pub fn seal_with_media<W: Write>(
    mut manifest: Manifest,
    payload: &[u8],
    media: &[MediaEntry],
    write_media: &mut dyn FnMut(&MediaEntry, &mut dyn Write) -> Result<()>,
    signer: &SigningKey,
    to: Seal<'_>,
    out: W,
) -> Result<W> {
    manifest.payload_sha256 = hex(&Sha256::digest(payload));
    manifest.sender_key = hex(signer.verifying_key().as_bytes());
    manifest.recipients = match &to {
        Seal::Recipients(r) => {
            let mut r = r.to_vec();
            r.sort();
            r.dedup();
            r
        }
        Seal::Passphrase(_) => vec![PASSPHRASE_RECIPIENT.into()],
    };
    if !media.is_empty() {
        manifest.format = FORMAT_VERSION;
        manifest.payload_len = payload.len() as u64;
        manifest.media = media.to_vec();
    }
    let manifest_bytes = serde_json::to_vec(&manifest).map_err(|e| Error::Bundle(e.to_string()))?;
    let signature = sign_manifest(&manifest_bytes, signer);
    let mut w = encryptor(&to)?.wrap_output(out)?;
    w.write_all(&frame_head(manifest.format, &manifest_bytes))?;
    w.write_all(&signature)?;
    w.write_all(payload)?;
    for entry in media {
        let mut counted = Counted { inner: &mut w, n: 0 };
        write_media(entry, &mut counted)?;
        if counted.n != entry.size {
            return Err(Error::Bundle(format!("media {} changed while it was written", entry.sha256)));
        }
    }
    Ok(w.finish()?)
}

/// A writer that counts what passes.
struct Counted<'a, W: Write> {
    inner: &'a mut W,
    n: u64,
}

impl<W: Write> Write for Counted<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.n += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Decrypts the whole file and checks the framing, the format version, the signature and the
/// payload hash, and that the signed recipient list names the key it was opened with.
/// `trusted` decides whether the signer is known; nothing is applied here.
pub fn open(file: &[u8], key: Unseal<'_>, trusted: impl Fn(&VerifyingKey) -> bool) -> Result<Verified> {
    open_from(file, file, key, trusted)
}

/// [`open`] reading the file as it decrypts: `first` is the file's first 64 KiB (or all of it),
/// for the header checks made before age parses anything.
pub fn open_from(
    first: &[u8],
    file: impl std::io::BufRead,
    key: Unseal<'_>,
    trusted: impl Fn(&VerifyingKey) -> bool,
) -> Result<Verified> {
    let head = open_head_from(first, file, key)?;
    if !trusted(&head.sender) {
        return Err(Error::BundleUnknownSigner {
            fingerprint: crate::identity::fingerprint(&head.sender),
            device: head.manifest.sender_device.to_string(),
        });
    }
    // Inflated and decoded only for a trusted signer, block by block, within what the signed
    // manifest says the payload holds.
    let limits = super::decode::Limits {
        bytes: INFLATE_BASE
            .saturating_add(head.manifest.changes.saturating_mul(INFLATE_PER_CHANGE))
            .min(INFLATE_CEILING),
        changes: head.manifest.changes,
    };
    let changes =
        super::decode::decode_from(head.manifest.format, flate2::read::DeflateDecoder::new(&head.payload[..]), limits)?;
    if changes.len() as u64 != head.manifest.changes {
        return Err(Error::BundleDamaged("the number of changes does not match the manifest".into()));
    }
    Ok(Verified { manifest: head.manifest, sender: head.sender, changes })
}

/// A bundle decrypted, its signature and payload hash checked, its payload not yet inflated:
/// all `inspect` needs, whoever signed it.
pub struct Head {
    /// The signed manifest.
    pub manifest: Manifest,
    /// The signer's key (the signature is valid for it).
    pub sender: VerifyingKey,
    /// The compressed payload.
    payload: Vec<u8>,
}

/// Decrypts a bundle and checks everything but its payload's contents (see [`open`]), media
/// included (each checked against its signed hash as it passes, then dropped). Costs at most
/// one decryption of a file already bounded in size, and a recipient count.
pub fn open_head(file: &[u8], key: Unseal<'_>) -> Result<Head> {
    open_head_from(file, file, key)
}

/// [`open_head`] reading the file as it decrypts (`first` as in [`open_from`]).
pub fn open_head_from(first: &[u8], file: impl std::io::BufRead, key: Unseal<'_>) -> Result<Head> {
    let mut media = open_media(first, file, key)?;
    // The whole file is decrypted and authenticated before anything is parsed further or applied.
    media.finish()?;
    Ok(media.head)
}

/// Decrypts a bundle up to its media and checks what precedes them; the media are then read
/// with [`Media::next`].
pub fn open_media<'a, R: std::io::BufRead + 'a>(first: &[u8], file: R, key: Unseal<'_>) -> Result<Media<'a>> {
    check_recipients(first)?;
    let decryptor = age::Decryptor::new_buffered(file).map_err(|_| Error::NotABundle)?;
    let (reader, me): (Box<dyn Read + 'a>, String) = match (&key, decryptor.is_scrypt()) {
        (Unseal::Identity(id), false) => {
            let r = decryptor.decrypt(std::iter::once(*id as &dyn age::Identity)).map_err(decrypt_error)?;
            (Box::new(r), id.to_public().to_string())
        }
        (Unseal::Passphrase(p), true) => {
            let id = age::scrypt::Identity::new(p.expose().to_owned().into());
            let r = decryptor.decrypt(std::iter::once(&id as &dyn age::Identity)).map_err(|e| match e {
                age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => Error::BundleWrongPassphrase,
                other => decrypt_error(other),
            })?;
            (Box::new(r), PASSPHRASE_RECIPIENT.into())
        }
        (Unseal::Identity(_), true) => return Err(Error::BundleNeedsPassphrase),
        (Unseal::Passphrase(_), false) => return Err(Error::BundleWrongKey),
    };
    let mut reader = reader;
    let head = read_frame(&mut reader)?;
    if !head.manifest.recipients.contains(&me) {
        return Err(Error::BundleDamaged("it was re-encrypted to a recipient its sender did not sign".into()));
    }
    Ok(Media { head, reader, next: 0 })
}

/// A bundle's media, read one after another from the decrypting file.
pub struct Media<'a> {
    /// What precedes them, checked.
    pub head: Head,
    reader: Box<dyn Read + 'a>,
    next: usize,
}

impl Media<'_> {
    /// Passes the next entry's bytes to `take` (which may read all, some or none of them; the
    /// rest are read here), then checks them against the signed hash. `None` after the last.
    pub fn next(&mut self, take: impl FnOnce(&MediaEntry, &mut dyn Read) -> Result<()>) -> Result<Option<MediaEntry>> {
        let Some(entry) = self.head.manifest.media.get(self.next).cloned() else { return Ok(None) };
        self.next += 1;
        let mut hashing = Hashing { inner: (&mut self.reader).take(entry.size), hasher: Sha256::new(), n: 0 };
        take(&entry, &mut hashing)?;
        std::io::copy(&mut hashing, &mut std::io::sink()).map_err(read_error)?;
        if hashing.n != entry.size {
            return Err(Error::BundleDamaged("the file is truncated".into()));
        }
        if hex(&hashing.hasher.finalize()) != entry.sha256 {
            return Err(Error::BundleDamaged("a photo or recording does not match its signed hash".into()));
        }
        Ok(Some(entry))
    }

    /// Reads and checks every entry left, then that the file ends there (age authenticates
    /// its last piece only at the end).
    pub fn finish(&mut self) -> Result<()> {
        while self.next(|_, _| Ok(()))?.is_some() {}
        let mut byte = [0u8; 1];
        match self.reader.read(&mut byte).map_err(read_error)? {
            0 => Ok(()),
            _ => Err(Error::BundleDamaged("there are bytes after the last attachment".into())),
        }
    }
}

/// A reader that hashes and counts what passes.
struct Hashing<R: Read> {
    inner: R,
    hasher: Sha256,
    n: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.n += n as u64;
        Ok(n)
    }
}

/// What a failed read of the decrypting file means.
fn read_error(e: std::io::Error) -> Error {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => Error::BundleDamaged("the file is truncated".into()),
        _ => Error::BundleDamaged("the file was altered after it was made".into()),
    }
}

/// Refuses a file whose age header lists more recipients than [`MAX_RECIPIENTS`], before any is
/// tried. The header is text: `age-encryption.org/v1`, a `-> ` line per recipient, then `---`.
pub(crate) fn check_recipients(file: &[u8]) -> Result<()> {
    // 64 recipients take ~8 KiB; age re-reads the header line by line, so a long one costs.
    let head = &file[..file.len().min(64 << 10)];
    let Some(end) = head.windows(4).position(|w| w == b"\n---") else { return Err(Error::NotABundle) };
    let stanzas = head[..end].split(|b| *b == b'\n').filter(|l| l.starts_with(b"-> ")).count();
    if stanzas > MAX_RECIPIENTS {
        return Err(Error::BundleDamaged(format!(
            "it lists {stanzas} recipients; bundles list at most {MAX_RECIPIENTS}"
        )));
    }
    Ok(())
}

/// Parses a decrypted bundle: magic, format version, manifest, signature (checked against the
/// key the manifest names), the payload's hash and, in format 3, each medium's. Public for the
/// fuzzer (`fuzz/`).
pub fn parse_frame(plain: &[u8]) -> Result<Head> {
    let mut reader: Box<dyn Read + '_> = Box::new(plain);
    let head = read_frame(&mut reader)?;
    let mut media = Media { head, reader, next: 0 };
    media.finish()?;
    Ok(media.head)
}

/// Reads exactly `buf.len()` bytes; a clean end before that is `short`.
fn fill(r: &mut dyn Read, buf: &mut [u8], short: impl FnOnce() -> Error) -> Result<()> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]).map_err(read_error)? {
            0 => return Err(short()),
            k => n += k,
        }
    }
    Ok(())
}

/// Reads and checks everything before the media: magic, version, manifest, signature, payload.
fn read_frame(r: &mut Box<dyn Read + '_>) -> Result<Head> {
    let mut magic = [0u8; 17];
    fill(r, &mut magic, || Error::NotABundle)?;
    if &magic != MAGIC {
        return Err(Error::NotABundle);
    }
    let cut = || Error::BundleDamaged("the file is cut short".into());
    let mut word = [0u8; 4];
    fill(r, &mut word, cut)?;
    let version = u32::from_be_bytes(word);
    if version > FORMAT_VERSION {
        return Err(Error::BundleFutureVersion { found: version, supported: FORMAT_VERSION });
    }
    if version == 0 {
        return Err(Error::BundleDamaged("format version 0 does not exist".into()));
    }
    fill(r, &mut word, cut)?;
    let len = u32::from_be_bytes(word);
    if len > MAX_MANIFEST {
        return Err(Error::BundleDamaged("the manifest is too long".into()));
    }
    let manifest_cut = || Error::BundleDamaged("the manifest is cut short".into());
    let mut manifest_bytes = vec![0; len as usize];
    fill(r, &mut manifest_bytes, manifest_cut)?;
    let mut sig = [0u8; 64];
    fill(r, &mut sig, manifest_cut)?;
    let manifest: Manifest =
        serde_json::from_slice(&manifest_bytes).map_err(|e| Error::BundleDamaged(format!("manifest: {e}")))?;
    if manifest.format != version {
        return Err(Error::BundleDamaged("the format version does not match the manifest".into()));
    }
    let key_bytes: [u8; 32] = unhex(&manifest.sender_key)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| Error::BundleDamaged("bad sender key".into()))?;
    let sender = VerifyingKey::from_bytes(&key_bytes).map_err(|_| Error::BundleDamaged("bad sender key".into()))?;
    let signature = Signature::from_slice(&sig).map_err(|_| Error::BundleBadSignature)?;
    sender.verify(&signed_message(&manifest_bytes), &signature).map_err(|_| Error::BundleBadSignature)?;
    let payload = if version < 3 {
        if !manifest.media.is_empty() {
            return Err(Error::BundleDamaged("media in a bundle of format 2".into()));
        }
        let mut payload = Vec::new();
        r.take(MAX_PAYLOAD + 1).read_to_end(&mut payload).map_err(read_error)?;
        if payload.len() as u64 > MAX_PAYLOAD {
            return Err(Error::BundleDamaged("the payload is larger than any bundle's".into()));
        }
        payload
    } else {
        check_media_list(&manifest)?;
        // Read, not allocated up front: a signed length costs memory only as bytes arrive.
        let mut payload = Vec::new();
        r.take(manifest.payload_len).read_to_end(&mut payload).map_err(read_error)?;
        if payload.len() as u64 != manifest.payload_len {
            return Err(Error::BundleDamaged("the file is truncated".into()));
        }
        payload
    };
    if hex(&Sha256::digest(&payload)) != manifest.payload_sha256 {
        return Err(Error::BundleDamaged("the payload does not match its signed hash".into()));
    }
    Ok(Head { manifest, sender, payload })
}

/// A format 3 manifest's payload length and media list within what a writer makes.
fn check_media_list(m: &Manifest) -> Result<()> {
    let bad = |what: &str| Err(Error::BundleDamaged(what.into()));
    if m.payload_len > MAX_PAYLOAD {
        return bad("the payload is larger than any bundle's");
    }
    if m.media.len() > MAX_MEDIA {
        return bad("it lists more media than a bundle carries");
    }
    for e in &m.media {
        if e.size > MAX_MEDIA_FILE || !crate::media::is_sha256(&e.sha256) {
            return bad("a medium is listed wrong");
        }
    }
    Ok(())
}

fn decrypt_error(e: age::DecryptError) -> Error {
    match e {
        age::DecryptError::NoMatchingKeys => Error::BundleWrongKey,
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => Error::NotABundle,
        _ => Error::BundleDamaged("the file was altered after it was made".into()),
    }
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(bytes)
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    data_encoding::HEXLOWER_PERMISSIVE.decode(s.as_bytes()).ok()
}
