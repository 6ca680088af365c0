//! Workshop media in the window: attaching files picked in the dialog or dropped on the window,
//! listing and saving them, and the `media:` protocol that shows a photo or plays a recording
//! straight from the encrypted store (never through a file on disk).

use crate::chosen::chosen;
use crate::error::{CmdError, Res};
use crate::state::AppState;
use fieldbook_core::media::{AttachOptions, Attachment};
use fieldbook_core::shared::lock;
use fieldbook_core::tier::Tier;
use fieldbook_core::RecordId;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::http::{header, Request, Response, StatusCode};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

/// The files of one drop the page may attach: the person dropped them on the window.
const MAX_DROPPED: usize = 64;
/// The most one `attachment_part` returns.
const MAX_RANGE: u64 = 4 << 20;

/// Files dropped on the window: those, and only those, `attach_files` accepts without a file
/// dialog. Like bundles the desktop opens (`opened.rs`), they never enter the file scope, which
/// also allows writing to a path; dropped folders are ignored.
#[derive(Default)]
pub struct Dropped {
    files: Mutex<BTreeSet<PathBuf>>,
    listener: Mutex<Option<Channel<Vec<String>>>>,
}

impl Dropped {
    /// The dropped file at `path`, as it was resolved when dropped, taken off the list: each
    /// drop is attached once.
    fn take(&self, path: &Path) -> Option<PathBuf> {
        let resolved = path.canonicalize().ok()?;
        lock(&self.files).take(&resolved)
    }
}

/// Takes the regular files of a drop (no folders, no symbolic links) and tells the page.
pub fn dropped(app: &AppHandle, paths: &[PathBuf]) {
    let files: Vec<PathBuf> = paths
        .iter()
        .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_file()))
        .filter_map(|p| p.canonicalize().ok())
        .filter(|p| p.to_str().is_some())
        .take(MAX_DROPPED)
        .collect();
    if files.is_empty() {
        return;
    }
    let state = app.state::<Dropped>();
    {
        // A new drop replaces one that was never attached (dropped while no session was open).
        let mut list = lock(&state.files);
        list.clear();
        list.extend(files.iter().cloned());
    }
    let names = files.iter().map(|p| p.display().to_string()).collect();
    let listener = lock(&state.listener).clone();
    if let Some(channel) = listener {
        let _ = channel.send(names);
    }
}

/// The page listens for files dropped on the window.
#[tauri::command]
pub fn watch_dropped(dropped: State<'_, Dropped>, on_drop: Channel<Vec<String>>) -> Res<()> {
    *lock(&dropped.listener) = Some(on_drop);
    Ok(())
}

/// How to attach, as the page chose: a tier, a size to shrink photos to, an item.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AttachChoice {
    tier: Option<Tier>,
    max_side: Option<u32>,
    item: Option<RecordId>,
}

/// Attaches files (picked in the dialog, or dropped) to a session, all or none.
#[tauri::command]
pub async fn attach_files(
    app: AppHandle,
    state: State<'_, AppState>,
    dropped: State<'_, Dropped>,
    session: RecordId,
    paths: Vec<PathBuf>,
    options: Option<AttachChoice>,
) -> Res<Vec<RecordId>> {
    let paths = paths.into_iter().map(|p| dropped.take(&p).map_or_else(|| chosen(&app, p), Ok));
    let paths = paths.collect::<Res<Vec<_>>>()?;
    let AttachChoice { tier, max_side, item } = options.unwrap_or_default();
    let opts = AttachOptions { tier, max_side, item };
    state.write(move |s| s.attach(session, &paths, &opts)).await
}

#[tauri::command]
pub async fn attachments(state: State<'_, AppState>, session: RecordId) -> Res<Vec<Attachment>> {
    state.read(move |s| s.attachments(session)).await
}

/// Writes an attachment's stored bytes to a file the person chose.
#[tauri::command]
pub async fn save_attachment(app: AppHandle, state: State<'_, AppState>, id: RecordId, path: PathBuf) -> Res<u64> {
    state.real_only().await?;
    let path = chosen(&app, path)?;
    state.read(move |s| s.save_attachment(id, &path)).await
}

/// Up to 4 MiB of an attachment's bytes from `start`, raw (an ArrayBuffer in the page): WebKitGTK's
/// player cannot read a custom URI scheme, so the page plays a recording from a blob it
/// assembles from these. Only what is recognised, from its first bytes, as a photo, recording
/// or PDF is given out.
#[tauri::command]
pub async fn attachment_part(state: State<'_, AppState>, id: RecordId, start: u64) -> Res<tauri::ipc::Response> {
    let head = state.read(move |s| s.read_attachment(id, 0, 64)).await?.1;
    if fieldbook_core::media::servable_type(&head).is_none() {
        return Err(CmdError::new("media-unsupported", id.to_string()));
    }
    let (_, bytes, _) = state.read(move |s| s.read_attachment(id, start, MAX_RANGE)).await?;
    Ok(tauri::ipc::Response::new(bytes))
}

#[tauri::command]
pub async fn media_limit(state: State<'_, AppState>) -> Res<u64> {
    state.read(|s| s.media_limit()).await
}

#[tauri::command]
pub async fn set_media_limit(state: State<'_, AppState>, bytes: u64) -> Res<()> {
    state.write(move |s| s.set_media_limit(bytes)).await
}

/// `media://localhost/<attachment id>` (a photo) and `…/<id>/thumb` (a small preview). The type is recognised from the bytes, never taken from the
/// record (a bundle's record could call a web page a photo), and nothing else is served.
pub fn protocol(app: &AppHandle, request: Request<Vec<u8>>, responder: tauri::UriSchemeResponder) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let response = serve(&app, &request).await.unwrap_or_else(plain);
        responder.respond(response);
    });
}

fn plain(status: StatusCode) -> Response<Vec<u8>> {
    Response::builder().status(status).body(Vec::new()).unwrap_or_default()
}

async fn serve(app: &AppHandle, request: &Request<Vec<u8>>) -> Result<Response<Vec<u8>>, StatusCode> {
    let mut parts = request.uri().path().trim_matches('/').split('/');
    let id: RecordId = parts.next().and_then(|p| p.parse().ok()).ok_or(StatusCode::NOT_FOUND)?;
    let thumb = match parts.next() {
        None => false,
        Some("thumb") => true,
        Some(_) => return Err(StatusCode::NOT_FOUND),
    };
    let state = app.state::<AppState>();
    let failed = |e: CmdError| if e.code() == "media-missing" { StatusCode::GONE } else { StatusCode::NOT_FOUND };
    let builder = Response::builder()
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::CONTENT_SECURITY_POLICY, "default-src 'none'");
    if thumb {
        let made = state.read(move |s| s.attachment_thumbnail(id)).await.map_err(failed)?;
        let thumb = made.ok_or(StatusCode::NOT_FOUND)?;
        if thumb.new {
            let keep = thumb.clone();
            let _ = state.write_soon(move |s| s.keep_thumbnail(&keep)).await;
        }
        return builder
            .header(header::CONTENT_TYPE, "image/jpeg")
            .body(thumb.bytes)
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR);
    }
    // Photos only: recordings and PDFs reach the page in pieces (`attachment_part`).
    let (_, bytes) =
        state.read(move |s| s.photo_bytes(id)).await.map_err(failed)?.ok_or(StatusCode::UNSUPPORTED_MEDIA_TYPE)?;
    let kind = fieldbook_core::media::servable_type(&bytes).ok_or(StatusCode::UNSUPPORTED_MEDIA_TYPE)?;
    builder.header(header::CONTENT_TYPE, kind).body(bytes).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
