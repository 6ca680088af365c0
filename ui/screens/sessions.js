// The sessions list: newest first, filter by movement and status, quick search.
import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t, lang } from '../i18n.js';
import { ctx } from '../main.js';
import { formatWhen } from '../format.js';
import { attentionPanel } from './attention.js';

const filter = { movement_id: null, status: null, query: '' };

export async function renderSessions(main) {
  const movements = await api.list('movement');
  const body = h('div', { class: 'list-body' });
  const count = h('span', { class: 'muted', id: 'session-count' });

  const search = h('input', { type: 'search', id: 'session-search', placeholder: t('sessions-search'), 'aria-label': t('sessions-search'), value: filter.query });
  const movementSel = h('select', { 'aria-label': t('sessions-filter-movement'), id: 'filter-movement' },
    h('option', { value: '' }, t('sessions-filter-movement')),
    movements.map((m) => h('option', { value: m.id }, m.name || '—')));
  movementSel.value = filter.movement_id || '';
  const statusSel = h('select', { 'aria-label': t('sessions-filter-status'), id: 'filter-status' },
    h('option', { value: '' }, t('sessions-filter-status')),
    ctx.vocab.session_status.map((s) => h('option', { value: s }, t(`status-${s}`))));
  statusSel.value = filter.status || '';

  let timer;
  const refresh = async () => {
    const rows = await api.listSessions(filter);
    clear(body);
    count.textContent = t('sessions-count', { count: rows.length });
    if (!rows.length) {
      const filtered = filter.query || filter.movement_id || filter.status;
      body.append(h('div', { class: 'empty' }, h('p', {}, t(filtered ? 'sessions-none-match' : 'sessions-empty'))));
      return;
    }
    body.append(h('table', { class: 'sessions' },
      h('thead', {}, h('tr', {}, ['col-date', 'col-title', 'col-movements', 'col-place', 'col-participants', 'col-status']
        .map((c) => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, rows.map((r) => h('tr', { tabindex: 0, dataset: { id: r.id }, onclick: () => open(r.id), onkeydown: (e) => { if (e.key === 'Enter') open(r.id); } },
        h('td', { class: 'nowrap' }, formatWhen(r.starts_at, lang())),
        h('td', { class: 'title-cell' }, h('a', { href: `#/session/${r.id}` }, r.title || t('untitled-session'))),
        h('td', {}, r.movements.join(', ')),
        h('td', {}, r.place),
        h('td', { class: 'num' }, r.participants),
        h('td', {}, h('span', { class: `badge status-${r.status}` }, t(`status-${r.status}`))))))));
  };
  const open = (id) => { location.hash = `#/session/${id}`; };

  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { filter.query = search.value; refresh(); }, 150); });
  movementSel.addEventListener('change', () => { filter.movement_id = movementSel.value || null; refresh(); });
  statusSel.addEventListener('change', () => { filter.status = statusSel.value || null; refresh(); });

  const newButton = h('button', { class: 'primary', id: 'new-session', onclick: async () => {
    const guides = await api.list('guide');
    const guide = guides.find((g) => g.language === lang()) || guides[0];
    const now = new Date();
    const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const id = await api.createSession({
      starts_at: local, time_zone: ctx.timeZones.includes(zone) ? zone : 'UTC',
      guide_id: guide ? guide.id : null, movement_ids: filter.movement_id ? [filter.movement_id] : [],
    });
    location.hash = `#/session/${id}`;
  } }, t('sessions-new'));

  main.append(
    h('header', { class: 'page-head' }, h('div', {}, h('h1', {}, t('sessions-title')), count), newButton),
    await attentionPanel(),
    h('div', { class: 'filters' }, search, movementSel, statusSel),
    body);
  await refresh();
}
