//! Where Fieldbook keeps its data, agreed by the app and the CLI so both open the same store.

use std::path::PathBuf;

/// Application identifier, also the data folder's name.
pub const APP_ID: &str = "org.fieldbook.desktop";

/// `FIELDBOOK_DATA_DIR` if set, else the OS app-data folder
/// (Linux: `~/.local/share/org.fieldbook.desktop`).
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("FIELDBOOK_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join(APP_ID)
}
