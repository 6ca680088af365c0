//! The promises of the shared store with a real one: an autosave returns while an import has
//! the writer, reads go on beside it, and locking stops it.

use super::*;
use serde_json::json;
use std::sync::mpsc;
use std::time::Duration;

fn unlocked() -> (tempfile::TempDir, Shared, RecordId) {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::init(dir.path(), &crate::Passphrase::new("correct horse battery staple")).expect("init");
    let id = store
        .create(Entity::Session, json!({"title": "before"}).as_object().cloned().unwrap_or_default())
        .expect("create");
    let shared = Shared::new();
    shared.install(store);
    (dir, shared, id)
}

fn title(shared: &Shared, id: RecordId) -> Json {
    shared
        .read(|s| Ok::<_, Error>(s.get(Entity::Session, id)?.get("title").cloned().unwrap_or_default()))
        .expect("read")
}

fn fields(title: &str) -> Map<String, Json> {
    json!({ "title": title }).as_object().cloned().unwrap_or_default()
}

#[test]
fn an_autosave_returns_while_an_import_has_the_writer_and_lands_after_it() {
    let (dir, shared, id) = unlocked();
    let (started, wait_started) = mpsc::channel();
    let (go, wait_go) = mpsc::channel::<()>();
    let importing = {
        let shared = shared.clone();
        std::thread::spawn(move || {
            shared.long_write("import", |_store, _stop| {
                started.send(()).expect("started");
                wait_go.recv_timeout(Duration::from_secs(30)).expect("go");
                Ok(())
            })
        })
    };
    wait_started.recv_timeout(Duration::from_secs(30)).expect("the import runs");
    // The import holds the writer until `go`: these return anyway (a deadlock would hang
    // the test, and the edits would not be in order below).
    shared.edit(Entity::Session, id, fields("typed first")).expect("saved to the journal");
    shared.edit(Entity::Session, id, fields("typed last")).expect("saved to the journal");
    assert_eq!(title(&shared, id), json!("before"), "a reader reads beside the import");
    go.send(()).expect("go");
    importing.join().expect("thread").expect("import");
    assert_eq!(title(&shared, id), json!("typed last"), "the edits land, in order, when it ends");
    assert!(!dir.path().join(crate::store::JOURNAL_FILE).exists());
}

#[test]
fn locking_stops_a_running_import_and_closes_every_connection() {
    let (_dir, shared, id) = unlocked();
    let (started, wait_started) = mpsc::channel();
    let importing = {
        let shared = shared.clone();
        std::thread::spawn(move || {
            shared.long_write("import", |_store, stop| {
                started.send(()).expect("started");
                while !stop.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err::<(), _>(Error::Cancelled)
            })
        })
    };
    wait_started.recv_timeout(Duration::from_secs(30)).expect("the import runs");
    shared.edit(Entity::Session, id, fields("typed during the import")).expect("journal");
    let store = shared.take().expect("the store");
    let out = importing.join().expect("thread");
    assert!(out.is_err(), "stopped");
    assert_eq!(store.get(Entity::Session, id).expect("s").get("title"), Some(&json!("typed during the import")));
    assert!(matches!(shared.read(|_| Ok::<_, Error>(())), Err(Error::Locked)), "locked");
    assert_eq!(lock(&shared.inner.readers).lent, 0);
}
