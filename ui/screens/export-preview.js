// "What will leave this device": before a bundle is written, the fields it would carry and
// the ones it keeps back, grouped by sensitivity tier, with the recipients and their clearance.
import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t, errorText, lang } from '../i18n.js';
import { formatNumber, formatList } from '../format.js';

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

// Photos, recordings and scans: what leaves, what stays above the clearance, what waits for the
// next bundle; and the choice to leave them out when the stick is small.
function media(p, noMedia, redo) {
  const m = p.media;
  if (!m.files && !m.withheld_files && !m.left_out_files) return null;
  const mb = (n) => formatNumber(Math.max(0.1, Math.round(n / 104857.6) / 10), lang());
  const box = h('input', { type: 'checkbox', id: 'export-no-media', checked: noMedia, onchange: () => redo(box.checked) });
  return h('div', { class: 'preview-media', id: 'preview-media' },
    m.files ? h('p', {}, t('media-leaves', { count: m.files, mb: mb(m.bytes) })) : null,
    m.left_out_files ? h('p', {}, t('media-left-out', { count: m.left_out_files, mb: mb(m.left_out_bytes) })) : null,
    m.withheld_files ? h('p', { class: 'muted' }, t('media-withheld', { count: m.withheld_files })) : null,
    m.files || m.left_out_files ? h('label', { class: 'check' }, box, h('span', {}, t('media-leave-out'))) : null);
}

// Shows the preview in `box`; `onExport(noMedia)` runs when the person confirms.
export async function showPreview(box, full, onExport, say, noMedia = false) {
  clear(box);
  let p;
  try { p = await api.exportPreview(full, noMedia); } catch (err) { say(errorText(err), true); return; }
  box.append(h('div', { class: 'preview-box', id: 'export-preview', role: 'dialog', 'aria-labelledby': 'preview-title' },
    h('h3', { id: 'preview-title' }, t('preview-title')),
    h('p', {}, t('preview-heading', { recipients: formatList(p.recipients, lang()), tier: t(`tier-${p.clearance}`) })),
    h('div', { class: 'preview-cols' },
      h('div', {}, h('h4', {}, t('preview-leaves')), list(p.included, 'preview-leaves')),
      h('div', {}, h('h4', {}, t('preview-stays')), list(p.withheld, 'preview-stays'))),
    media(p, noMedia, (leaveOut) => showPreview(box, full, onExport, say, leaveOut)),
    h('div', { class: 'item-tools' },
      h('button', { type: 'button', class: 'ghost', onclick: () => clear(box) }, t('preview-cancel')),
      h('button', { type: 'button', class: 'primary', id: 'confirm-export', onclick: async () => { clear(box); await onExport(noMedia); } }, t('preview-confirm')))));
}

export { tierBadge };
