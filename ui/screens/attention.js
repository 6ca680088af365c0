// The home screen's "needs attention" panel: movements due a check-in on the organisation's
// role (six months or more since the last one) and agreed support past its due date.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, lang } from '../i18n.js';
import { formatWhen, formatList } from '../format.js';

const SHOWN = 6;

function list(items, line, total = items.length) {
  const shown = items.slice(0, SHOWN).map(line);
  const more = total > SHOWN ? h('li', { class: 'muted' }, t('attention-more', { count: total - SHOWN })) : null;
  return h('ul', { class: 'attention-list' }, shown, more);
}

export async function attentionPanel() {
  const [due, late] = await Promise.all([api.checkinsDue(), api.overdueSupport(SHOWN)]);
  const overdue = late.items;
  if (!due.length && !overdue.length) return null;
  const roles = (codes) => formatList(codes.map((r) => t(`role-${r}`)), lang());
  return h('section', { class: 'attention', id: 'attention', 'aria-label': t('attention-title') },
    due.length ? h('div', { class: 'card due', id: 'checkins-due' },
      h('h2', {}, t('checkins-due-title', { count: due.length })),
      list(due, (d) => h('li', { dataset: { movement: d.movement_id } },
        h('a', { href: `#/movement/${d.movement_id}` }, d.name || '—'),
        h('span', { class: 'muted' }, ` · ${roles(d.roles)}`),
        h('div', { class: 'small' }, t('checkin-due-line', {
          since: formatWhen(d.due_since, lang()),
          last: d.last_check_in ? formatWhen(d.last_check_in, lang()) : t('checkin-never'),
        }))))) : null,
    overdue.length ? h('div', { class: 'card overdue', id: 'overdue-support' },
      h('h2', {}, t('overdue-title', { count: late.total })),
      list(overdue, (o) => h('li', { dataset: { support: o.id } },
        h('a', { href: `#/session/${o.session_id}` }, o.what || '—'),
        h('div', { class: 'small' }, t('overdue-line', {
          due: formatWhen(o.due_date, lang()), days: o.days_overdue, session: o.session_title || t('untitled-session'),
        }))), late.total)) : null);
}
