// "What will leave this device": before a bundle is written, the fields it would carry and
// the ones it keeps back, grouped by sensitivity tier, with the recipients and their clearance.
import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t, errorText } from '../i18n.js';

// The tiers a recipient or a table can be cleared for, least sensitive first.
export const TIERS = ['share_back', 'internal', 'restricted'];

const tierBadge = (tier) => h('span', { class: `badge tier tier-${tier}` }, t(`tier-${tier}`));

// Groups preview lines by tier: { share_back: [...], internal: [...], restricted: [...] }.
const byTier = (lines) => lines.reduce((m, l) => { (m[l.tier] ||= []).push(l); return m; }, {});

// Links, order, tier choices and deletion flags travel with any record and say nothing
// sensitive; the preview lists what people wrote.
const content = (l) => !['deleted', 'tier', 'position'].includes(l.field) && !/_ids?$/.test(l.field);

function list(all, id) {
  const lines = all.filter(content);
  if (!lines.length) return h('p', { class: 'empty-small', id }, t('preview-nothing'));
  const groups = byTier(lines);
  return h('div', { id, class: 'preview-list' }, Object.entries(groups).map(([tier, ls]) => h('div', { class: 'preview-tier' },
    tierBadge(tier),
    h('ul', { class: 'plain-list compact' }, ls.map((l) => h('li', { dataset: { field: `${l.entity}.${l.field}` } },
      h('code', {}, `${l.entity}.${l.field}`), ' ', h('span', { class: 'muted' }, t('preview-count', { count: l.count }))))))));
}

// Shows the preview in `box`; `onExport` runs when the person confirms.
export async function showPreview(box, full, onExport, say) {
  clear(box);
  let p;
  try { p = await api.exportPreview(full); } catch (err) { say(errorText(err), true); return; }
  box.append(h('div', { class: 'preview-box', id: 'export-preview', role: 'dialog', 'aria-labelledby': 'preview-title' },
    h('h3', { id: 'preview-title' }, t('preview-title')),
    h('p', {}, t('preview-heading', { recipients: p.recipients.join(', '), tier: t(`tier-${p.clearance}`) })),
    h('div', { class: 'preview-cols' },
      h('div', {}, h('h4', {}, t('preview-leaves')), list(p.included, 'preview-leaves')),
      h('div', {}, h('h4', {}, t('preview-stays')), list(p.withheld, 'preview-stays'))),
    h('div', { class: 'item-tools' },
      h('button', { type: 'button', class: 'ghost', onclick: () => clear(box) }, t('preview-cancel')),
      h('button', { type: 'button', class: 'primary', id: 'confirm-export', onclick: async () => { clear(box); await onExport(); } }, t('preview-confirm')))));
}

export { tierBadge };
