//! Sessions and their records for the webview: list, read, create, edit, delete and reorder,
//! each a one-line adapter over `fieldbook_core::Store`.

use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::store::SessionPage;
use fieldbook_core::{Entity, RecordId, SessionDoc, SessionFilter};
use serde_json::{Map, Value as Json};
use tauri::State;

/// One page of the sessions list (`filter.offset`, `filter.limit`) and the number matching.
#[tauri::command]
pub async fn list_sessions(state: State<'_, AppState>, filter: SessionFilter) -> Res<SessionPage> {
    state.read(move |s| s.session_page(&filter)).await
}

#[tauri::command]
pub async fn session_doc(state: State<'_, AppState>, id: RecordId) -> Res<SessionDoc> {
    state.read(move |s| s.session_doc(id)).await
}

#[tauri::command]
pub async fn create_session(state: State<'_, AppState>, fields: Map<String, Json>) -> Res<RecordId> {
    state.write(move |s| s.create_session(fields)).await
}

#[tauri::command]
pub async fn add_guide_questions(state: State<'_, AppState>, session_id: RecordId, guide_id: RecordId) -> Res<()> {
    state.write(move |s| s.add_guide_questions(session_id, guide_id)).await
}

#[tauri::command]
pub async fn list_records(state: State<'_, AppState>, entity: Entity) -> Res<Vec<Map<String, Json>>> {
    state.read(move |s| s.list(entity)).await
}

#[tauri::command]
pub async fn child_records(
    state: State<'_, AppState>,
    entity: Entity,
    parent_field: String,
    parent_id: RecordId,
) -> Res<Vec<Map<String, Json>>> {
    state.read(move |s| s.children(entity, &parent_field, parent_id)).await
}

#[tauri::command]
pub async fn create_record(state: State<'_, AppState>, entity: Entity, fields: Map<String, Json>) -> Res<RecordId> {
    state.write(move |s| s.create(entity, fields)).await
}

/// An autosave: saved at once, into the edits journal while an import holds the store.
#[tauri::command]
pub async fn update_record(
    state: State<'_, AppState>,
    entity: Entity,
    id: RecordId,
    fields: Map<String, Json>,
) -> Res<()> {
    state.edit(entity, id, fields).await
}

#[tauri::command]
pub async fn delete_record(state: State<'_, AppState>, entity: Entity, id: RecordId) -> Res<()> {
    state.write(move |s| s.delete(entity, id)).await
}

#[tauri::command]
pub async fn move_record(state: State<'_, AppState>, entity: Entity, id: RecordId, up: bool) -> Res<()> {
    state.write(move |s| s.move_item(entity, id, up)).await
}
