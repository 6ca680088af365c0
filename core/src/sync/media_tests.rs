//! Media in bundles between real stores: carried byte for byte within the clearance, once per
//! recipient, left out on request, removed everywhere, checked against their signed hashes.

use super::bundle::{open_head, Unseal};
use super::tests::{device, receive, Device};
use super::*;
use crate::media::AttachOptions;
use crate::schema::Entity;
use crate::tier::Tier;
use crate::RecordId;
use serde_json::{json, Map};
use std::path::{Path, PathBuf};

fn photo(dir: &Path, name: &str, shade: u8) -> PathBuf {
    let img = image::RgbImage::from_fn(120, 90, |x, y| image::Rgb([shade, (x * 2 % 256) as u8, (y * 3 % 256) as u8]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).expect("png");
    let path = dir.join(name);
    std::fs::write(&path, out.into_inner()).expect("write");
    path
}

fn session(d: &mut Device) -> RecordId {
    let mut f = Map::new();
    f.insert("title".into(), json!("Dot-vote"));
    d.store.create(Entity::Session, f).expect("session")
}

fn export(d: &mut Device, name: &str, opts: &ExportOptions) -> (PathBuf, ExportReport) {
    let path = d.dir.path().join(name);
    let report = d.store.export_bundle(&path, opts).expect("export");
    (path, report)
}

fn stored(d: &Device) -> Vec<String> {
    let mut stmt = d.store.conn.prepare("SELECT sha256 FROM media_blob ORDER BY sha256").expect("prepare");
    stmt.query_map([], |r| r.get(0)).expect("query").collect::<rusqlite::Result<_>>().expect("rows")
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The whole decrypted plaintext of a bundle (with the `age` crate, as the `age` CLI would).
fn plaintext(file: &Path, key: &age::x25519::Identity) -> Vec<u8> {
    let bytes = std::fs::read(file).expect("read");
    let d = age::Decryptor::new_buffered(&bytes[..]).expect("age");
    let mut r = d.decrypt(std::iter::once(key as &dyn age::Identity)).expect("decrypt");
    let mut out = vec![];
    std::io::Read::read_to_end(&mut r, &mut out).expect("read");
    out
}

#[test]
fn media_travel_byte_for_byte_within_clearance_once_and_go_when_removed() {
    let (mut field, mut office) = (device(), device());
    let s = session(&mut field);
    let dir = field.dir.path().to_path_buf();
    let board = photo(&dir, "board.png", 10);
    let faces = photo(&dir, "faces.png", 200);
    let ids = field.store.attach(s, std::slice::from_ref(&board), &AttachOptions::default()).expect("attach");
    field
        .store
        .attach(s, std::slice::from_ref(&faces), &AttachOptions { tier: Some(Tier::Restricted), ..Default::default() })
        .expect("restricted");
    let to = office.store.keys().age_recipient();
    field.store.add_recipient(&to, "office", Tier::Internal).expect("recipient");

    let preview = field.store.export_preview(&ExportOptions::default()).expect("preview");
    let board_bytes = std::fs::read(&board).expect("read");
    assert_eq!(
        (preview.media.files, preview.media.bytes, preview.media.withheld_files),
        (1, board_bytes.len() as u64, 1)
    );

    let (first, report) = export(&mut field, "1.fieldbook", &ExportOptions::default());
    assert_eq!(report.media, preview.media, "the preview says what the bundle carries");
    let plain = plaintext(&first, &office.store.keys().age);
    assert!(contains(&plain, &board_bytes[40..200]), "the photo is in the bundle, as stored");
    let faces_bytes = std::fs::read(&faces).expect("read");
    assert!(!contains(&plain, &faces_bytes[40..200]), "a restricted photo never leaves for an internal recipient");
    assert!(!contains(&plain, b"faces.png"), "nor its description");

    receive(&mut office, std::slice::from_ref(&first));
    let list = office.store.attachments(s).expect("list");
    assert_eq!(list.len(), 1);
    assert!(list[0].present);
    let out = office.dir.path().join("saved.png");
    office.store.save_attachment(list[0].id.parse().expect("id"), &out).expect("save");
    assert_eq!(std::fs::read(&out).expect("read"), board_bytes, "byte for byte");
    receive(&mut office, std::slice::from_ref(&first));
    assert_eq!(stored(&office).len(), 1, "importing twice changes nothing");

    // Sent once: an edit of the caption goes alone.
    let mut f = Map::new();
    f.insert("caption".into(), json!("Priorities after the dot vote"));
    field.store.update(Entity::Attachment, ids[0], f).expect("caption");
    let (second, report) = export(&mut field, "2.fieldbook", &ExportOptions::default());
    assert_eq!(report.media.files, 0);
    let v =
        open_head(&std::fs::read(&second).expect("read"), Unseal::Identity(&office.store.keys().age)).expect("open");
    assert_eq!((v.manifest.format, v.manifest.media.len()), (2, 0), "no media: format 2, which 0.1 reads");
    receive(&mut office, &[second]);
    // A full bundle carries them again.
    let (_, report) = export(&mut field, "3.fieldbook", &ExportOptions { full: true, ..Default::default() });
    assert_eq!(report.media.files, 1);

    field.store.remove_attachment(ids[0]).expect("remove");
    let (fourth, _) = export(&mut field, "4.fieldbook", &ExportOptions::default());
    receive(&mut office, &[fourth]);
    assert!(office.store.attachments(s).expect("list").is_empty());
    assert!(stored(&office).is_empty(), "removed on one device, its bytes gone on the other");
}

#[test]
fn a_small_stick_bundle_leaves_media_for_the_next_one() {
    let (mut field, mut office) = (device(), device());
    let s = session(&mut field);
    let dir = field.dir.path().to_path_buf();
    field
        .store
        .attach(s, &[photo(&dir, "a.png", 1), photo(&dir, "b.png", 2)], &AttachOptions::default())
        .expect("attach");
    let to = office.store.keys().age_recipient();
    field.store.add_recipient(&to, "office", Tier::Internal).expect("recipient");
    let (small, report) =
        export(&mut field, "small.fieldbook", &ExportOptions { no_media: true, ..Default::default() });
    assert_eq!((report.media.files, report.media.left_out_files), (0, 2));
    receive(&mut office, &[small]);
    let list = office.store.attachments(s).expect("list");
    assert!(list.len() == 2 && list.iter().all(|a| !a.present), "described, not here yet");
    let err = office
        .store
        .save_attachment(list[0].id.parse().expect("id"), &office.dir.path().join("x"))
        .expect_err("missing");
    assert_eq!(err.code(), "media-missing");
    let (next, report) = export(&mut field, "next.fieldbook", &ExportOptions::default());
    assert_eq!(report.media.files, 2, "the next bundle carries what the small one left out");
    receive(&mut office, &[next]);
    assert!(office.store.attachments(s).expect("list").iter().all(|a| a.present));
}

#[test]
fn altered_or_cut_media_refuse_the_whole_import() {
    let (mut field, mut office) = (device(), device());
    let s = session(&mut field);
    let dir = field.dir.path().to_path_buf();
    field.store.attach(s, &[photo(&dir, "a.png", 1)], &AttachOptions::default()).expect("attach");
    let to = office.store.keys().age_recipient();
    field.store.add_recipient(&to, "office", Tier::Internal).expect("recipient");
    let (good, _) = export(&mut field, "good.fieldbook", &ExportOptions::default());
    let bytes = std::fs::read(&good).expect("read");
    for (name, bad) in [
        ("cut", bytes[..bytes.len() - 100].to_vec()),
        ("flipped", {
            let mut b = bytes.clone();
            let at = b.len() - 300;
            b[at] ^= 1;
            b
        }),
    ] {
        let path = office.dir.path().join(format!("{name}.fieldbook"));
        std::fs::write(&path, bad).expect("write");
        let opts = ImportOptions { trust_new_devices: true, new_devices: Authority::FULL, ..Default::default() };
        let err = office.store.import_files(&[path], &opts).expect_err(name);
        assert_eq!(err.root().code(), "bundle-damaged", "{name}");
        assert!(office.store.list(Entity::Session).expect("list").is_empty(), "{name}: nothing applied");
        assert!(stored(&office).is_empty());
    }
}

#[test]
fn another_record_pointing_at_restricted_bytes_does_not_release_them() {
    let (mut field, office) = (device(), device());
    let s = session(&mut field);
    let dir = field.dir.path().to_path_buf();
    let faces = photo(&dir, "faces.png", 200);
    let ids = field
        .store
        .attach(s, std::slice::from_ref(&faces), &AttachOptions { tier: Some(Tier::Restricted), ..Default::default() })
        .expect("attach");
    let sha = field.store.attachment(ids[0]).expect("one").sha256;
    // A record made by hand (a `sessions put`, or a bundle's) pointing at the same bytes as
    // share-back, to be printed.
    let mut f = Map::new();
    for (k, v) in [
        ("session_id", json!(s.to_string())),
        ("sha256", json!(sha)),
        ("tier", json!("share_back")),
        ("in_summary", json!(true)),
        ("media_type", json!("image/png")),
        ("file_name", json!("flipchart.png")),
    ] {
        f.insert(k.into(), v);
    }
    field.store.create(Entity::Attachment, f).expect("pointer");
    // And a scanned consent form, about someone at risk.
    let mut p = Map::new();
    p.insert("session_id".into(), json!(s.to_string()));
    p.insert("name".into(), json!("Dolores Quispe"));
    p.insert("at_risk".into(), json!(true));
    let person = field.store.create(Entity::Participant, p).expect("person");
    let form = photo(&dir, "consent.png", 7);
    field
        .store
        .attach(s, std::slice::from_ref(&form), &AttachOptions { item: Some(person), ..Default::default() })
        .expect("form");

    let to = office.store.keys().age_recipient();
    field.store.add_recipient(&to, "office", Tier::Internal).expect("recipient");
    let (bundle, report) = export(&mut field, "1.fieldbook", &ExportOptions::default());
    assert_eq!((report.media.files, report.media.withheld_files), (0, 2));
    let plain = plaintext(&bundle, &office.store.keys().age);
    for file in [&faces, &form] {
        assert!(
            !contains(&plain, &std::fs::read(file).expect("read")[40..200]),
            "{file:?} left for an internal recipient"
        );
    }
    let summary =
        crate::summary::summarise(&field.store, s, crate::summary::Audience::Participants, "en").expect("summary");
    assert!(summary.pictures.is_empty(), "not printed for the participants either");
    let restricted =
        crate::summary::summarise(&field.store, s, crate::summary::Audience::Restricted, "en").expect("summary");
    assert_eq!(restricted.pictures.len(), 1);
}

#[test]
fn bytes_removed_on_the_other_side_come_back_with_the_attachment() {
    let (mut field, mut office) = (device(), device());
    let s = session(&mut field);
    let board = photo(field.dir.path(), "board.png", 10);
    let to = office.store.keys().age_recipient();
    field.store.add_recipient(&to, "office", Tier::Internal).expect("recipient");
    let ids = field.store.attach(s, std::slice::from_ref(&board), &AttachOptions::default()).expect("attach");
    let (one, _) = export(&mut field, "1.fieldbook", &ExportOptions::default());
    receive(&mut office, &[one]);
    field.store.remove_attachment(ids[0]).expect("remove");
    let (two, _) = export(&mut field, "2.fieldbook", &ExportOptions::default());
    receive(&mut office, &[two]);
    assert!(stored(&office).is_empty());
    // Attached again: the office was sent these bytes once, but removed them since.
    field.store.attach(s, &[board], &AttachOptions::default()).expect("again");
    let (three, report) = export(&mut field, "3.fieldbook", &ExportOptions::default());
    assert_eq!(report.media.files, 1);
    receive(&mut office, &[three]);
    assert!(office.store.attachments(s).expect("list").iter().all(|a| a.present));
    // A recipient removed and added again starts from nothing, media included.
    field.store.remove_recipient(&to).expect("remove");
    field.store.add_recipient(&to, "office", Tier::Internal).expect("again");
    let (_, report) = export(&mut field, "4.fieldbook", &ExportOptions::default());
    assert_eq!(report.media.files, 1);
}
