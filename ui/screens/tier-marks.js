// Sensitivity in the session editor: each item's tier as a marker with a picker to change it,
// a marker on fields more sensitive than their item (the name of someone at risk, a note that
// mentions them), the names the core found in each text (the machine's match made visible),
// and a way to mark a name it missed as one of a participant's other names. The tiers and the
// matching are the core's (tier.rs, names/).
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

// Marks each bound field whose tier is above its item's, and lists the names found in it,
// after the editor is drawn.
export function markFields(view, root) {
  for (const el of root.querySelectorAll('[data-id][data-field]')) {
    const key = `${el.dataset.id}.${el.dataset.field}`;
    const field = el.closest('.field');
    if (!field) continue;
    const found = (view.mentions || {})[key];
    if (found && found.length && !field.querySelector('.field-mentions')) {
      field.append(h('p', { class: 'field-mentions', dataset: { mentionsOf: key } }, t('mentions-found'), ' ',
        ...found.map(([text, tier]) => h('span', {
          class: `mention tier-${tier}`, title: t('mention-withheld', { tier: t(`tier-${tier}`) }),
        }, text))));
    }
    const tier = view.tiers[key];
    if (!tier || field.querySelector('.field-tier')) continue;
    const badge = tierBadge(tier);
    badge.classList.add('field-tier');
    badge.title = t('tier-field-hint', { tier: t(`tier-${tier}`) });
    field.querySelector('label')?.append(' ', badge);
  }
}

// Reads the tiers and the names found again, and redraws the markers in place.
async function refreshMarks(view, root) {
  ({ tiers: view.tiers, mentions: view.mentions } = await api.sessionMarks(view.id));
  for (const old of root.querySelectorAll('.field-tier, .field-mentions')) old.remove();
  markFields(view, root);
  for (const mark of root.querySelectorAll('[data-tier-mark]')) {
    const tier = view.tiers[mark.dataset.tierMark] || 'share_back';
    mark.className = `badge tier tier-${tier}`;
    mark.textContent = t(`tier-${tier}`);
  }
}

// Words selected in a text field can be marked as a participant's name the machine did not
// find (a nickname, another spelling): they join that participant's other names, and from then
// on count like the name everywhere. Shown while a selection is there; Ctrl+Shift+M opens it.
export function watchSelection(view, root) {
  let bar = null;
  const close = () => { bar?.remove(); bar = null; };
  const open = (el) => {
    const text = el.value.slice(el.selectionStart, el.selectionEnd).trim();
    if (!text || el.dataset.entity === 'participant') return close();
    close();
    const people = view.doc.participants.filter((p) => view.withdrawn[p.id] !== 'all');
    bar = h('div', { class: 'mark-name', id: 'mark-name', role: 'group', 'aria-label': t('mark-name') });
    if (!people.length) {
      bar.append(h('span', { class: 'muted' }, t('mark-name-none')));
    } else {
      const who = h('select', { id: 'mark-name-who', 'aria-label': t('mark-name-of', { text }) },
        people.map((p) => h('option', { value: p.id }, p.name || p.pseudonym || t('a-participant'))));
      const save = h('button', { type: 'button', class: 'button', id: 'mark-name-save' }, t('mark-name-save'));
      save.addEventListener('click', async () => {
        const p = view.doc.participants.find((x) => x.id === who.value);
        if (!p) return;
        await autosave.flush();
        const aliases = [...(p.aliases || [])];
        if (!aliases.includes(text)) aliases.push(text);
        await api.update('participant', p.id, { aliases });
        close();
        await view.reload(el.dataset.id);
      });
      bar.append(h('label', { for: 'mark-name-who' }, t('mark-name-of', { text })), who, save);
    }
    const cancel = h('button', { type: 'button', class: 'button ghost', id: 'mark-name-cancel' }, t('mark-name-cancel'));
    cancel.addEventListener('click', close);
    bar.append(cancel);
    el.closest('.field')?.append(bar);
  };
  const offer = (ev) => {
    const el = ev.target;
    if (!el.matches || !el.matches('textarea[data-field], input[data-field][data-kind="text"]')) return;
    if (el.selectionEnd > el.selectionStart) {
      if (!bar || !el.closest('.field')?.contains(bar)) {
        close();
        const button = h('button', { type: 'button', class: 'button ghost small', id: 'mark-name-open' }, t('mark-name'));
        button.addEventListener('mousedown', (e) => e.preventDefault());
        button.addEventListener('click', () => open(el));
        bar = h('div', { class: 'mark-name' }, button);
        el.closest('.field')?.append(bar);
      }
    }
  };
  root.addEventListener('select', offer, true);
  // The offer goes with its selection (a click elsewhere in the text, typing over it, leaving
  // the field); the open form stays until it is saved or cancelled.
  const withdraw = (ev) => {
    if (!bar?.querySelector('#mark-name-open')) return;
    if (ev.type === 'focusout') {
      if (!bar.contains(ev.relatedTarget)) close();
    } else if (ev.target.matches?.('textarea, input') && ev.target.selectionEnd === ev.target.selectionStart) {
      close();
    }
  };
  for (const type of ['mouseup', 'keyup', 'input', 'focusout']) root.addEventListener(type, withdraw, true);
  root.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey && ev.shiftKey && (ev.key === 'M' || ev.key === 'm') && ev.target.matches?.('textarea, input')) {
      ev.preventDefault();
      open(ev.target);
    } else if (ev.key === 'Escape' && bar) {
      close();
    }
  });
}

// Re-reads the tiers after a field is committed (a tick of "at risk", a note naming someone) and
// updates the markers in place, without redrawing under the person typing.
export function watchTiers(view, root) {
  root.addEventListener('change', async (ev) => {
    if (!ev.target.dataset || !ev.target.dataset.field || ev.target.classList.contains('tier-select')) return;
    await autosave.flush();
    await refreshMarks(view, root);
  });
}
