//! A passphrase held so that it is wiped from memory when dropped and never printed by accident.

use zeroize::Zeroizing;

/// The store passphrase. Plaintext only inside; `Debug` does not show it.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Minimum length accepted for a new passphrase.
    pub const MIN_CHARS: usize = 8;

    /// Wraps a passphrase typed by a person (or given by `FIELDBOOK_PASSPHRASE`).
    pub fn new(s: impl Into<String>) -> Passphrase {
        Passphrase(Zeroizing::new(s.into()))
    }

    /// The plaintext, for handing to SQLCipher only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// Refuses a passphrase too weak to protect the data at rest.
    pub fn check_strength(&self) -> crate::Result<()> {
        if self.0.trim().chars().count() < Self::MIN_CHARS {
            return Err(crate::Error::WeakPassphrase { min: Self::MIN_CHARS });
        }
        Ok(())
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Passphrase {
    /// Whether two typed passphrases are the same (for "repeat the passphrase").
    pub fn matches(&self, other: &Passphrase) -> bool {
        *self.0 == *other.0
    }
}
