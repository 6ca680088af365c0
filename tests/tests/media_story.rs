//! Workshop media from the command line, checked with tools that are not Fieldbook's: a photo
//! with GPS, camera and author EXIF (written and read back by `exiftool`) is attached; neither
//! the saved copy nor the bundle's plaintext (decrypted by the `age` CLI) holds any of it; the
//! bytes reach the office unchanged; a `--no-media` bundle carries the description alone.

use anyhow::{anyhow, Result};
use fieldbook_tests::cli;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::process::Command;

const PASS: &str = "media story passphrase";

fn exiftool(args: &[&str], file: &Path) -> Result<String> {
    let out =
        Command::new("exiftool").args(args).arg(file).output().map_err(|e| {
            anyhow!("exiftool is missing ({e}): `apt-get install libimage-exiftool-perl` (make test does)")
        })?;
    assert!(out.status.success(), "exiftool: {}", String::from_utf8_lossy(&out.stderr));
    Ok(String::from_utf8(out.stdout)?)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_photos_location_never_leaves_the_laptop_and_its_bytes_reach_the_office_unchanged() -> Result<()> {
    let (field, office, work) = (tempfile::tempdir()?, tempfile::tempdir()?, tempfile::tempdir()?);
    let run = |dir: &Path, args: &[&str]| cli(dir, PASS, args);
    run(field.path(), &["init"])?;
    run(office.path(), &["init"])?;
    run(field.path(), &["demo-data", "--sessions", "1", "--seed", "5"])?;
    let sessions: serde_json::Value = serde_json::from_str(&run(field.path(), &["sessions", "list", "--json"])?)?;
    let session = sessions[0]["id"].as_str().expect("id").to_string();

    let photo = work.path().join("flipchart.jpg");
    image::RgbImage::from_fn(240, 180, |x, y| image::Rgb([(x % 250) as u8, (y % 250) as u8, 120])).save(&photo)?;
    exiftool(
        &[
            "-overwrite_original",
            "-GPSLatitude=14.1452",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=16.0726",
            "-GPSLongitudeRef=W",
            "-Make=FieldPhone",
            "-Model=FP-7",
            "-Artist=Awa Ndiaye",
            "-ImageDescription=Back room of the Kaolack market",
        ],
        &photo,
    )?;
    assert_eq!(exiftool(&["-n", "-s3", "-GPSLatitude"], &photo)?.trim(), "14.1452", "the photo has a location");
    let original = std::fs::read(&photo)?;
    let exif_at = original.windows(6).position(|w| w == b"Exif\0\0").expect("an EXIF block");
    let exif_block = &original[exif_at..exif_at + 200];
    let audio = work.path().join("discussion.ogg");
    let mut ogg = b"OggS\x00\x02".to_vec();
    ogg.extend((0..50_000u32).map(|i| (i % 251) as u8));
    std::fs::write(&audio, &ogg)?;

    let ids = run(field.path(), &["attach", &session, photo.to_str().expect("path"), audio.to_str().expect("path")])?;
    let ids: Vec<&str> = ids.lines().collect();
    assert_eq!(ids.len(), 2, "one id per file");
    let list: serde_json::Value =
        serde_json::from_str(&run(field.path(), &["attachments", "list", &session, "--json"])?)?;
    assert_eq!(list[0]["media_type"], "image/jpeg");
    assert_eq!((list[1]["media_type"].as_str(), list[1]["size"].as_u64()), (Some("audio/ogg"), Some(ogg.len() as u64)));
    assert_eq!(list[0]["tier"], "default", "internal unless chosen");

    let saved = work.path().join("saved.jpg");
    run(field.path(), &["attachments", "save", ids[0], "--out", saved.to_str().expect("path")])?;
    let tags = exiftool(&["-a", "-G1", "-s"], &saved)?;
    for gone in ["GPS", "FieldPhone", "FP-7", "Awa Ndiaye", "Kaolack"] {
        assert!(!tags.contains(gone), "{gone} is still in the saved photo:\n{tags}");
    }
    let stored = std::fs::read(&saved)?;
    assert_eq!(list[0]["sha256"].as_str(), Some(data_encoding::HEXLOWER.encode(&Sha256::digest(&stored)).as_str()));
    assert!(image::load_from_memory(&stored)?.width() == 240, "still the photo");

    // To the office: the age CLI decrypts the bundle; nothing of the EXIF is in it.
    let id: serde_json::Value = serde_json::from_str(&run(office.path(), &["identity", "show", "--json"])?)?;
    let recipient = id["age_recipient"].as_str().expect("recipient");
    run(field.path(), &["recipients", "add", recipient, "--label", "office"])?;
    let bundle = work.path().join("to-office.fieldbook");
    let preview = run(field.path(), &["export", "--preview"])?;
    assert!(preview.contains("Photos, recordings and scans that leave: 2"), "{preview}");
    run(field.path(), &["export", "--out", bundle.to_str().expect("path")])?;
    let key = work.path().join("office.key");
    run(office.path(), &["identity", "export-age", "--out", key.to_str().expect("path")])?;
    let age = Command::new("age").arg("-d").arg("-i").arg(&key).arg(&bundle).output()?;
    assert!(age.status.success(), "age -d: {}", String::from_utf8_lossy(&age.stderr));
    let plain = age.stdout;
    assert!(contains(&plain, &stored) && contains(&plain, &ogg), "the stored bytes travel, whole");
    for gone in [&b"FieldPhone"[..], b"Awa Ndiaye", b"Kaolack", exif_block] {
        assert!(!contains(&plain, gone), "{:?} is in the bundle", String::from_utf8_lossy(gone));
    }

    run(office.path(), &["import", "--trust-new-devices", bundle.to_str().expect("path")])?;
    let there: serde_json::Value =
        serde_json::from_str(&run(office.path(), &["attachments", "list", &session, "--json"])?)?;
    assert_eq!(there[0]["sha256"], list[0]["sha256"]);
    assert_eq!(there[1]["sha256"], list[1]["sha256"]);
    let copy = work.path().join("office-copy.ogg");
    run(office.path(), &["attachments", "save", ids[1], "--out", copy.to_str().expect("path")])?;
    assert_eq!(std::fs::read(&copy)?, ogg, "byte for byte");

    // A new photo on a small stick: the description goes, the bytes wait for the next bundle.
    let second = work.path().join("dots.png");
    image::RgbImage::from_fn(64, 64, |x, _| image::Rgb([x as u8, 9, 9])).save(&second)?;
    run(field.path(), &["attach", &session, second.to_str().expect("path"), "--tier", "restricted"])?;
    let small = work.path().join("small.fieldbook");
    let out = run(field.path(), &["export", "--no-media", "--out", small.to_str().expect("path")])?;
    assert!(out.contains("Photos, recordings and scans kept back (above the clearance): 1"), "{out}");
    run(field.path(), &["attachments", "remove", ids[1]])?;
    let left: serde_json::Value =
        serde_json::from_str(&run(field.path(), &["attachments", "list", &session, "--json"])?)?;
    assert_eq!(left.as_array().map(Vec::len), Some(2), "the recording removed, the photos stay");
    let bad = work.path().join("notes.jpg");
    std::fs::write(&bad, "just text, named as a photo")?;
    let out =
        fieldbook_tests::cli_output(field.path(), PASS, "en", &[], &["attach", &session, bad.to_str().expect("path")])?;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("notes.jpg cannot be read"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}
