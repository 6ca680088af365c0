//! Fieldbook desktop app: a thin Tauri shell. Each command adapts one call of fieldbook-core;
//! the store lives in app state only while unlocked.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod cycle_commands;
mod publish_commands;
mod safety_commands;
mod state;
mod summary_commands;
mod sync_commands;

use std::sync::OnceLock;
use std::time::{Instant, SystemTime};

/// When the process started, for `FIELDBOOK_READY_EXIT` (`ready_ms=`): as an instant, and as a
/// wall-clock time to compare with the page's own time origin.
static STARTED: OnceLock<(Instant, SystemTime)> = OnceLock::new();
/// Milliseconds from the start to the end of unlocking with `FIELDBOOK_PASSPHRASE` (on its own
/// thread, while the window is built).
static UNLOCKED_MS: OnceLock<u128> = OnceLock::new();

/// One page that never navigates: WebKit's browser caches (pages to go back to, decoded
/// resources kept for other pages) only cost memory here.
fn tune_webview(app: &tauri::App) {
    #[cfg(target_os = "linux")]
    if let Some(window) = tauri::Manager::get_webview_window(app, "main") {
        let _ = window.with_webview(|webview| {
            use webkit2gtk::{WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_cache_model(webkit2gtk::CacheModel::DocumentViewer);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

fn main() {
    let (started, _) = STARTED.get_or_init(|| (Instant::now(), SystemTime::now()));
    let state = commands::AppState::from_env(move || {
        UNLOCKED_MS.get_or_init(|| started.elapsed().as_millis());
    });
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_fs::init())
        .manage(state)
        .setup(|app| {
            tune_webview(app);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::create_store,
            commands::unlock,
            commands::lock,
            commands::catalog,
            commands::languages,
            commands::vocabulary,
            commands::time_zones,
            commands::list_sessions,
            commands::session_doc,
            commands::create_session,
            commands::add_guide_questions,
            commands::list_records,
            commands::child_records,
            commands::create_record,
            commands::update_record,
            commands::delete_record,
            commands::move_record,
            commands::report_ready,
            commands::cancel_job,
            sync_commands::sync_overview,
            sync_commands::add_recipient,
            sync_commands::remove_recipient,
            sync_commands::trust_device,
            sync_commands::untrust_device,
            sync_commands::export_bundle,
            sync_commands::export_preview,
            safety_commands::session_history,
            safety_commands::session_tiers,
            safety_commands::export_tables,
            sync_commands::import_bundles,
            sync_commands::resolve_conflict,
            summary_commands::session_summary,
            safety_commands::change_passphrase,
            safety_commands::unexported_changes,
            safety_commands::wipe_store,
            summary_commands::save_summary_pdf,
            cycle_commands::role_timeline,
            cycle_commands::checkins_due,
            cycle_commands::overdue_support,
            cycle_commands::overlaps,
            cycle_commands::actor_map,
            cycle_commands::search,
            cycle_commands::dashboard,
            publish_commands::publish_settings,
            publish_commands::save_publish_settings,
            publish_commands::publish,
        ])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("fieldbook: could not start the window: {err}");
        std::process::exit(1);
    }
}
