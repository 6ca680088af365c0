// Tables for analysis (CSV files or an XLSX workbook): the person chooses the sensitivity tier
// first, so a spreadsheet never carries more than it should.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, errorText } from '../i18n.js';
import { TIERS } from './export-preview.js';
import * as jobs from '../jobs.js';

export function tablesCard(say) {
  const tier = h('select', { id: 'table-tier', 'aria-label': t('tier-label') },
    TIERS.map((c) => h('option', { value: c, selected: c === 'internal' }, t(`tier-${c}`))));
  const format = h('select', { id: 'table-format', 'aria-label': t('tables-format') },
    h('option', { value: 'xlsx' }, 'XLSX'), h('option', { value: 'csv' }, 'CSV'));
  const run = async () => {
    try {
      const xlsx = format.value === 'xlsx';
      const stamp = new Date().toISOString().slice(0, 10);
      const path = xlsx ? await api.chooseSaveXlsx(`fieldbook-${stamp}-${tier.value}.xlsx`) : await api.chooseFolder();
      if (!path || jobs.running('tables')) return;
      const done = (r) => t('tables-done', { path: r.path, rows: r.rows.reduce((n, [, c]) => n + c, 0), tier: t(`tier-${r.tier}`), withheld: r.withheld_rows + r.withheld_cells });
      say(done(await jobs.run('tables', (update) => api.exportTables(path, xlsx, tier.value, update), done)));
    } catch (err) { say(errorText(err), true); }
  };
  return h('section', { class: 'card' },
    h('div', { class: 'card-head' }, h('h2', {}, t('tables-title')), h('button', { class: 'secondary', id: 'export-tables', onclick: run }, t('tables-export'))),
    h('p', { class: 'muted lead-small' }, t('tables-lead')),
    h('div', { class: 'inline-form' }, h('label', {}, t('tier-label'), ' ', tier), h('label', {}, t('tables-format'), ' ', format)),
    h('small', { class: 'hint' }, t('tier-hint')));
}
