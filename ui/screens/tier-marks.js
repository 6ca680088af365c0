// Sensitivity in the session editor: each item's tier as a marker with a picker to change it,
// and a marker on fields more sensitive than their item (the name of someone at risk, a note
// that mentions them). The tiers themselves are computed by the core (tier.rs).
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import * as autosave from '../autosave.js';
import { tierBadge } from './export-preview.js';

const CHOICES = ['default', 'share_back', 'internal', 'restricted'];

export function tierControl(view, entity, item) {
  const effective = view.tiers[item.id] || 'share_back';
  const sel = h('select', { class: 'tier-select', 'aria-label': t('tier-label'), title: t('tier-hint'), dataset: { tierOf: item.id } },
    CHOICES.map((c) => h('option', { value: c }, c === 'default' ? t('tier-default', { tier: t(`tier-${effective}`) }) : t(`tier-${c}`))));
  sel.value = item.tier || 'default';
  sel.addEventListener('change', async () => {
    await autosave.flush();
    await api.update(entity, item.id, { tier: sel.value });
    await view.reload(item.id);
  });
  const badge = tierBadge(effective);
  badge.dataset.tierMark = item.id;
  return h('span', { class: 'tier-control' }, badge, sel);
}

// Marks each bound field whose tier is above its item's, after the editor is drawn.
export function markFields(view, root) {
  for (const el of root.querySelectorAll('[data-id][data-field]')) {
    const tier = view.tiers[`${el.dataset.id}.${el.dataset.field}`];
    const field = el.closest('.field');
    if (!tier || !field || field.querySelector('.field-tier')) continue;
    const badge = tierBadge(tier);
    badge.classList.add('field-tier');
    badge.title = t('tier-field-hint', { tier: t(`tier-${tier}`) });
    field.querySelector('label')?.append(' ', badge);
  }
}

// Re-reads the tiers after a field is committed (a tick of "at risk", a note naming someone) and
// updates the markers in place, without redrawing under the person typing.
export function watchTiers(view, root) {
  root.addEventListener('change', async (ev) => {
    if (!ev.target.dataset || !ev.target.dataset.field || ev.target.classList.contains('tier-select')) return;
    await autosave.flush();
    view.tiers = await api.sessionTiers(view.id);
    for (const old of root.querySelectorAll('.field-tier')) old.remove();
    markFields(view, root);
    for (const mark of root.querySelectorAll('[data-tier-mark]')) {
      const tier = view.tiers[mark.dataset.tierMark] || 'share_back';
      mark.className = `badge tier tier-${tier}`;
      mark.textContent = t(`tier-${tier}`);
    }
  });
}
