// Search across every session: what was said (notes, answers, quotes, priorities, risks,
// support), with filters, the matched words marked, best match first.
import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t, lang, errorText } from '../i18n.js';
import { ctx } from '../ctx.js';
import { formatWhen } from '../format.js';
import { dateField } from '../datefield.js';

const state = { text: '', movement_id: null, country: '', from: null, to: null, role: null, status: null };

export async function renderSearch(main) {
  const movements = await api.list('movement');
  const countries = [...new Set(movements.map((m) => m.country.trim()).filter(Boolean))].sort();
  const results = h('div', { class: 'search-results', id: 'search-results', 'aria-live': 'polite' });
  const input = h('input', { type: 'search', id: 'search-text', placeholder: t('search-placeholder'), 'aria-label': t('search-placeholder'), value: state.text });
  const pick = (key, label, options) => {
    const sel = h('select', { 'aria-label': label, id: `search-${key}` }, h('option', { value: '' }, label),
      options.map(([value, text]) => h('option', { value }, text)));
    sel.value = state[key] || '';
    sel.addEventListener('change', () => { state[key] = sel.value || null; run(); });
    return sel;
  };
  // From and to: the same date control as the editors (the language's order, months and digits).
  const day = (key, label) => {
    const { group, hidden, hint } = dateField({}, state[key], false, { filter: true });
    hidden.id = `search-${key}`;
    group.setAttribute('aria-label', label);
    hidden.addEventListener('change', () => { state[key] = hidden.value || null; run(); });
    return h('div', { class: 'inline date-filter' }, h('span', { 'aria-hidden': 'true' }, label), group, hint, hidden);
  };
  const run = async () => {
    state.text = input.value;
    clear(results);
    if (!state.text.trim()) { results.append(h('p', { class: 'muted' }, t('search-hint'))); return; }
    try {
      const hits = await api.search({ ...state, country: state.country || null, limit: 100 });
      if (!hits.length) { results.append(h('p', { class: 'empty-small' }, t('search-none'))); return; }
      results.append(h('p', { class: 'muted', id: 'search-count' }, t('search-count', { count: hits.length })),
        h('ol', { class: 'hits' }, hits.map((hit) => h('li', { dataset: { kind: hit.kind, id: hit.id } },
          h('div', { class: 'hit-head' },
            h('a', { href: `#/session/${hit.session_id}` }, hit.session_title || t('untitled-session')),
            h('span', { class: 'muted' }, ` · ${formatWhen(hit.starts_at, lang())} · `),
            h('span', { class: 'badge' }, t(`search-kind-${hit.kind}`)),
            h('span', { class: `badge status-${hit.status}` }, t(`status-${hit.status}`))),
          h('p', { class: 'snippet' }, hit.snippet.map((s) => (s.hit ? h('mark', {}, s.text) : s.text)))))));
    } catch (err) { results.append(h('p', { class: 'error' }, errorText(err))); }
  };
  let timer;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  main.append(
    h('header', { class: 'page-head' }, h('div', {}, h('h1', {}, t('search-title')), h('p', { class: 'muted' }, t('search-lead')))),
    h('div', { class: 'filters search-filters' }, input,
      pick('movement_id', t('sessions-filter-movement'), movements.map((m) => [m.id, m.name || '—'])),
      pick('country', t('search-country'), countries.map((c) => [c, c])),
      pick('role', t('search-role'), ctx.vocab.roles.map((r) => [r, t(`role-${r}`)])),
      pick('status', t('sessions-filter-status'), ctx.vocab.session_status.map((s) => [s, t(`status-${s}`)])),
      h('div', { class: 'date-range' }, day('from', t('search-from')), day('to', t('search-to')))),
    results);
  input.focus();
  await run();
}
