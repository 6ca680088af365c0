// Photos, recordings and scans of a session: attach from the file dialog or by dropping files
// on the window, thumbnails, a viewer for photos, playback for recordings. The bytes come from
// the encrypted store through the `media:` protocol, never from a file on disk.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, errorText, lang } from '../i18n.js';
import { formatNumber } from '../format.js';
import * as f from '../fields.js';
import * as autosave from '../autosave.js';
import { confirmButton } from './widgets.js';
import { tierControl } from './tier-marks.js';

// Kept while the app runs: the size photos are shrunk to when attached (0: as they are).
let maxSide = 0;
const SIDES = [0, 2048, 1600, 1024];

const kindOf = (type) => (type.startsWith('image/') ? 'image' : type === 'application/pdf' ? 'pdf' : 'audio');
const megabytes = (n) => formatNumber(Math.max(0.1, Math.round(n / 104857.6) / 10), lang());

// Attaches `paths` to the session, all or none; reports in `status`.
async function attach(view, paths, status) {
  if (!paths.length) return;
  status.textContent = t('media-attaching', { count: paths.length });
  status.classList.remove('error');
  try {
    await autosave.flush();
    const ids = await api.attachFiles(view.id, paths, maxSide || null);
    await view.reload(ids[0]);
  } catch (err) {
    status.textContent = errorText(err);
    status.classList.add('error');
  }
}

// The section's button: the open dialog, several files at once.
export function attachButton(view) {
  return h('button', { type: 'button', class: 'add secondary', id: 'attach-files', onclick: async () => {
    const paths = await api.chooseMediaFiles();
    const status = document.getElementById('media-status');
    await attach(view, paths, status);
  } }, `+ ${t('media-attach')}`);
}

// Files dropped on the window while this session is open are attached to it.
export function watchDrops(view) {
  api.onDrop((paths) => {
    const status = document.getElementById('media-status');
    if (!status || !document.body.contains(status)) return;
    status.closest('section')?.scrollIntoView({ block: 'start' });
    attach(view, paths, status);
  });
}

// A photo shown whole over the page; Escape or a click closes it.
function showPhoto(a) {
  const close = () => { viewer.remove(); document.removeEventListener('keydown', onKey); };
  const onKey = (e) => { if (e.key === 'Escape') close(); };
  const viewer = h('div', { class: 'media-viewer', id: 'media-viewer', role: 'dialog', 'aria-label': a.file_name, onclick: close },
    h('img', { src: api.mediaUrl(a.id), alt: a.caption || a.file_name }),
    h('p', { dir: 'auto' }, a.caption || a.file_name));
  document.addEventListener('keydown', onKey);
  document.body.append(viewer);
}

function preview(a) {
  if (!a.present) return h('div', { class: 'media-missing' }, t('media-not-here'));
  const kind = kindOf(a.media_type);
  if (kind === 'image') {
    return h('button', { type: 'button', class: 'media-thumb', title: t('media-view'), onclick: () => showPhoto(a) },
      h('img', { src: api.mediaUrl(a.id, true), alt: a.caption || a.file_name, loading: 'lazy' }));
  }
  if (kind === 'audio') {
    // Loaded when asked for: a long recording is tens of megabytes.
    const listen = h('button', { type: 'button', class: 'media-listen', onclick: async () => {
      listen.disabled = true;
      try {
        const blob = await api.mediaBlob(a.id, a.size, a.media_type);
        const player = h('audio', { controls: true, src: URL.createObjectURL(blob), 'aria-label': a.file_name });
        listen.replaceWith(player);
        await player.play().catch(() => {});
      } catch (err) {
        listen.disabled = false;
        listen.textContent = errorText(err);
      }
    } }, `▶ ${t('media-listen')}`);
    return listen;
  }
  return h('div', { class: 'media-doc', 'aria-hidden': 'true' }, 'PDF');
}

async function saveCopy(a, status) {
  try {
    const path = await api.chooseSaveAttachment(a.file_name);
    if (!path) return;
    await api.saveAttachment(a.id, path);
    status.textContent = t('media-saved-copy', { file: a.file_name });
    status.classList.remove('error');
  } catch (err) {
    status.textContent = errorText(err);
    status.classList.add('error');
  }
}

// What an attachment can be about: the session itself, or one of its items (a priority, a
// question and its answer, a participant's consent form).
function about(view) {
  const d = view.doc;
  const label = (key, text) => `${t(key)}: ${text || '—'}`;
  return [['', t('media-about-session')],
    ...d.priorities.map((p) => [p.id, label('section-priorities', p.title)]),
    ...d.questions.map((q) => [q.id, label('section-questions', q.text)]),
    ...d.participants.map((p) => [p.id, label('section-participants', p.name || p.pseudonym)])];
}

export function media(view) {
  const status = h('p', { class: 'media-status', id: 'media-status', role: 'status' });
  const side = h('select', { id: 'media-max-side', 'aria-label': t('media-max-side'), onchange: (e) => { maxSide = Number(e.target.value); } },
    SIDES.map((s) => h('option', { value: s, selected: s === maxSide }, s ? t('media-max-side-px', { px: formatNumber(s, lang()) }) : t('media-max-side-original'))));
  const present = new Map((view.media || []).map((m) => [m.id, m.present]));
  const items = view.doc.attachments.map((rec) => ({ ...rec, present: present.get(rec.id) ?? false }));
  const list = items.length
    ? h('div', { class: 'media-grid' }, items.map((a) => h('div', { class: `item media-card media-${kindOf(a.media_type)}`, dataset: { item: a.id } },
      preview(a),
      h('p', { class: 'media-name', dir: 'auto', title: a.file_name }, a.file_name, h('small', { class: 'muted' }, ` · ${t('media-size', { mb: megabytes(a.size) })}`)),
      f.text('attachment', a, 'caption', t('media-caption')),
      f.select('attachment', a, 'item_id', t('media-about'), about(view), { nullable: true }),
      kindOf(a.media_type) === 'image' ? f.check('attachment', a, 'in_summary', t('media-in-summary'), { title: t('media-in-summary-hint') }) : null,
      h('div', { class: 'item-tools' },
        tierControl(view, 'attachment', a),
        a.present ? h('button', { type: 'button', class: 'ghost', onclick: () => saveCopy(a, status) }, t('media-save-copy')) : null,
        confirmButton(t('delete'), async () => { await autosave.flush(); await api.remove('attachment', a.id); await view.reload(); })))))
    : h('p', { class: 'empty-small' }, t('media-empty'));
  return h('div', { class: 'media' },
    h('div', { class: 'media-options' }, h('label', {}, t('media-max-side'), ' ', side), h('span', { class: 'muted' }, t('media-drop-hint'))),
    status,
    list);
}
