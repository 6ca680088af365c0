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

    /// How guessable a new passphrase may be at most: zxcvbn's score 3, "safely unguessable"
    /// (about 10^8 guesses or more), the level its authors give for a password behind a slow
    /// hash such as SQLCipher's key derivation. Four unrelated words clear it easily.
    pub const MIN_SCORE: zxcvbn::Score = zxcvbn::Score::Three;

    /// Refuses a passphrase too weak to protect the data at rest (the store's, or a bundle's):
    /// shorter than [`Self::MIN_CHARS`], or guessable (`12345678`, `password1`, a keyboard walk,
    /// a date, the app's own name).
    pub fn check_strength(&self) -> crate::Result<()> {
        let weak = crate::Error::WeakPassphrase { min: Self::MIN_CHARS };
        if self.0.trim().chars().count() < Self::MIN_CHARS {
            return Err(weak);
        }
        // Words an attacker of this app tries first.
        let app = ["fieldbook", "field", "book", "listening", "session", "workshop", "office"];
        if zxcvbn::zxcvbn(&self.0, &app).score() < Self::MIN_SCORE {
            return Err(weak);
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

#[cfg(test)]
mod tests {
    use super::Passphrase;

    #[test]
    fn guessable_passphrases_are_refused_whatever_their_length() {
        for weak in ["12345678", "password1", "qwertyuiop", "fieldbook2026", "01/02/1990", "aaaaaaaaaaaa", "short"] {
            let e = Passphrase::new(weak).check_strength().expect_err(weak);
            assert_eq!(e.code(), "weak-passphrase", "{weak}");
        }
        for strong in ["tea kettle mountain river", "correct horse battery", "Ndeye's blue bicycle 1987!"] {
            Passphrase::new(strong).check_strength().unwrap_or_else(|e| panic!("{strong}: {e}"));
        }
    }
}
