//! Bundles the operating system asks Fieldbook to open (a double-click on a `.fieldbook` file,
//! "Open with"): from this process's arguments at start, or forwarded by a second start to the
//! running window (the single-instance plugin). They wait here until the page asks for them, and
//! reach the import screen chosen but not imported: the person confirms.

use crate::commands::Res;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager};

/// The extension of a bundle (docs/bundle-format.md), as the file association registers it.
const EXTENSION: &str = "fieldbook";

/// Bundles offered before the page listened, and the page's channel once it does.
#[derive(Default)]
pub struct Opened {
    pending: Mutex<Vec<PathBuf>>,
    listener: Mutex<Option<Channel<Vec<String>>>>,
}

/// The existing `.fieldbook` files among `args` (the program's own name excluded by the
/// caller), relative ones resolved against `cwd` (a second start's folder, not this one's).
/// Anything else (a flag, a folder, a file of another kind) is ignored, not an error: the
/// file manager decides what it passes.
pub fn bundles_in(args: impl IntoIterator<Item = OsString>, cwd: &Path) -> Vec<PathBuf> {
    args.into_iter()
        .map(PathBuf::from)
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION)))
        .map(|p| if p.is_absolute() { p } else { cwd.join(p) })
        .filter_map(|p| p.canonicalize().ok())
        .filter(|p| p.is_file())
        .collect()
}

/// Offers `paths` to the import screen. Each is added to the file scope the import checks
/// (`commands::chosen`): the person chose it in their file manager, as in a dialog.
pub fn offer(app: &AppHandle, paths: Vec<PathBuf>) {
    use tauri_plugin_fs::FsExt;
    if paths.is_empty() {
        return;
    }
    let scope = app.fs_scope();
    for p in &paths {
        let _ = scope.allow_file(p);
    }
    let opened = app.state::<Opened>();
    let listener = opened.listener.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    match listener {
        Some(channel) => drop(channel.send(paths.iter().map(|p| p.display().to_string()).collect())),
        None => opened.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner).extend(paths),
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
    *opened.listener.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(on_open);
    let pending = std::mem::take(&mut *opened.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    Ok(pending.iter().map(|p| p.display().to_string()).collect())
}

/// The single-instance name: one running window per data folder, so a second start on the same
/// notebook hands its files over, while tests (and a sample elsewhere) run side by side.
pub fn instance_id(data_dir: &Path) -> String {
    use fieldbook_core::paths::APP_ID;
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
        let args = ["a.fieldbook", "B.FIELDBOOK", "notes.txt", "folder.fieldbook", "missing.fieldbook", "--cli"];
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
