//! Sync between real stores: bundles really encrypted, signed, carried as files and merged.

use super::*;
use crate::schema::Entity;
use crate::{Error, Passphrase, RecordId, Store};
use serde_json::{json, Map, Value as Json};
use std::path::{Path, PathBuf};

pub(crate) struct Device {
    pub dir: tempfile::TempDir,
    pub store: Store,
}

pub(crate) fn device() -> Device {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::init(dir.path(), &Passphrase::new("correct horse battery")).expect("init");
    Device { dir, store }
}

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

/// Exports from `from` to `to`'s recipient, full or incremental; returns the file.
pub(crate) fn send(from: &mut Device, to: &Device, full: bool, name: &str) -> PathBuf {
    let path = from.dir.path().join(name);
    let opts = ExportOptions {
        full,
        to: vec![to.store.keys().age_recipient()],
        passphrase: None,
        clearance: Some(crate::tier::Tier::Restricted),
        no_media: false,
    };
    from.store.export_bundle(&path, &opts).expect("export");
    path
}

/// Imports at `to`, trusting new senders fully (peers of one office: what each may do has its
/// own tests in `authority_tests.rs`).
pub(crate) fn receive(to: &mut Device, files: &[PathBuf]) -> Vec<ImportReport> {
    let opts = ImportOptions { trust_new_devices: true, new_devices: Authority::FULL, ..Default::default() };
    to.store.import_files(files, &opts).expect("import")
}

fn dump(d: &Device) -> String {
    serde_json::to_string(&d.store.dump().expect("dump")).expect("json")
}

#[test]
fn a_bundle_carries_everything_and_importing_twice_changes_nothing() {
    let (mut a, mut b) = (device(), device());
    crate::demo::generate(&mut a.store, 3, 5).expect("demo");
    let file = send(&mut a, &b, false, "a.fieldbook");
    let seen = b.store.inspect_bundle(&std::fs::read(&file).expect("read"), None).expect("inspect");
    assert_eq!(seen.manifest.app_version, env!("CARGO_PKG_VERSION"), "the version that wrote it, signed");
    let first = receive(&mut b, std::slice::from_ref(&file));
    assert!(first[0].applied > 100 && first[0].conflicts == 0);
    assert_eq!(dump(&a), dump(&b));
    let again = receive(&mut b, &[file]);
    assert_eq!((again[0].applied, again[0].conflicts), (0, 0));
    assert_eq!(dump(&a), dump(&b));
    assert_eq!(b.store.import_log().expect("log").len(), 2);
}

#[test]
fn incremental_bundles_carry_only_what_changed_since_the_last_one() {
    let (mut a, b) = (device(), device());
    a.store.add_recipient(&b.store.keys().age_recipient(), "office", crate::tier::Tier::Restricted).expect("recipient");
    let m = a.store.create(Entity::Movement, fields(json!({"name": "Union"}))).expect("movement");
    let opts = ExportOptions::default();
    let first = a.store.export_bundle(&a.dir.path().join("1"), &opts).expect("export");
    assert_eq!(first.changes as usize, Entity::Movement.fields().len() + 1);
    a.store.update(Entity::Movement, m, fields(json!({"name": "Union of domestic workers"}))).expect("edit");
    let second = a.store.export_bundle(&a.dir.path().join("2"), &opts).expect("export");
    assert_eq!(second.changes, 1, "only the edited field");
    let full = a.store.export_bundle(&a.dir.path().join("3"), &ExportOptions { full: true, ..Default::default() });
    assert_eq!(full.expect("full").changes, first.changes);
}

#[test]
fn concurrent_edits_are_kept_as_conflicts_and_resolving_syncs() {
    let (mut a, mut b) = (device(), device());
    let s = a.store.create_session(fields(json!({"title": "Kaolack forum"}))).expect("session");
    let f = send(&mut a, &b, true, "a0");
    receive(&mut b, &[f]);
    // Both edit the title without seeing each other; B also edits the place (no conflict).
    a.store.update(Entity::Session, s, fields(json!({"title": "Kaolack land forum"}))).expect("a edit");
    b.store
        .update(Entity::Session, s, fields(json!({"title": "Forum des femmes de Kaolack", "place": "Hall"})))
        .expect("b");
    let fa = send(&mut a, &b, false, "a1");
    let fb = send(&mut b, &a, false, "b1");
    let ra = receive(&mut a, &[fb]);
    let rb = receive(&mut b, &[fa]);
    assert_eq!((ra[0].conflicts, rb[0].conflicts), (1, 1));
    assert_eq!(dump(&a), dump(&b), "both sides pick the same winner");
    let ca = a.store.conflicts().expect("conflicts");
    assert_eq!(ca.len(), 1);
    assert_eq!(ca[0].field, "title");
    let values = [ca[0].local_value.clone(), ca[0].incoming_value.clone()];
    assert!(values.contains(&json!("Kaolack land forum")) && values.contains(&json!("Forum des femmes de Kaolack")));
    assert_eq!(a.store.get(Entity::Session, s).expect("s")["place"], json!("Hall"));

    // A reviewer at A keeps A's own title; the choice syncs to B without a new conflict.
    let pick = if ca[0].local_value == json!("Kaolack land forum") { Pick::Local } else { Pick::Incoming };
    a.store.resolve_conflict(ca[0].id, pick).expect("resolve");
    assert!(a.store.conflicts().expect("conflicts").is_empty());
    let fa = send(&mut a, &b, false, "a2");
    let rb = receive(&mut b, &[fa]);
    assert_eq!(rb[0].conflicts, 0);
    assert_eq!(b.store.get(Entity::Session, s).expect("s")["title"], json!("Kaolack land forum"));
    assert_eq!(dump(&a), dump(&b));
}

#[test]
fn sequential_edits_never_conflict() {
    let (mut a, mut b) = (device(), device());
    let s = a.store.create_session(fields(json!({"title": "v1"}))).expect("session");
    let f = send(&mut a, &b, true, "a0");
    receive(&mut b, &[f]);
    b.store.update(Entity::Session, s, fields(json!({"title": "v2"}))).expect("b edits after seeing v1");
    let f = send(&mut b, &a, false, "b0");
    assert_eq!(receive(&mut a, &[f])[0].conflicts, 0);
    a.store.update(Entity::Session, s, fields(json!({"title": "v3"}))).expect("a edits after seeing v2");
    let f = send(&mut a, &b, false, "a1");
    assert_eq!(receive(&mut b, &[f])[0].conflicts, 0);
    assert_eq!(b.store.get(Entity::Session, s).expect("s")["title"], json!("v3"));
}

fn import_err(d: &mut Device, file: &Path, trust_new: bool) -> Error {
    let before = dump(d);
    let opts = ImportOptions { trust_new_devices: trust_new, passphrase: None, ..Default::default() };
    let err = d.store.import_files(&[file.to_path_buf()], &opts).expect_err("must be refused");
    assert_eq!(dump(d), before, "a refused import changes nothing");
    assert!(d.store.import_log().expect("log").is_empty());
    err
}

#[test]
fn unknown_signers_are_refused_until_trusted_by_fingerprint() {
    let (mut a, mut b) = (device(), device());
    a.store.create(Entity::Movement, fields(json!({"name": "Union"}))).expect("movement");
    let file = send(&mut a, &b, true, "a");
    let err = import_err(&mut b, &file, false);
    let Error::InFile { source, .. } = &err else { panic!("{err:?}") };
    let Error::BundleUnknownSigner { fingerprint, .. } = source.as_ref() else { panic!("{err:?}") };
    assert_eq!(*fingerprint, a.store.keys().fingerprint());
    b.store.trust(&fingerprint.to_lowercase(), "Facilitator laptop", Authority::default()).expect("trust");
    b.store.import_files(&[file], &ImportOptions::default()).expect("now trusted");
    assert_eq!(dump(&a), dump(&b));
}

#[test]
fn every_kind_of_damage_is_refused_with_its_own_error() {
    let (mut a, mut b) = (device(), device());
    crate::demo::generate(&mut a.store, 1, 2).expect("demo");
    let file = send(&mut a, &b, true, "good");
    let good = std::fs::read(&file).expect("read");
    let scratch = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, bytes: &[u8]| {
        let p = scratch.path().join(name);
        std::fs::write(&p, bytes).expect("write");
        p
    };
    let code = |e: Error| e.root().code();
    // A flipped byte in the header, in the middle, at the end; a truncated file.
    let mut header = good.clone();
    header[40] ^= 1;
    assert!(matches!(
        code(import_err(&mut b, &write("h", &header), true)),
        "bundle-wrong-key" | "not-a-bundle" | "bundle-damaged"
    ));
    for at in [good.len() / 2, good.len() - 5] {
        let mut bad = good.clone();
        bad[at] ^= 0x20;
        assert_eq!(code(import_err(&mut b, &write("m", &bad), true)), "bundle-damaged");
    }
    assert_eq!(code(import_err(&mut b, &write("t", &good[..good.len() - 100]), true)), "bundle-damaged");
    assert_eq!(code(import_err(&mut b, &write("n", b"hello, not a bundle"), true)), "not-a-bundle");
    // Encrypted to someone else.
    let c = device();
    let other = send(&mut a, &c, true, "for-c");
    assert_eq!(code(import_err(&mut b, &other, true)), "bundle-wrong-key");
    let missing = b.dir.path().join("no-such-file");
    assert_eq!(code(import_err(&mut b, &missing, true)), "file");
}

#[test]
fn passphrase_bundles_need_the_passphrase() {
    let (mut a, mut b) = (device(), device());
    a.store.create(Entity::Movement, fields(json!({"name": "Union"}))).expect("movement");
    let path = a.dir.path().join("p");
    let pass = Passphrase::new("handover words here");
    a.store.export_bundle(&path, &ExportOptions { passphrase: Some(pass), ..Default::default() }).expect("export");
    assert_eq!(import_err(&mut b, &path, true).root().code(), "bundle-needs-passphrase");
    // A guessable bundle passphrase is refused before anything is written.
    let weak = ExportOptions { passphrase: Some(Passphrase::new("12345678")), ..Default::default() };
    let refused = a.store.export_bundle(&a.dir.path().join("weak"), &weak).expect_err("weak");
    assert_eq!(refused.code(), "weak-passphrase");
    assert!(!a.dir.path().join("weak").exists());
    let wrong = ImportOptions {
        trust_new_devices: true,
        passphrase: Some(Passphrase::new("wrong words here")),
        ..Default::default()
    };
    assert_eq!(
        b.store.import_files(std::slice::from_ref(&path), &wrong).expect_err("wrong").root().code(),
        "bundle-wrong-passphrase"
    );
    let right = ImportOptions {
        trust_new_devices: true,
        passphrase: Some(Passphrase::new("handover words here")),
        ..Default::default()
    };
    b.store.import_files(&[path], &right).expect("right passphrase");
    assert_eq!(dump(&a), dump(&b));
}

#[test]
fn deletes_travel_as_tombstones() {
    let (mut a, mut b) = (device(), device());
    let ids = crate::demo::generate(&mut a.store, 2, 9).expect("demo");
    let f = send(&mut a, &b, true, "a0");
    receive(&mut b, &[f]);
    b.store.delete(Entity::Session, ids[0]).expect("delete");
    let f = send(&mut b, &a, false, "b0");
    receive(&mut a, &[f]);
    assert!(a.store.get(Entity::Session, ids[0]).is_err());
    assert_eq!(dump(&a), dump(&b));
    let _ = RecordId::new();
}

#[test]
fn a_later_chain_of_local_saves_still_conflicts_with_an_unseen_earlier_edit() {
    // Found by the sync e2e: the office typed (several saves) after the field edited, so the
    // office's stamps are later, yet it never saw the field's edit: that is a conflict.
    let (mut a, mut b) = (device(), device());
    let s = a.store.create_session(fields(json!({"title": "v1"}))).expect("session");
    let f = send(&mut a, &b, true, "a0");
    receive(&mut b, &[f]);
    a.store.update(Entity::Session, s, fields(json!({"title": "from the field"}))).expect("a");
    let fa = send(&mut a, &b, false, "a1");
    for title in ["", "from the", "from the office"] {
        b.store.update(Entity::Session, s, fields(json!({ "title": title }))).expect("b types");
    }
    let r = receive(&mut b, std::slice::from_ref(&fa));
    assert_eq!((r[0].applied, r[0].conflicts), (0, 1));
    assert_eq!(b.store.conflicts().expect("c")[0].winner, "local");
    // Importing the same bundle again records nothing new.
    assert_eq!(receive(&mut b, &[fa])[0].conflicts, 0);
    assert_eq!(b.store.conflicts().expect("c").len(), 1);
}

/// The payload made on one connection and on two at once, with what each counted.
fn payloads(store: &Store, since: i64, clearance: crate::tier::Tier) -> [(Vec<u8>, walk::Counts, Tally); 2] {
    let high: i64 = store.conn.query_row(export::HIGHEST_SEQ, [], |r| r.get(0)).expect("high");
    [false, true].map(|two| {
        let second = two.then(|| store.second_reader_at(high).expect("a second reader at the same point"));
        let mut tally = Tally::default();
        let (payload, counts) =
            store.payload(since, clearance, second, &mut tally, &crate::progress::Progress::none()).expect("payload");
        (payload, counts, tally)
    })
}

#[test]
fn two_readers_make_the_same_payload_byte_for_byte_as_one() {
    use crate::tier::Tier;
    let mut a = device();
    crate::demo::generate(&mut a.store, 12, 3).expect("demo");
    let middle: i64 = a.store.conn.query_row(export::HIGHEST_SEQ, [], |r| r.get(0)).expect("high");
    crate::demo::generate(&mut a.store, 4, 4).expect("more");
    // A participant put at risk after `middle`: an incremental bundle sends their session's
    // items again, which the readers must agree on too.
    let person: Vec<u8> =
        a.store.conn.query_row("SELECT id FROM participant ORDER BY id LIMIT 1", [], |r| r.get(0)).expect("person");
    let person = RecordId::from_slice(&person).expect("id");
    a.store.update(Entity::Participant, person, fields(json!({"at_risk": true}))).expect("at risk");
    for (since, clearance) in [(0, Tier::Restricted), (0, Tier::Internal), (middle, Tier::ShareBack)] {
        let [one, two] = payloads(&a.store, since, clearance);
        assert_eq!(one.0, two.0, "since {since}, {clearance:?}");
        assert_eq!(one.1, two.1);
        assert_eq!((one.2.lines(true), one.2.lines(false)), (two.2.lines(true), two.2.lines(false)));
        let changes = decode::decode(2, &deflate::inflate(&one.0)).expect("decode");
        assert_eq!(changes.len() as u64, one.1.changes);
        assert!(changes.len() > 100, "since {since}: {}", changes.len());
    }
}

#[test]
fn the_readers_take_every_kind_once() {
    let mut read = export::READ_ORDER.to_vec();
    read.sort_by_key(|e| Entity::ALL.iter().position(|a| a == e));
    assert_eq!(read, Entity::ALL);
}

#[test]
fn a_second_reader_that_sees_another_point_in_time_is_not_used() {
    let mut a = device();
    crate::demo::generate(&mut a.store, 1, 1).expect("demo");
    let high: i64 = a.store.conn.query_row(export::HIGHEST_SEQ, [], |r| r.get(0)).expect("high");
    a.store.create(Entity::Movement, fields(json!({"name": "Youth coalition"}))).expect("write");
    assert!(a.store.second_reader_at(high).is_none(), "a reader that sees a later write");
    assert!(a.store.second_reader_at(high + 1).is_some());
}
