// Share back: the session summary for one audience, language and paper, shown as the sheets
// that will print, with printing through the system dialog and a PDF made by the core.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, errorText, lang, LANGUAGES } from '../i18n.js';
import { paginate } from '../paginate.js';

// Kept while the app runs: a facilitator printing several sessions keeps the same choices.
const choice = { audience: 'participants', lang: null, paper: 'a4' };

export async function renderSummary(main, id) {
  choice.lang = choice.lang || lang();
  const status = h('p', { class: 'summary-status', id: 'summary-status', role: 'status' });
  const sheets = h('div', { class: 'sheets', id: 'summary-sheets' });
  let current = null;
  const say = (message, bad = false) => { status.textContent = message; status.classList.toggle('error', bad); };

  const draw = async () => {
    try {
      current = await api.sessionSummary(id, choice.audience, choice.lang);
      const pages = await paginate(sheets, current, choice.paper);
      sheets.dataset.pages = pages;
      sheets.dataset.code = current.code;
      say('');
    } catch (err) { say(errorText(err), true); }
  };
  const picker = (name, label, options) => h('label', { class: 'summary-pick' }, t(label),
    h('select', { id: `summary-${name}`, onchange: (e) => { choice[name] = e.target.value; draw(); } },
      options.map(([value, label]) => h('option', { value, selected: value === choice[name] }, label))));

  const saveButton = h('button', { class: 'secondary', id: 'summary-save-pdf', onclick: async () => {
    try {
      const title = (current && current.title ? current.title : t('summary-pdf-file')).replace(/[\\/:*?"<>|]+/g, '_').slice(0, 60);
      const path = await api.chooseSavePdf(`${title} (${choice.audience}, ${choice.lang}).pdf`);
      if (!path) return;
      saveButton.disabled = true;
      const made = await api.saveSummaryPdf(id, choice.audience, choice.lang, choice.paper, path);
      say(`${t('summary-saved', { file: path })} · ${made.code_label}`);
    } catch (err) { say(errorText(err), true); } finally { saveButton.disabled = false; }
  } }, t('summary-save-pdf'));

  main.append(h('div', { class: 'summary-screen' },
    h('div', { class: 'summary-bar no-print' },
      h('a', { href: `#/session/${id}`, class: 'back' }, `← ${t('summary-back')}`),
      h('h1', {}, t('summary-title')),
      h('div', { class: 'summary-controls' },
        picker('audience', 'summary-audience', [['participants', t('summary-audience-participants')], ['internal', t('summary-audience-internal')], ['restricted', t('summary-audience-restricted')]]),
        picker('lang', 'summary-language', LANGUAGES),
        picker('paper', 'summary-paper', [['a4', t('summary-paper-a4')], ['letter', t('summary-paper-letter')]]),
        h('button', { class: 'primary', id: 'summary-print', onclick: () => { document.body.classList.add('printing'); try { api.print(); } finally { document.body.classList.remove('printing'); } } }, t('summary-print')),
        saveButton),
      h('p', { class: 'muted lead-small' }, t('summary-preview-hint')),
      status),
    sheets));
  await draw();
}
