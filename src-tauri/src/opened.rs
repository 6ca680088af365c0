//! Bundles the operating system asks Fieldbook to open (a double-click on a `.fieldbook` file,
//! "Open with"): from this process's arguments at start, or forwarded by a second start to the
//! running window (the single-instance plugin). They wait here until the page asks for them, and
//! reach the import screen chosen but not imported: the person confirms.

use crate::error::Res;
use fieldbook_core::shared::lock;
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager};

/// The extension of a bundle (docs/bundle-format.md), as the file association registers it.
const EXTENSION: &str = "fieldbook";

/// How many files one start may offer: a file manager passes what the person selected; a
/// process flooding the running window over D-Bus gets no further than this.
const MAX_OFFERED: usize = 64;

/// Bundles offered before the page listened, the page's channel once it does, and every path
/// ever offered: those, and only those, the import accepts without a file dialog. They never
/// enter the file scope, which also allows writing (exports, tables, PDFs) to a path.
#[derive(Default)]
pub struct Opened {
    pending: Mutex<Vec<PathBuf>>,
    listener: Mutex<Option<Channel<Vec<String>>>>,
    offered: Mutex<BTreeSet<PathBuf>>,
}

impl Opened {
    /// Whether `path` was offered by the desktop, to be read by an import.
    pub fn may_import(&self, path: &Path) -> bool {
        path.canonicalize().is_ok_and(|p| lock(&self.offered).contains(&p))
    }
}

/// The regular `.fieldbook` files among `args` (the program's own name excluded by the caller),
/// relative ones resolved against `cwd` (a second start's folder, not this one's). A symbolic
/// link is refused, whatever it points to, and so is a path that is not Unicode (the page could
/// not name it back). Anything else (a flag, a folder, a file of another kind) is ignored, not
/// an error: the file manager decides what it passes.
pub fn bundles_in(args: impl IntoIterator<Item = OsString>, cwd: &Path) -> Vec<PathBuf> {
    let is_bundle = |p: &Path| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION));
    args.into_iter()
        .map(PathBuf::from)
        .filter(|p| is_bundle(p))
        .map(|p| if p.is_absolute() { p } else { cwd.join(p) })
        .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_file()))
        .filter_map(|p| p.canonicalize().ok())
        .filter(|p| is_bundle(p) && p.to_str().is_some())
        .take(MAX_OFFERED)
        .collect()
}

/// Offers `paths` to the import screen, to be imported when the person says so.
pub fn offer(app: &AppHandle, paths: Vec<PathBuf>) {
    if paths.is_empty() {
        return;
    }
    let opened = app.state::<Opened>();
    lock(&opened.offered).extend(paths.iter().cloned());
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let sent = lock(&opened.listener).as_ref().is_some_and(|channel| channel.send(names).is_ok());
    if !sent {
        // Not listening yet, or the page went away: kept for the next `watch_opened`.
        let mut pending = lock(&opened.pending);
        pending.extend(paths);
        pending.dedup();
        pending.truncate(MAX_OFFERED);
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

/// The page listens for bundles to open: those offered so far are returned, later ones are sent
/// to `on_open`.
#[tauri::command]
pub fn watch_opened(opened: tauri::State<'_, Opened>, on_open: Channel<Vec<String>>) -> Res<Vec<String>> {
    *lock(&opened.listener) = Some(on_open);
    let pending = std::mem::take(&mut *lock(&opened.pending));
    Ok(pending.iter().map(|p| p.display().to_string()).collect())
}

/// The single-instance name: one running window per data folder, so a second start on the same
/// notebook hands its files over, while tests (and a sample elsewhere) run side by side.
pub fn instance_id(data_dir: &Path) -> String {
    use fieldbook_core::paths::APP_ID;
    // Made first, so the first start and later ones resolve the same path (symbolic links too).
    let _ = std::fs::create_dir_all(data_dir);
    let path = data_dir.canonicalize().unwrap_or_else(|_| data_dir.to_path_buf());
    // Only told apart, never trusted: the same binary computes it on both sides.
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&path, &mut hasher);
    format!("{APP_ID}.d{:016x}", std::hash::Hasher::finish(&hasher))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_existing_bundles_are_offered_and_relative_ones_are_resolved_against_the_sender() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.fieldbook"), b"x").expect("write");
        std::fs::write(dir.path().join("B.FIELDBOOK"), b"x").expect("write");
        std::fs::write(dir.path().join("notes.txt"), b"x").expect("write");
        std::fs::create_dir(dir.path().join("folder.fieldbook")).expect("dir");
        // A link named like a bundle could point anywhere (a shell's start-up file, a key).
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("notes.txt"), dir.path().join("link.fieldbook")).expect("link");
        let args = [
            "a.fieldbook",
            "B.FIELDBOOK",
            "notes.txt",
            "folder.fieldbook",
            "missing.fieldbook",
            "link.fieldbook",
            "--cli",
        ];
        let found = bundles_in(args.map(OsString::from), dir.path());
        let names: Vec<_> =
            found.iter().map(|p| p.file_name().unwrap_or_default().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["a.fieldbook", "B.FIELDBOOK"]);
        assert!(found.iter().all(|p| p.is_absolute()));
    }

    #[test]
    fn each_data_folder_has_its_own_instance_and_a_valid_bus_name() {
        let a = tempfile::tempdir().expect("tempdir");
        let b = tempfile::tempdir().expect("tempdir");
        assert_ne!(instance_id(a.path()), instance_id(b.path()));
        assert_eq!(instance_id(a.path()), instance_id(&a.path().join(".")));
        // D-Bus: elements of letters, digits and `_`, none starting with a digit.
        let id = instance_id(a.path());
        assert!(
            id.split('.').all(|e| e.chars().next().is_some_and(|c| !c.is_ascii_digit())
                && e.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')),
            "{id}"
        );
    }
}
