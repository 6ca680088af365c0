//! Sync commands for the webview: adapters over fieldbook-core's sync module. File paths come
//! from the native file dialogs; reading and writing the files is done here, in Rust.

use crate::chosen::chosen;
use crate::error::Res;
use crate::opened::Opened;
use crate::state::AppState;
use fieldbook_core::progress::{Progress, Step};
use fieldbook_core::sync::{Authority, ExportPreview, Recipient, Role, TrustedDevice};
use fieldbook_core::sync::{Conflict, ExportOptions, ExportReport, ImportLogEntry, ImportOptions, ImportReport, Pick};
use fieldbook_core::tier::Tier;
use fieldbook_core::RecordId;
use serde::Serialize;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

/// Everything the Sync screen shows.
#[derive(Serialize)]
pub struct SyncOverview {
    device_id: String,
    fingerprint: String,
    age_recipient: String,
    recipients: Vec<Recipient>,
    trusted: Vec<TrustedDevice>,
    conflicts: Vec<Conflict>,
    /// The newest imports (at most [`HISTORY_SHOWN`]), and how many there are in all.
    history: Vec<ImportLogEntry>,
    history_total: usize,
}

/// Imports listed on the Sync screen: an office that has merged for years keeps it short.
const HISTORY_SHOWN: usize = 100;

#[tauri::command]
pub async fn sync_overview(state: State<'_, AppState>) -> Res<SyncOverview> {
    state
        .read(|s| {
            let history = s.import_log()?;
            let history_total = history.len();
            Ok(SyncOverview {
                device_id: s.device_id().to_string(),
                fingerprint: s.keys().fingerprint(),
                age_recipient: s.keys().age_recipient(),
                recipients: s.recipients()?,
                trusted: s.trusted_devices()?,
                conflicts: s.conflicts()?,
                history: history.into_iter().take(HISTORY_SHOWN).collect(),
                history_total,
            })
        })
        .await
}

#[tauri::command]
pub async fn add_recipient(
    state: State<'_, AppState>,
    recipient: String,
    label: String,
    clearance: Tier,
    recovery: bool,
) -> Res<()> {
    state.real_only().await?;
    state
        .write(move |s| {
            if recovery {
                s.add_recovery_recipient(&recipient, &label)
            } else {
                s.add_recipient(&recipient, &label, clearance)
            }
        })
        .await
}

#[tauri::command]
pub async fn remove_recipient(state: State<'_, AppState>, recipient: String) -> Res<()> {
    state.write(move |s| s.remove_recipient(&recipient)).await
}

#[tauri::command]
pub async fn trust_device(
    state: State<'_, AppState>,
    fingerprint: String,
    label: String,
    role: Role,
    clearance: Tier,
) -> Res<String> {
    state.real_only().await?;
    state.write(move |s| s.trust(&fingerprint, &label, Authority { role, clearance })).await
}

#[tauri::command]
pub async fn untrust_device(state: State<'_, AppState>, fingerprint: String) -> Res<()> {
    state.write(move |s| s.untrust(&fingerprint)).await
}

/// Writes the bundle on a reader, beside autosaves, then remembers on the writer what was sent.
/// Progress goes to `on_progress`; `cancel_job("export")` stops it, and no file is left.
#[tauri::command]
pub async fn export_bundle(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
    full: bool,
    no_media: Option<bool>,
    on_progress: Channel<Step>,
) -> Res<ExportReport> {
    state.real_only().await?;
    let path = chosen(&app, path)?;
    let opts = ExportOptions { full, no_media: no_media.unwrap_or(false), ..ExportOptions::default() };
    let (report, sent) = state
        .long_read("export", move |s, cancel| {
            let report = |step: Step| drop(on_progress.send(step));
            s.write_bundle_with(&path, &opts, &Progress::new(&report, cancel))
        })
        .await?;
    // During an import this waits for it, without keeping the person waiting: were the app
    // closed first, the next bundle would only carry some changes again (merged as duplicates).
    state.write_soon(move |s| s.mark_sent(&sent)).await?;
    Ok(report)
}

/// What an export would carry and keep back, by tier; writes nothing.
#[tauri::command]
pub async fn export_preview(state: State<'_, AppState>, full: bool, no_media: Option<bool>) -> Res<ExportPreview> {
    let opts = ExportOptions { full, no_media: no_media.unwrap_or(false), ..ExportOptions::default() };
    state.read(move |s| s.export_preview(&opts)).await
}

/// `clock_is_right`: the person confirmed this device's date after a `clock-set-back` refusal.
/// Progress goes to `on_progress`; `cancel_job("import")` stops it, and nothing is merged.
#[tauri::command]
pub async fn import_bundles(
    app: AppHandle,
    state: State<'_, AppState>,
    opened: State<'_, Opened>,
    paths: Vec<PathBuf>,
    clock_is_right: bool,
    on_progress: Channel<Step>,
) -> Res<Vec<ImportReport>> {
    state.real_only().await?;
    // Chosen in a dialog, or offered by the desktop (opened from the file manager).
    let paths = paths.into_iter().map(|p| if opened.may_import(&p) { Ok(p) } else { chosen(&app, p) });
    let paths = paths.collect::<Res<Vec<_>>>()?;
    let opts = ImportOptions { clock_is_right, ..ImportOptions::default() };
    state
        .long_write("import", move |s, cancel| {
            let report = |step: Step| drop(on_progress.send(step));
            s.import_files_with(&paths, &opts, &Progress::new(&report, cancel))
        })
        .await
}

#[tauri::command]
pub async fn resolve_conflict(state: State<'_, AppState>, id: RecordId, keep_local: bool) -> Res<()> {
    state.write(move |s| s.resolve_conflict(id, if keep_local { Pick::Local } else { Pick::Incoming })).await
}
