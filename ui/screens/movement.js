// One movement's engagement cycle: the organisation's role over time, six-monthly check-ins,
// the actor map (who is around the movement and how they relate), where other organisations
// convene the same people, and the log of results shared back.
import { api } from '../api.js';
import { h, clear, focusNew } from '../dom.js';
import { t, lang } from '../i18n.js';
import { ctx } from '../ctx.js';
import * as f from '../fields.js';
import * as autosave from '../autosave.js';
import { formatWhen, formatList } from '../format.js';
import { confirmButton, addButton } from './widgets.js';
import { drawMap, legend } from './actor-map.js';

const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
};

function card(id, title, lead, tools, ...body) {
  return h('section', { class: 'card cycle', id },
    h('div', { class: 'card-head' }, h('h2', {}, title), tools),
    lead ? h('p', { class: 'muted lead-small' }, lead) : null, body);
}

// Who may see a record (docs/tiers.md): "default" is its kind's tier, internal for the map,
// check-ins and share-backs (staff working material), share-back for the role history.
const KIND_TIER = { role_change: 'share_back' };
const tierField = (entity, r) => f.select(entity, r, 'tier', t('tier-label'),
  ['default', 'share_back', 'internal', 'restricted'].map((c) => [c,
    c === 'default' ? t('tier-default', { tier: t(`tier-${KIND_TIER[entity] || 'internal'}`) }) : t(`tier-${c}`)]),
  { class: 'wide2' });

// A list of records of one kind under the movement, each with its fields and a delete button.
function records(entity, items, fieldsOf, redraw, emptyKey) {
  if (!items.length) return emptyKey ? h('p', { class: 'empty-small' }, t(emptyKey)) : null;
  return h('div', { class: 'items' }, items.map((r) => h('div', { class: `item ${entity}`, dataset: { item: r.id } },
    h('div', { class: 'grid' }, fieldsOf(r)),
    h('div', { class: 'item-tools' }, confirmButton(t('delete'), async () => { await api.remove(entity, r.id); await redraw(); })))));
}

// The roles in force and since when, or why there are none.
function roleLine(timeline) {
  if (!timeline.current.length) return [h('span', { class: 'muted' }, t(timeline.history.length ? 'role-paused' : 'role-none'))];
  return [...timeline.current.map((r) => h('span', { class: `badge role role-${r}` }, t(`role-${r}`))),
    timeline.since ? h('span', { class: 'muted' }, t('role-since', { date: formatWhen(timeline.since, lang()) })) : null];
}

export async function renderMovement(main, id) {
  const movement = (await api.list('movement')).find((m) => m.id === id);
  if (!movement) { main.append(h('p', { class: 'empty' }, t('movement-missing'))); return; }
  const v = ctx.vocab;
  const parts = { roles: h('div'), checkins: h('div'), map: h('div'), overlaps: h('div'), shares: h('div') };
  const sessions = (await api.listSessions({ movement_id: id, status: null, query: null })).rows;
  const sessionOptions = sessions.map((s) => [s.id, `${formatWhen(s.starts_at, lang())} · ${s.title || t('untitled-session')}`]);
  const create = async (entity, fields, redraw) => {
    const rid = await api.create(entity, { movement_id: id, ...fields });
    await redraw();
    await focusNew(document, rid);
  };

  const drawRoles = async () => {
    await autosave.flush();
    const [timeline, changes] = await Promise.all([api.roleTimeline(id), api.children('role_change', 'movement_id', id)]);
    const order = new Map(timeline.history.map((s, i) => [s.id, i]));
    changes.sort((a, b) => order.get(a.id) - order.get(b.id));
    const current = h('p', { class: 'current-roles', id: 'current-roles' }, roleLine(timeline));
    clear(parts.roles).append(card('roles', t('roles-title'), t('roles-lead'),
      addButton(t('role-change-add'), () => create('role_change', { date: today(), roles: timeline.current }, drawRoles), 'add-role-change'),
      current,
      records('role_change', changes, (r) => [
        f.date('role_change', r, 'date', t('cycle-date')),
        f.refs('role_change', r, 'roles', t('role-change-roles'), f.enumOptions(v.roles, 'role'), ''),
        f.area('role_change', r, 'reason', t('role-change-reason'), { rows: 2, class: 'wide' }),
        tierField('role_change', r),
      ], drawRoles, null)));
  };

  const drawCheckins = async () => {
    await autosave.flush();
    const items = (await api.children('check_in', 'movement_id', id)).sort((a, b) => (b.date || '').localeCompare(a.date || ''));
    const due = (await api.checkinsDue()).find((d) => d.movement_id === id);
    const status = due
      ? h('p', { class: 'due-note', id: 'checkin-status' }, t('checkin-due-now', { since: formatWhen(due.due_since, lang()) }))
      : h('p', { class: 'muted', id: 'checkin-status' }, t('checkin-every'));
    clear(parts.checkins).append(card('checkins', t('checkins-title'), null,
      addButton(t('checkin-add'), () => create('check_in', { date: today() }, drawCheckins), 'add-checkin'),
      status,
      records('check_in', items, (r) => [
        f.date('check_in', r, 'date', t('cycle-date')),
        f.select('check_in', r, 'decision', t('checkin-decision'), f.enumOptions(v.decision, 'decision')),
        f.area('check_in', r, 'feedback', t('checkin-feedback'), { rows: 2, class: 'wide', hint: t('checkin-feedback-hint') }),
        f.area('check_in', r, 'notes', t('cycle-notes'), { rows: 1, class: 'wide' }),
        tierField('check_in', r),
      ], drawCheckins, 'checkins-empty')));
  };

  const drawMapCard = async () => {
    await autosave.flush();
    const [map, actors, relations] = await Promise.all([
      api.actorMap(id), api.children('actor', 'movement_id', id), api.children('relation', 'movement_id', id)]);
    const actorOptions = actors.map((a) => [a.id, a.name || '—']);
    const picture = map.nodes.length
      ? h('figure', { class: 'map-frame' }, drawMap(map), legend(v.relation_kind))
      : h('p', { class: 'empty-small' }, t('actors-empty'));
    clear(parts.map).append(card('actors', t('actors-title'), t('actors-lead'),
      h('div', { class: 'tools' },
        addButton(t('actor-add'), () => create('actor', {}, drawMapCard), 'add-actor'),
        actors.length > 1 ? addButton(t('relation-add'), () => create('relation', { from_id: actors[0].id, to_id: actors[1].id }, drawMapCard), 'add-relation') : null),
      picture,
      h('details', { class: 'map-data', open: actors.length < 12 ? true : null },
        h('summary', {}, t('actors-edit', { actors: actors.length, relations: relations.length })),
        h('h3', {}, t('actors-list')),
        records('actor', actors, (a) => [
          f.text('actor', a, 'name', t('actor-name'), { class: 'wide2' }),
          f.select('actor', a, 'kind', t('actor-kind'), f.enumOptions(v.actor_kind, 'actor-kind')),
          f.select('actor', a, 'org_kind', t('participant-org-kind'), f.enumOptions(v.org_kind, 'org-kind')),
          f.area('actor', a, 'notes', t('cycle-notes'), { rows: 1, class: 'wide' }),
          f.refs('actor', a, 'session_ids', t('actor-sessions'), sessionOptions, t('actor-sessions-none')),
          tierField('actor', a),
        ], drawMapCard, 'actors-none'),
        h('h3', {}, t('relations-list')),
        records('relation', relations, (r) => [
          f.select('relation', r, 'from_id', t('relation-from'), actorOptions, { nullable: true }),
          f.select('relation', r, 'kind', t('relation-kind'), f.enumOptions(v.relation_kind, 'relation')),
          f.select('relation', r, 'to_id', t('relation-to'), actorOptions, { nullable: true }),
          f.text('relation', r, 'notes', t('cycle-notes'), { class: 'wide' }),
          tierField('relation', r),
        ], drawMapCard, 'relations-empty'))));
    await drawOverlaps();
  };

  const drawOverlaps = async () => {
    const overlaps = await api.overlaps(id);
    clear(parts.overlaps).append(card('overlaps', t('overlaps-title'), t('overlaps-lead'), null,
      overlaps.length
        ? h('ul', { class: 'overlaps' }, overlaps.map((o) => h('li', { dataset: { convener: o.convener_id } },
          h('strong', {}, o.convener), ` (${t(`actor-kind-${o.convener_kind}`)}) `, t('overlaps-convenes'), ' ', formatList(o.actors, lang()),
          o.we_convene ? h('span', { class: 'badge warn' }, t('overlaps-we-convene')) : null)))
        : h('p', { class: 'empty-small' }, t('overlaps-none'))));
  };

  const drawShares = async () => {
    await autosave.flush();
    const items = (await api.children('share_back', 'movement_id', id)).sort((a, b) => (b.date || '').localeCompare(a.date || ''));
    clear(parts.shares).append(card('share-backs', t('share-backs-title'), t('share-backs-lead'),
      addButton(t('share-back-add'), () => create('share_back', { date: today() }, drawShares), 'add-share-back'),
      records('share_back', items, (r) => [
        f.date('share_back', r, 'date', t('cycle-date')),
        f.select('share_back', r, 'form', t('share-back-form'), f.enumOptions(v.share_form, 'share-form')),
        f.text('share_back', r, 'audience', t('share-back-audience'), { class: 'wide2', hint: t('share-back-audience-hint') }),
        f.select('share_back', r, 'session_id', t('share-back-session'), [['', '—'], ...sessionOptions], { nullable: true, class: 'wide2' }),
        f.area('share_back', r, 'notes', t('cycle-notes'), { rows: 1, class: 'wide' }),
        tierField('share_back', r),
      ], drawShares, 'share-backs-empty')));
  };

  // Edits saved elsewhere on the page change what these views derive from.
  const onSaved = (ev) => {
    if (!document.body.contains(parts.roles)) { document.removeEventListener('fieldbook:saved', onSaved); return; }
    const e = ev.detail.entity;
    if (e === 'role_change') drawRoleHeader();
    else if (e === 'check_in' && ev.detail.field === 'date') drawCheckins();
    else if ((e === 'actor' && ev.detail.field !== 'notes') || (e === 'relation' && ev.detail.field !== 'notes')) redrawPicture();
  };
  let pictureTimer;
  const redrawPicture = () => { clearTimeout(pictureTimer); pictureTimer = setTimeout(async () => {
    const map = await api.actorMap(id);
    const frame = parts.map.querySelector('.map-frame');
    if (frame) frame.replaceChild(drawMap(map), frame.firstChild);
    await drawOverlaps();
  }, 300); };
  const drawRoleHeader = async () => {
    const timeline = await api.roleTimeline(id);
    const el = document.getElementById('current-roles');
    if (el) clear(el).append(...roleLine(timeline));
  };
  document.addEventListener('fieldbook:saved', onSaved);

  main.append(
    h('header', { class: 'page-head' },
      h('div', {}, h('p', { class: 'crumb' }, h('a', { href: '#/movements' }, t('nav-movements'))),
        h('h1', { id: 'movement-title' }, movement.name || '—'),
        h('p', { class: 'muted' }, [movement.country, movement.sector].filter(Boolean).join(' · '))),
      h('button', { class: 'secondary no-print', onclick: () => api.print() }, t('print'))),
    h('div', { class: 'cycle-grid' }, parts.roles, parts.checkins),
    parts.map, parts.overlaps, parts.shares);
  await Promise.all([drawRoles(), drawCheckins(), drawMapCard(), drawShares()]);
}
