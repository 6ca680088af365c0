// Movements: the social movements and networks the organisation works with.
import { api } from '../api.js';
import { h, clear, focusNew } from '../dom.js';
import { t } from '../i18n.js';
import * as f from '../fields.js';
import * as autosave from '../autosave.js';
import { confirmButton, addButton } from './widgets.js';

export async function renderMovements(main) {
  const body = h('div', { class: 'items' });
  const draw = async (focusId) => {
    await autosave.flush();
    const items = await api.list('movement');
    clear(body);
    if (!items.length) body.append(h('p', { class: 'empty-small' }, t('movements-empty')));
    for (const m of items) {
      body.append(h('section', { class: 'card item movement', dataset: { item: m.id } },
        h('div', { class: 'grid' },
          f.text('movement', m, 'name', t('movement-name'), { class: 'wide2' }),
          f.text('movement', m, 'country', t('movement-country')),
          f.text('movement', m, 'region', t('movement-region')),
          f.text('movement', m, 'sector', t('movement-sector'), { hint: t('movement-sector-hint'), class: 'wide2' }),
          f.area('movement', m, 'description', t('movement-description'), { rows: 2, class: 'wide' })),
        h('div', { class: 'item-tools' },
          h('a', { class: 'button secondary', href: `#/movement/${m.id}`, dataset: { open: m.id } }, t('movement-open')),
          confirmButton(t('delete'), async () => { await api.remove('movement', m.id); await draw(); }))));
    }
    if (focusId) await focusNew(body, focusId);
  };
  main.append(
    h('header', { class: 'page-head' },
      h('div', {}, h('h1', {}, t('movements-title')), h('p', { class: 'muted' }, t('movements-lead'))),
      addButton(t('movement-add'), async () => { const id = await api.create('movement', {}); await draw(id); }, 'add-movement')),
    body);
  await draw();
}
