// The sections of the session editor: details, participants, questions and quotes,
// priorities (ranked, dot votes), risks, agreed support, and photos and recordings.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, lang } from '../i18n.js';
import { formatNumber } from '../format.js';
import * as f from '../fields.js';
import * as autosave from '../autosave.js';
import { ctx } from '../ctx.js';
import { confirmButton, addButton, iconButton } from './widgets.js';
import { tierControl } from './tier-marks.js';
import { media, attachButton } from './media.js';
import { withdrawnCard, markWithdrawn, withdrawButton, sheetButton } from './consent.js';

const nextPosition = (items) => items.reduce((m, i) => Math.max(m, i.position || 0), 0) + 1;

// Creates a child of the session and reloads the editor focused on it.
const addChild = (view, entity, listKey, extra = {}) => async () => {
  await autosave.flush();
  const id = await api.create(entity, { session_id: view.id, position: nextPosition(view.doc[listKey]), ...extra });
  await view.reload(id);
};

function itemTools(view, entity, item, { movable = true } = {}) {
  return h('div', { class: 'item-tools' },
    tierControl(view, entity, item),
    movable ? [
      iconButton('↑', t('move-up'), async () => { await autosave.flush(); await api.move(entity, item.id, true); await view.reload(); }),
      iconButton('↓', t('move-down'), async () => { await autosave.flush(); await api.move(entity, item.id, false); await view.reload(); }),
    ] : null,
    confirmButton(t('delete'), async () => { await autosave.flush(); await api.remove(entity, item.id); await view.reload(); }));
}

const empty = (key) => h('p', { class: 'empty-small' }, t(key));

function details(view) {
  const s = view.doc.session;
  return h('div', { class: 'grid' },
    f.date('session', s, 'starts_at', t('field-starts-at'), true),
    f.text('session', s, 'time_zone', t('field-time-zone'), { list: 'time-zones', spellcheck: 'false', save: 'change' }),
    h('datalist', { id: 'time-zones' }, ctx.timeZones.map((z) => h('option', { value: z }))),
    f.text('session', s, 'place', t('field-place')),
    f.list('session', s, 'languages', t('field-languages'), t('field-languages-hint')),
    f.list('session', s, 'facilitators', t('field-facilitators'), t('field-facilitators-hint')),
    f.date('session', s, 'next_check_in', t('field-next-check-in')),
    f.refs('session', s, 'movement_ids', t('field-movements'), view.movements.map((m) => [m.id, m.name || '—']), t('no-movements-yet')),
    f.area('session', s, 'notes', t('field-notes'), { rows: 4, class: 'wide' }));
}

function participants(view) {
  const items = view.doc.participants;
  if (!items.length) return empty('participants-empty');
  return h('div', { class: 'items' }, items.map((p) => {
    const scope = view.withdrawn[p.id];
    if (scope === 'all') return withdrawnCard(p, scope);
    const card = h('div', { class: `item participant${p.at_risk ? ' at-risk' : ''}`, dataset: { item: p.id } },
      h('div', { class: 'grid tight' },
        f.text('participant', p, 'name', t('participant-name')),
        f.text('participant', p, 'pseudonym', t('participant-pseudonym')),
        f.list('participant', p, 'aliases', t('participant-aliases'), t('participant-aliases-hint')),
        f.text('participant', p, 'organisation', t('participant-organisation')),
        f.select('participant', p, 'org_kind', t('participant-org-kind'), f.enumOptions(ctx.vocab.org_kind, 'org-kind')),
        f.text('participant', p, 'role', t('participant-role'))),
      h('div', { class: 'checks' },
        f.check('participant', p, 'consent_record', t('consent-record')),
        f.check('participant', p, 'consent_quote', t('consent-quote')),
        f.check('participant', p, 'consent_named', t('consent-named')),
        f.check('participant', p, 'at_risk', t('at-risk'), { class: 'risk-flag', title: t('at-risk-hint') }),
        p.at_risk ? h('span', { class: 'marker-risk' }, t('at-risk-hint')) : null),
      h('div', { class: 'item-tools' }, withdrawButton(view, p), itemTools(view, 'participant', p)));
    if (scope) markWithdrawn(card, scope);
    return card;
  }));
}

function quotes(view, q) {
  const mine = view.doc.quotes.filter((x) => x.question_id === q.id);
  const people = [['', t('a-participant')], ...view.doc.participants.map((p) => [
    p.id, view.withdrawn[p.id] === 'all' ? t('a-participant-withdrawn')
      : `${p.name || p.pseudonym || '—'}${p.consent_quote ? '' : ` ${t('quote-no-consent')}`}`, !p.consent_quote])];
  return h('div', { class: 'quotes' },
    mine.map((x) => h('div', { class: 'quote', dataset: { item: x.id } },
      f.area('quote', x, 'text', t('quote-text'), { rows: 2 }),
      f.select('quote', x, 'participant_id', t('quote-by'), people, { nullable: true }),
      tierControl(view, 'quote', x),
      confirmButton(t('delete'), async () => { await autosave.flush(); await api.remove('quote', x.id); await view.reload(); }))),
    h('button', { type: 'button', class: 'link', onclick: async () => {
      await autosave.flush();
      const id = await api.create('quote', { session_id: view.id, question_id: q.id, position: nextPosition(mine) });
      await view.reload(id);
    } }, `+ ${t('quote-add')}`));
}

function questions(view) {
  const items = view.doc.questions;
  const guideSel = h('select', { 'aria-label': t('questions-from-guide') }, view.guides.map((g) => h('option', { value: g.id }, `${g.name} (${g.language})`)));
  const fromGuide = h('div', { class: 'from-guide' }, h('span', { class: 'muted' }, t('questions-from-guide')), guideSel,
    h('button', { type: 'button', class: 'secondary', onclick: async () => { await api.addGuideQuestions(view.id, guideSel.value); await view.reload(); } }, t('questions-from-guide-button')));
  return h('div', {},
    items.length ? h('ol', { class: 'items questions' }, items.map((q) => h('li', { class: 'item question', dataset: { item: q.id } },
      f.area('question', q, 'text', t('question-text'), { rows: 1, class: 'question-text' }),
      f.area('question', q, 'answer', t('question-answer'), { rows: 4 }),
      quotes(view, q),
      itemTools(view, 'question', q)))) : empty('questions-empty'),
    fromGuide);
}

function priorities(view) {
  const items = view.doc.priorities;
  if (!items.length) return empty('priorities-empty');
  return h('ol', { class: 'items priorities' }, items.map((p, i) => {
    const votes = h('input', { type: 'number', class: 'votes', value: p.votes, min: 0, 'aria-label': t('priority-votes'), dataset: { entity: 'priority', id: p.id, field: 'votes', kind: 'int' } });
    const vote = (d) => () => {
      votes.value = Math.max(0, (Number.parseInt(votes.value, 10) || 0) + d);
      autosave.schedule('priority', p.id, 'votes', Number(votes.value), 0);
    };
    return h('li', { class: 'item priority', dataset: { item: p.id } },
      h('div', { class: 'rank', 'aria-hidden': 'true' }, formatNumber(i + 1, lang())),
      h('div', { class: 'grow' },
        h('div', { class: 'grid tight' },
          f.text('priority', p, 'title', t('priority-title'), { class: 'wide2' }),
          f.text('priority', p, 'theme', t('priority-theme'))),
        f.area('priority', p, 'description', t('priority-description'), { rows: 1 })),
      h('div', { class: 'vote-box' },
        iconButton('−', t('priority-vote-down'), vote(-1), 'vote-down'), votes, iconButton('+', t('priority-vote-up'), vote(1), 'vote-up'),
        h('small', { class: 'muted' }, t('priority-votes'))),
      itemTools(view, 'priority', p));
  }));
}

function risks(view) {
  const items = view.doc.risks;
  if (!items.length) return empty('risks-empty');
  return h('div', { class: 'items' }, items.map((r) => h('div', { class: `item risk sev-${r.severity}`, dataset: { item: r.id } },
    h('div', { class: 'grid tight' },
      f.area('risk', r, 'description', t('risk-description'), { rows: 2, class: 'wide2' }),
      f.text('risk', r, 'affected', t('risk-affected')),
      f.select('risk', r, 'severity', t('risk-severity'), f.enumOptions(ctx.vocab.severity, 'severity')),
      f.area('risk', r, 'mitigation', t('risk-mitigation'), { rows: 2, class: 'wide' })),
    itemTools(view, 'risk', r))));
}

function supports(view) {
  const items = view.doc.supports;
  if (!items.length) return empty('supports-empty');
  return h('div', { class: 'items' }, items.map((s) => h('div', { class: 'item support', dataset: { item: s.id } },
    h('div', { class: 'grid tight' },
      f.text('support', s, 'what', t('support-what'), { class: 'wide2' }),
      f.select('support', s, 'role', t('support-role'), f.enumOptions(ctx.vocab.roles, 'role')),
      f.select('support', s, 'category', t('support-category'), f.enumOptions(ctx.vocab.value_add, 'value')),
      f.text('support', s, 'owner', t('support-owner')),
      f.date('support', s, 'due_date', t('support-due')),
      f.select('support', s, 'status', t('support-status'), f.enumOptions(ctx.vocab.support_status, 'support-status'))),
    h('div', { class: 'checks' }, f.check('support', s, 'requested_by_movement', t('support-requested'))),
    itemTools(view, 'support', s))));
}

export const sections = [
  { key: 'details', label: 'section-details', render: details },
  { key: 'participants', label: 'section-participants', lead: 'participants-lead', render: participants,
    count: (d) => d.participants.length,
    add: (v) => [sheetButton(v), addButton(t('participant-add'), addChild(v, 'participant', 'participants'), 'add-participant')] },
  { key: 'questions', label: 'section-questions', lead: 'questions-lead', render: questions,
    count: (d) => d.questions.length, add: (v) => addButton(t('question-add'), addChild(v, 'question', 'questions'), 'add-question') },
  { key: 'priorities', label: 'section-priorities', render: priorities,
    count: (d) => d.priorities.length, add: (v) => addButton(t('priority-add'), addChild(v, 'priority', 'priorities'), 'add-priority') },
  { key: 'risks', label: 'section-risks', render: risks,
    count: (d) => d.risks.length, add: (v) => addButton(t('risk-add'), addChild(v, 'risk', 'risks'), 'add-risk') },
  { key: 'support', label: 'section-support', render: supports,
    count: (d) => d.supports.length, add: (v) => addButton(t('support-add'), addChild(v, 'support', 'supports'), 'add-support') },
  { key: 'media', label: 'section-media', lead: 'media-lead', render: media,
    count: (d) => d.attachments.length, add: (v) => attachButton(v) },
];
