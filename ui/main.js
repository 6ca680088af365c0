// Boot, the app shell (sidebar, save state, language) and hash routing between screens.
import { api } from './api.js';
import { h, clear, painted } from './dom.js';
import { t, setLang, lang, LANGUAGES } from './i18n.js';
import * as autosave from './autosave.js';
import { renderUnlock } from './screens/unlock.js';
import { renderSessions } from './screens/sessions.js';
import * as autolock from './autolock.js';
import * as jobs from './jobs.js';
import * as opened from './opened.js';
import { ctx } from './ctx.js';

// Screens other than the first are loaded when first shown: the start-up waits for the
// modules it draws, not for every screen's (index.html preloads those it needs).
const screen = (file, name) => async (...args) => (await import(`./screens/${file}.js`))[name](...args);
const renderSession = screen('session', 'renderSession');
const renderSummary = screen('summary', 'renderSummary');
const renderHistory = screen('history', 'renderHistory');
const renderMovements = screen('movements', 'renderMovements');
const renderMovement = screen('movement', 'renderMovement');
const renderSearch = screen('search', 'renderSearch');
const renderDashboard = screen('dashboard', 'renderDashboard');
const renderGuides = screen('guides', 'renderGuides');
const renderSync = screen('sync', 'renderSync');
const renderSecurity = screen('security', 'renderSecurity');

const app = document.getElementById('app');
let readyReported = false;
// The schema's words and the time zones: asked for at start, whatever the first screen.
let vocabulary = null;
// Start-up phases (ms since the page started), reported with the first painted screen: the
// start-up benchmark prints them (scripts/bench-startup.sh).
const marks = [];
const mark = (name) => { if (!readyReported) marks.push([name, performance.now()]); };
mark('modules');

async function boot() {
  // Whether the store is open waits for an unlock with FIELDBOOK_PASSPHRASE: asked at once,
  // beside the catalogue.
  const status = api.status();
  vocabulary = Promise.all([api.vocabulary(), api.timeZones()]);
  await setLang();
  mark('catalogue');
  autosave.bindDocument();
  const watching = opened.watch(bundlesArrived).catch(() => {});
  ctx.status = await status;
  await watching;
  mark('status');
  if (ctx.status.unlocked) await enter();
  else showUnlock();
}

// A bundle opened from the file manager while Fieldbook runs: its import screen, once unlocked.
function bundlesArrived() {
  if (!ctx.status) return;
  if (!ctx.status.unlocked) {
    // Said on the unlock screen without drawing it again (a passphrase may be half typed).
    const title = document.querySelector('.unlock-card h1');
    if (title && !document.getElementById('opened-locked')) title.after(h('p', { class: 'notice', id: 'opened-locked' }, t('opened-locked')));
    return;
  }
  if (location.hash === '#/sync') route(); else location.hash = '#/sync';
}

function showUnlock() {
  clear(app);
  const onOpen = async () => { ctx.status = await api.status(); await enter(); };
  const onProfile = async () => { ctx.status = await api.status(); showUnlock(); };
  app.append(renderUnlock(ctx.status, languagePicker(), onOpen, opened.pending().length, onProfile));
  // The start-up benchmark measures the unlock screen too (no FIELDBOOK_PASSPHRASE).
  if (!readyReported) {
    mark('unlock-rendered');
    readyReported = true;
    painted().then(() => { marks.push(['unlock-painted', performance.now()]); api.reportReady(marks); });
  }
}

async function enter() {
  autolock.start(lockNow);
  if (!ctx.vocab) [ctx.vocab, ctx.timeZones] = await (vocabulary || Promise.all([api.vocabulary(), api.timeZones()]));
  mark('vocabulary');
  // Without firing `hashchange`, which would route (and load the first screen) a second time.
  if (opened.pending().length) history.replaceState(null, '', '#/sync');
  else if (!location.hash || location.hash === '#') history.replaceState(null, '', '#/sessions');
  await route();
}

function languagePicker() {
  const sel = h('select', { 'aria-label': t('language'), class: 'lang', id: 'language' },
    LANGUAGES.map(([code, name]) => h('option', { value: code }, name)));
  sel.value = lang();
  sel.addEventListener('change', async () => {
    await autosave.flush();
    await setLang(sel.value);
    if (ctx.status.unlocked) await route(); else showUnlock();
  });
  return sel;
}

function shell(active) {
  const nav = [['sessions', 'nav-sessions'], ['search', 'nav-search'], ['movements', 'nav-movements'], ['dashboard', 'nav-dashboard'], ['guides', 'nav-guides'], ['sync', 'nav-sync'], ['security', 'nav-security']];
  const saveState = h('div', { class: 'save-state', id: 'save-state', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { id: 'main', tabindex: '-1' });
  const jobSlot = h('div', { class: 'job-slot' });
  jobs.attach(jobSlot);
  const side = h('nav', { class: 'sidebar', 'aria-label': t('app-name') },
    h('div', { class: 'brand' }, h('img', { src: 'icon.svg', alt: '', width: 28, height: 28 }), h('span', {}, t('app-name'))),
    ctx.status.sample ? sampleNote() : null,
    h('ul', {}, nav.map(([key, label]) => h('li', {},
      h('a', { href: `#/${key}`, class: active === key ? 'active' : '', 'aria-current': active === key ? 'page' : null }, t(label))))),
    jobSlot,
    h('div', { class: 'side-foot' },
      saveState,
      languagePicker(),
      h('button', { class: 'ghost', id: 'lock', onclick: lockNow }, t('lock-button')),
      h('small', { class: 'muted keys' }, t('keyboard-hint')),
      h('small', { class: 'muted keys', id: 'app-version' }, t('about-version', { version: ctx.status.version }))));
  clear(app);
  app.append(h('div', { class: 'layout' }, side, main));
  autosave.attachIndicator(saveState);
  return main;
}

// The sample notebook says so on every screen, with the ways out: back to the person's own
// notebook (locking the sample), or deleting it.
function sampleNote() {
  return h('div', { class: 'sample-note', id: 'sample-banner', role: 'note' },
    h('p', {}, t('sample-banner')),
    h('button', { class: 'ghost', id: 'sample-leave', onclick: lockNow }, t('sample-leave')),
    h('button', { class: 'ghost', id: 'sample-delete', onclick: async () => {
      await autosave.flush();
      autolock.stop();
      // Closed even if deleting failed: the unlock screen then offers it again.
      await api.deleteSample().catch(() => api.lock());
      ctx.status = await api.status();
      location.hash = '';
      showUnlock();
    } }, t('sample-delete')));
}

// Saves what was typed, drops the key (the store is closed in Rust) and shows the unlock screen.
async function lockNow() {
  autolock.stop();
  await autosave.flush();
  await api.lock();
  ctx.status = await api.status();
  location.hash = '';
  showUnlock();
}

async function wiped() {
  autolock.stop();
  ctx.status = await api.status();
  location.hash = '';
  showUnlock();
}

export async function route() {
  await autosave.flush();
  const [, screen, id, sub] = location.hash.split('/');
  const main = shell({ session: 'sessions', movement: 'movements' }[screen] || screen);
  if (screen === 'session' && id && sub === 'summary') await renderSummary(main, id);
  else if (screen === 'session' && id && sub === 'history') await renderHistory(main, id);
  else if (screen === 'session' && id) await renderSession(main, id);
  else if (screen === 'movement' && id) await renderMovement(main, id);
  else if (screen === 'movements') await renderMovements(main);
  else if (screen === 'search') await renderSearch(main);
  else if (screen === 'dashboard') await renderDashboard(main);
  else if (screen === 'guides') await renderGuides(main);
  else if (screen === 'sync') await renderSync(main);
  else if (screen === 'security') await renderSecurity(main, { onWiped: wiped });
  else await renderSessions(main);
  mark('rendered');
  await painted();
  mark('painted');
  if (!readyReported) {
    readyReported = true;
    api.reportReady(marks);
  }
}

window.addEventListener('hashchange', () => { if (ctx.status && ctx.status.unlocked) route(); });

document.addEventListener('keydown', (ev) => {
  if (!ctx.status || !ctx.status.unlocked) return;
  const typing = ev.target.matches && ev.target.matches('input, textarea, select');
  if (ev.ctrlKey && ev.key.toLowerCase() === 'n') {
    ev.preventDefault();
    document.getElementById('new-session')?.click();
  } else if (ev.key === '/' && !typing) {
    const search = document.getElementById('session-search');
    if (search) { ev.preventDefault(); search.focus(); }
  }
});

boot().catch((err) => {
  clear(app);
  app.append(h('div', { class: 'fatal' }, h('h1', {}, t('app-name')), h('p', {}, String(err && err.detail ? err.detail : err))));
});
