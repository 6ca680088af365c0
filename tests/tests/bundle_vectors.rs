//! The versioned bundle test vectors (tests/vectors/v1, v2, v3): good bundles of every version open
//! and verify; every `fail_<code>__<what>` bundle is refused with exactly that error code. A
//! format change that breaks old bundles fails here.

use anyhow::Result;
use fieldbook_core::sync::bundle::{open, Unseal, FORMAT_VERSION};
use fieldbook_core::Passphrase;
use fieldbook_tests::vectors::{self, VECTOR_PASSPHRASE};

#[test]
fn every_vector_does_what_its_name_says() -> Result<()> {
    for format in 1..=FORMAT_VERSION {
        let (good, fail) = check(format)?;
        assert!(good >= 2 && fail >= 10, "v{format}: vectors missing: {good} good, {fail} fail");
    }
    Ok(())
}

fn check(format: u32) -> Result<(usize, usize)> {
    let keys = vectors::keys()?;
    let sender = keys.sender.verifying_key();
    let trusted = |k: &ed25519_dalek::VerifyingKey| *k == sender;
    let mut seen = (0, 0);
    let mut names: Vec<_> = std::fs::read_dir(vectors::dir(format))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".fieldbook"))
        .collect();
    names.sort();
    for name in names {
        let bytes = std::fs::read(vectors::dir(format).join(&name))?;
        let stem = name.trim_end_matches(".fieldbook");
        if let Some(rest) = stem.strip_prefix("fail_") {
            let expected = rest.split("__").next().unwrap_or_default();
            let err = open(&bytes, Unseal::Identity(&keys.office), trusted).expect_err(&name);
            assert_eq!(err.code(), expected, "v{format}/{name}: {err}");
            seen.1 += 1;
        } else {
            let pass = Passphrase::new(VECTOR_PASSPHRASE);
            let key =
                if stem.contains("passphrase") { Unseal::Passphrase(&pass) } else { Unseal::Identity(&keys.office) };
            let v = open(&bytes, key, trusted).unwrap_or_else(|e| panic!("v{format}/{name}: {e}"));
            assert_eq!(v.changes.len(), 6, "{name}");
            assert_eq!(v.changes[0].value, "Sindicato de Trabajadoras del Hogar");
            assert_eq!(v.changes[5].field, "deleted");
            assert_eq!(v.manifest.format, format);
            // Format 3 carries media after the payload; each was checked against its hash.
            assert_eq!(v.manifest.media.len(), usize::from(format >= 3), "{name}");
            seen.0 += 1;
        }
    }
    Ok(seen)
}
