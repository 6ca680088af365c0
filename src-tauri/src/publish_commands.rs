//! The office's Publish action (docs/federation.md): adapters over fieldbook-federation. The
//! database password is typed for each publish and never kept.

use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::progress::{Progress, Step};
use fieldbook_core::publication::PublishSettings;
use fieldbook_federation::PublishReport;
use tauri::ipc::Channel;
use tauri::State;

/// The saved database, if one is configured.
#[tauri::command]
pub async fn publish_settings(state: State<'_, AppState>) -> Res<Option<PublishSettings>> {
    state.read(|s| s.publish_settings()).await
}

/// Saves the database settings once they check out (no password in them), or forgets them.
#[tauri::command]
pub async fn save_publish_settings(state: State<'_, AppState>, settings: Option<PublishSettings>) -> Res<()> {
    state.real_only().await?;
    if let Some(s) = &settings {
        fieldbook_federation::check_settings(s)?;
    }
    state.write(move |s| s.set_publish_settings(settings.as_ref())).await
}

/// Publishes to the saved database, reporting progress; `cancel_job("publish")` stops it and
/// the database keeps its previous state.
#[tauri::command]
pub async fn publish(state: State<'_, AppState>, password: String, on_progress: Channel<Step>) -> Res<PublishReport> {
    state.real_only().await?;
    state
        .long_read_as("publish", move |s, cancel| {
            let settings = s.publish_settings()?.ok_or_else(|| {
                fieldbook_federation::Error::Settings("no database is configured for publishing".into())
            })?;
            let target = fieldbook_federation::target_of(&settings, Some(&password))?;
            let report = |step: Step| drop(on_progress.send(step));
            fieldbook_federation::publish(s, &target, &Progress::new(&report, cancel))
        })
        .await
}
