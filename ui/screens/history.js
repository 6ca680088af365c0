// A session's audit history: every change to it and its items, which device made it, when, and
// the value before; conflicts and how they were resolved appear in the same timeline.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, errorText } from '../i18n.js';

const show = (v) => (v === null || v === undefined ? '—' : typeof v === 'string' ? (v || '—') : Array.isArray(v) ? v.join(', ') || '—' : String(v));

export async function renderHistory(main, id) {
  const head = h('header', { class: 'page-head' }, h('div', {},
    h('a', { href: `#/session/${id}`, class: 'back' }, `← ${t('session-back')}`),
    h('h1', {}, t('history-title')), h('p', { class: 'muted' }, t('history-lead'))));
  main.append(head);
  let entries;
  try { entries = await api.sessionHistory(id); } catch (err) { main.append(h('p', { class: 'error' }, errorText(err))); return; }
  if (!entries.length) { main.append(h('p', { class: 'empty', id: 'history-empty' }, t('history-empty'))); return; }
  const here = t('history-this-device');
  // A record's creation stamps its links and order too; they say nothing a reader needs.
  const structural = (e) => (e.field === 'deleted' && e.new === false) || ((e.field.endsWith('_id') || e.field === 'position') && e.old === null);
  entries = entries.filter((e) => !structural(e));
  main.append(h('section', { class: 'card' }, h('table', { class: 'history', id: 'history-table' },
    h('thead', {}, h('tr', {}, [t('history-when'), t('history-who'), t('history-what'), t('history-before'), t('history-after')].map((c) => h('th', {}, c)))),
    h('tbody', {}, entries.slice().reverse().map((e) => h('tr', { class: `kind-${e.kind}`, dataset: { field: `${e.entity}.${e.field}` } },
      h('td', {}, new Date(e.at).toLocaleString()),
      h('td', {}, e.own ? here : e.device_label, e.relay ? h('small', { class: 'muted block' }, t('history-relayed', { device: e.relay })) : null),
      h('td', {}, h('code', {}, `${e.entity}.${e.field}`), e.kind === 'edit' || (e.kind === 'delete' && e.new !== true) ? null : [' ', h('span', { class: 'badge' }, t({ delete: 'history-deleted', review: 'history-review' }[e.kind] || 'history-conflict'))],
        e.note ? h('small', { class: 'muted block' }, e.note) : null),
      h('td', { class: 'old' }, show(e.old)),
      h('td', { class: 'new' }, show(e.new))))))));
}
