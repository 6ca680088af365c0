//! The engagement cycle for the webview: roles over time, check-ins due, overdue support, the
//! actor map and overlapping conveners. "Today" is this computer's local date, the one the
//! facilitator reads on the wall.

use crate::error::Res;
use crate::state::{today, AppState};
use fieldbook_core::actor_map::ActorMap;
use fieldbook_core::cycle::{CheckInDue, OverduePage, Overlap, RoleTimeline};
use fieldbook_core::RecordId;
use tauri::State;

#[tauri::command]
pub async fn role_timeline(state: State<'_, AppState>, movement: RecordId) -> Res<RoleTimeline> {
    state.read(move |s| s.role_timeline(movement)).await
}

#[tauri::command]
pub async fn checkins_due(state: State<'_, AppState>) -> Res<Vec<CheckInDue>> {
    state.read(move |s| s.checkins_due(today())).await
}

#[tauri::command]
/// The `limit` most overdue pieces of support, and how many there are.
pub async fn overdue_support(state: State<'_, AppState>, limit: u32) -> Res<OverduePage> {
    state.read(move |s| s.overdue_support_page(today(), limit)).await
}

#[tauri::command]
pub async fn overlaps(state: State<'_, AppState>, movement: Option<RecordId>) -> Res<Vec<Overlap>> {
    state.read(move |s| s.overlaps(movement)).await
}

#[tauri::command]
pub async fn actor_map(state: State<'_, AppState>, movement: RecordId) -> Res<ActorMap> {
    state.read(move |s| s.actor_map(movement)).await
}
