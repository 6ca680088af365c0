// Sync: this device's identity, recipients, export and import of bundles (with a trust prompt
// for unknown devices), the conflict review queue, trusted devices and the import history.
import { api } from '../api.js';
import { formatMoment, formatNumber } from '../format.js';
import { h, clear } from '../dom.js';
import { t, errorText, lang } from '../i18n.js';
import { confirmButton } from './widgets.js';
import { showPreview, tierBadge, TIERS } from './export-preview.js';
import { tablesCard } from './tables.js';
import { publishCard } from './publish.js';
import { withdrawalsCard } from './consent.js';
import * as jobs from '../jobs.js';
import * as opened from '../opened.js';

const show = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
const when = (stamp) => {
  const [hlc, device] = stamp.split('-');
  const ms = Number(BigInt(`0x${hlc}`) >> 16n);
  // A held change for a field not here before has no stamp of its own here.
  if (ms === 0) return t('sync-review-none');
  return t('sync-by', { device: device.slice(-6), time: formatMoment(new Date(ms), lang()) });
};
const ROLES = ['field', 'office'];
const authority = (role, clearance) => t('sync-trusted-line', { role: t(`role-${role}`), clearance: t(`tier-${clearance}`) });

// One import's outcome in words: applied and conflicts, then what waits and what was refused.
function reportText(r) {
  const parts = [t('sync-import-done', { file: r.file_name, applied: r.applied, changes: r.changes, conflicts: r.conflicts })];
  const held = Object.values(r.held).reduce((a, b) => a + b, 0);
  if (held) parts.push(t('sync-import-held', { count: held }));
  for (const [reason, count] of Object.entries(r.refused)) parts.push(t('sync-import-refused', { count, reason: t(`refusal-${reason}`) }));
  if (r.sender_clock_ahead_days != null) parts.push(t('sync-import-clock', { days: r.sender_clock_ahead_days }));
  return parts.map((p) => (/[.!?。]$/.test(p) ? p : `${p}.`)).join(' ');
}

export async function renderSync(main) {
  const body = h('div', { class: 'sync' });
  const status = h('div', { class: 'sync-status', id: 'sync-status', role: 'status', 'aria-live': 'polite' });
  const say = (text, bad = false) => { status.textContent = text; status.className = `sync-status ${bad ? 'error' : 'ok'}`; };

  const draw = async () => {
    const [o, withdrawals] = await Promise.all([api.syncOverview(), api.withdrawals()]);
    clear(body);
    // Conflicts waiting for a decision come first; otherwise the everyday actions do.
    const conflicts = conflictsCard(o, draw, say);
    const cards = o.conflicts.length
      ? [conflicts, importCard(draw, say, status), recipientsCard(o, draw, say)]
      : [importCard(draw, say, status), recipientsCard(o, draw, say), conflicts];
    const withdrawn = withdrawalsCard(withdrawals);
    body.append(...cards, ...(withdrawn ? [withdrawn] : []), tablesCard(say), publishCard(say), identityCard(o), trustedCard(o, draw), historyCard(o));
  };
  main.append(h('header', { class: 'page-head' }, h('div', {}, h('h1', {}, t('sync-title')), h('p', { class: 'muted' }, t('sync-lead')))), status, body);
  await draw();
}

function identityCard(o) {
  return h('section', { class: 'card' }, h('h2', {}, t('sync-identity')),
    h('dl', { class: 'kv' },
      h('dt', {}, t('sync-fingerprint')), h('dd', {}, h('code', { class: 'fingerprint', id: 'my-fingerprint' }, o.fingerprint), h('small', { class: 'hint' }, t('sync-fingerprint-hint'))),
      h('dt', {}, t('sync-recipient')), h('dd', {}, h('code', { class: 'recipient', id: 'my-recipient' }, o.age_recipient)),
      h('dt', {}, t('sync-device')), h('dd', {}, h('code', {}, o.device_id))));
}

function recipientsCard(o, redraw, say) {
  const label = h('input', { type: 'text', id: 'recipient-label', placeholder: t('sync-recipient-label'), 'aria-label': t('sync-recipient-label') });
  const key = h('input', { type: 'text', id: 'recipient-key', placeholder: 'age1…', spellcheck: 'false', 'aria-label': t('sync-recipient-key') });
  const clearance = h('select', { id: 'recipient-clearance', 'aria-label': t('sync-clearance') },
    TIERS.map((c) => h('option', { value: c, selected: c === 'internal' }, t(`tier-${c}`))));
  const recovery = h('input', { type: 'checkbox', id: 'recipient-recovery' });
  const full = h('input', { type: 'checkbox', id: 'export-full' });
  const preview = h('div', { id: 'export-preview-box' });
  const write = async (noMedia = false) => {
    try {
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
      const path = await api.chooseSaveFile(`fieldbook-${stamp}.fieldbook`);
      if (!path || jobs.running('export')) return;
      const done = (r) => t('sync-export-done', { count: r.changes, path: r.path }) + (r.withheld ? ` ${t('cli-export-withheld', { count: r.withheld, tier: t(`tier-${r.clearance}`) })}` : '');
      const r = await jobs.run('export', (update) => api.exportBundle(path, full.checked, update, noMedia), done);
      if (document.body.contains(preview)) { say(done(r)); await redraw(); }
    } catch (err) { if (document.body.contains(preview)) say(errorText(err), true); }
  };
  // Nothing leaves before the person has seen what will, by tier.
  const exportButton = h('button', { class: 'primary', id: 'export-bundle', onclick: () => showPreview(preview, full.checked, write, say) }, t('sync-export'));
  return h('section', { class: 'card' },
    h('div', { class: 'card-head' }, h('h2', {}, t('sync-recipients')), exportButton),
    h('p', { class: 'muted lead-small' }, t('sync-recipients-lead')),
    preview,
    o.recipients.length ? h('ul', { class: 'plain-list', id: 'recipients' }, o.recipients.map((r) => h('li', {},
      h('strong', {}, r.label || '—'), ' ', r.recovery ? h('span', { class: 'badge tier' }, t('recipient-recovery')) : [t('sync-clearance'), ' ', tierBadge(r.clearance)], ' ', h('code', {}, r.age_recipient),
      confirmButton(t('remove'), async () => { await api.removeRecipient(r.age_recipient); await redraw(); })))) : h('p', { class: 'empty-small' }, t('sync-recipients-empty')),
    h('form', { class: 'inline-form', onsubmit: async (ev) => {
      ev.preventDefault();
      try { await api.addRecipient(key.value, label.value, clearance.value, recovery.checked); await redraw(); } catch (err) { say(errorText(err), true); }
    } }, label, key, h('label', {}, t('sync-clearance'), ' ', clearance), h('button', { type: 'submit', class: 'secondary', id: 'add-recipient' }, t('sync-recipient-add'))),
    h('label', { class: 'check' }, recovery, h('span', {}, t('sync-recovery'))),
    h('label', { class: 'check' }, full, h('span', {}, t('sync-export-full'))));
}

function importCard(redraw, say, status) {
  const prompt = h('div', { id: 'trust-prompt' });
  const importPaths = async (paths, clockIsRight = false) => {
    if (jobs.running('import')) return;
    clear(prompt);
    // The import runs on while the person works elsewhere: its progress is in the sidebar.
    const job = jobs.start('import');
    const here = () => document.body.contains(status);
    try {
      const reports = await api.importBundles(paths, clockIsRight, job.update);
      opened.forget(paths);
      const text = reports.map(reportText).join(' · ');
      job.finish(text);
      if (here()) { say(text); await redraw(); }
    } catch (err) {
      const asks = err && ['bundle-unknown-signer', 'clock-set-back'].includes(err.code);
      if (asks && here()) job.handOver(); else job.finish(errorText(err), jobs.failed(err));
      if (!here()) return;
      if (err && err.code === 'bundle-unknown-signer') {
        status.textContent = '';
        prompt.append(trustBox(err.fingerprint, () => clear(prompt), async (label, role, clearance) => {
          try { await api.trustDevice(err.fingerprint, label, role, clearance); await importPaths(paths); } catch (e) { say(errorText(e), true); }
        }));
      } else if (err && err.code === 'clock-set-back') {
        // Most often a dead clock battery: setting the date is the fix. A clock that was ahead
        // before and is right now is confirmed by the person, never assumed.
        say(errorText(err), true);
        prompt.append(h('div', { class: 'item-tools' },
          h('button', { class: 'secondary', id: 'clock-is-right', onclick: () => importPaths(paths, true) }, t('sync-clock-is-right'))));
      } else {
        say(errorText(err), true);
      }
    }
  };
  return h('section', { class: 'card' },
    openedBox(importPaths),
    h('div', { class: 'card-head' }, h('h2', {}, t('sync-import')),
      h('button', { class: 'primary', id: 'import-bundles', onclick: async () => {
        const paths = await api.chooseOpenFiles();
        if (paths.length) await importPaths(paths);
      } }, t('sync-import'))),
    prompt);
}

// Bundles opened from the file manager: chosen, shown by name, imported only when the person
// says so (the trust prompt and every check of an import still apply).
function openedBox(importPaths) {
  const paths = opened.pending();
  if (!paths.length) return null;
  const box = h('div', { class: 'opened', id: 'opened-bundles' },
    h('h3', {}, t('opened-title')),
    h('p', {}, t('opened-lead', { count: paths.length })),
    h('ul', {}, paths.map((p) => h('li', { dir: 'auto' }, h('strong', {}, p.split(/[\\/]/).pop()), h('br'), h('small', { class: 'muted' }, p)))),
    h('div', { class: 'item-tools' },
      // Offered until imported: a refusal (a stranger's device, the sample open) keeps them.
      h('button', { class: 'primary', id: 'opened-import', onclick: () => { box.remove(); importPaths(paths); } }, t('opened-import')),
      h('button', { class: 'secondary', id: 'opened-dismiss', onclick: () => { opened.dismiss(); box.remove(); } }, t('opened-dismiss'))));
  return box;
}

// Trusting a stranger is a decision with consequences: a label to name it by, and what it will
// be allowed to do, shown before the button.
function trustBox(fingerprint, cancel, trust) {
  const label = h('input', { type: 'text', id: 'trust-label', placeholder: t('sync-trust-label'), 'aria-label': t('sync-trust-label'), dir: 'auto' });
  const can = h('p', { class: 'muted', id: 'trust-can' });
  const role = h('select', { id: 'trust-role', 'aria-label': t('sync-trust-role') }, ROLES.map((r) => h('option', { value: r }, t(`role-${r}`))));
  const clearance = h('select', { id: 'trust-clearance', 'aria-label': t('sync-trust-clearance') },
    TIERS.map((c) => h('option', { value: c, selected: c === 'internal' }, t(`tier-${c}`))));
  const explain = () => { can.textContent = `${authority(role.value, clearance.value)}. ${t(`role-${role.value}-can`)}`; };
  role.addEventListener('change', () => { if (role.value === 'office') clearance.value = 'restricted'; explain(); });
  clearance.addEventListener('change', explain);
  explain();
  const hint = h('p', { class: 'error-text', role: 'alert' });
  label.addEventListener('input', () => { hint.textContent = ''; });
  return h('div', { class: 'trust-box', role: 'alertdialog' },
    h('h3', {}, t('sync-trust-title')), h('p', {}, t('sync-trust-lead')),
    h('code', { class: 'fingerprint big', id: 'unknown-fingerprint' }, fingerprint),
    h('div', { class: 'inline-form' }, label,
      h('label', {}, t('sync-trust-role'), ' ', role), h('label', {}, t('sync-trust-clearance'), ' ', clearance)),
    can, hint,
    h('div', { class: 'item-tools' },
      h('button', { class: 'ghost', onclick: cancel }, t('cancel')),
      h('button', { class: 'primary', id: 'trust-and-import', onclick: () => {
        if (!label.value.trim()) { hint.textContent = t('sync-trust-label-needed'); label.focus(); return; }
        trust(label.value.trim(), role.value, clearance.value);
      } }, t('sync-trust-button'))));
}

function conflictsCard(o, redraw, say) {
  const side = (c, local) => {
    const value = local ? c.local_value : c.incoming_value;
    const applied = c.winner === (local ? 'local' : 'incoming');
    return h('div', { class: `side${applied ? ' applied' : ''}` },
      h('div', { class: 'side-head' }, h('strong', {}, t(local ? 'sync-conflict-local' : 'sync-conflict-incoming')),
        applied ? h('span', { class: 'badge status-shared_back' }, t('sync-conflict-applied')) : null),
      h('p', { class: 'value' }, show(value)),
      h('small', { class: 'muted' }, when(local ? c.local_stamp : c.incoming_stamp)),
      h('button', { class: 'secondary keep', onclick: async () => {
        try { await api.resolveConflict(c.id, local); await redraw(); } catch (err) { say(errorText(err), true); }
      } }, c.reason ? t(local ? 'sync-review-reject' : 'sync-review-accept') : t('sync-conflict-keep')));
  };
  return h('section', { class: 'card', id: 'conflicts' },
    h('h2', {}, t('sync-conflicts'), o.conflicts.length ? h('span', { class: 'count' }, formatNumber(o.conflicts.length, lang())) : null),
    o.conflicts.length ? o.conflicts.map((c) => h('div', { class: 'conflict', dataset: { id: c.id } },
      h('div', { class: 'conflict-what' }, h('strong', {}, c.record_label || c.record_id), ' ', h('code', {}, `${c.entity}.${c.field}`)),
      c.reason ? h('p', { class: 'review-why', dataset: { reason: c.reason } }, t(`review-${c.reason}`), ' ', h('em', {}, t('sync-review-from', { sender: c.sender || '—' }))) : null,
      h('div', { class: 'sides' }, side(c, true), side(c, false)))) : h('p', { class: 'empty-small' }, t('sync-conflicts-empty')));
}

function trustedCard(o, redraw) {
  return h('section', { class: 'card' }, h('h2', {}, t('sync-trusted')),
    o.trusted.length ? h('ul', { class: 'plain-list', id: 'trusted' }, o.trusted.map((d) => h('li', {},
      h('code', { class: 'fingerprint' }, d.fingerprint), ' ', h('strong', {}, d.label), ' ', h('span', { class: 'muted' }, authority(d.role, d.clearance)),
      confirmButton(t('remove'), async () => { await api.untrustDevice(d.fingerprint); await redraw(); })))) : h('p', { class: 'empty-small' }, t('sync-trusted-empty')));
}

function historyCard(o) {
  return h('section', { class: 'card' }, h('h2', {}, t('sync-history')),
    o.history.length ? h('ul', { class: 'plain-list', id: 'history' }, o.history.map((e) => h('li', {},
      t('sync-history-line', { time: formatMoment(new Date(e.imported_at), lang()), file: e.file_name, applied: e.applied, changes: e.changes, conflicts: e.conflicts, fingerprint: e.sender_fingerprint })))) : h('p', { class: 'empty-small' }, t('sync-history-empty')),
    o.history_total > o.history.length ? h('p', { class: 'muted small' }, t('sync-history-newest', { shown: o.history.length, count: o.history_total })) : null);
}
