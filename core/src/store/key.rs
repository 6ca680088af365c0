//! The store key, derived from the passphrase once per unlock, so that a second connection (the
//! export's second reader) opens without paying the key derivation again.
//!
//! SQLCipher 4 derives a page key as PBKDF2-HMAC-SHA512(passphrase, salt, 256,000 iterations,
//! 32 bytes), with the salt in the first 16 bytes of the file. Deriving it here with the same
//! parameters, by the same OpenSSL function SQLCipher calls, and handing SQLCipher the result as
//! a raw key (`x'<key><salt>'`) gives the same file as `PRAGMA key = '<passphrase>'` would: a
//! store keyed one way opens the other way (tests below). The derived key stays in memory while
//! the store is open, as SQLCipher keeps it too, and is wiped when the store is dropped.

use crate::error::{Error, Result};
use crate::secret::Passphrase;
use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::Path;
use zeroize::Zeroizing;

/// SQLCipher 4's defaults (`cipher_compatibility = 4`).
const KDF_ITERATIONS: usize = 256_000;
const KEY_BYTES: usize = 32;
/// Length of the salt at the start of every SQLCipher file.
pub(crate) const SALT_BYTES: usize = 16;

/// A derived store key with its salt, in SQLCipher's raw-key form `x'<64 hex><32 hex>'`.
#[derive(Clone)]
pub(crate) struct RawKey(Zeroizing<String>);

impl RawKey {
    /// Derives the key for `salt` from `passphrase` (the slow step: a quarter of a second).
    pub(crate) fn derive(passphrase: &Passphrase, salt: &[u8; SALT_BYTES]) -> Result<RawKey> {
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        let sha512 = openssl::hash::MessageDigest::sha512();
        openssl::pkcs5::pbkdf2_hmac(passphrase.expose().as_bytes(), salt, KDF_ITERATIONS, sha512, &mut key[..])
            .map_err(|e| Error::Io(std::io::Error::other(format!("deriving the store key: {e}"))))?;
        let mut spec = Zeroizing::new(String::with_capacity(3 + 2 * (KEY_BYTES + SALT_BYTES)));
        spec.push_str("x'");
        push_hex(&mut spec, key.iter().chain(salt));
        spec.push('\'');
        Ok(RawKey(spec))
    }

    /// The key for an existing store file, or `None` when its salt cannot be read (the caller
    /// then lets SQLCipher derive the key from the passphrase itself).
    pub(crate) fn for_file(passphrase: &Passphrase, path: &Path) -> Option<RawKey> {
        let mut salt = [0u8; SALT_BYTES];
        std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut salt)).ok()?;
        RawKey::derive(passphrase, &salt).ok()
    }

    /// The same key with another file's salt: a second file (the edits journal) encrypted
    /// with the store's key but authenticated with its own HMAC key (SQLCipher derives that
    /// from the key and the salt), so pages of one file are never accepted in the other.
    pub(crate) fn with_salt(&self, salt: &[u8; SALT_BYTES]) -> RawKey {
        let mut spec = Zeroizing::new(String::with_capacity(self.0.len()));
        spec.push_str(&self.0[..2 + 2 * KEY_BYTES]);
        push_hex(&mut spec, salt);
        spec.push('\'');
        RawKey(spec)
    }

    /// The text for `PRAGMA key`.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

fn push_hex<'a>(out: &mut String, bytes: impl IntoIterator<Item = &'a u8>) {
    for b in bytes {
        out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
        out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
    }
}

/// How a store file's pages are laid out and authenticated: what SQLCipher must be told before
/// it reads the first page, since neither shows in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Bytes per page.
    pub(crate) page_size: u32,
    /// The HMAC each page carries (`cipher_hmac_algorithm`).
    pub(crate) hmac: &'static str,
}

/// Every layout Fieldbook has made, tried in this order when unlocking; new stores get the
/// first. 16 KiB pages: a large export reads a fifth fewer cycles' worth of pages, and searches
/// and merges are no slower. HMAC-SHA256 instead of SQLCipher's SHA-512: processors since about
/// 2017 compute SHA-256 in hardware (SHA-NI) and not SHA-512, and verifying every page was most
/// of what reading a photo out of the store cost (docs/benchmarks.md, "Workshop media"). Stores
/// made before keep their layout: the second (16 KiB, SHA-512) or SQLCipher's default, the third.
pub(crate) const LAYOUTS: [Layout; 3] = [
    Layout { page_size: 16_384, hmac: "HMAC_SHA256" },
    Layout { page_size: 16_384, hmac: "HMAC_SHA512" },
    Layout { page_size: 4_096, hmac: "HMAC_SHA512" },
];

/// A connection to the store file keyed with `key` (the passphrase, or a [`RawKey`]'s text) for
/// pages laid out as `layout`. A wrong key (or layout) shows only at the first read.
pub(crate) fn keyed(path: &Path, flags: OpenFlags, key: &str, layout: Layout) -> Result<Connection> {
    // A `Connection` is never used by two threads at once (it is not `Sync`), so SQLite's
    // per-call connection mutex only costs time: 6% of a large export went into it.
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    // The key must be the first statement on the connection. SQLCipher's own log would print
    // "hmac check failed" on a wrong key; callers give a clear error instead.
    conn.pragma_update(None, "key", key)?;
    let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
    conn.pragma_update(None, "cipher_page_size", layout.page_size)?;
    conn.pragma_update(None, "cipher_hmac_algorithm", layout.hmac)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn opens_with(path: &Path, key: &str) -> bool {
        let conn = Connection::open(path).expect("open");
        conn.pragma_update(None, "key", key).expect("key");
        let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
        conn.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)).is_ok_and(|n| n == 1)
    }

    #[test]
    fn a_derived_key_opens_what_the_passphrase_made_and_the_reverse() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pass = Passphrase::new("correct horse battery");
        // Made by SQLCipher from the passphrase: the key derived here opens it.
        let by_sqlcipher = dir.path().join("a.db");
        let conn = Connection::open(&by_sqlcipher).expect("create");
        conn.pragma_update(None, "key", pass.expose()).expect("key");
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").expect("write");
        drop(conn);
        let key = RawKey::for_file(&pass, &by_sqlcipher).expect("salt");
        assert!(opens_with(&by_sqlcipher, key.expose()));
        assert!(!opens_with(
            &by_sqlcipher,
            RawKey::for_file(&Passphrase::new("not it at all"), &by_sqlcipher).expect("salt").expose()
        ));

        // Made from a derived key and a chosen salt: the passphrase opens it, and the salt is
        // the file's first bytes.
        let by_key = dir.path().join("b.db");
        let salt = [7u8; SALT_BYTES];
        let conn = Connection::open(&by_key).expect("create");
        conn.pragma_update(None, "key", RawKey::derive(&pass, &salt).expect("derive").expose()).expect("key");
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").expect("write");
        drop(conn);
        assert!(opens_with(&by_key, pass.expose()));
        assert_eq!(std::fs::read(&by_key).expect("read")[..SALT_BYTES], salt);

        assert!(RawKey::for_file(&pass, &dir.path().join("missing.db")).is_none());
    }
}
