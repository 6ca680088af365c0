//! The committed, test-only keys of the bundle test vectors (tests/vectors/keys), shared by
//! every format version's vectors (tests/vectors/v1, v2, …).

use anyhow::{Context, Result};
use ed25519_dalek::SigningKey;
use std::path::PathBuf;

/// Passphrase of `good_passphrase.fieldbook`.
pub const VECTOR_PASSPHRASE: &str = "vector passphrase for tests";

/// The keys the vectors were made with.
pub struct VectorKeys {
    /// The office identity the vectors are encrypted to.
    pub office: age::x25519::Identity,
    /// The trusted sender.
    pub sender: SigningKey,
    /// A signer nobody trusts.
    pub stranger: SigningKey,
}

/// tests/vectors/v{format}: the vectors of one format version.
pub fn dir(format: u32) -> PathBuf {
    crate::workspace().join(format!("tests/vectors/v{format}"))
}

/// tests/vectors/keys
pub fn keys_dir() -> PathBuf {
    crate::workspace().join("tests/vectors/keys")
}

fn seed(name: &str, create: bool) -> Result<SigningKey> {
    let path = keys_dir().join(name);
    if create && !path.exists() {
        let mut s = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut s);
        std::fs::write(&path, data_encoding::HEXLOWER.encode(&s))?;
    }
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let bytes: [u8; 32] = data_encoding::HEXLOWER
        .decode(text.trim().as_bytes())?
        .try_into()
        .map_err(|_| anyhow::anyhow!("bad seed in {name}"))?;
    Ok(SigningKey::from_bytes(&bytes))
}

fn load(create: bool) -> Result<VectorKeys> {
    std::fs::create_dir_all(keys_dir())?;
    let office_path = keys_dir().join("office.agekey");
    if create && !office_path.exists() {
        use age::secrecy::ExposeSecret;
        std::fs::write(&office_path, format!("{}\n", age::x25519::Identity::generate().to_string().expose_secret()))?;
    }
    let office = std::fs::read_to_string(&office_path)?
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .context("office.agekey has no identity")?
        .parse::<age::x25519::Identity>()
        .map_err(|e| anyhow::anyhow!("office.agekey: {e}"))?;
    Ok(VectorKeys { office, sender: seed("sender.ed25519", create)?, stranger: seed("stranger.ed25519", create)? })
}

/// The committed keys.
pub fn keys() -> Result<VectorKeys> {
    load(false)
}

/// The committed keys, made first if absent (generator only).
pub fn keys_or_create() -> Result<VectorKeys> {
    load(true)
}
