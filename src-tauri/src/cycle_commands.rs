//! The engagement cycle for the webview: roles over time, check-ins due, overdue support, the
//! actor map, overlapping conveners, search and the office dashboard. "Today" is this computer's
//! local date, the one the facilitator reads on the wall.

use crate::commands::{AppState, Res};
use fieldbook_core::actor_map::ActorMap;
use fieldbook_core::cycle::{CheckInDue, OverdueSupport, Overlap, RoleTimeline};
use fieldbook_core::dashboard::Dashboard;
use fieldbook_core::search::{SearchHit, SearchQuery};
use fieldbook_core::RecordId;
use tauri::State;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
pub fn role_timeline(state: State<'_, AppState>, movement: RecordId) -> Res<RoleTimeline> {
    state.with(|s| s.role_timeline(movement))
}

#[tauri::command]
pub fn checkins_due(state: State<'_, AppState>) -> Res<Vec<CheckInDue>> {
    state.with(|s| s.checkins_due(today()))
}

#[tauri::command]
pub fn overdue_support(state: State<'_, AppState>) -> Res<Vec<OverdueSupport>> {
    state.with(|s| s.overdue_support(today()))
}

#[tauri::command]
pub fn overlaps(state: State<'_, AppState>, movement: Option<RecordId>) -> Res<Vec<Overlap>> {
    state.with(|s| s.overlaps(movement))
}

#[tauri::command]
pub fn actor_map(state: State<'_, AppState>, movement: RecordId) -> Res<ActorMap> {
    state.with(|s| s.actor_map(movement))
}

#[tauri::command]
#[allow(clippy::needless_pass_by_value)]
pub fn search(state: State<'_, AppState>, query: SearchQuery) -> Res<Vec<SearchHit>> {
    state.with(|s| s.search(&query))
}

#[tauri::command]
pub fn dashboard(state: State<'_, AppState>) -> Res<Dashboard> {
    state.with(|s| s.dashboard(today()))
}
