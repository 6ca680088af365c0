// The only module that talks to the Tauri backend. Every command is a thin adapter over
// fieldbook-core; errors arrive as {code, detail} and are localised by the caller.
const invoke = (cmd, args = {}) => window.__TAURI__.core.invoke(cmd, args);
// A long command's progress reports ({ phase, done, total }) go to `onProgress`.
const channel = (onProgress) => {
  const c = new window.__TAURI__.core.Channel();
  c.onmessage = onProgress;
  return c;
};

let dropHandler = () => {};
let dropWatched = null;

export const api = {
  status: () => invoke('app_status'),
  createStore: (passphrase) => invoke('create_store', { passphrase }),
  unlock: (passphrase) => invoke('unlock', { passphrase }),
  lock: () => invoke('lock'),
  openSample: () => invoke('open_sample'),
  deleteSample: () => invoke('delete_sample'),
  // Bundles the system asked Fieldbook to open: those so far are returned, later ones go to onOpen.
  watchOpened: (onOpen) => invoke('watch_opened', { onOpen: channel(onOpen) }),
  catalog: (lang) => invoke('catalog', { lang }),
  languages: () => invoke('languages'),
  timeZones: () => invoke('time_zones'),
  // One page of sessions: { total, rows } (filter.offset, filter.limit).
  listSessions: (filter) => invoke('list_sessions', { filter }),
  sessionDoc: (id) => invoke('session_doc', { id }),
  createSession: (fields) => invoke('create_session', { fields }),
  addGuideQuestions: (sessionId, guideId) => invoke('add_guide_questions', { sessionId, guideId }),
  list: (entity) => invoke('list_records', { entity }),
  children: (entity, parentField, parentId) => invoke('child_records', { entity, parentField, parentId }),
  create: (entity, fields) => invoke('create_record', { entity, fields }),
  update: (entity, id, fields) => invoke('update_record', { entity, id, fields }),
  remove: (entity, id) => invoke('delete_record', { entity, id }),
  move: (entity, id, up) => invoke('move_record', { entity, id, up }),
  vocabulary: () => invoke('vocabulary'),
  reportReady: (marks) => invoke('report_ready', { marks, timeOrigin: performance.timeOrigin }),
  syncOverview: () => invoke('sync_overview'),
  addRecipient: (recipient, label, clearance, recovery) => invoke('add_recipient', { recipient, label, clearance, recovery }),
  removeRecipient: (recipient) => invoke('remove_recipient', { recipient }),
  trustDevice: (fingerprint, label, role, clearance) => invoke('trust_device', { fingerprint, label, role, clearance }),
  untrustDevice: (fingerprint) => invoke('untrust_device', { fingerprint }),
  exportBundle: (path, full, onProgress = () => {}, noMedia = false) => invoke('export_bundle', { path, full, noMedia, onProgress: channel(onProgress) }),
  exportPreview: (full, noMedia = false) => invoke('export_preview', { full, noMedia }),
  exportTables: (path, xlsx, tier, onProgress = () => {}) => invoke('export_tables', { path, xlsx, tier, onProgress: channel(onProgress) }),
  publishSettings: () => invoke('publish_settings'),
  savePublishSettings: (settings) => invoke('save_publish_settings', { settings }),
  publish: (password, onProgress = () => {}) => invoke('publish', { password, onProgress: channel(onProgress) }),
  sessionHistory: (id) => invoke('session_history', { id }),
  sessionMarks: (id) => invoke('session_marks', { id }),
  // onProgress({ phase, done, total }) as the import goes; cancelJob('import') stops it.
  importBundles: (paths, clockIsRight = false, onProgress = () => {}) => invoke('import_bundles', { paths, clockIsRight, onProgress: channel(onProgress) }),
  cancelJob: (kind) => invoke('cancel_job', { kind }),
  resolveConflict: (id, keepLocal) => invoke('resolve_conflict', { id, keepLocal }),
  sessionSummary: (id, audience, lang) => invoke('session_summary', { id, audience, lang }),
  saveSummaryPdf: (id, audience, lang, paper, path) => invoke('save_summary_pdf', { id, audience, lang, paper, path }),
  changePassphrase: (current, next) => invoke('change_passphrase', { current, new: next }),
  unexportedChanges: () => invoke('unexported_changes'),
  wipeStore: () => invoke('wipe_store'),
  // Profiles on a shared laptop: chosen on the unlock screen, while locked.
  chooseProfile: (name) => invoke('choose_profile', { name }),
  addProfile: (name) => invoke('add_profile', { name }),
  // Consent that travels, and participants from a sign-in sheet.
  withdrawConsent: (participant, scope, recordedBy, note) => invoke('withdraw_consent', { participant, scopeCode: scope, recordedBy, note }),
  withdrawals: () => invoke('withdrawals'),
  withdrawnInSession: (session) => invoke('withdrawn_in_session', { session }),
  sheetTargets: () => invoke('sheet_targets'),
  sheetPreview: (path, mapping) => invoke('sheet_preview', { path, mapping }),
  importSheet: (session, path, mapping) => invoke('import_sheet', { session, path, mapping }),
  roleTimeline: (movement) => invoke('role_timeline', { movement }),
  checkinsDue: () => invoke('checkins_due'),
  // { total, items }: the `limit` most overdue.
  overdueSupport: (limit) => invoke('overdue_support', { limit }),
  overlaps: (movement) => invoke('overlaps', { movement }),
  actorMap: (movement) => invoke('actor_map', { movement }),
  search: (query) => invoke('search', { query }),
  dashboard: () => invoke('dashboard'),
  // Photos, recordings and scans: attached all or none; shown through the `media:` protocol.
  attachFiles: (session, paths, maxSide) => invoke('attach_files', { session, paths, options: { maxSide } }),
  attachments: (session) => invoke('attachments', { session }),
  saveAttachment: (id, path) => invoke('save_attachment', { id, path }),
  mediaLimit: () => invoke('media_limit'),
  setMediaLimit: (bytes) => invoke('set_media_limit', { bytes }),
  // A recording (or any attachment) as a blob, assembled from 4 MiB pieces: WebKitGTK's player
  // cannot read the `media:` protocol, and a long recording never passes through Rust whole.
  mediaBlob: async (id, size, type) => {
    const parts = [];
    for (let start = 0; start < size;) {
      const part = await invoke('attachment_part', { id, start });
      if (!part.byteLength) break;
      parts.push(part);
      start += part.byteLength;
    }
    return new Blob(parts, { type });
  },
  mediaUrl: (id, thumb = false) => `${window.__TAURI__.core.convertFileSrc('', 'media')}${id}${thumb ? '/thumb' : ''}`,
  // Files dropped on the window go to the one handler the open screen set.
  onDrop: (handler) => {
    dropHandler = handler;
    if (!dropWatched) dropWatched = invoke('watch_dropped', { onDrop: channel((paths) => dropHandler(paths)) });
  },
  // The operating system's print dialog, for the print preview on screen.
  print: () => window.print(),
  // Native file dialogs (tauri-plugin-dialog); the chosen paths go to the Rust commands above.
  chooseSaveFile: (defaultPath) => window.__TAURI__.dialog.save({
    defaultPath, filters: [{ name: 'Fieldbook bundle', extensions: ['fieldbook'] }],
  }),
  chooseSaveXlsx: (defaultPath) => window.__TAURI__.dialog.save({
    defaultPath, filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  }),
  chooseFolder: () => window.__TAURI__.dialog.open({ directory: true }),
  chooseSavePdf: (defaultPath) => window.__TAURI__.dialog.save({
    defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }],
  }),
  chooseSaveAttachment: (defaultPath) => window.__TAURI__.dialog.save({ defaultPath }),
  chooseMediaFiles: async () => {
    const chosen = await window.__TAURI__.dialog.open({
      multiple: true,
      filters: [{ name: 'Photos, recordings, PDF', extensions: ['jpg', 'jpeg', 'png', 'webp', 'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'flac', 'amr', 'webm', 'weba', 'pdf'] }],
    });
    if (!chosen) return [];
    return Array.isArray(chosen) ? chosen : [chosen];
  },
  chooseSheet: async () => {
    const chosen = await window.__TAURI__.dialog.open({
      multiple: false, filters: [{ name: 'Sign-in sheet', extensions: ['csv', 'xlsx'] }],
    });
    return Array.isArray(chosen) ? chosen[0] : chosen;
  },
  chooseOpenFiles: async () => {
    const chosen = await window.__TAURI__.dialog.open({
      multiple: true, filters: [{ name: 'Fieldbook bundle', extensions: ['fieldbook', 'age'] }],
    });
    if (!chosen) return [];
    return Array.isArray(chosen) ? chosen : [chosen];
  },
};
