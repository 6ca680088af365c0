// Question guides: the questions a listening session follows; editable, sessions copy them.
import { api } from '../api.js';
import { h, clear, focusNew } from '../dom.js';
import { t, LANGUAGES } from '../i18n.js';
import * as f from '../fields.js';
import * as autosave from '../autosave.js';
import { confirmButton, addButton, iconButton } from './widgets.js';

export async function renderGuides(main) {
  const body = h('div', { class: 'items' });
  const draw = async (focusId) => {
    await autosave.flush();
    const guides = await api.list('guide');
    clear(body);
    if (!guides.length) body.append(h('p', { class: 'empty-small' }, t('guides-empty')));
    for (const g of guides) {
      const questions = await api.children('guide_question', 'guide_id', g.id);
      const next = questions.reduce((m, q) => Math.max(m, q.position), 0) + 1;
      body.append(h('section', { class: 'card guide', dataset: { item: g.id } },
        h('div', { class: 'grid tight' },
          f.text('guide', g, 'name', t('guide-name'), { class: 'wide2' }),
          f.select('guide', g, 'language', t('guide-language'), LANGUAGES)),
        h('ol', { class: 'items guide-questions' }, questions.map((q) => h('li', { class: 'item', dataset: { item: q.id } },
          f.area('guide_question', q, 'text', t('question-text'), { rows: 1 }),
          h('div', { class: 'item-tools' },
            iconButton('↑', t('move-up'), async () => { await autosave.flush(); await api.move('guide_question', q.id, true); await draw(); }),
            iconButton('↓', t('move-down'), async () => { await autosave.flush(); await api.move('guide_question', q.id, false); await draw(); }),
            confirmButton(t('delete'), async () => { await api.remove('guide_question', q.id); await draw(); }))))),
        h('div', { class: 'item-tools' },
          addButton(t('guide-question-add'), async () => { const id = await api.create('guide_question', { guide_id: g.id, position: next }); await draw(id); }),
          confirmButton(t('delete'), async () => { await api.remove('guide', g.id); await draw(); }))));
    }
    if (focusId) await focusNew(body, focusId);
  };
  main.append(
    h('header', { class: 'page-head' },
      h('div', {}, h('h1', {}, t('guides-title')), h('p', { class: 'muted' }, t('guides-lead'))),
      addButton(t('guide-add'), async () => { const id = await api.create('guide', { language: 'en' }); await draw(id); }, 'add-guide')),
    body);
  await draw();
}
