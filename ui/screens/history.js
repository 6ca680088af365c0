// A session's audit history: every change to it and its items, which device made it, when, and
// the value before; conflicts and how they were resolved appear in the same timeline.
import { api } from '../api.js';
import { formatMoment, formatList } from '../format.js';
import { h } from '../dom.js';
import { t, errorText, lang } from '../i18n.js';

// A code (an enum field's value) in words, by the prefix its field's choices have in the editor.
const CODES = {
  'session.status': 'status', 'participant.org_kind': 'org-kind', 'risk.severity': 'severity',
  'support.role': 'role', 'support.category': 'value', 'support.status': 'support-status',
};
const show = (e, v) => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return t(v ? 'history-yes' : 'history-no');
  if (e.field === 'tier') return v === 'default' ? t('tier-default', { tier: '' }).replace(/\s*[(（]\s*[)）]/, '') : t(`tier-${v}`);
  const prefix = CODES[`${e.entity}.${e.field}`];
  if (prefix && typeof v === 'string') return t(`${prefix}-${v}`);
  return Array.isArray(v) ? (v.length ? formatList(v.map(String), lang()) : '—') : String(v);
};

// Each field by the label it has in the editor, so that the history reads like the form.
const LABELS = {
  title: 'field-title', starts_at: 'field-starts-at', time_zone: 'field-time-zone', place: 'field-place',
  languages: 'field-languages', facilitators: 'field-facilitators', movement_ids: 'field-movements',
  status: 'field-status', notes: 'field-notes', next_check_in: 'field-next-check-in', tier: 'tier-label',
  position: 'history-order', deleted: 'history-deleted', guide_id: 'guide-name',
  'participant.name': 'participant-name', 'participant.pseudonym': 'participant-pseudonym', 'participant.aliases': 'participant-aliases',
  'participant.organisation': 'participant-organisation', 'participant.org_kind': 'participant-org-kind',
  'participant.role': 'participant-role', 'participant.consent_record': 'consent-record',
  'participant.consent_quote': 'consent-quote', 'participant.consent_named': 'consent-named', 'participant.at_risk': 'at-risk',
  'question.text': 'question-text', 'question.answer': 'question-answer', 'quote.text': 'quote-text', 'quote.participant_id': 'quote-by',
  'priority.title': 'priority-title', 'priority.description': 'priority-description', 'priority.theme': 'priority-theme', 'priority.votes': 'priority-votes',
  'risk.description': 'risk-description', 'risk.affected': 'risk-affected', 'risk.severity': 'risk-severity', 'risk.mitigation': 'risk-mitigation',
  'support.what': 'support-what', 'support.role': 'support-role', 'support.category': 'support-category', 'support.owner': 'support-owner',
  'support.due_date': 'support-due', 'support.status': 'support-status', 'support.requested_by_movement': 'support-requested',
};
// What a withdrawal of consent erased is said to be erased, not shown as empty.
const cell = (e, v) => (e.erased && (v === null || v === undefined) ? h('em', { class: 'erased' }, t('history-erased-value')) : show(e, v));
const label = (e) => { const key = LABELS[`${e.entity}.${e.field}`] || LABELS[e.field]; return key ? t(key) : `${e.entity}.${e.field}`; };

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
      h('td', {}, formatMoment(new Date(e.at), lang())),
      h('td', {}, e.own ? here : e.device_label, e.relay ? h('small', { class: 'muted block' }, t('history-relayed', { device: e.relay })) : null),
      h('td', {}, label(e), e.kind === 'edit' || (e.kind === 'delete' && e.new !== true) ? null : [' ', h('span', { class: 'badge' }, t({ delete: 'history-deleted', review: 'history-review' }[e.kind] || 'history-conflict'))],
        e.erased ? [' ', h('span', { class: 'badge erased' }, t('history-erased-badge'))] : null,
        e.note ? h('small', { class: 'muted block' }, e.note) : null),
      h('td', { class: 'old' }, cell(e, e.old)),
      h('td', { class: 'new' }, cell(e, e.new))))))));
}
