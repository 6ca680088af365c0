//! The sample notebook a newcomer explores before recording anything real: a store of demo
//! sessions in its own folder, with its own device identity, that never holds real notes and
//! is deleted in one step. Its passphrase is public (it protects nothing), so whatever opens it
//! must keep it apart: the app refuses to import, export or publish from it.

use crate::error::Result;
use crate::store::{wipe_store_files, Store};
use crate::Passphrase;
use std::path::{Path, PathBuf};

/// The sample's folder inside the data folder: a wipe of the data folder takes it too.
pub const SAMPLE_DIR: &str = "sample-notebook";

/// How many demo sessions the sample holds: enough for the dashboard and search to show
/// something, few enough to be made in well under a second.
const SESSIONS: usize = 24;

/// Where the sample notebook of `data_dir` lives.
pub fn sample_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(SAMPLE_DIR)
}

fn passphrase() -> Passphrase {
    Passphrase::new("fieldbook sample notebook: never for real notes".to_string())
}

/// Opens the sample notebook of `data_dir`, making it from the demo data the first time.
pub fn open(data_dir: &Path) -> Result<Store> {
    let dir = sample_dir(data_dir);
    if Store::exists(&dir) {
        return Store::open(&dir, &passphrase());
    }
    std::fs::create_dir_all(&dir)?;
    let mut store = Store::init(&dir, &passphrase())?;
    crate::demo::generate(&mut store, SESSIONS, 7)?;
    Ok(store)
}

/// Whether `store` is the sample notebook of `data_dir` (by where it is, not by its folder's
/// name: a real data folder may be called anything).
pub fn is_sample(store: &Store, data_dir: &Path) -> bool {
    store.data_dir() == sample_dir(data_dir)
}

/// Deletes the sample notebook of `data_dir` (closed first by the caller); the real store and
/// anything else in the data folder are left alone. Returns whether there was one.
pub fn delete(data_dir: &Path) -> Result<bool> {
    let dir = sample_dir(data_dir);
    // Only a real folder of its own: a link there could lead anywhere.
    match std::fs::symlink_metadata(&dir) {
        Ok(meta) if meta.file_type().is_dir() => {}
        Ok(_) => return Err(crate::Error::NoStore(dir.display().to_string())),
        Err(_) => return Ok(false),
    }
    if Store::exists(&dir) {
        wipe_store_files(&dir)?;
    }
    // What the store leaves beside it (a wiped sample's folder too): the folder is the sample's.
    std::fs::remove_dir_all(&dir)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_lives_apart_from_the_real_store_and_goes_without_touching_it() {
        let data = tempfile::tempdir().expect("tempdir");
        let real = Store::init(data.path(), &Passphrase::new("a real passphrase here")).expect("init");
        let sessions_before = real.list_sessions(&Default::default()).expect("list").len();
        drop(real);
        let sample = open(data.path()).expect("sample");
        assert!(is_sample(&sample, data.path()));
        assert_eq!(sample.list_sessions(&Default::default()).expect("list").len(), SESSIONS);
        let real_device = Store::open(data.path(), &Passphrase::new("a real passphrase here")).expect("open");
        assert!(!is_sample(&real_device, data.path()));
        // A real data folder that happens to be called like the sample's is not the sample.
        let other = tempfile::tempdir().expect("tempdir");
        let named = other.path().join(SAMPLE_DIR);
        std::fs::create_dir_all(&named).expect("dir");
        let odd = Store::init(&named, &Passphrase::new("a real passphrase here")).expect("init");
        assert!(!is_sample(&odd, &named));
        drop(odd);
        assert_ne!(real_device.device_id(), sample.device_id(), "its own identity");
        assert_eq!(real_device.list_sessions(&Default::default()).expect("list").len(), sessions_before);
        drop(sample);
        assert!(open(data.path()).is_ok(), "opens again with the same passphrase");
        assert!(delete(data.path()).expect("delete"));
        assert!(!sample_dir(data.path()).exists());
        assert!(Store::exists(data.path()), "the real store stays");
        assert!(!delete(data.path()).expect("second delete"));
    }

    #[cfg(unix)]
    #[test]
    fn deleting_never_follows_a_link_in_the_samples_place() {
        let data = tempfile::tempdir().expect("tempdir");
        let elsewhere = tempfile::tempdir().expect("tempdir");
        drop(Store::init(elsewhere.path(), &Passphrase::new("a real passphrase here")).expect("init"));
        std::os::unix::fs::symlink(elsewhere.path(), sample_dir(data.path())).expect("link");
        assert!(delete(data.path()).is_err());
        assert!(Store::exists(elsewhere.path()), "what the link points to is untouched");
    }
}
