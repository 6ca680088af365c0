//! Paths the person chose: the only paths a command reads or writes (a compromised webview
//! cannot make one up).

use crate::error::{CmdError, Res};
use std::path::PathBuf;
use tauri::AppHandle;

/// A path the person chose in a native file dialog. The dialog plugin adds every path it returns
/// to the fs plugin's scope, and nothing else adds to it (but `FIELDBOOK_ALLOW_DIR`, read at
/// start for the tests): a path that a compromised webview made up is refused, so it cannot
/// write a restricted table or read a file anywhere it likes.
pub fn chosen(app: &AppHandle, path: PathBuf) -> Res<PathBuf> {
    use tauri_plugin_fs::FsExt;
    if app.fs_scope().is_allowed(&path) || allowed_for_tests(&path) {
        Ok(path)
    } else {
        Err(CmdError::new("path-not-chosen", path.display().to_string()))
    }
}

/// The folder `FIELDBOOK_ALLOW_DIR` names, read once at start: end-to-end tests answer the file
/// dialogs themselves (WebDriver cannot drive native dialogs), with files below it. Set by
/// whoever starts the process, never by the webview; unset in use.
static ALLOW_DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// Reads `FIELDBOOK_ALLOW_DIR` once, at start.
pub fn read_allow_dir() {
    ALLOW_DIR.get_or_init(|| std::env::var_os("FIELDBOOK_ALLOW_DIR").filter(|d| !d.is_empty()).map(PathBuf::from));
}

fn allowed_for_tests(path: &std::path::Path) -> bool {
    let Some(Some(dir)) = ALLOW_DIR.get() else { return false };
    // Both sides resolved (symlinks, `..`): a file to be written may not exist yet, so its
    // folder is resolved and its name put back. The root, or an empty name, allows nothing.
    let Ok(dir) = dir.canonicalize() else { return false };
    let resolved = if path.exists() {
        path.canonicalize().ok()
    } else {
        match (path.parent().map(std::path::Path::canonicalize), path.file_name()) {
            (Some(Ok(parent)), Some(name)) => Some(parent.join(name)),
            _ => None,
        }
    };
    dir.parent().is_some() && resolved.is_some_and(|p| p.starts_with(&dir))
}
