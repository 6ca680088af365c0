// The organisation's database (docs/federation.md): an office saves where it publishes (never
// the password), then publishes its merged records, cut to share-back or internal, with
// progress in the sidebar. Restricted data is never offered.
import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t, errorText } from '../i18n.js';
import * as jobs from '../jobs.js';

const CLEARANCES = ['share_back', 'internal'];
const rowsIn = (r) => r.rows.reduce((n, [, c]) => n + c, 0);
const doneText = (r) => (r.unchanged
  ? t('publish-unchanged', { total: rowsIn(r) })
  : t('publish-done', { written: r.written, removed: r.removed, total: rowsIn(r) }));

export function publishCard(say) {
  const card = h('section', { class: 'card', id: 'publish-card' });
  const draw = async (editing = false) => {
    const saved = await api.publishSettings();
    clear(card);
    card.append(h('div', { class: 'card-head' }, h('h2', {}, t('publish-title'))), h('p', { class: 'muted lead-small' }, t('publish-lead')));
    if (!saved || editing) card.append(settingsForm(saved, draw, say));
    else card.append(...publishForm(saved, draw, say));
  };
  draw().catch((err) => say(errorText(err), true));
  return card;
}

function settingsForm(saved, redraw, say) {
  const url = h('input', { type: 'text', id: 'publish-url', spellcheck: 'false', dir: 'ltr', value: saved?.url ?? '', placeholder: 'postgres://office@db.example.org/federation?sslmode=verify-full', 'aria-label': t('publish-url') });
  const schema = h('input', { type: 'text', id: 'publish-schema', spellcheck: 'false', dir: 'ltr', value: saved?.schema ?? 'fieldbook', 'aria-label': t('publish-schema') });
  const label = h('input', { type: 'text', id: 'publish-label', dir: 'auto', value: saved?.label ?? '', placeholder: t('publish-office-label'), 'aria-label': t('publish-office-label') });
  const clearance = h('select', { id: 'publish-clearance', 'aria-label': t('publish-clearance') },
    CLEARANCES.map((c) => h('option', { value: c, selected: c === (saved?.clearance ?? 'internal') }, t(`tier-${c}`))));
  const save = async (event) => {
    event.preventDefault();
    try {
      await api.savePublishSettings({ url: url.value.trim(), schema: schema.value.trim(), clearance: clearance.value, label: label.value.trim() });
      say(t('publish-saved'));
      await redraw();
    } catch (err) { say(errorText(err), true); }
  };
  return h('form', { class: 'stack', onsubmit: save },
    h('label', {}, t('publish-url'), url), h('small', { class: 'hint' }, t('publish-url-hint')),
    h('div', { class: 'inline-form' }, h('label', {}, t('publish-schema'), ' ', schema), h('label', {}, t('publish-clearance'), ' ', clearance)),
    h('label', {}, t('publish-office-label'), label),
    h('div', { class: 'actions' }, h('button', { class: 'secondary', id: 'publish-save', type: 'submit' }, t('publish-save'))));
}

function publishForm(saved, redraw, say) {
  const password = h('input', { type: 'password', id: 'publish-password', autocomplete: 'off', 'aria-label': t('publish-password'), placeholder: t('publish-password') });
  const run = async (event) => {
    event.preventDefault();
    if (jobs.running('publish')) return;
    const typed = password.value;
    password.value = '';
    try {
      say(doneText(await jobs.run('publish', (update) => api.publish(typed, update), doneText)));
    } catch (err) { if (jobs.failed(err)) say(errorText(err), true); }
  };
  const forget = async () => {
    try { await api.savePublishSettings(null); await redraw(); } catch (err) { say(errorText(err), true); }
  };
  return [
    h('p', { id: 'publish-target' }, h('code', { dir: 'ltr' }, saved.url), ' · ', t('publish-target', { schema: saved.schema, tier: t(`tier-${saved.clearance}`) })),
    h('form', { class: 'inline-form', onsubmit: run }, password, h('button', { class: 'primary', id: 'publish-run', type: 'submit' }, t('publish-run'))),
    h('div', { class: 'actions' },
      h('button', { class: 'ghost small', id: 'publish-edit', type: 'button', onclick: () => redraw(true) }, t('publish-edit')),
      h('button', { class: 'ghost small', id: 'publish-forget', type: 'button', onclick: forget }, t('publish-forget'))),
  ];
}
