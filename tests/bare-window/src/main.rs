//! A bare Tauri 2 window: the yardstick `tests/benches/startup.rs` measures Fieldbook against,
//! built from the same Tauri, in the same run, on the same display. It paints one line, makes
//! one IPC call and, as Fieldbook does with `FIELDBOOK_READY_EXIT`, prints `ready_ms` (process
//! start to the page painted) and exits (`1`) or stays open for a memory reading (`stay`).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static STARTED: OnceLock<(Instant, SystemTime)> = OnceLock::new();

/// `time_origin`: when the page started (ms since 1970), `painted`: ms after that.
#[tauri::command]
fn ready(app: tauri::AppHandle, time_origin: f64, painted: f64) {
    let mode = std::env::var("FIELDBOOK_READY_EXIT").unwrap_or_default();
    if mode.is_empty() {
        return;
    }
    let Some((started, wall)) = STARTED.get() else { return };
    println!("ready_ms={}", started.elapsed().as_millis());
    let page = time_origin - wall.duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    println!("phases_ms=page:{page:.0} painted:{:.0}", page + painted);
    if mode == "1" {
        app.exit(0);
    }
}

fn main() {
    STARTED.get_or_init(|| (Instant::now(), SystemTime::now()));
    let result =
        tauri::Builder::default().invoke_handler(tauri::generate_handler![ready]).run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("bare-window: {err}");
        std::process::exit(1);
    }
}
