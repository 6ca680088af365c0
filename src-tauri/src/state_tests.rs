//! The promises of this module with a real store: an autosave returns while an import has
//! the writer, reads go on beside it, and locking stops it.

use super::*;
use serde_json::json;
use std::sync::mpsc;
use std::time::Duration;

fn unlocked() -> (tempfile::TempDir, Arc<Inner>, RecordId) {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::init(dir.path(), &Passphrase::new("correct horse battery staple")).expect("init");
    let id = store
        .create(Entity::Session, json!({"title": "before"}).as_object().cloned().unwrap_or_default())
        .expect("create");
    let inner = Inner {
        data_dir: dir.path().to_path_buf(),
        profile: Mutex::new(None),
        unlocked: AtomicBool::new(false),
        closing: AtomicBool::new(false),
        writer: Mutex::new(Writer::default()),
        writer_back: Condvar::new(),
        readers: Mutex::new(Pool::default()),
        reader_back: Condvar::new(),
        opening: Mutex::new(None),
        jobs: Mutex::new(Vec::new()),
    };
    inner.install(store);
    (dir, Arc::new(inner), id)
}

fn title(inner: &Inner, id: RecordId) -> Json {
    inner.read(|s| Ok(s.get(Entity::Session, id)?.get("title").cloned().unwrap_or_default())).expect("read")
}

fn fields(title: &str) -> Map<String, Json> {
    json!({ "title": title }).as_object().cloned().unwrap_or_default()
}

#[test]
fn an_autosave_returns_while_an_import_has_the_writer_and_lands_after_it() {
    let (_dir, inner, id) = unlocked();
    let (started, wait_started) = mpsc::channel();
    let (go, wait_go) = mpsc::channel::<()>();
    let importing = {
        let inner = inner.clone();
        std::thread::spawn(move || {
            inner.long_write(|_store| {
                started.send(()).expect("started");
                wait_go.recv_timeout(Duration::from_secs(30)).expect("go");
                Ok(())
            })
        })
    };
    wait_started.recv_timeout(Duration::from_secs(30)).expect("the import runs");
    // The import holds the writer until `go`: these return anyway (a deadlock would hang
    // the test, and the edits would not be in order below).
    inner.edit(Entity::Session, id, fields("typed first")).expect("saved to the journal");
    inner.edit(Entity::Session, id, fields("typed last")).expect("saved to the journal");
    assert_eq!(title(&inner, id), json!("before"), "a reader reads beside the import");
    go.send(()).expect("go");
    importing.join().expect("thread").expect("import");
    assert_eq!(title(&inner, id), json!("typed last"), "the edits land, in order, when it ends");
    assert!(!inner.data_dir.join(fieldbook_core::store::JOURNAL_FILE).exists());
}

#[test]
fn locking_stops_a_running_import_and_closes_every_connection() {
    let (_dir, inner, id) = unlocked();
    let (started, wait_started) = mpsc::channel();
    let importing = {
        let inner = inner.clone();
        let stop = Arc::new(AtomicBool::new(false));
        lock(&inner.jobs).push(("import".into(), stop.clone()));
        std::thread::spawn(move || {
            inner.long_write(|_store| {
                started.send(()).expect("started");
                while !stop.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err::<(), _>(fieldbook_core::Error::Cancelled)
            })
        })
    };
    wait_started.recv_timeout(Duration::from_secs(30)).expect("the import runs");
    inner.edit(Entity::Session, id, fields("typed during the import")).expect("journal");
    let store = inner.take().expect("the store");
    let out = importing.join().expect("thread");
    assert!(out.is_err(), "stopped");
    assert_eq!(store.get(Entity::Session, id).expect("s").get("title"), Some(&json!("typed during the import")));
    assert!(matches!(inner.read(|_| Ok(())), Err(e) if e.detail().is_empty()), "locked");
    assert_eq!(lock(&inner.readers).lent, 0);
}
