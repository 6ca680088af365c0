//! This install's keys, made on first run and kept inside the encrypted store: an Ed25519 key
//! that signs bundles and an age X25519 identity that bundles are encrypted to.

use crate::error::{Error, Result};
use age::secrecy::ExposeSecret;
use data_encoding::BASE32_NOPAD;
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// The signing and decryption keys of this device.
pub struct DeviceKeys {
    pub(crate) signing: SigningKey,
    pub(crate) age: age::x25519::Identity,
}

impl std::fmt::Debug for DeviceKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DeviceKeys({})", fingerprint(&self.signing.verifying_key()))
    }
}

/// A short, readable fingerprint of a device's public signing key, for comparing over a phone
/// call: 16 base32 characters in groups of four (80 bits of SHA-256, domain-separated).
pub fn fingerprint(key: &VerifyingKey) -> String {
    let digest =
        Sha256::new().chain_update(b"fieldbook-device-fingerprint-v1\0").chain_update(key.as_bytes()).finalize();
    let text = BASE32_NOPAD.encode(&digest[..10]);
    text.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// Normalises a fingerprint typed by a person (case, spaces, dashes) for comparison.
pub fn normalise_fingerprint(typed: &str) -> String {
    let clean: String = typed.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    clean.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

impl DeviceKeys {
    /// Loads the keys from the store's `meta` table, making them on first run.
    pub(crate) fn load_or_create(conn: &Connection) -> Result<DeviceKeys> {
        let get = |key: &str| -> Result<Option<Vec<u8>>> {
            Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
        };
        let signing = match get("signing_key")? {
            Some(bytes) => {
                let arr: [u8; 32] =
                    bytes.as_slice().try_into().map_err(|_| Error::Migration("bad signing key".into()))?;
                SigningKey::from_bytes(&arr)
            }
            None => {
                let mut seed = Zeroizing::new([0u8; 32]);
                rand::rng().fill_bytes(seed.as_mut());
                let key = SigningKey::from_bytes(&seed);
                conn.execute("INSERT INTO meta (key, value) VALUES ('signing_key', ?1)", [seed.as_slice()])?;
                key
            }
        };
        let age = match get("age_identity")? {
            Some(bytes) => {
                let text =
                    Zeroizing::new(String::from_utf8(bytes).map_err(|_| Error::Migration("bad age key".into()))?);
                text.parse::<age::x25519::Identity>().map_err(|_| Error::Migration("bad age key".into()))?
            }
            None => {
                let id = age::x25519::Identity::generate();
                let secret = id.to_string();
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('age_identity', ?1)",
                    [secret.expose_secret().as_bytes()],
                )?;
                id
            }
        };
        Ok(DeviceKeys { signing, age })
    }

    /// The public signing key.
    pub fn verifying_key(&self) -> VerifyingKey {
        self.signing.verifying_key()
    }

    /// This device's fingerprint.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.verifying_key())
    }

    /// The `age1…` recipient others encrypt bundles to.
    pub fn age_recipient(&self) -> String {
        self.age.to_public().to_string()
    }

    /// The signing key itself, for tools that make bundles of their own: the hostile-input
    /// tests forge what a compromised device could send. Anyone holding it speaks as this
    /// device, like anyone holding the unlocked store.
    pub fn signing_key(&self) -> &SigningKey {
        &self.signing
    }

    /// The `AGE-SECRET-KEY-1…` identity, for the age CLI and offline backup.
    pub fn age_secret(&self) -> Zeroizing<String> {
        Zeroizing::new(self.age.to_string().expose_secret().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_short_grouped_and_forgiving_to_type() {
        let key = SigningKey::from_bytes(&[7u8; 32]).verifying_key();
        let fp = fingerprint(&key);
        assert_eq!(fp.len(), 19);
        assert_eq!(fp.matches('-').count(), 3);
        assert_eq!(normalise_fingerprint(&fp.to_lowercase().replace('-', " ")), fp);
    }
}
