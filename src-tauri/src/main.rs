//! Fieldbook desktop app: a thin Tauri shell. Each command adapts one call of fieldbook-core;
//! the store lives in app state only while unlocked.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app_commands;
mod chosen;
mod consent_commands;
mod cycle_commands;
mod dashboard_commands;
mod error;
mod history_commands;
mod media_commands;
mod opened;
mod profile_commands;
mod publish_commands;
mod record_commands;
mod safety_commands;
mod search_commands;
mod state;
mod summary_commands;
mod sync_commands;
mod table_commands;
mod tier_commands;

use std::sync::OnceLock;
use std::time::{Instant, SystemTime};

/// When the process started, for `FIELDBOOK_READY_EXIT` (`ready_ms=`): as an instant, and as a
/// wall-clock time to compare with the page's own time origin.
static STARTED: OnceLock<(Instant, SystemTime)> = OnceLock::new();
/// Milliseconds from the start to the end of unlocking with `FIELDBOOK_PASSPHRASE` (on its own
/// thread, while the window is built).
static UNLOCKED_MS: OnceLock<u128> = OnceLock::new();

/// One page that never navigates: WebKit's browser caches (pages to go back to, decoded
/// resources kept for other pages) only cost memory here. And forms, not 3D: drawn without
/// compositing, each paint takes 15–20 ms instead of ~110 ms through Mesa's software GL on a
/// laptop without a GPU, and every WebKit process holds ~50 MiB less (docs/decisions.md).
fn tune_webview(app: &tauri::App) {
    #[cfg(target_os = "linux")]
    if let Some(window) = tauri::Manager::get_webview_window(app, "main") {
        let _ = window.with_webview(|webview| {
            use webkit2gtk::{WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_cache_model(webkit2gtk::CacheModel::DocumentViewer);
            }
            if let Some(settings) = WebViewExt::settings(&webview.inner()) {
                use webkit2gtk::SettingsExt;
                settings.set_hardware_acceleration_policy(webkit2gtk::HardwareAccelerationPolicy::Never);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// The first argument that makes this binary the command line instead of the window: the
/// packages install `fieldbook-cli` as a two-line script that runs `fieldbook --cli "$@"`, so
/// the core ships once (docs/packaging.md).
const CLI_FLAG: &str = "--cli";

fn main() {
    fieldbook_core::process::no_core_dumps();
    if std::env::args_os().nth(1).is_some_and(|a| a == CLI_FLAG) {
        let rest = std::env::args_os().skip(2);
        fieldbook_cli::run_from(std::iter::once("fieldbook-cli".into()).chain(rest));
        return;
    }
    let (started, _) = STARTED.get_or_init(|| (Instant::now(), SystemTime::now()));
    chosen::read_allow_dir();
    let state = state::AppState::from_env(move || {
        UNLOCKED_MS.get_or_init(|| started.elapsed().as_millis());
    });
    let instance = opened::instance_id(state.data_dir());
    let result = tauri::Builder::default()
        // First: a second start on the same data folder hands its files over and exits before
        // anything else is set up.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance)
                .callback(|app, argv, cwd| {
                    opened::offer(app, opened::bundles_in(argv.into_iter().skip(1).map(Into::into), cwd.as_ref()));
                })
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_fs::init())
        .manage(state)
        .manage(opened::Opened::default())
        .manage(media_commands::Dropped::default())
        .register_asynchronous_uri_scheme_protocol("media", |ctx, request, responder| {
            media_commands::protocol(ctx.app_handle(), request, responder);
        })
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                media_commands::dropped(tauri::Manager::app_handle(window), paths);
            }
        })
        .setup(|app| {
            tune_webview(app);
            let cwd = std::env::current_dir().unwrap_or_default();
            opened::offer(app.handle(), opened::bundles_in(std::env::args_os().skip(1), &cwd));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app_commands::app_status,
            app_commands::create_store,
            app_commands::unlock,
            app_commands::lock,
            app_commands::catalog,
            app_commands::languages,
            app_commands::vocabulary,
            app_commands::time_zones,
            record_commands::list_sessions,
            record_commands::session_doc,
            record_commands::create_session,
            record_commands::add_guide_questions,
            record_commands::list_records,
            record_commands::child_records,
            record_commands::create_record,
            record_commands::update_record,
            record_commands::delete_record,
            record_commands::move_record,
            app_commands::report_ready,
            app_commands::cancel_job,
            app_commands::open_sample,
            app_commands::delete_sample,
            opened::watch_opened,
            sync_commands::sync_overview,
            sync_commands::add_recipient,
            sync_commands::remove_recipient,
            sync_commands::trust_device,
            sync_commands::untrust_device,
            sync_commands::export_bundle,
            sync_commands::export_preview,
            history_commands::session_history,
            tier_commands::session_marks,
            table_commands::export_tables,
            sync_commands::import_bundles,
            sync_commands::resolve_conflict,
            summary_commands::session_summary,
            safety_commands::change_passphrase,
            safety_commands::unexported_changes,
            safety_commands::wipe_store,
            consent_commands::withdraw_consent,
            consent_commands::withdrawals,
            consent_commands::withdrawn_in_session,
            consent_commands::sheet_preview,
            consent_commands::sheet_targets,
            consent_commands::import_sheet,
            profile_commands::choose_profile,
            profile_commands::add_profile,
            summary_commands::save_summary_pdf,
            cycle_commands::role_timeline,
            cycle_commands::checkins_due,
            cycle_commands::overdue_support,
            cycle_commands::overlaps,
            cycle_commands::actor_map,
            search_commands::search,
            dashboard_commands::dashboard,
            publish_commands::publish_settings,
            publish_commands::save_publish_settings,
            publish_commands::publish,
            media_commands::watch_dropped,
            media_commands::attach_files,
            media_commands::attachments,
            media_commands::save_attachment,
            media_commands::attachment_part,
            media_commands::media_limit,
            media_commands::set_media_limit,
        ])
        .build(tauri::generate_context!());
    match result {
        Ok(app) => app.run(on_event),
        Err(err) => {
            eprintln!("fieldbook: could not start the window: {err}");
            std::process::exit(1);
        }
    }
}

/// macOS hands a double-clicked file to the running app as an event, not as an argument.
fn on_event(app: &tauri::AppHandle, event: tauri::RunEvent) {
    #[cfg(target_os = "macos")]
    if let tauri::RunEvent::Opened { urls } = &event {
        let paths = urls.iter().filter_map(|u| u.to_file_path().ok()).map(std::path::PathBuf::into_os_string);
        opened::offer(app, opened::bundles_in(paths, std::path::Path::new("/")));
    }
    let _ = (app, event);
}
