// Long operations (an import of many bundles, an export, tables) run while the person keeps
// working on other screens: each one's progress, a button that stops it and then its result
// stay in the sidebar of every screen until dismissed.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { t, errorText } from './i18n.js';

const panel = h('div', { class: 'jobs', id: 'jobs' });
const active = new Set();

// Puts the panel into a newly drawn sidebar (the shell is drawn again on every screen).
export function attach(slot) {
  slot.append(panel);
}

// Whether a job of this kind is running (one of each at a time).
export const running = (kind) => active.has(kind);

// Whether an error is a failure to show as one: a stop the person asked for is not.
export const failed = (err) => !(err && err.code === 'cancelled');

// Runs `call(update)` as a job of `kind`; `describe(result)` or the error stays in the panel.
// Returns the result, or throws the error for the screen that started it.
export async function run(kind, call, describe) {
  const job = start(kind);
  try {
    const result = await call(job.update);
    job.finish(describe(result));
    return result;
  } catch (err) {
    job.finish(errorText(err), failed(err));
    throw err;
  }
}

// Starts showing a job of `kind` ('import', 'export', 'tables'): returns
// update({phase, done, total}); finish(text, bad), which leaves the outcome in the panel; and
// handOver() for an outcome that the screen that started the job asks the person about.
export function start(kind) {
  active.add(kind);
  panel.querySelector(`[data-kind="${kind}"]`)?.remove();
  const box = h('div', { class: 'job running', dataset: { kind } });
  const meter = h('progress', { id: `${kind}-progress`, max: 1, value: 0, 'aria-labelledby': `${kind}-progress-text` });
  const label = h('span', { class: 'job-text', id: `${kind}-progress-text` }, t(`sync-${kind}-starting`));
  const stop = h('button', { class: 'ghost small', id: `${kind}-cancel`, onclick: () => {
    stop.disabled = true;
    label.textContent = t(`sync-${kind}-stopping`);
    api.cancelJob(kind);
  } }, t(`sync-${kind}-cancel`));
  box.append(label, meter, stop);
  panel.append(box);
  const update = ({ phase, done, total }) => {
    if (stop.disabled) return;
    meter.max = Math.max(total, 1);
    meter.value = done;
    meter.dataset.phase = phase;
    label.textContent = t(`sync-${kind}-${phase}`, { done, total });
  };
  const finish = (text, bad = false) => {
    active.delete(kind);
    clear(box);
    box.className = `job ${bad ? 'error' : 'ok'}`;
    box.append(h('span', { class: 'job-text', id: `${kind}-result`, role: 'status' }, text),
      h('button', { class: 'ghost small', id: `${kind}-dismiss`, 'aria-label': t('job-dismiss'), onclick: () => box.remove() }, '×'));
  };
  const handOver = () => { active.delete(kind); box.remove(); };
  return { update, finish, handOver };
}
