// The sessions list: newest first, filter by movement and status, quick search.
import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t, lang, errorText } from '../i18n.js';
import { ctx } from '../ctx.js';
import { formatWhen, formatNumber, formatList } from '../format.js';
import { attentionPanel } from './attention.js';

const filter = { movement_id: null, status: null, query: '' };
// Rows per page: more than a tall window shows, few enough to lay out in one frame.
const PAGE = 50;

export async function renderSessions(main) {
  // The screen's calls go out together, not one after the other.
  const attention = attentionPanel();
  const firstPage = api.listSessions({ ...filter, offset: 0, limit: PAGE });
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

  // A page at a time, newest first: an office store holds tens of thousands of sessions and
  // laying them all out would take seconds. The next page loads as the list's end scrolls
  // into view; filters and quick search run in the store.
  let timer;
  let shown = 0;
  let total = 0;
  let loading = null;
  let generation = 0;
  const rowsBody = h('tbody');
  const more = h('div', { class: 'list-more muted', id: 'sessions-more', 'aria-live': 'polite' });
  const row = (r) => h('tr', { tabindex: 0, dataset: { id: r.id }, onclick: () => open(r.id), onkeydown: (e) => { if (e.key === 'Enter') open(r.id); } },
    h('td', { class: 'nowrap' }, formatWhen(r.starts_at, lang())),
    h('td', { class: 'title-cell' }, h('a', { href: `#/session/${r.id}` }, r.title || t('untitled-session'))),
    h('td', {}, formatList(r.movements, lang())),
    h('td', {}, r.place),
    h('td', { class: 'num' }, formatNumber(r.participants, lang())),
    h('td', {}, h('span', { class: `badge status-${r.status}` }, t(`status-${r.status}`))));
  const showing = () => {
    more.textContent = shown < total ? t('sessions-showing', { shown, count: total }) : '';
  };
  const loadMore = () => {
    if (loading || shown >= total) return loading;
    const mine = generation;
    loading = api.listSessions({ ...filter, offset: shown, limit: PAGE }).then((page) => {
      loading = null;
      if (mine !== generation) return;
      rowsBody.append(...page.rows.map(row));
      shown += page.rows.length;
      total = page.total;
      showing();
    }, (err) => { loading = null; throw err; });
    return loading;
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) loadMore();
  }, { rootMargin: '600px' });
  const refresh = async (ready) => {
    generation += 1;
    const mine = generation;
    const page = await (ready || api.listSessions({ ...filter, offset: 0, limit: PAGE }));
    if (mine !== generation) return;
    loading = null;
    clear(body);
    clear(rowsBody);
    total = page.total;
    shown = page.rows.length;
    count.textContent = t('sessions-count', { count: total });
    if (!total) {
      const filtered = filter.query || filter.movement_id || filter.status;
      body.append(h('div', { class: 'empty' }, h('p', {}, t(filtered ? 'sessions-none-match' : 'sessions-empty'))));
      return;
    }
    rowsBody.append(...page.rows.map(row));
    body.append(h('table', { class: 'sessions' },
      h('thead', {}, h('tr', {}, ['col-date', 'col-title', 'col-movements', 'col-place', 'col-participants', 'col-status']
        .map((c) => h('th', { scope: 'col' }, t(c))))),
      rowsBody), more);
    showing();
    observer.disconnect();
    observer.observe(more);
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

  // The attention panel reads every movement's check-ins and all agreed support: the list
  // does not wait for it; it takes its place above the list when it comes.
  const attentionSlot = h('div', { class: 'attention-slot' });
  attention.then((panel) => attentionSlot.replaceWith(panel || ''),
    (err) => attentionSlot.replaceWith(h('p', { class: 'error', role: 'alert' }, errorText(err))));
  main.append(
    h('header', { class: 'page-head' }, h('div', {}, h('h1', {}, t('sessions-title')), count), newButton),
    attentionSlot,
    h('div', { class: 'filters' }, search, movementSel, statusSel),
    body);
  await refresh(firstPage);
}
