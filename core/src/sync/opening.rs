//! Opening a bundle file a person chose, without applying it: the header checks made before
//! age parses anything, the key it is opened with, reading as it decrypts, and `inspect`.

use super::authorise::Authority;
use super::bundle::{open, Unseal, Verified};
use crate::error::{Error, Result};
use crate::identity::fingerprint;
use crate::recovery::RecoveryKey;
use crate::store::Store;
use crate::Passphrase;
use serde::Serialize;
use std::path::Path;

/// How to import.
#[derive(Debug, Default)]
pub struct ImportOptions {
    /// Trust signers not seen before (and remember them).
    pub trust_new_devices: bool,
    /// What a device trusted by this import may do (a field device cleared for `internal`
    /// unless said otherwise).
    pub new_devices: Authority,
    /// The person confirms this device's date is right although it reads before a date the
    /// device already read (its clock was ahead before): merge anyway, and remember today.
    pub clock_is_right: bool,
    /// Passphrase for passphrase bundles.
    pub passphrase: Option<Passphrase>,
    /// Open with this key instead of the device's own: the organisation's recovery key,
    /// restored from custodian shares after the office lost its own.
    pub identity: Option<crate::recovery::RecoveryKey>,
}

impl Store {
    /// Decrypts and verifies one bundle file without applying it (`inspect`, and the first half
    /// of every import).
    pub fn open_bundle(&self, bytes: &[u8], opts: &ImportOptions) -> Result<Verified> {
        let trusted = |k: &ed25519_dalek::VerifyingKey| {
            opts.trust_new_devices || self.is_trusted(&fingerprint(k)).unwrap_or(false)
        };
        open(bytes, unseal_key(&self.keys.age, bytes, opts.passphrase.as_ref(), opts.identity.as_ref()), trusted)
    }

    /// [`Store::open_bundle`] on a file, read as it is decrypted: a bundle with a season's
    /// photos is never held in memory whole.
    pub fn open_bundle_file(&self, path: &Path, opts: &ImportOptions) -> Result<Verified> {
        let (first, file) = bundle_file(path)?;
        let trusted = |k: &ed25519_dalek::VerifyingKey| {
            opts.trust_new_devices || self.is_trusted(&fingerprint(k)).unwrap_or(false)
        };
        let key = unseal_key(&self.keys.age, &first, opts.passphrase.as_ref(), opts.identity.as_ref());
        super::bundle::open_from(&first, file, key, trusted)
    }
}

/// The key a bundle is opened with: the passphrase for a passphrase bundle when one was given,
/// else the given identity (a recovery key) or this device's own.
pub(super) fn unseal_key<'k>(
    own: &'k age::x25519::Identity,
    first: &[u8],
    passphrase: Option<&'k Passphrase>,
    identity: Option<&'k RecoveryKey>,
) -> Unseal<'k> {
    match passphrase {
        Some(p) if age_is_scrypt(first) => Unseal::Passphrase(p),
        _ => Unseal::Identity(identity.map_or(own, |k| k.identity())),
    }
}

fn age_is_scrypt(bytes: &[u8]) -> bool {
    // The header is checked before age parses it (a long one costs; see `check_recipients`).
    super::bundle::check_recipients(bytes).is_ok()
        && age::Decryptor::new_buffered(bytes).map(|d| d.is_scrypt()).unwrap_or(false)
}

/// What `inspect` shows: the signed manifest and whether the signer is trusted, without applying.
#[derive(Debug, Clone, Serialize)]
pub struct Inspection {
    /// The verified manifest.
    pub manifest: super::bundle::Manifest,
    /// Signature checked against the sender key in the manifest.
    pub signature_valid: bool,
    /// Sender fingerprint.
    pub sender_fingerprint: String,
    /// Whether this store already trusts the sender.
    pub sender_trusted: bool,
}

/// A bundle file a person chose, opened to be read in pieces: its first 64 KiB (for the header
/// checks) and a buffered reader from its start. One larger than any bundle is refused first.
pub(super) fn bundle_file(path: &Path) -> Result<(Vec<u8>, std::io::BufReader<std::fs::File>)> {
    let file_error = |e: std::io::Error| Error::File { path: path.display().to_string(), reason: e.to_string() };
    let size = std::fs::metadata(path).map_err(file_error)?.len();
    if size > super::bundle::MAX_FILE {
        return Err(Error::BundleTooLarge { mb: size >> 20, limit_mb: super::bundle::MAX_FILE >> 20 });
    }
    let file = std::fs::File::open(path).map_err(file_error)?;
    let mut first = Vec::with_capacity(64 << 10);
    std::io::Read::read_to_end(&mut std::io::Read::take(&file, 64 << 10), &mut first).map_err(file_error)?;
    let mut file = file;
    std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(0)).map_err(file_error)?;
    Ok((first, std::io::BufReader::with_capacity(256 << 10, file)))
}

impl Store {
    /// Decrypts a bundle and checks its signature and payload hash, reporting its manifest and
    /// whether its signer is trusted, without applying anything. The payload of a signer this
    /// store does not trust is never inflated: a stranger's file costs one decryption.
    pub fn inspect_bundle(&self, bytes: &[u8], passphrase: Option<Passphrase>) -> Result<Inspection> {
        let key = unseal_key(&self.keys.age, bytes, passphrase.as_ref(), None);
        self.inspection(super::bundle::open_head(bytes, key)?)
    }

    /// [`Store::inspect_bundle`] on a file, read as it is decrypted (media are checked against
    /// their signed hashes as they pass, never held).
    pub fn inspect_bundle_file(&self, path: &Path, passphrase: Option<Passphrase>) -> Result<Inspection> {
        let (first, file) = bundle_file(path)?;
        let key = unseal_key(&self.keys.age, &first, passphrase.as_ref(), None);
        self.inspection(super::bundle::open_head_from(&first, file, key)?)
    }

    fn inspection(&self, v: super::bundle::Head) -> Result<Inspection> {
        let fp = fingerprint(&v.sender);
        Ok(Inspection {
            sender_trusted: self.is_trusted(&fp)?,
            sender_fingerprint: fp,
            signature_valid: true,
            manifest: v.manifest,
        })
    }
}
