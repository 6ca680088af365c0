//! Store tests on real SQLCipher files in temporary folders.

use super::*;
use crate::schema::Entity;
use crate::{Op, RecordId, SessionDoc};
use serde_json::{json, Map, Value as Json};

fn pass() -> Passphrase {
    Passphrase::new("correct horse battery")
}

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::init(dir.path(), &pass()).expect("init");
    (dir, store)
}

fn clocks(store: &Store, id: RecordId) -> Vec<(String, Vec<u8>)> {
    let blob: Vec<u8> = store
        .conn
        .query_row("SELECT stamps FROM record_clock WHERE id = ?1", [id.as_bytes().as_slice()], |r| r.get(0))
        .expect("stamps");
    let stamps = super::Stamps::decode(&blob).expect("decode");
    stamps.iter().map(|(field, f)| (field.to_owned(), f.stamp.hlc.to_bytes().to_vec())).collect()
}

#[test]
fn wrong_weak_and_missing_passphrases_get_clear_errors() {
    let (dir, store) = new_store();
    drop(store);
    let err = Store::open(dir.path(), &Passphrase::new("not the passphrase")).expect_err("must fail");
    assert!(matches!(err, Error::WrongPassphrase), "{err:?}");
    assert_eq!(err.code(), "wrong-passphrase");
    assert!(Store::open(dir.path(), &pass()).is_ok());
    let empty = tempfile::tempdir().expect("tempdir");
    assert!(matches!(Store::open(empty.path(), &pass()), Err(Error::NoStore(_))));
    assert!(matches!(Store::init(empty.path(), &Passphrase::new("short")), Err(Error::WeakPassphrase { .. })));
    assert!(!Store::exists(empty.path()), "a refused init must not leave a file");
    assert!(matches!(Store::init(dir.path(), &pass()), Err(Error::StoreExists(_))));
}

#[test]
fn every_field_of_a_new_record_is_stamped_and_updates_stamp_only_what_changed() {
    let (_dir, mut store) = new_store();
    let id = store.create(Entity::Priority, fields(json!({"title": "Contracts", "votes": 3}))).expect("create");
    let before = clocks(&store, id);
    let expected: Vec<&str> = Entity::Priority.fields().iter().map(|f| f.name).chain(["deleted"]).collect();
    assert_eq!(before.len(), expected.len(), "one stamp per field, tombstone flag included");
    store.update(Entity::Priority, id, fields(json!({"title": "Contracts", "votes": 4}))).expect("update");
    let after = clocks(&store, id);
    for ((field, old), (_, new)) in before.iter().zip(&after) {
        if field == "votes" {
            assert!(new > old, "changed field gets a later stamp");
        } else {
            assert_eq!(new, old, "{field} did not change and must keep its stamp");
        }
    }
    assert_eq!(store.get(Entity::Priority, id).expect("get")["votes"], json!(4));
}

#[test]
fn deletes_are_stamped_tombstones_and_cascade_to_session_children() {
    let (_dir, mut store) = new_store();
    let s = store
        .create_session(fields(json!({"title": "Kaolack", "guide_id": "01900000-0000-7000-8000-00000000e003"})))
        .expect("session");
    let doc = store.session_doc(s).expect("doc");
    assert_eq!(doc.questions.len(), 5, "the French guide's five questions are copied");
    assert!(doc.questions[0]["text"].as_str().unwrap_or_default().starts_with("Quelles"));
    store.delete(Entity::Session, s).expect("delete");
    assert!(matches!(store.get(Entity::Session, s), Err(Error::NotFound { .. })));
    assert!(store.list(Entity::Question).expect("list").is_empty());
    let blobs: Vec<Vec<u8>> = {
        let mut stmt =
            store.conn.prepare("SELECT stamps FROM record_clock WHERE entity = 'question'").expect("prepare");
        stmt.query_map([], |r| r.get(0)).expect("query").collect::<rusqlite::Result<_>>().expect("rows")
    };
    let tomb = blobs.iter().filter(|b| super::Stamps::decode(b).expect("decode").get("deleted").is_some()).count();
    assert_eq!(tomb, 5);
    assert!(matches!(store.update(Entity::Session, s, fields(json!({"title": "x"}))), Err(Error::NotFound { .. })));
}

#[test]
fn a_batch_with_one_bad_value_writes_nothing() {
    let (_dir, mut store) = new_store();
    let ops = vec![
        Op::Create { entity: Entity::Movement, id: None, fields: fields(json!({"name": "Union"})) },
        Op::Create { entity: Entity::Support, id: None, fields: fields(json!({"role": "donor"})) },
    ];
    let err = store.write(ops).expect_err("invalid role");
    assert_eq!(err.code(), "invalid-value");
    assert!(store.list(Entity::Movement).expect("list").is_empty());
    let err = store.create(Entity::Movement, fields(json!({"colour": "red"}))).expect_err("unknown field");
    assert_eq!(err.code(), "unknown-field");
}

#[test]
fn rapid_edits_are_one_history_entry_and_the_clock_survives_a_restart() {
    let (dir, mut store) = new_store();
    let id = store.create(Entity::Movement, fields(json!({"name": "U"}))).expect("create");
    for name in ["Un", "Uni", "Union"] {
        store.update(Entity::Movement, id, fields(json!({ "name": name }))).expect("update");
    }
    let (count, old, new): (i64, Option<String>, String) = store
        .conn
        .query_row("SELECT count(*), old_value, new_value FROM change_log WHERE field = 'name'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .expect("log");
    assert_eq!((count, old, new.as_str()), (1, None, "\"Union\""));
    let last = store.clock.last();
    drop(store);
    let mut store = Store::open(dir.path(), &pass()).expect("reopen");
    assert_eq!(store.clock.last(), last, "the highest stamp is persisted");
    store.update(Entity::Movement, id, fields(json!({"name": "Union!"}))).expect("update");
    let newest = clocks(&store, id).into_iter().find(|(f, _)| f == "name").expect("name clock").1;
    assert!(Hlc::from_slice(&newest) > Some(last));
}

#[test]
fn session_doc_round_trips_through_put() {
    let (_dir, mut store) = new_store();
    let ids = crate::demo::generate(&mut store, 2, 7).expect("demo");
    let mut doc = store.session_doc(ids[0]).expect("doc");
    let shown = serde_json::to_string(&doc).expect("json");
    let back: SessionDoc = serde_json::from_str(&shown).expect("parse");
    assert_eq!(back, doc);
    doc.session.insert("title".into(), json!("Renamed"));
    let removed = doc.participants.remove(0);
    doc.priorities.push(fields(json!({"title": "New priority", "votes": 2})));
    store.put_session_doc(doc).expect("put");
    let after = store.session_doc(ids[0]).expect("doc");
    assert_eq!(after.session["title"], json!("Renamed"));
    assert!(after.participants.iter().all(|p| p["id"] != removed["id"]));
    assert!(after.priorities.iter().any(|p| p["title"] == json!("New priority")));
}

#[test]
fn demo_data_is_deterministic_and_dumps_are_canonical() {
    let (_a, mut a) = new_store();
    let (_b, mut b) = new_store();
    crate::demo::generate(&mut a, 5, 42).expect("demo a");
    crate::demo::generate(&mut b, 5, 42).expect("demo b");
    let (da, db) = (a.dump().expect("dump"), b.dump().expect("dump"));
    assert_eq!(serde_json::to_string(&da).ok(), serde_json::to_string(&db).ok());
    assert_eq!(da["session"].as_array().map(Vec::len), Some(5));
    assert_ne!(da["participant"].as_array().map(Vec::len), Some(0));
}

#[test]
fn sessions_list_is_newest_first_and_filters() {
    let (_dir, mut store) = new_store();
    let m = store.create(Entity::Movement, fields(json!({"name": "Union"}))).expect("movement");
    let old = store
        .create_session(fields(json!({"title": "Old", "starts_at": "2025-01-01T10:00", "status": "reviewed"})))
        .expect("old");
    let new = store
        .create_session(fields(
            json!({"title": "New 100%", "starts_at": "2026-05-01T10:00", "movement_ids": [m.to_string()]}),
        ))
        .expect("new");
    let all = store.list_sessions(&SessionFilter::default()).expect("list");
    assert_eq!(all.iter().map(|r| r.id).collect::<Vec<_>>(), vec![new, old]);
    assert_eq!(all[0].movements, vec!["Union".to_string()]);
    let by_movement = SessionFilter { movement_id: Some(m), ..Default::default() };
    assert_eq!(store.list_sessions(&by_movement).expect("list").len(), 1);
    let by_status = SessionFilter { status: Some("reviewed".into()), ..Default::default() };
    assert_eq!(store.list_sessions(&by_status).expect("list")[0].id, old);
    let by_text = SessionFilter { query: Some("100%".into()), ..Default::default() };
    assert_eq!(store.list_sessions(&by_text).expect("list")[0].id, new);
}

#[test]
fn nothing_typed_reaches_the_disk_in_plaintext() {
    let (dir, mut store) = new_store();
    let marker = "Plaintext-canary Sreymom at-risk 7731";
    let s = store.create_session(fields(json!({"title": marker, "notes": marker}))).expect("session");
    store.create(Entity::Participant, fields(json!({"session_id": s.to_string(), "name": marker}))).expect("p");
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).expect("dir") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
        files += 1;
        let hay = String::from_utf8_lossy(&bytes);
        assert!(!hay.contains("Plaintext-canary") && !hay.contains("SQLite format 3"));
    }
    assert!(files >= 2, "the WAL must be checked too");
    store.checkpoint().expect("checkpoint");
    let bytes = std::fs::read(Store::db_path(dir.path())).expect("read");
    assert!(!String::from_utf8_lossy(&bytes).contains("Plaintext-canary"));
}

#[test]
fn migration_8_packs_each_records_field_stamps_into_one_row() {
    use crate::hlc::Hlc;
    use crate::stamp::Stamp;
    let mut conn = rusqlite::Connection::open_in_memory().expect("db");
    let migrations = super::migrations();
    migrations.to_version(&mut conn, 7).expect("to 7");
    let (a, b) = (DeviceId::new(), DeviceId::new());
    let id = RecordId::new();
    let base = Stamp { hlc: Hlc(1 << 16), device: a };
    let rows = [("title", Hlc(5 << 16), a, None, 3), ("deleted", Hlc(4 << 16), b, Some(base), 9)];
    for (field, hlc, device, base, seq) in rows {
        conn.execute(
            "INSERT INTO field_clock (entity, id, field, hlc, device, base, seq) VALUES ('session', ?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                id.as_bytes().as_slice(),
                field,
                hlc.to_bytes().as_slice(),
                device.as_bytes().as_slice(),
                base.map(|s: Stamp| s.to_bytes().to_vec()),
                seq
            ],
        )
        .expect("field clock row");
    }
    migrations.to_latest(&mut conn).expect("to latest");
    let (seq, blob): (i64, Vec<u8>) = conn
        .query_row("SELECT seq, stamps FROM record_clock WHERE entity = 'session'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("one record row");
    assert_eq!(seq, 9, "the row's seq is its latest field's");
    let stamps = super::Stamps::decode(&blob).expect("decode");
    let title = stamps.get("title").expect("title");
    assert_eq!((title.stamp, title.base, title.seq), (Stamp { hlc: Hlc(5 << 16), device: a }, None, 3));
    let deleted = stamps.get("deleted").expect("deleted");
    assert_eq!((deleted.stamp, deleted.base, deleted.seq), (Stamp { hlc: Hlc(4 << 16), device: b }, Some(base), 9));
    let devices: i64 = conn.query_row("SELECT count(*) FROM device_clock", [], |r| r.get(0)).expect("devices");
    assert_eq!(devices, 2);
}

#[test]
fn a_record_in_an_older_stamps_layout_is_read_and_rewritten_coded_when_saved() {
    let (_dir, mut store) = new_store();
    let id = store.create(Entity::Movement, fields(json!({"name": "Union", "country": "Peru"}))).expect("create");
    let blob = |store: &Store| -> Vec<u8> {
        store
            .conn
            .query_row("SELECT stamps FROM record_clock WHERE id = ?1", [id.as_bytes().as_slice()], |r| r.get(0))
            .expect("stamps")
    };
    assert_eq!(blob(&store).first(), Some(&1), "new records are written coded");
    // The same stamps in the layout migration 0008 wrote, then in the compact one.
    for (layout, region) in [("legacy", "Lima"), ("compact", "Cusco")] {
        let before = super::Stamps::decode(&blob(&store)).expect("decode");
        let old = if layout == "legacy" { before.encode_legacy() } else { before.encode_compact() };
        store
            .conn
            .execute(
                "UPDATE record_clock SET stamps = ?1 WHERE id = ?2",
                rusqlite::params![old, id.as_bytes().as_slice()],
            )
            .expect(layout);
        assert_ne!(blob(&store).first(), Some(&1), "{layout}");
        assert_eq!(super::Stamps::decode(&blob(&store)).expect("old decode"), before, "{layout}");
        store.update(Entity::Movement, id, fields(json!({ "region": region }))).expect("update");
        let after = super::Stamps::decode(&blob(&store)).expect("decode");
        assert_eq!(blob(&store).first(), Some(&1), "{layout} rewritten coded when saved");
        for (field, stamp) in before.iter().filter(|(f, _)| *f != "region") {
            assert_eq!(after.get(field), Some(stamp), "{layout}: {field} kept");
        }
        // The edit's base is the stamp read from the old layout.
        let (old, new) = (before.get("region").expect("region before"), after.get("region").expect("region after"));
        assert_eq!(new.base, Some(old.stamp), "{layout}");
        assert!(new.seq > before.max_seq(), "{layout}");
    }
}

#[test]
fn a_store_keyed_by_sqlcipher_from_the_passphrase_opens_with_a_second_reader() {
    // Every store made before the key was derived here: SQLCipher derived it from the passphrase.
    let dir = tempfile::tempdir().expect("tempdir");
    let conn = rusqlite::Connection::open(Store::db_path(dir.path())).expect("create");
    conn.pragma_update(None, "key", pass().expose()).expect("key");
    conn.execute_batch("CREATE TABLE older (x); INSERT INTO older VALUES (1);").expect("write");
    drop(conn);
    let mut store = Store::open(dir.path(), &pass()).expect("open");
    let page_size: String = store.conn.query_row("PRAGMA cipher_page_size", [], |r| r.get(0)).expect("page size");
    assert_eq!(page_size, "4096", "stores made before keep SQLCipher's default pages");
    let id = store.create(Entity::Movement, fields(json!({"name": "Rural women's network"}))).expect("create");
    let reader = store.second_reader().expect("reader").expect("a derived key");
    let name: String = reader
        .query_row("SELECT name FROM movement WHERE id = ?1", [id.as_bytes().as_slice()], |r| r.get(0))
        .expect("the reader sees the store");
    assert_eq!(name, "Rural women's network");
    assert!(matches!(Store::open(dir.path(), &Passphrase::new("not the passphrase")), Err(Error::WrongPassphrase)));
}

#[test]
fn each_connection_has_its_own_page_cache_and_allocations_are_not_counted() {
    // .cargo/config.toml sets these: with SQLite's defaults, the export's two readers each
    // read slower than one alone (docs/benchmarks.md).
    let (_dir, store) = new_store();
    let options: Vec<String> = store
        .conn
        .prepare("PRAGMA compile_options")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("options");
    assert!(!options.iter().any(|o| o == "ENABLE_MEMORY_MANAGEMENT"), "{options:?}");
    assert!(options.iter().any(|o| o == "DEFAULT_MEMSTATUS=0"), "{options:?}");
}

#[test]
fn a_new_store_has_16_kib_pages_and_sha256_page_macs_and_opens_again_with_its_second_reader() {
    let (dir, mut store) = new_store();
    let id = store.create(Entity::Movement, fields(json!({"name": "Domestic workers' union"}))).expect("create");
    drop(store);
    let store = Store::open(dir.path(), &pass()).expect("open");
    let page_size: String = store.conn.query_row("PRAGMA cipher_page_size", [], |r| r.get(0)).expect("page size");
    assert_eq!(page_size, "16384");
    let hmac: String = store.conn.query_row("PRAGMA cipher_hmac_algorithm", [], |r| r.get(0)).expect("hmac");
    assert_eq!(hmac, "HMAC_SHA256");
    assert_eq!(std::fs::metadata(Store::db_path(dir.path())).expect("size").len() % 16_384, 0);
    let reader = store.second_reader().expect("reader").expect("a derived key");
    let name: String = reader
        .query_row("SELECT name FROM movement WHERE id = ?1", [id.as_bytes().as_slice()], |r| r.get(0))
        .expect("the reader reads the 16 KiB pages");
    assert_eq!(name, "Domestic workers' union");
    drop((reader, store));
    // SQLCipher given the passphrase, the page size and the MAC opens it too (e.g. the
    // sqlcipher shell).
    let conn = rusqlite::Connection::open(Store::db_path(dir.path())).expect("open");
    conn.pragma_update(None, "key", pass().expose()).expect("key");
    conn.pragma_update(None, "cipher_page_size", 16_384).expect("page size");
    conn.pragma_update(None, "cipher_hmac_algorithm", "HMAC_SHA256").expect("hmac");
    let count: i64 = conn.query_row("SELECT count(*) FROM movement", [], |r| r.get(0)).expect("read");
    assert_eq!(count, 1);
}

#[test]
fn a_store_made_with_16_kib_pages_and_sha512_macs_still_opens() {
    // The layout new stores had before SHA-256 page MACs.
    let dir = tempfile::tempdir().expect("tempdir");
    let conn = rusqlite::Connection::open(Store::db_path(dir.path())).expect("create");
    conn.pragma_update(None, "key", pass().expose()).expect("key");
    conn.pragma_update(None, "cipher_page_size", 16_384).expect("page size");
    conn.execute_batch("CREATE TABLE older (x); INSERT INTO older VALUES (1);").expect("write");
    drop(conn);
    let mut store = Store::open(dir.path(), &pass()).expect("open");
    let hmac: String = store.conn.query_row("PRAGMA cipher_hmac_algorithm", [], |r| r.get(0)).expect("hmac");
    assert_eq!(hmac, "HMAC_SHA512");
    store.create(Entity::Movement, fields(json!({"name": "Youth coalition"}))).expect("write");
    assert!(store.second_reader().expect("reader").is_some());
    assert!(matches!(Store::open(dir.path(), &Passphrase::new("not the passphrase")), Err(Error::WrongPassphrase)));
}

#[test]
fn a_store_saved_by_a_newer_fieldbook_is_refused_as_such() {
    let (dir, store) = new_store();
    let current = store.schema_version().expect("version");
    assert!(current >= 9, "the coded stamps layout is marked by migration 9");
    store.conn.pragma_update(None, "user_version", current + 1).expect("newer");
    drop(store);
    let refused = Store::open(dir.path(), &pass()).map(drop).expect_err("too new");
    assert_eq!(refused.code(), "store-too-new");
    assert!(crate::i18n::Catalog::new("en").error(&refused).contains("newer version"));
}

#[test]
fn the_built_migrations_are_the_files_in_order() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut names: Vec<_> = std::fs::read_dir(&dir).expect("dir").map(|e| e.expect("entry").path()).collect();
    names.sort();
    let files: Vec<String> = names.iter().map(|p| std::fs::read_to_string(p).expect("read")).collect();
    assert_eq!(*super::MIGRATIONS, files);
}
