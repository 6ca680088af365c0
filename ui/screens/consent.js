// Consent that travels, in the session editor and on the Sync screen. A participant who
// withdrew is "a participant (consent withdrawn)"; withdrawing asks what is withdrawn, says it
// cannot be undone and erases at once, here and on every device the next bundles reach.
// Participants from a sign-in sheet: choose what each column holds, see every row and every
// problem, add all or none.
import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t, errorText, lang } from '../i18n.js';
import { formatMoment } from '../format.js';
import * as autosave from '../autosave.js';
import { confirmButton } from './widgets.js';
import { ctx } from '../ctx.js';

const SCOPES = ['named', 'quoted', 'all'];


// The card of someone who withdrew consent to be recorded at all: counted, nothing else.
export function withdrawnCard(p, scope) {
  return h('div', { class: 'item participant withdrawn', dataset: { item: p.id } },
    h('strong', {}, t('a-participant-withdrawn')),
    h('p', { class: 'muted small' }, t('withdrawn-what', { scope: t(`scope-${scope}`) })));
}

// Disables what a partial withdrawal erased, and says so on the card.
export function markWithdrawn(card, scope) {
  // The fields the withdrawal erased (the core's list): typing into them is refused.
  for (const field of ctx.vocab.withdrawal_covers[scope] || []) {
    card.querySelectorAll(`[data-field="${field}"]`).forEach((el) => { el.disabled = true; });
  }
  card.prepend(h('p', { class: 'notice small withdrawn-note' }, t('withdrawn-what', { scope: t(`scope-${scope}`) })));
}

// "Withdraw consent": an inline form under the participant, never a modal during a workshop.
export function withdrawButton(view, p) {
  const open = h('button', { type: 'button', class: 'ghost withdraw-open', onclick: () => {
    const card = open.closest('.item');
    if (card.querySelector('.withdraw-panel')) return;
    card.append(withdrawPanel(view, p));
    card.querySelector('.withdraw-panel input[type=radio]')?.focus();
  } }, t('withdraw-open'));
  return open;
}

function withdrawPanel(view, p) {
  const name = `withdraw-${p.id}`;
  const choices = SCOPES.map((s) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name, value: s, checked: s === 'all' }), ' ', h('strong', {}, t(`scope-${s}`)),
    h('small', { class: 'muted block' }, t(`withdraw-${s}-hint`))));
  const by = h('input', { type: 'text', class: 'withdraw-by', autocomplete: 'off' });
  const note = h('input', { type: 'text', class: 'withdraw-note', autocomplete: 'off' });
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const panel = h('fieldset', { class: 'withdraw-panel' },
    h('legend', {}, t('withdraw-title')),
    h('p', {}, t('withdraw-lead')),
    choices,
    h('label', {}, t('withdraw-by'), by),
    h('label', {}, t('withdraw-note'), note),
    error,
    h('div', { class: 'row' },
      confirmButton(t('withdraw-confirm'), async () => {
        const scope = panel.querySelector(`input[name="${name}"]:checked`)?.value || 'all';
        try {
          await autosave.flush();
          await api.withdrawConsent(p.id, scope, by.value, note.value);
          await view.reload(p.id);
        } catch (err) {
          error.textContent = errorText(err);
          error.hidden = false;
        }
      }, 'danger', 'withdraw-confirm'),
      h('button', { type: 'button', class: 'ghost', onclick: () => panel.remove() }, t('cancel'))));
  return panel;
}

// "Import a sign-in sheet": the panel opens at the top of the participants.
export function sheetButton(view) {
  return h('button', { type: 'button', class: 'secondary', id: 'import-sheet', onclick: async () => {
    const path = await api.chooseSheet();
    if (!path) return;
    const section = document.querySelector('#sec-participants');
    section.querySelector('.sheet-panel')?.remove();
    const panel = h('div', { class: 'sheet-panel', id: 'sheet-panel', role: 'region', 'aria-label': t('sheet-title') });
    section.querySelector('.card-head').after(panel);
    await drawSheet(view, panel, path, null);
  } }, t('sheet-import'));
}

async function drawSheet(view, panel, path, mapping) {
  let preview;
  try {
    [preview] = await Promise.all([api.sheetPreview(path, mapping)]);
  } catch (err) {
    clear(panel);
    panel.append(h('p', { class: 'error', role: 'alert' }, errorText(err)), h('button', { type: 'button', class: 'ghost', onclick: () => panel.remove() }, t('cancel')));
    return;
  }
  const targets = await api.sheetTargets();
  const chosen = new Map(preview.mapping.map(([col, field]) => [col, field]));
  const selects = preview.headers.map((header, col) => h('select', { dataset: { column: col }, 'aria-label': header || `#${col + 1}` },
    h('option', { value: '' }, t('sheet-ignore')),
    targets.map(([field, key]) => h('option', { value: field, selected: chosen.get(col) === field }, t(key)))));
  // One column per field: choosing a field for a column takes it from any other.
  selects.forEach((sel, col) => sel.addEventListener('change', () => {
    const next = selects.map((s, i) => [i, s.value]).filter(([i, f]) => f && (i === col || f !== sel.value));
    drawSheet(view, panel, path, next);
  }));
  const columns = selects.map((sel, col) => h('label', { class: 'sheet-column' }, h('span', {}, preview.headers[col] || `#${col + 1}`), sel));
  const yes = (v) => (v ? '✓' : '—');
  const rows = preview.participants.slice(0, 50);
  const ok = preview.errors.length === 0 && preview.participants.length > 0;
  const add = h('button', { type: 'button', class: 'primary', id: 'sheet-add', disabled: !ok, onclick: async () => {
    add.disabled = true;
    try {
      await autosave.flush();
      await api.importSheet(view.id, path, preview.mapping);
      panel.remove();
      await view.reload();
    } catch (err) {
      add.disabled = false;
      const said = panel.querySelector('.sheet-error');
      said.textContent = errorText(err);
      said.hidden = false;
    }
  } }, t('sheet-add', { count: preview.participants.length }));
  clear(panel);
  panel.append(...[
    h('h3', {}, t('sheet-title')),
    h('p', { class: 'muted' }, t('sheet-lead')),
    h('div', { class: 'sheet-columns' }, columns),
    preview.errors.length ? h('ul', { class: 'sheet-errors error', id: 'sheet-errors', role: 'alert' }, preview.errors.map((e) => h('li', {},
      `${t('sheet-row')} ${e.row}: ${e.column ? `${e.column}: ` : ''}${t(`sheet-error-${e.code}`, { value: e.value })}`))) : null,
    h('p', { class: 'sheet-error error', role: 'alert', hidden: true }),
    rows.length ? h('table', { class: 'sheet-preview', id: 'sheet-preview' },
      h('thead', {}, h('tr', {}, [t('sheet-row'), t('participant-name'), t('participant-pseudonym'), t('participant-organisation'), t('participant-role'),
        t('consent-record'), t('consent-quote'), t('consent-named')].map((c) => h('th', {}, c)))),
      h('tbody', {}, rows.map(([row, p]) => h('tr', {},
        [row, p.name || '', p.pseudonym || '', p.organisation || '', p.role || '', yes(p.consent_record), yes(p.consent_quote), yes(p.consent_named)]
          .map((c) => h('td', {}, String(c))))))) : null,
    preview.participants.length > rows.length ? h('p', { class: 'muted small' }, t('sheet-more', { count: preview.participants.length - rows.length })) : null,
    h('div', { class: 'row' }, add, h('button', { type: 'button', class: 'ghost', id: 'sheet-cancel', onclick: () => panel.remove() }, t('cancel'))),
  ].filter(Boolean));
}

// The Sync screen's list of withdrawals: which known devices have applied each, so that an
// office can chase the ones that have not.
export function withdrawalsCard(list) {
  if (!list.length) return null;
  return h('section', { class: 'card', id: 'withdrawals' }, h('h2', {}, t('withdrawals-title')),
    h('p', { class: 'muted' }, t('withdrawals-lead')),
    h('ul', { class: 'plain-list' }, list.map((w) => h('li', { dataset: { withdrawal: w.id } },
      h('strong', {}, t('withdrawals-line', { date: w.date || '—', scope: t(`scope-${w.scope}`) })),
      w.recorded_by ? h('span', { class: 'muted' }, ` · ${w.recorded_by}`) : null,
      h('ul', { class: 'devices' }, w.devices.map((d, i) => h('li', { class: d.applied_at ? 'applied' : 'waiting' },
        `${i === 0 ? t('history-this-device') : (d.label || d.device)}: `,
        d.applied_at ? t('withdrawal-applied', { at: formatMoment(new Date(d.applied_at), lang()) }) : h('strong', {}, t('withdrawal-waiting'))))),
      names(w)))));
}

// What this device still keeps of the name: a keyed trace while bundles made before the
// withdrawal may still arrive, nothing once every trusted device has sent them.
function names(w) {
  if (w.names_kept) return h('p', { class: 'muted small names-kept' }, t('withdrawal-names-kept'));
  if (w.names_forgotten_at) {
    return h('p', { class: 'muted small names-forgotten' }, t('withdrawal-names-forgotten', { at: formatMoment(new Date(w.names_forgotten_at), lang()) }));
  }
  return null;
}
