// Autosave: every field edit is written through the core's stamped write path as the person
// types (debounced), in order, with a visible save state. Leaving a field saves at once.
import { api } from './api.js';
import { formatClock } from './format.js';
import { t, errorText, lang, listSplitter } from './i18n.js';

const DEBOUNCE_MS = 350;
const pending = new Map(); // "entity|id|field" -> {timer, entity, id, field, value}
let chain = Promise.resolve();
let inFlight = 0;
let indicator = null;

export function attachIndicator(el) {
  indicator = el;
  setState('saved');
}

function setState(state, detail) {
  if (!indicator) return;
  indicator.dataset.state = state;
  if (state === 'saving') indicator.textContent = t('save-saving');
  else if (state === 'failed') indicator.textContent = t('save-failed', { reason: detail });
  else if (detail) indicator.textContent = t('save-saved-at', { time: detail });
  else indicator.textContent = t('save-saved');
}

// The value of a bound control, typed as the field expects.
export function valueOf(el) {
  const kind = el.dataset.kind || 'text';
  if (kind === 'bool') return el.checked;
  if (kind === 'int') return el.value === '' ? 0 : Number.parseInt(el.value, 10);
  if (kind === 'list') return el.value.split(listSplitter()).map((s) => s.trim()).filter(Boolean);
  if (kind === 'refs') {
    const group = el.closest('[data-refs-group]');
    return [...group.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
  }
  if (kind === 'nullable') return el.value === '' ? null : el.value;
  return el.value;
}

export function schedule(entity, id, field, value, delay = DEBOUNCE_MS) {
  const key = `${entity}|${id}|${field}`;
  const prev = pending.get(key);
  if (prev) clearTimeout(prev.timer);
  const job = { entity, id, field, value };
  job.timer = setTimeout(() => run(key), delay);
  pending.set(key, job);
  setState('saving');
}

function run(key) {
  const job = pending.get(key);
  if (!job) return chain;
  pending.delete(key);
  clearTimeout(job.timer);
  inFlight += 1;
  chain = chain.then(async () => {
    try {
      await api.update(job.entity, job.id, { [job.field]: job.value });
      inFlight -= 1;
      // Views drawn from several records (the actor map, the current role) redraw on this.
      document.dispatchEvent(new CustomEvent('fieldbook:saved', { detail: { entity: job.entity, id: job.id, field: job.field } }));
      if (inFlight === 0 && pending.size === 0) {
        setState('saved', formatClock(new Date(), lang()));
      }
    } catch (err) {
      inFlight -= 1;
      setState('failed', errorText(err));
    }
  });
  return chain;
}

// Writes everything still waiting (before navigating, locking or closing).
export async function flush() {
  for (const key of [...pending.keys()]) run(key);
  await chain;
}

// One listener for the whole document: any control with data-entity/data-id/data-field saves.
export function bindDocument(root = document) {
  const handler = (ev) => {
    const el = ev.target.closest && ev.target.closest('[data-field]');
    if (!el || !el.dataset.entity || !el.dataset.id) return;
    // Half-typed zones or dates are not values: those fields save when they are left.
    if (ev.type === 'input' && el.dataset.save === 'change') return;
    const immediate = ev.type === 'change';
    schedule(el.dataset.entity, el.dataset.id, el.dataset.field, valueOf(el), immediate ? 0 : DEBOUNCE_MS);
  };
  root.addEventListener('input', handler);
  root.addEventListener('change', handler);
  window.addEventListener('pagehide', () => { flush(); });
}
