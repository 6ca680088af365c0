//! Attaching, listing, saving and removing media on a real SQLCipher store.

use super::*;
use crate::Passphrase;
use std::io::Cursor;

fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::init(&dir.path().join("data"), &Passphrase::new("correct horse battery")).expect("init");
    (dir, store)
}

fn session(store: &mut Store) -> RecordId {
    let mut f = Map::new();
    f.insert("title".into(), json!("Flipcharts"));
    store.create(Entity::Session, f).expect("session")
}

fn photo(dir: &Path, name: &str, shade: u8) -> PathBuf {
    let img = image::RgbImage::from_fn(80, 60, |x, y| image::Rgb([shade, (x % 256) as u8, (y % 256) as u8]));
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).expect("jpeg");
    let path = dir.join(name);
    std::fs::write(&path, out.into_inner()).expect("write");
    path
}

fn blobs(store: &Store) -> i64 {
    store.conn.query_row("SELECT count(*) FROM media_blob", [], |r| r.get(0)).expect("count")
}

#[test]
fn attached_files_are_listed_saved_byte_for_byte_deduplicated_and_removed_with_their_bytes() {
    let (dir, mut store) = new_store();
    let s = session(&mut store);
    let a = photo(dir.path(), "board.jpg", 10);
    let same = dir.path().join("copy-of-board.jpg");
    std::fs::copy(&a, &same).expect("copy");
    let mut ogg = b"OggS\x00\x02".to_vec();
    ogg.extend(std::iter::repeat_n(7u8, 300_000));
    let audio = dir.path().join("session.ogg");
    std::fs::write(&audio, &ogg).expect("write");
    let ids = store.attach(s, &[a.clone(), same, audio], &AttachOptions::default()).expect("attach");
    assert_eq!(ids.len(), 3);
    let list = store.attachments(s).expect("list");
    assert_eq!(
        list.iter().map(|a| a.file_name.as_str()).collect::<Vec<_>>(),
        ["board.jpg", "copy-of-board.jpg", "session.ogg"]
    );
    assert_eq!(list[0].sha256, list[1].sha256, "same bytes, one hash");
    assert_eq!(blobs(&store), 2, "stored once");
    assert_eq!((list[2].media_type.as_str(), list[2].size), ("audio/ogg", ogg.len() as u64));
    assert!(list.iter().all(|a| a.present && a.tier == "default"));
    let out = dir.path().join("saved.ogg");
    assert_eq!(store.save_attachment(ids[2], &out).expect("save"), ogg.len() as u64);
    assert_eq!(std::fs::read(&out).expect("read"), ogg);
    let (_, part, total) = store.read_attachment(ids[2], 10, 5).expect("range");
    assert_eq!((part.as_slice(), total), (&ogg[10..15], ogg.len() as u64));
    let thumb = store.attachment_thumbnail(ids[0]).expect("thumb").expect("a photo has one");
    assert!(thumb.new && image::load_from_memory(&thumb.bytes).is_ok());
    store.keep_thumbnail(&thumb).expect("keep");
    assert!(!store.attachment_thumbnail(ids[0]).expect("thumb").expect("kept").new);
    assert!(store.attachment_thumbnail(ids[2]).expect("no thumb for audio").is_none());

    store.remove_attachment(ids[0]).expect("remove");
    assert_eq!(blobs(&store), 2, "still used by the copy");
    store.remove_attachment(ids[1]).expect("remove");
    assert_eq!(blobs(&store), 1, "the photo's bytes went with the last attachment");
    store.delete(Entity::Session, s).expect("delete session");
    assert_eq!(blobs(&store), 0, "a deleted session takes its media");
    let thumbs: i64 = store.conn.query_row("SELECT count(*) FROM media_thumb", [], |r| r.get(0)).expect("count");
    assert_eq!(thumbs, 0);
}

#[test]
fn one_bad_file_attaches_none_and_each_gets_its_own_message() {
    let (dir, mut store) = new_store();
    let s = session(&mut store);
    let good = photo(dir.path(), "good.jpg", 1);
    let bytes = std::fs::read(&good).expect("read");
    let cut = dir.path().join("cut.jpg");
    std::fs::write(&cut, &bytes[..bytes.len() - 50]).expect("write");
    let err = store.attach(s, &[good.clone(), cut], &AttachOptions::default()).expect_err("cut photo");
    assert_eq!(err.code(), "media-damaged");
    assert!(store.attachments(s).expect("list").is_empty() && blobs(&store) == 0, "nothing half-written");

    let liar = dir.path().join("consent.pdf");
    std::fs::write(&liar, &bytes).expect("write");
    assert_eq!(
        store.attach(s, &[liar], &AttachOptions::default()).expect_err("jpeg named pdf").code(),
        "media-not-what-it-says"
    );
    let cut_pdf = dir.path().join("form.pdf");
    std::fs::write(&cut_pdf, b"%PDF-1.4\n1 0 obj << >> endobj\n").expect("write");
    assert_eq!(store.attach(s, &[cut_pdf], &AttachOptions::default()).expect_err("no %%EOF").args()[1].1, "truncated");

    store.set_media_limit(1 << 20).expect("limit");
    let big = dir.path().join("long.ogg");
    let mut ogg = b"OggS\x00\x02".to_vec();
    ogg.resize(2 << 20, 0);
    std::fs::write(&big, ogg).expect("write");
    let err = store.attach(s, &[big], &AttachOptions::default()).expect_err("too large");
    assert_eq!((err.code(), err.args()[1].1.as_str(), err.args()[2].1.as_str()), ("media-too-large", "2", "1"));
    assert_eq!(store.media_limit().expect("limit"), 1 << 20);
    let err = store.attach(s, &[dir.path().join("missing.jpg")], &AttachOptions::default()).expect_err("missing");
    assert_eq!(err.code(), "file");
    store
        .attach(s, &[good], &AttachOptions { tier: Some(Tier::Restricted), max_side: Some(40), item: None })
        .expect("good one");
    let list = store.attachments(s).expect("list");
    assert_eq!(list[0].tier, "restricted");
    let (_, stored) = store.attachment_bytes(list[0].id.parse().expect("id")).expect("bytes");
    let img = image::load_from_memory(&stored).expect("decode");
    assert_eq!((img.width(), img.height()), (40, 30), "downscaled to the chosen size");
}

#[test]
fn served_types_come_from_the_bytes_not_the_record() {
    assert_eq!(servable_type(b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"), Some("image/jpeg"));
    assert_eq!(servable_type(b"<html><script>alert(1)</script>"), None);
    assert_eq!(servable_type(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), None);
}

#[test]
fn the_decrypted_database_holds_the_photo_but_not_its_location() {
    let (dir, mut store) = new_store();
    let s = session(&mut store);
    // A photo whose EXIF names a place and carries GPS coordinates.
    let plain = std::fs::read(photo(dir.path(), "plain.jpg", 3)).expect("read");
    let mut jpeg = img_parts::jpeg::Jpeg::from_bytes(plain.into()).expect("jpeg");
    let mut w = exif::experimental::Writer::new();
    let place = exif::Field {
        tag: exif::Tag::ImageDescription,
        ifd_num: exif::In::PRIMARY,
        value: exif::Value::Ascii(vec![b"Back room of the Kaolack market".to_vec()]),
    };
    let lat = exif::Field {
        tag: exif::Tag::GPSLatitude,
        ifd_num: exif::In::PRIMARY,
        value: exif::Value::Rational(vec![(14, 1).into(), (8, 1).into(), (4321, 100).into()]),
    };
    w.push_field(&place);
    w.push_field(&lat);
    let mut exif_bytes = Cursor::new(Vec::new());
    w.write(&mut exif_bytes, false).expect("exif");
    let exif_bytes = exif_bytes.into_inner();
    img_parts::ImageEXIF::set_exif(&mut jpeg, Some(exif_bytes.clone().into()));
    let mut marked = Vec::new();
    jpeg.encoder().write_to(&mut marked).expect("write");
    let path = dir.path().join("market.jpg");
    std::fs::write(&path, &marked).expect("write");
    let ids = store.attach(s, &[path], &AttachOptions::default()).expect("attach");
    let (_, stored) = store.attachment_bytes(ids[0]).expect("bytes");

    let out = dir.path().join("plain.db");
    store
        .conn
        .execute_batch(&format!(
            "ATTACH DATABASE '{}' AS plaintext KEY ''; SELECT sqlcipher_export('plaintext'); DETACH DATABASE plaintext;",
            out.display()
        ))
        .expect("decrypted copy");
    store.checkpoint().expect("checkpoint");
    let db = std::fs::read(&out).expect("read");
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    assert!(find(&db, &stored[stored.len() - 64..]), "the decrypted copy is searched where the photo is");
    assert!(!find(&db, b"Kaolack market") && !find(&db, &exif_bytes[8..]), "no place, no GPS block");
    for entry in std::fs::read_dir(dir.path().join("data")).expect("dir") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
        assert!(!find(&bytes, &stored[stored.len() - 64..]), "the photo is not on disk in the clear");
    }
}

#[test]
fn a_document_from_before_attachments_leaves_them_alone() {
    let (dir, mut store) = new_store();
    let s = session(&mut store);
    store.attach(s, &[photo(dir.path(), "a.jpg", 1)], &AttachOptions::default()).expect("attach");
    let mut doc = serde_json::to_value(store.session_doc(s).expect("doc")).expect("json");
    doc.as_object_mut().expect("object").remove("attachments");
    let doc: crate::SessionDoc = serde_json::from_value(doc).expect("doc");
    store.put_session_doc(doc).expect("put");
    assert_eq!(store.attachments(s).expect("list").len(), 1, "kept");
}

#[test]
fn names_from_anywhere_are_shown_without_paths_controls_or_direction_marks() {
    assert_eq!(clean_name("../../home/amina/.bashrc"), ".bashrc");
    assert_eq!(clean_name("C:\\Users\\x\\photo.jpg"), "photo.jpg");
    assert_eq!(clean_name("gpj.\u{202e}exe"), "gpj.exe");
    assert_eq!(clean_name("a\u{1b}[31mred"), "a[31mred");
    assert_eq!(clean_name(""), "attachment");
}
