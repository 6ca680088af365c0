//! Consent and sign-in sheets for the webview: one-line adapters over
//! `fieldbook_core::{consent, sheet}`.

use crate::chosen::chosen;
use crate::error::{CmdError, Res};
use crate::state::AppState;
use fieldbook_core::consent::{Scope, WithdrawalStatus};
use fieldbook_core::sheet::{read_sheet, Mapping, SheetPreview, TARGETS};
use fieldbook_core::RecordId;
use std::collections::BTreeMap;
use std::path::PathBuf;
use tauri::{AppHandle, State};

fn scope(code: &str) -> Res<Scope> {
    Scope::parse(code).ok_or_else(|| CmdError::new("invalid-value", code.into()))
}

/// Records a participant's withdrawal of consent and erases what it covers, at once.
#[tauri::command]
pub async fn withdraw_consent(
    state: State<'_, AppState>,
    participant: RecordId,
    scope_code: String,
    recorded_by: String,
    note: String,
) -> Res<String> {
    let scope = scope(&scope_code)?;
    state
        .write(move |s| s.withdraw_consent(participant, scope, &recorded_by, &note, None).map(|id| id.to_string()))
        .await
}

/// Every withdrawal, with which known devices have applied it.
#[tauri::command]
pub async fn withdrawals(state: State<'_, AppState>) -> Res<Vec<WithdrawalStatus>> {
    state.read(|s| s.withdrawals()).await
}

/// The participants of a session who withdrew consent: id → `named`, `quoted` or `all`.
#[tauri::command]
pub async fn withdrawn_in_session(state: State<'_, AppState>, session: RecordId) -> Res<BTreeMap<String, Scope>> {
    state
        .read(move |s| Ok(s.withdrawn_in_session(session)?.into_iter().map(|(k, v)| (k.to_string(), v)).collect()))
        .await
}

/// A sign-in sheet the person chose, read and checked row by row with `mapping` (the columns'
/// usual names when none is given); nothing is written.
#[tauri::command]
pub async fn sheet_preview(app: AppHandle, path: PathBuf, mapping: Option<Mapping>) -> Res<SheetPreview> {
    let path = chosen(&app, path)?;
    tauri::async_runtime::spawn_blocking(move || {
        let sheet = read_sheet(&path)?;
        let mapping = mapping.unwrap_or_else(|| sheet.guessed_mapping());
        Ok(sheet.preview(&mapping)?)
    })
    .await
    .unwrap_or_else(|e| Err(CmdError::new("io", e.to_string())))
}

/// The fields a column can fill, with their labels' catalogue keys.
#[tauri::command(async)]
pub fn sheet_targets() -> &'static [(&'static str, &'static str)] {
    TARGETS
}

/// Adds every row of the sheet to the session, or none when a row has a problem.
#[tauri::command]
pub async fn import_sheet(
    app: AppHandle,
    state: State<'_, AppState>,
    session: RecordId,
    path: PathBuf,
    mapping: Mapping,
) -> Res<usize> {
    let path = chosen(&app, path)?;
    state.write(move |s| Ok(s.import_participants(session, &read_sheet(&path)?, &mapping)?.len())).await
}
