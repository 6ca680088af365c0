//! Tables (CSV, XLSX) cut to a tier, for analysis elsewhere.

use crate::chosen::chosen;
use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::progress::{Progress, Step};
use fieldbook_core::table::{TableFormat, TableReport};
use fieldbook_core::tier::Tier;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

/// Tables for analysis up to `tier`: an XLSX file, or CSV files in a folder. Progress goes to
/// `on_progress`; `cancel_job("tables")` stops it before any file is written.
#[tauri::command]
pub async fn export_tables(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
    xlsx: bool,
    tier: Tier,
    on_progress: Channel<Step>,
) -> Res<TableReport> {
    let path = chosen(&app, path)?;
    let format = if xlsx { TableFormat::Xlsx } else { TableFormat::Csv };
    state
        .long_read("tables", move |s, cancel| {
            let report = |step: Step| drop(on_progress.send(step));
            s.export_tables_with(&path, format, tier, &Progress::new(&report, cancel))
        })
        .await
}
