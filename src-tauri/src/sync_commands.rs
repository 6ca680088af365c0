//! Sync commands for the webview: adapters over fieldbook-core's sync module. File paths come
//! from the native file dialogs; reading and writing the files is done here, in Rust.

use crate::commands::{chosen, AppState, Res};
use fieldbook_core::sync::{Authority, ExportPreview, Recipient, Role, TrustedDevice};
use fieldbook_core::sync::{Conflict, ExportOptions, ExportReport, ImportLogEntry, ImportOptions, ImportReport, Pick};
use fieldbook_core::tier::Tier;
use fieldbook_core::RecordId;
use serde::Serialize;
use std::path::PathBuf;
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
    history: Vec<ImportLogEntry>,
}

#[tauri::command]
pub fn sync_overview(state: State<'_, AppState>) -> Res<SyncOverview> {
    state.with(|s| {
        Ok(SyncOverview {
            device_id: s.device_id().to_string(),
            fingerprint: s.keys().fingerprint(),
            age_recipient: s.keys().age_recipient(),
            recipients: s.recipients()?,
            trusted: s.trusted_devices()?,
            conflicts: s.conflicts()?,
            history: s.import_log()?,
        })
    })
}

#[tauri::command]
pub fn add_recipient(
    state: State<'_, AppState>,
    recipient: String,
    label: String,
    clearance: Tier,
    recovery: bool,
) -> Res<()> {
    state.with(|s| {
        if recovery {
            s.add_recovery_recipient(&recipient, &label)
        } else {
            s.add_recipient(&recipient, &label, clearance)
        }
    })
}

#[tauri::command]
pub fn remove_recipient(state: State<'_, AppState>, recipient: String) -> Res<()> {
    state.with(|s| s.remove_recipient(&recipient))
}

#[tauri::command]
pub fn trust_device(
    state: State<'_, AppState>,
    fingerprint: String,
    label: String,
    role: Role,
    clearance: Tier,
) -> Res<String> {
    state.with(|s| s.trust(&fingerprint, &label, Authority { role, clearance }))
}

#[tauri::command]
pub fn untrust_device(state: State<'_, AppState>, fingerprint: String) -> Res<()> {
    state.with(|s| s.untrust(&fingerprint))
}

// Large bundles take seconds: run off the main thread so the window stays responsive.
#[tauri::command(async)]
pub fn export_bundle(app: AppHandle, state: State<'_, AppState>, path: PathBuf, full: bool) -> Res<ExportReport> {
    let path = chosen(&app, path)?;
    state.with(|s| s.export_bundle(&path, &ExportOptions { full, ..ExportOptions::default() }))
}

/// What an export would carry and keep back, by tier; writes nothing.
#[tauri::command(async)]
pub fn export_preview(state: State<'_, AppState>, full: bool) -> Res<ExportPreview> {
    state.with(|s| s.export_preview(&ExportOptions { full, ..ExportOptions::default() }))
}

/// `clock_is_right`: the person confirmed this device's date after a `clock-set-back` refusal.
#[tauri::command(async)]
pub fn import_bundles(
    app: AppHandle,
    state: State<'_, AppState>,
    paths: Vec<PathBuf>,
    clock_is_right: bool,
) -> Res<Vec<ImportReport>> {
    let paths = paths.into_iter().map(|p| chosen(&app, p)).collect::<Res<Vec<_>>>()?;
    state.with(|s| s.import_files(&paths, &ImportOptions { clock_is_right, ..ImportOptions::default() }))
}

#[tauri::command]
pub fn resolve_conflict(state: State<'_, AppState>, id: RecordId, keep_local: bool) -> Res<()> {
    state.with(|s| s.resolve_conflict(id, if keep_local { Pick::Local } else { Pick::Incoming }))
}
