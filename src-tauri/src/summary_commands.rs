//! Summary commands for the webview: the redacted summary for the print preview, and the PDF
//! (fieldbook-pdf) written to the path the save dialog returned.

use crate::chosen::chosen;
use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::summary::{summarise, Audience, Paper, Summary};
use fieldbook_core::RecordId;
use fieldbook_pdf::{save_pdf, PdfOptions};
use std::path::PathBuf;
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn session_summary(
    state: State<'_, AppState>,
    id: RecordId,
    audience: Audience,
    lang: String,
) -> Res<Summary> {
    state.read(move |s| summarise(s, id, audience, &lang)).await
}

#[tauri::command]
pub async fn save_summary_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    id: RecordId,
    audience: Audience,
    lang: String,
    paper: Paper,
    path: PathBuf,
) -> Res<Summary> {
    let path = chosen(&app, path)?;
    state
        .read_as(move |s| save_pdf(s, id, audience, &lang, &PdfOptions { paper, ..PdfOptions::default() }, &path))
        .await
}
