//! Writes the bundle test vectors of the current format in tests/vectors/v<format>: good bundles
//! and one `fail_*` bundle per tamper class, named `fail_<expected error code>__<what>.fieldbook`.
//! Vectors of older formats are kept as committed (they must keep opening).
//! The keys are test-only and committed so the vectors can be opened; age encryption is
//! randomised, so regenerating changes the bytes but not what each vector must do.
//! Run: `cargo run -p fieldbook-tests --bin make-vectors`

use anyhow::Result;
use ed25519_dalek::SigningKey;
use fieldbook_core::hlc::Hlc;
use fieldbook_core::stamp::Stamp;
use fieldbook_core::sync::bundle::{self, Manifest, MediaEntry, Seal, FORMAT_VERSION};
use fieldbook_core::sync::change::Change;
use fieldbook_core::sync::deflate::Compressor;
use fieldbook_core::sync::payload::Block;
use fieldbook_core::{DeviceId, Entity, Passphrase, RecordId};
use fieldbook_tests::vectors::{self, VECTOR_PASSPHRASE};
use serde_json::json;
use sha2::{Digest, Sha256};

fn changes() -> Vec<Change> {
    let device = DeviceId(uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_d001));
    let id = RecordId(uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_a001));
    let values = [
        ("name", json!("Sindicato de Trabajadoras del Hogar")),
        ("country", json!("Peru")),
        ("region", json!("Lima")),
        ("sector", json!("domestic workers")),
        ("description", json!("")),
        ("deleted", json!(false)),
    ];
    values
        .into_iter()
        .enumerate()
        .map(|(i, (field, value))| Change {
            entity: Entity::Movement,
            id,
            field: field.into(),
            value,
            stamp: Stamp { hlc: Hlc((1_767_225_600_000 << 16) + i as u64), device },
            base: None,
        })
        .collect()
}

fn manifest(changes: &[Change], format: u32) -> Manifest {
    Manifest {
        format,
        bundle_id: uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_b001),
        created_at: "2026-01-01T00:00:00Z".into(),
        sender_device: changes[0].stamp.device,
        sender_key: String::new(),
        recipients: vec![],
        full: true,
        version_vector: [(changes[0].stamp.device.to_string(), changes.last().map_or(0, |c| c.stamp.hlc.0))].into(),
        hlc_range: (changes[0].stamp.hlc.0, changes.last().map_or(0, |c| c.stamp.hlc.0)),
        seq_range: (0, 0),
        changes: changes.len() as u64,
        tombstones: 0,
        payload_sha256: String::new(),
        app_version: String::new(),
        payload_len: 0,
        media: vec![],
    }
}

/// The bytes of the one attachment a format 3 vector carries.
fn media() -> Vec<u8> {
    b"flipchart photo, as stored (metadata removed)\n".repeat(40)
}

fn media_entry() -> MediaEntry {
    MediaEntry { sha256: bundle::hex(&Sha256::digest(media())), size: media().len() as u64 }
}

/// A good bundle of the current format (with its attachment) to `to`.
fn good(signer: &SigningKey, to: Seal<'_>) -> Result<Vec<u8>> {
    let payload = bundle::compress(&changes())?;
    let mut write =
        |_: &MediaEntry, w: &mut dyn std::io::Write| -> fieldbook_core::Result<()> { Ok(w.write_all(&media())?) };
    Ok(bundle::seal_with_media(
        manifest(&changes(), FORMAT_VERSION),
        &payload,
        &[media_entry()],
        &mut write,
        signer,
        to,
        vec![],
    )?)
}

/// The payload of a hand-assembled bundle.
enum Payload {
    /// The right one.
    Good,
    /// Another one under the good one's signed hash.
    Swapped(Vec<u8>),
    /// Another one, signed as it is.
    Signed(Vec<u8>),
}

/// A hand-assembled bundle: `edit` may change the manifest after the hash and recipients are
/// set; `resign` decides whether the signature covers the edit.
fn crafted(
    signer: &SigningKey,
    to: &[String],
    format: u32,
    edit: impl FnOnce(&mut Manifest),
    resign: bool,
    payload: Payload,
    tail: Option<Vec<u8>>,
) -> Result<Vec<u8>> {
    let changes = changes();
    let good = bundle::compress(&changes)?;
    let (hashed, payload) = match payload {
        Payload::Good => (good.clone(), good),
        Payload::Swapped(other) => (good, other),
        Payload::Signed(other) => (other.clone(), other),
    };
    let mut m = manifest(&changes, format);
    if format >= 3 {
        m.payload_len = payload.len() as u64;
        m.media = vec![media_entry()];
    }
    m.payload_sha256 = bundle::hex(&Sha256::digest(&hashed));
    m.sender_key = bundle::hex(signer.verifying_key().as_bytes());
    m.recipients = to.to_vec();
    let signed = serde_json::to_vec(&m)?;
    let mut signature = bundle::sign_manifest(&signed, signer);
    edit(&mut m);
    let bytes = serde_json::to_vec(&m)?;
    if resign {
        signature = bundle::sign_manifest(&bytes, signer);
    }
    let mut plain = bundle::frame(format, &bytes, &signature, &payload);
    // Format 3: the media follow the payload.
    plain.extend(tail.unwrap_or_else(|| if format >= 3 { media() } else { vec![] }));
    Ok(bundle::encrypt(&plain, &Seal::Recipients(to))?)
}

/// The good payload's single block, edited, compressed again.
fn edited_block(edit: impl FnOnce(&mut Block)) -> Result<Vec<u8>> {
    let plain = inflate(&bundle::compress(&changes())?)?;
    let mut block: Block = postcard::from_bytes(&plain)?;
    edit(&mut block);
    let mut z = Compressor::default();
    z.push(&block.encode()?)?;
    Ok(z.finish()?)
}

fn inflate(z: &[u8]) -> Result<Vec<u8>> {
    let mut out = vec![];
    std::io::Read::read_to_end(&mut flate2::read::DeflateDecoder::new(z), &mut out)?;
    Ok(out)
}

fn deflate(plain: &[u8]) -> Result<Vec<u8>> {
    let mut z = flate2::write::DeflateEncoder::new(vec![], flate2::Compression::fast());
    std::io::Write::write_all(&mut z, plain)?;
    Ok(z.finish()?)
}

fn main() -> Result<()> {
    let dir = vectors::dir(FORMAT_VERSION);
    std::fs::create_dir_all(&dir)?;
    let keys = vectors::keys_or_create()?;
    let office = vec![keys.office.to_public().to_string()];
    let other = vec![age::x25519::Identity::generate().to_public().to_string()];
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(format!("{name}.fieldbook")), bytes);

    let good = good(&keys.sender, Seal::Recipients(&office))?;
    write("good_full", &good)?;
    let pass = Passphrase::new(VECTOR_PASSPHRASE);
    write("good_passphrase", &self::good(&keys.sender, Seal::Passphrase(&pass))?)?;

    let mut flipped = good.clone();
    let mid = flipped.len() - 60;
    flipped[mid] ^= 0x01;
    write("fail_bundle-damaged__flipped_payload_byte", &flipped)?;
    write("fail_bundle-damaged__truncated", &good[..good.len() - 40])?;
    // One letter of the X25519 stanza's ephemeral share, swapped for another base64 letter (age
    // may put a random "grease" stanza first, so the stanza is found by its name).
    let stanza = good.windows(10).position(|w| w == b"-> X25519 ").map_or(0, |p| p + 10);
    let mut header = good.clone();
    header[stanza] = if header[stanza] == b'A' { b'B' } else { b'A' };
    write("fail_bundle-wrong-key__flipped_header_byte", &header)?;
    write("fail_bundle-wrong-key__other_recipient", &self::good(&keys.sender, Seal::Recipients(&other))?)?;
    // The media: other bytes than the signed hash says, cut short, or followed by more.
    let mut altered = media();
    altered[7] ^= 0x20;
    let mut longer = media();
    longer.extend_from_slice(b"one more thing");
    for (name, tail) in [
        ("media_not_what_was_signed", altered),
        ("media_cut_short", media()[..100].to_vec()),
        ("bytes_after_the_media", longer),
    ] {
        let bytes = crafted(&keys.sender, &office, FORMAT_VERSION, |_| {}, true, Payload::Good, Some(tail))?;
        write(&format!("fail_bundle-damaged__{name}"), &bytes)?;
    }
    write(
        "fail_bundle-unknown-signer__stranger",
        &crafted(&keys.stranger, &office, FORMAT_VERSION, |_| {}, true, Payload::Good, None)?,
    )?;
    write(
        "fail_bundle-bad-signature__manifest_edited_after_signing",
        &crafted(&keys.sender, &office, FORMAT_VERSION, |m| m.full = false, false, Payload::Good, None)?,
    )?;
    let mut swapped = changes();
    swapped[0].value = json!("A different name");
    write(
        "fail_bundle-damaged__payload_swapped",
        &crafted(
            &keys.sender,
            &office,
            FORMAT_VERSION,
            |_| {},
            true,
            Payload::Swapped(bundle::compress(&swapped)?),
            None,
        )?,
    )?;
    write(
        &format!("fail_bundle-future-version__format_{}", FORMAT_VERSION + 1),
        &crafted(&keys.sender, &office, FORMAT_VERSION + 1, |_| {}, true, Payload::Good, None)?,
    )?;
    write(
        "fail_bundle-damaged__signed_for_another_recipient",
        &crafted(&keys.sender, &office, FORMAT_VERSION, |m| m.recipients = other.clone(), true, Payload::Good, None)?,
    )?;
    // Signed and hashed correctly, but the blocks inside are not what they must be.
    let plain = inflate(&bundle::compress(&changes())?)?;
    for (name, payload) in [
        ("block_cut_short", deflate(&plain[..plain.len() - 1])?),
        ("device_index_out_of_range", edited_block(|b| b.records[0].fields[0].device = 7)?),
        ("unknown_record_kind", edited_block(|b| b.entity = "spaceship".into())?),
    ] {
        let bytes = crafted(&keys.sender, &office, FORMAT_VERSION, |_| {}, true, Payload::Signed(payload), None)?;
        write(&format!("fail_bundle-damaged__{name}"), &bytes)?;
    }
    write("fail_not-a-bundle__plain_text", b"Minutes of the meeting, not a bundle.\n")?;
    write("fail_not-a-bundle__age_file_of_something_else", &bundle::encrypt(b"hello", &Seal::Recipients(&office))?)?;
    println!("wrote vectors to {}", dir.display());
    Ok(())
}
