// The session editor: one scrolling page with a section bar, everything autosaved as typed.
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { h, clear, focusNew } from '../dom.js';
import { t, errorText, lang } from '../i18n.js';
import * as f from '../fields.js';
import * as autosave from '../autosave.js';
import { ctx } from '../ctx.js';
import { sections } from './session-sections.js';
import { confirmButton } from './widgets.js';
import { tierControl, markFields, watchTiers, watchSelection } from './tier-marks.js';
import { watchDrops } from './media.js';

export async function renderSession(main, id) {
  let doc;
  try {
    doc = await api.sessionDoc(id);
  } catch (err) {
    main.append(h('div', { class: 'empty' }, h('p', {}, errorText(err)), h('a', { href: '#/sessions' }, t('session-back'))));
    return;
  }
  const [movements, guides] = await Promise.all([api.list('movement'), api.list('guide')]);
  const page = h('div', { class: 'editor' });
  const [{ tiers, mentions }, media, withdrawn] = await Promise.all([
    api.sessionMarks(id), api.attachments(id), api.withdrawnInSession(id)]);
  const view = { id, doc, movements, guides, focusId: null, tiers, mentions, media, withdrawn };

  // Re-reads the document and redraws; used after adding, deleting or reordering items.
  view.reload = async (focusId) => {
    await autosave.flush();
    let marks;
    [view.doc, marks, view.media, view.withdrawn] = await Promise.all([
      api.sessionDoc(id), api.sessionMarks(id), api.attachments(id), api.withdrawnInSession(id)]);
    ({ tiers: view.tiers, mentions: view.mentions } = marks);
    view.focusId = focusId || null;
    draw();
    if (focusId) await focusNew(page, focusId, { scroll: true });
  };

  const draw = () => {
    const s = view.doc.session;
    const y = main.scrollTop;
    clear(page);
    page.append(
      h('header', { class: 'editor-head' },
        h('a', { href: '#/sessions', class: 'back' }, `← ${t('session-back')}`),
        h('div', { class: 'title-row' },
          h('input', { class: 'title-input', id: 'session-title', value: s.title, placeholder: t('untitled-session'), 'aria-label': t('field-title'), dataset: { entity: 'session', id, field: 'title', kind: 'text' } }),
          f.select('session', s, 'status', t('field-status'), ctx.vocab.session_status.map((c) => [c, t(`status-${c}`)]), { class: 'status-field' }),
          tierControl(view, 'session', s),
          h('a', { class: 'button ghost', id: 'open-history', href: `#/session/${id}/history` }, t('history-open')),
          h('a', { class: 'button', id: 'open-summary', href: `#/session/${id}/summary` }, t('summary-open')))),
      h('nav', { class: 'section-bar', 'aria-label': t('section-details') },
        sections.map((sec, i) => h('a', { href: `#sec-${sec.key}`, title: `Alt+${i + 1}`, onclick: (e) => { e.preventDefault(); jump(i); } },
          t(sec.label), sec.count ? h('span', { class: 'count' }, formatNumber(sec.count(view.doc), lang())) : null))),
      ...sections.map((sec) => h('section', { id: `sec-${sec.key}`, class: 'card', dataset: { section: sec.key } },
        h('div', { class: 'card-head' }, h('h2', {}, t(sec.label)), sec.add ? sec.add(view) : null),
        sec.lead ? h('p', { class: 'muted lead-small' }, t(sec.lead)) : null,
        sec.render(view))),
      h('footer', { class: 'editor-foot' },
        confirmButton(t('session-delete'), async () => { await api.remove('session', id); location.hash = '#/sessions'; }, 'danger', 'delete-session')));
    markFields(view, page);
    main.scrollTop = y;
  };

  const jump = (i) => {
    const sec = page.querySelector(`#sec-${sections[i].key}`);
    if (!sec) return;
    sec.scrollIntoView({ block: 'start' });
    const first = sec.querySelector('input, textarea, select, button');
    if (first) first.focus({ preventScroll: true });
  };

  page.addEventListener('keydown', (ev) => {
    if (ev.altKey && /^[1-9]$/.test(ev.key)) {
      ev.preventDefault();
      jump(Number(ev.key) - 1);
    } else if (ev.ctrlKey && ev.key === 'Enter') {
      const sec = ev.target.closest('section[data-section]');
      const add = sec && sec.querySelector('.card-head button.add');
      if (add) { ev.preventDefault(); add.click(); }
    }
  });

  draw();
  watchTiers(view, page);
  watchSelection(view, page);
  watchDrops(view);
  main.append(page);
  if (!view.doc.session.title) requestAnimationFrame(() => page.querySelector('#session-title')?.focus());
}
