//! An office keeps working while it imports: the import reports progress and can be stopped
//! (leaving the store exactly as it was), readers read beside it, and what is typed meanwhile
//! goes into the edits journal and then into the store, in order, even after a crash.

use super::tests::{device, send};
use super::*;
use crate::progress::{Phase, Progress, Step};
use crate::schema::Entity;
use crate::{Error, Passphrase, SessionFilter, Store};
use serde_json::{json, Map, Value as Json};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

fn trusting() -> ImportOptions {
    ImportOptions { trust_new_devices: true, new_devices: Authority::FULL, ..Default::default() }
}

fn dump(store: &Store) -> String {
    serde_json::to_string(&store.dump().expect("dump")).expect("json")
}

#[test]
fn an_import_reports_its_progress_and_a_cancelled_one_changes_nothing() {
    let (mut field, mut office) = (device(), device());
    crate::demo::generate(&mut field.store, 20, 5).expect("demo");
    crate::demo::generate(&mut office.store, 2, 5).expect("demo");
    let file = send(&mut field, &office, false, "f.fieldbook");
    let before = dump(&office.store);
    let log_before = office.store.import_log().expect("log").len();

    // Stopped half way through the merge: nothing of it stays.
    let cancel = AtomicBool::new(false);
    let steps = Mutex::new(Vec::<Step>::new());
    let report = |s: Step| {
        if s.phase == Phase::Merging && s.done * 2 >= s.total && s.total > 0 {
            cancel.store(true, Ordering::SeqCst);
        }
        steps.lock().expect("lock").push(s);
    };
    let err = office
        .store
        .import_files_with(std::slice::from_ref(&file), &trusting(), &Progress::new(&report, &cancel))
        .expect_err("cancelled");
    assert!(matches!(err, Error::Cancelled), "{err:?}");
    assert_eq!(err.code(), "cancelled");
    assert_eq!(dump(&office.store), before, "a cancelled import leaves the store exactly as it was");
    assert_eq!(office.store.import_log().expect("log").len(), log_before);
    let seen = steps.lock().expect("lock").clone();
    assert_eq!(seen.first().map(|s| s.phase), Some(Phase::Reading));
    let merging: Vec<&Step> = seen.iter().filter(|s| s.phase == Phase::Merging).collect();
    assert!(merging.len() >= 2 && merging.windows(2).all(|w| w[0].done <= w[1].done), "{merging:?}");

    // Run to the end, the same file merges whole, and the last report says so.
    let steps = Mutex::new(Vec::<Step>::new());
    let report = |s: Step| steps.lock().expect("lock").push(s);
    let never = AtomicBool::new(false);
    let reports =
        office.store.import_files_with(&[file], &trusting(), &Progress::new(&report, &never)).expect("import");
    let last = *steps.lock().expect("lock").last().expect("a report");
    assert_eq!((last.phase, last.done), (Phase::Merging, last.total));
    assert_eq!(last.total, reports[0].changes);
    assert!(reports[0].applied > 0);
}

#[test]
fn a_reader_reads_beside_an_open_write_transaction() {
    let mut d = device();
    crate::demo::generate(&mut d.store, 3, 5).expect("demo");
    let reader = d.store.reader().expect("reader").expect("a derived key");
    let n = reader.session_page(&SessionFilter::default()).expect("page").total;
    // The writer holds a write transaction (as an import does) with a change not committed yet.
    let tx = d.store.conn.unchecked_transaction().expect("tx");
    tx.execute("UPDATE session SET title = 'uncommitted'", []).expect("write");
    let page = reader.session_page(&SessionFilter::default()).expect("the reader is not blocked");
    assert_eq!(page.total, n);
    assert!(page.rows.iter().all(|r| r.title != "uncommitted"), "a reader sees only what was committed");
    // And it cannot write: the writer is the only one that stamps changes.
    let sid = page.rows[0].id;
    drop(tx);
    assert!(reader.conn.execute("DELETE FROM session", []).is_err());
    assert!(reader.get(Entity::Session, sid).is_ok(), "still there");
}

#[test]
fn the_sessions_list_comes_a_page_at_a_time_with_the_total() {
    let mut d = device();
    crate::demo::generate(&mut d.store, 25, 2).expect("demo");
    let all = d.store.list_sessions(&SessionFilter::default()).expect("all");
    let total = all.len() as u64;
    let mut paged = vec![];
    let mut offset = 0;
    loop {
        let page =
            d.store.session_page(&SessionFilter { offset, limit: Some(7), ..SessionFilter::default() }).expect("page");
        assert_eq!(page.total, total);
        assert!(page.rows.len() <= 7);
        if page.rows.is_empty() {
            break;
        }
        offset += page.rows.len() as u32;
        paged.extend(page.rows);
    }
    assert_eq!(paged, all, "pages in order add up to the whole list");
    let filtered = SessionFilter { status: Some("no-such-status".into()), limit: Some(5), ..SessionFilter::default() };
    assert_eq!(d.store.session_page(&filtered).expect("page").total, 0);
}

#[test]
fn the_first_page_of_the_sessions_list_reads_an_index_in_order() {
    let d = device();
    let sql = format!(
        "EXPLAIN QUERY PLAN SELECT s.id FROM session s {} ORDER BY s.starts_at IS NULL, s.starts_at DESC, s.id DESC LIMIT 100",
        crate::store::SESSION_WHERE
    );
    let mut stmt = d.store.conn.prepare(&sql).expect("plan");
    let plan: Vec<String> = stmt
        .query_map(rusqlite::params![None::<String>, None::<String>, None::<String>], |r| r.get(3))
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("plan");
    let plan = plan.join(" | ");
    assert!(plan.contains("session_newest"), "{plan}");
    assert!(!plan.contains("TEMP B-TREE"), "no sort of every session: {plan}");
}

#[test]
fn edits_journalled_during_an_import_reach_the_store_in_order_even_after_a_crash() {
    let mut d = device();
    let id = d.store.create(Entity::Session, fields(json!({"title": "before"}))).expect("create");
    let journal = d.store.journal().expect("journal").expect("a derived key");
    // A field the session does not have is refused at once, as the store would refuse it.
    let bad = journal.push(Entity::Session, id, &fields(json!({"no_such_field": 1}))).expect_err("refused");
    assert_eq!(bad.code(), "unknown-field");
    journal.push(Entity::Session, id, &fields(json!({"title": "typed first"}))).expect("push");
    journal.push(Entity::Session, id, &fields(json!({"title": "typed last", "place": "Kisumu"}))).expect("push");
    assert_eq!(journal.len().expect("len"), 2);
    let journal_file = d.dir.path().join(crate::store::JOURNAL_FILE);
    assert!(journal_file.exists());
    // The journal file is encrypted like the store: no typed text in it.
    let raw = std::fs::read(&journal_file).expect("read");
    let wal = std::fs::read(format!("{}-wal", journal_file.display())).unwrap_or_default();
    assert!(!raw.windows(5).any(|w| w == b"typed") && !wal.windows(5).any(|w| w == b"typed"));

    // The app stops before the import ends (a crash): the next unlock writes the edits.
    drop(journal);
    let dir = d.dir;
    drop(d.store);
    let store = Store::open(dir.path(), &Passphrase::new("correct horse battery")).expect("open");
    let session = store.get(Entity::Session, id).expect("session");
    assert_eq!(session.get("title"), Some(&json!("typed last")));
    assert_eq!(session.get("place"), Some(&json!("Kisumu")));
    assert!(!journal_file.exists(), "the journal is gone once its edits are in the store");
}

#[test]
fn a_journal_in_use_is_left_to_the_app_that_holds_it() {
    let mut d = device();
    let id = d.store.create(Entity::Session, fields(json!({"title": "before"}))).expect("create");
    let journal = d.store.journal().expect("journal").expect("key");
    journal.push(Entity::Session, id, &fields(json!({"title": "typed"}))).expect("push");
    // Another process (the CLI) opens the store while the app still imports and journals.
    let other = Store::open(d.dir.path(), &Passphrase::new("correct horse battery")).expect("open beside");
    assert_eq!(other.get(Entity::Session, id).expect("s").get("title"), Some(&json!("before")));
    journal.push(Entity::Session, id, &fields(json!({"title": "typed later"}))).expect("still journals");
    drop(other);
    drop(journal);
    assert_eq!(d.store.replay_journal().expect("replay").written, 2);
    assert_eq!(d.store.get(Entity::Session, id).expect("s").get("title"), Some(&json!("typed later")));
}

#[test]
fn a_journalled_edit_of_a_record_deleted_meanwhile_is_dropped_and_the_rest_written() {
    let mut d = device();
    let kept = d.store.create(Entity::Session, fields(json!({"title": "kept"}))).expect("create");
    let gone = d.store.create(Entity::Session, fields(json!({"title": "gone"}))).expect("create");
    let journal = d.store.journal().expect("journal").expect("key");
    journal.push(Entity::Session, gone, &fields(json!({"title": "edited"}))).expect("push");
    journal.push(Entity::Session, kept, &fields(json!({"title": "edited"}))).expect("push");
    d.store.delete(Entity::Session, gone).expect("delete");
    drop(journal);
    let done = d.store.replay_journal().expect("replay");
    assert_eq!((done.written, done.dropped), (1, 1));
    assert_eq!(d.store.get(Entity::Session, kept).expect("kept").get("title"), Some(&json!("edited")));
}

#[test]
fn wiping_the_store_removes_the_journal_too() {
    let d = device();
    let journal = d.store.journal().expect("journal").expect("key");
    drop(journal);
    let file = d.dir.path().join(crate::store::JOURNAL_FILE);
    assert!(file.exists());
    let removed = d.store.wipe().expect("wipe");
    assert!(removed.iter().any(|p| p == &file), "{removed:?}");
    assert!(!file.exists());
}

#[test]
fn an_export_and_tables_report_their_progress_and_a_stopped_one_leaves_no_file() {
    let (mut field, office) = (device(), device());
    crate::demo::generate(&mut field.store, 5, 5).expect("demo");
    let opts = ExportOptions { to: vec![office.store.keys().age_recipient()], ..ExportOptions::default() };
    let out = field.dir.path().join("out.fieldbook");
    let steps = Mutex::new(Vec::<Step>::new());
    let report = |s: Step| steps.lock().expect("lock").push(s);
    let stop = AtomicBool::new(true);
    let err = field.store.write_bundle_with(&out, &opts, &Progress::new(&report, &stop)).expect_err("stopped");
    assert!(matches!(err, Error::Cancelled));
    let left: Vec<_> = std::fs::read_dir(field.dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("out."))
        .collect();
    assert!(!out.exists() && left.is_empty(), "a stopped export leaves no file: {left:?}");
    let go = AtomicBool::new(false);
    let (written, _) = field.store.write_bundle_with(&out, &opts, &Progress::new(&report, &go)).expect("export");
    assert!(out.exists() && written.changes > 0);
    let last = *steps.lock().expect("lock").last().expect("reports");
    assert_eq!((last.phase, last.done), (Phase::Collecting, last.total));

    let tables = field.dir.path().join("tables.xlsx");
    let err = field
        .store
        .export_tables_with(
            &tables,
            crate::table::TableFormat::Xlsx,
            crate::tier::Tier::Internal,
            &Progress::new(&report, &stop),
        )
        .expect_err("stopped");
    assert!(matches!(err, Error::Cancelled) && !tables.exists());
    steps.lock().expect("lock").clear();
    field
        .store
        .export_tables_with(
            &tables,
            crate::table::TableFormat::Xlsx,
            crate::tier::Tier::Internal,
            &Progress::new(&report, &go),
        )
        .expect("tables");
    let seen = steps.lock().expect("lock").clone();
    assert!(tables.exists() && seen.first().map(|s| s.done) == Some(0));
    assert_eq!(seen.last().map(|s| (s.done, s.total)), Some((Entity::ALL.len() as u64, Entity::ALL.len() as u64)));
}

#[test]
fn a_journal_is_written_once_even_if_its_removal_failed() {
    let mut d = device();
    let id = d.store.create(Entity::Session, fields(json!({"title": "before"}))).expect("create");
    let journal = d.store.journal().expect("journal").expect("key");
    journal.push(Entity::Session, id, &fields(json!({"title": "typed in the journal"}))).expect("push");
    drop(journal);
    let file = d.dir.path().join(crate::store::JOURNAL_FILE);
    let kept = std::fs::read(&file).expect("journal");
    let wal = std::fs::read(format!("{}-wal", file.display())).ok();
    assert_eq!(d.store.replay_journal().expect("replay").written, 1);
    d.store.update(Entity::Session, id, fields(json!({"title": "typed after"}))).expect("edit");
    // The journal's removal failed (it is back): writing it again must not undo the later edit.
    std::fs::write(&file, kept).expect("put back");
    if let Some(wal) = wal {
        std::fs::write(format!("{}-wal", file.display()), wal).expect("put back");
    }
    let again = d.store.replay_journal().expect("replay");
    assert_eq!(again.written, 0);
    assert_eq!(d.store.get(Entity::Session, id).expect("s").get("title"), Some(&json!("typed after")));
    assert!(!file.exists());
}

#[test]
fn an_unreadable_or_stale_journal_never_stops_a_store_from_opening() {
    let d = device();
    let dir = d.dir;
    drop(d.store);
    let file = dir.path().join(crate::store::JOURNAL_FILE);
    std::fs::write(&file, b"not a journal at all, damaged by a bad USB stick ...........").expect("write");
    let store = Store::open(dir.path(), &Passphrase::new("correct horse battery")).expect("opens anyway");
    assert!(!file.exists());
    let aside: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("pending-edits.unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "set aside, not deleted: {aside:?}");
    drop(store);
    // A new store where a journal was left behind starts without it.
    let fresh = tempfile::tempdir().expect("dir");
    std::fs::write(fresh.path().join(crate::store::JOURNAL_FILE), b"left behind").expect("write");
    drop(Store::init(fresh.path(), &Passphrase::new("correct horse battery")).expect("init"));
    assert!(!fresh.path().join(crate::store::JOURNAL_FILE).exists());
}

#[test]
fn a_new_passphrase_writes_the_journal_first() {
    let mut d = device();
    let id = d.store.create(Entity::Session, fields(json!({"title": "before"}))).expect("create");
    let journal = d.store.journal().expect("journal").expect("key");
    journal.push(Entity::Session, id, &fields(json!({"title": "typed"}))).expect("push");
    drop(journal);
    let new = Passphrase::new("a completely different passphrase 42");
    d.store.change_passphrase(&Passphrase::new("correct horse battery"), &new).expect("rekey");
    assert_eq!(d.store.get(Entity::Session, id).expect("s").get("title"), Some(&json!("typed")));
    assert!(!d.dir.path().join(crate::store::JOURNAL_FILE).exists());
}

#[test]
fn the_journal_is_authenticated_apart_from_the_store() {
    let d = device();
    let journal = d.store.journal().expect("journal").expect("key");
    drop(journal);
    let store_file = std::fs::read(d.dir.path().join(crate::store::DB_FILE)).expect("store");
    let journal_file = std::fs::read(d.dir.path().join(crate::store::JOURNAL_FILE)).expect("journal");
    // Each file starts with its own salt: the journal's pages have their own HMAC key.
    assert_ne!(store_file[..16], journal_file[..16]);
}

#[test]
fn the_overdue_count_reads_the_live_sessions_once_not_a_session_row_per_support() {
    let d = device();
    let sql = format!("EXPLAIN QUERY PLAN SELECT count(*) {}", crate::cycle::OVERDUE);
    let mut stmt = d.store.conn.prepare(&sql).expect("plan");
    let plan: Vec<String> =
        stmt.query_map(["2026-11-30"], |r| r.get(3)).expect("rows").collect::<rusqlite::Result<_>>().expect("plan");
    let plan = plan.join(" | ");
    assert!(plan.contains("LIST SUBQUERY") && plan.contains("COVERING INDEX session_live"), "{plan}");
    assert!(!plan.contains("sqlite_autoindex_session_1"), "{plan}");
}
