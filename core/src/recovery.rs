//! The organisation's recovery key, so that losing the country office's key does not lose every
//! bundle ever sent to it: a spare age identity, split with Shamir's scheme (vsss-rs, GF(256))
//! into shares for custodians, any `threshold` of which restore it. Devices add its recipient so
//! every bundle is also encrypted to it; nobody holds the whole key until shares are combined.

use crate::error::{Error, Result};
use age::secrecy::ExposeSecret;
use data_encoding::BASE32_NOPAD;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// First characters of every share code; the digit is the share format's version.
const PREFIX: &str = "FBR1";
/// Bytes before the Shamir share: version, threshold, total, and the recipient's hash.
const HEADER: usize = 3 + 8;

/// One custodian's part of the recovery key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    /// Which share this is (1-based).
    pub index: u8,
    /// How many shares restore the key.
    pub threshold: u8,
    /// How many shares were made.
    pub total: u8,
    /// The code printed on the share sheet (`FBR1-XXXX-…`), checksummed against typos.
    pub code: String,
    hash: [u8; 8],
    body: Vec<u8>,
}

/// A new recovery key and its shares; the key itself is not kept.
#[derive(Debug)]
pub struct Kit {
    /// The `age1…` recipient to add on every device (`recipients add --recovery`).
    pub recipient: String,
    /// One share per custodian.
    pub shares: Vec<Share>,
}

/// A recovery key put back together from shares.
pub struct RecoveryKey(age::x25519::Identity);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecoveryKey({})", self.recipient())
    }
}

fn recipient_hash(recipient: &str) -> [u8; 8] {
    let mut hash = [0u8; 8];
    hash.copy_from_slice(&Sha256::digest(recipient.as_bytes())[..8]);
    hash
}

fn checksum(bytes: &[u8]) -> [u8; 4] {
    let mut sum = [0u8; 4];
    sum.copy_from_slice(&Sha256::digest([b"fieldbook-recovery-share".as_slice(), bytes].concat())[..4]);
    sum
}

/// `FBR1-` and the bytes in base32, in groups of four to read out and type back.
fn code_of(bytes: &[u8]) -> String {
    let text = BASE32_NOPAD.encode(bytes);
    let groups: Vec<&str> = text.as_bytes().chunks(4).filter_map(|c| std::str::from_utf8(c).ok()).collect();
    format!("{PREFIX}-{}", groups.join("-"))
}

/// Makes a new recovery key split into `total` shares, any `threshold` of which restore it.
pub fn create(total: u8, threshold: u8) -> Result<Kit> {
    if threshold < 2 || threshold > total {
        return Err(Error::RecoveryParams { shares: total, threshold });
    }
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let secret = identity.to_string();
    let parts = vsss_rs::Gf256::split_bytes(
        usize::from(threshold),
        usize::from(total),
        secret.expose_secret().as_bytes(),
        rand_010::rng(),
    )
    .map_err(|e| Error::Bundle(format!("could not split the key: {e}")))?;
    let hash = recipient_hash(&recipient);
    let shares = parts
        .into_iter()
        .enumerate()
        .map(|(i, body)| {
            let mut bytes = vec![1, threshold, total];
            bytes.extend_from_slice(&hash);
            bytes.extend_from_slice(&body);
            bytes.extend_from_slice(&checksum(&bytes));
            Share {
                index: u8::try_from(i + 1).unwrap_or(u8::MAX),
                threshold,
                total,
                code: code_of(&bytes),
                hash,
                body: body.clone(),
            }
        })
        .collect();
    Ok(Kit { recipient, shares })
}

/// Reads a share from a share sheet's text (or just its code): finds the `FBR1-` code, which may
/// be broken across lines, and checks it.
pub fn parse_share(text: &str) -> Result<Share> {
    let upper = text.to_ascii_uppercase();
    let start = upper.find(PREFIX).ok_or_else(|| Error::RecoveryShare("no FBR1- share code found".into()))?;
    // Groups of letters and digits joined by dashes; a line break may follow a dash.
    let mut code = String::new();
    let mut rest = upper[start + PREFIX.len()..].trim_start();
    while let Some(after) = rest.strip_prefix('-') {
        let after = after.trim_start();
        let group: String = after.chars().take_while(char::is_ascii_alphanumeric).collect();
        if group.is_empty() {
            break;
        }
        code.push_str(&group);
        rest = after[group.len()..].trim_start_matches([' ', '\t']);
        rest = if rest.trim_start().starts_with('-') { rest.trim_start() } else { rest };
    }
    let bytes = BASE32_NOPAD.decode(code.as_bytes()).map_err(|_| {
        Error::RecoveryShare("the share code has a character that is not in it (check for typos)".into())
    })?;
    if bytes.len() < HEADER + 2 + 4 || bytes[0] != 1 {
        return Err(Error::RecoveryShare("the share code is incomplete".into()));
    }
    let (data, sum) = bytes.split_at(bytes.len() - 4);
    if checksum(data) != sum {
        return Err(Error::RecoveryShare("the share code has a typo (its checksum does not match)".into()));
    }
    let mut hash = [0u8; 8];
    hash.copy_from_slice(&data[3..HEADER]);
    let body = data[HEADER..].to_vec();
    Ok(Share { index: body[0], threshold: data[1], total: data[2], code: code_of(&bytes), hash, body })
}

/// Puts the recovery key back together from at least `threshold` shares of one kit.
pub fn restore(shares: &[Share]) -> Result<RecoveryKey> {
    let first = shares.first().ok_or(Error::RecoveryNotEnough { have: 0, need: 2 })?;
    if shares.iter().any(|s| s.hash != first.hash || s.threshold != first.threshold) {
        return Err(Error::RecoveryShare("these shares belong to different recovery keys".into()));
    }
    let mut distinct: Vec<Vec<u8>> = vec![];
    for s in shares {
        if !distinct.iter().any(|b| b[0] == s.body[0]) {
            distinct.push(s.body.clone());
        }
    }
    if distinct.len() < usize::from(first.threshold) {
        return Err(Error::RecoveryNotEnough { have: distinct.len(), need: usize::from(first.threshold) });
    }
    let secret = Zeroizing::new(
        vsss_rs::Gf256::combine_bytes(&distinct)
            .map_err(|e| Error::RecoveryShare(format!("could not combine: {e}")))?,
    );
    let identity = std::str::from_utf8(&secret)
        .ok()
        .and_then(|s| s.parse::<age::x25519::Identity>().ok())
        .filter(|id| recipient_hash(&id.to_public().to_string()) == first.hash)
        .ok_or_else(|| Error::RecoveryShare("the shares do not restore the key (one may be damaged)".into()))?;
    Ok(RecoveryKey(identity))
}

impl RecoveryKey {
    /// The `age1…` recipient this key opens.
    pub fn recipient(&self) -> String {
        self.0.to_public().to_string()
    }

    /// The identity, to decrypt bundles with.
    pub fn identity(&self) -> &age::x25519::Identity {
        &self.0
    }

    /// Reads an `AGE-SECRET-KEY-1…` file (as written by [`RecoveryKey::save`]).
    pub fn load(path: &Path) -> Result<RecoveryKey> {
        let text = Zeroizing::new(
            std::fs::read_to_string(path)
                .map_err(|e| Error::File { path: path.display().to_string(), reason: e.to_string() })?,
        );
        text.lines()
            .map(str::trim)
            .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
            .and_then(|l| l.parse().ok())
            .map(RecoveryKey)
            .ok_or_else(|| Error::File {
                path: path.display().to_string(), reason: "no AGE-SECRET-KEY-1… line".into()
            })
    }

    /// Writes the key as an age identity file readable only by its owner (for `age -d -i` and
    /// `import --identity`).
    pub fn save(&self, path: &Path) -> Result<()> {
        let body = Zeroizing::new(format!(
            "# Fieldbook organisation recovery key, restored from custodian shares\n# recipient: {}\n{}\n",
            self.recipient(),
            self.0.to_string().expose_secret()
        ));
        crate::atomic::write_atomically(path, body.as_bytes())?;
        restrict(path)
    }
}

#[cfg(unix)]
fn restrict(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?)
}

#[cfg(not(unix))]
fn restrict(_path: &Path) -> Result<()> {
    Ok(())
}

/// Writes a share sheet per custodian (`share-1-of-3.txt`, …) and the recipient
/// (`recovery-recipient.txt`) into `dir`, worded by `sheet` (index, total, threshold, recipient,
/// code) so sheets can be printed in the custodians' language.
pub fn write_kit(kit: &Kit, dir: &Path, sheet: impl Fn(&Share, &str) -> String) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = vec![];
    let recipient = dir.join("recovery-recipient.txt");
    crate::atomic::write_atomically(&recipient, format!("{}\n", kit.recipient).as_bytes())?;
    written.push(recipient);
    for share in &kit.shares {
        let path = dir.join(format!("share-{}-of-{}.txt", share.index, share.total));
        crate::atomic::write_atomically(&path, sheet(share, &kit.recipient).as_bytes())?;
        restrict(&path)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_threshold_shares_restore_and_fewer_do_not() {
        let kit = create(3, 2).expect("kit");
        assert_eq!(kit.shares.len(), 3);
        for pair in [[0, 1], [0, 2], [1, 2]] {
            let picked: Vec<Share> = pair.iter().map(|&i| kit.shares[i].clone()).collect();
            assert_eq!(restore(&picked).expect("two shares").recipient(), kit.recipient);
        }
        let one = restore(&kit.shares[..1]).expect_err("one share");
        assert!(matches!(one, Error::RecoveryNotEnough { have: 1, need: 2 }), "{one:?}");
        // The same share twice is still one share.
        let twice = restore(&[kit.shares[0].clone(), kit.shares[0].clone()]).expect_err("duplicate");
        assert!(matches!(twice, Error::RecoveryNotEnough { have: 1, .. }));
        assert!(matches!(create(3, 4), Err(Error::RecoveryParams { .. })));
        assert!(matches!(create(3, 1), Err(Error::RecoveryParams { .. })));
    }

    #[test]
    fn codes_round_trip_and_catch_typos_and_mixed_kits() {
        let kit = create(5, 3).expect("kit");
        let sheet = format!("Share 2\n{}\n", kit.shares[1].code.replace('-', " - ").to_lowercase());
        assert_eq!(parse_share(&sheet).expect("parse"), kit.shares[1]);
        let mut typo = kit.shares[1].code.clone();
        let at = typo.len() - 3;
        let swapped = if &typo[at..=at] == "A" { "B" } else { "A" };
        typo.replace_range(at..=at, swapped);
        assert!(matches!(parse_share(&typo), Err(Error::RecoveryShare(_))));
        let other = create(5, 3).expect("kit");
        let mixed = [kit.shares[0].clone(), kit.shares[1].clone(), other.shares[2].clone()];
        assert!(matches!(restore(&mixed), Err(Error::RecoveryShare(_))));
    }
}
