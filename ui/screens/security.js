// Security: auto-lock, changing the passphrase, the largest attachment, and wiping this device's Fieldbook.
import { api } from '../api.js';
import { h } from '../dom.js';
import { formatPath } from '../format.js';
import { t, errorText } from '../i18n.js';
import * as autolock from '../autolock.js';
import { confirmButton } from './widgets.js';
import { ctx } from '../ctx.js';

export async function renderSecurity(main, { onWiped }) {
  const note = (id) => h('p', { class: 'form-note', id, role: 'status' });
  const say = (el, text, bad = false) => { el.textContent = text; el.classList.toggle('error', bad); };

  const minutes = h('input', { type: 'number', id: 'autolock-minutes', min: 1, max: 240, step: 1, value: Math.max(1, Math.round(autolock.seconds() / 60)) });
  const lockNote = note('autolock-note');
  minutes.addEventListener('change', () => {
    const m = Number(minutes.value);
    if (!(m >= 1)) { say(lockNote, t('security-autolock-invalid'), true); return; }
    autolock.setSeconds(m * 60);
    say(lockNote, t('security-autolock-saved', { minutes: m }));
  });

  const current = h('input', { type: 'password', id: 'passphrase-current', autocomplete: 'current-password' });
  const next = h('input', { type: 'password', id: 'passphrase-new', autocomplete: 'new-password' });
  const again = h('input', { type: 'password', id: 'passphrase-repeat', autocomplete: 'new-password' });
  const keyNote = note('passphrase-note');
  const change = h('button', { class: 'primary', id: 'passphrase-change', onclick: async () => {
    if (next.value !== again.value) { say(keyNote, t('create-mismatch'), true); return; }
    change.disabled = true;
    try {
      await api.changePassphrase(current.value, next.value);
      current.value = next.value = again.value = '';
      say(keyNote, t('security-passphrase-changed'));
    } catch (err) { say(keyNote, errorText(err), true); } finally { change.disabled = false; }
  } }, t('security-passphrase-button'));

  const limitNote = note('media-limit-note');
  const limit = h('input', { type: 'number', id: 'media-limit', min: 1, max: 900, step: 1, value: Math.round((await api.mediaLimit().catch(() => 200 << 20)) / 1048576) });
  limit.addEventListener('change', async () => {
    const mb = Math.min(900, Math.max(1, Math.round(Number(limit.value) || 0)));
    try {
      await api.setMediaLimit(mb * 1048576);
      limit.value = mb;
      say(limitNote, t('media-limit-saved', { mb }));
    } catch (err) { say(limitNote, errorText(err), true); }
  });

  const unexported = await api.unexportedChanges().catch(() => 0);
  const wipeNote = note('wipe-note');
  const wipe = confirmButton(t('security-wipe-button'), async () => {
    try {
      await api.wipeStore();
      onWiped();
    } catch (err) { say(wipeNote, errorText(err), true); }
  }, 'danger', 'wipe-store');

  main.append(h('div', { class: 'page security' },
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, t('security-title')), h('p', { class: 'muted' }, t('security-lead')))),
    h('section', { class: 'card' }, h('h2', {}, t('security-autolock')),
      h('p', { class: 'muted lead-small' }, t('security-autolock-lead')),
      h('label', { class: 'inline-field' }, minutes, ` ${t('security-minutes')}`), lockNote),
    h('section', { class: 'card' }, h('h2', {}, t('security-passphrase')),
      h('p', { class: 'muted lead-small' }, t('create-hint', { min: ctx.status.min_passphrase })),
      h('div', { class: 'grid' },
        h('label', {}, t('security-passphrase-current'), current),
        h('label', {}, t('create-passphrase'), next),
        h('label', {}, t('create-confirm'), again)),
      h('div', { class: 'form-actions' }, change), keyNote),
    h('section', { class: 'card' }, h('h2', {}, t('media-limit-title')),
      h('p', { class: 'muted lead-small' }, t('media-limit-lead')),
      h('label', { class: 'inline-field' }, limit, ` ${t('media-limit-label')}`), limitNote),
    h('section', { class: 'card danger-zone' }, h('h2', {}, t('security-wipe')),
      h('p', { class: 'lead-small' }, t('security-wipe-lead')),
      unexported > 0 ? h('p', { class: 'error', id: 'wipe-unexported' }, t('security-wipe-unexported', { count: unexported })) : null,
      wipe, wipeNote),
    h('section', { class: 'card', id: 'about' }, h('h2', {}, t('about-title')),
      h('p', {}, h('strong', {}, t('about-version', { version: ctx.status.version }))),
      h('p', { class: 'muted lead-small' }, t('about-data-folder', { path: formatPath(ctx.status.data_dir) })),
      h('p', { class: 'muted lead-small' }, t('about-licence')))));
}
