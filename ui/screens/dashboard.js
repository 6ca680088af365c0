// The country office's dashboard across movements, as SVG charts that print: priorities by
// theme (votes), agreed support by role and status, sessions per month, and what is overdue.
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { h, svg as s } from '../dom.js';
import { t, lang } from '../i18n.js';
import { ctx } from '../ctx.js';

const num = (n) => formatNumber(n, lang());
// Right-to-left languages read the charts from the right: positions are mirrored within the
// chart's width. Text anchors need no change: under `dir="rtl"` an SVG text's start is its right.
const rtl = () => document.documentElement.dir === 'rtl';
const mirror = (width) => (x, w = 0) => (rtl() ? width - x - w : x);

// Horizontal bars: one row per label.
function bars(rows, label) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 26;
  const height = rows.length * rowH + 8;
  const mx = mirror(640);
  return s('svg', { viewBox: `0 0 640 ${height}`, class: 'chart bars', role: 'img', 'aria-label': label },
    rows.map((r, i) => {
      const y = i * rowH + 4;
      const w = Math.max(2, (r.value / max) * 360);
      return s('g', {}, s('title', {}, `${r.label}: ${num(r.value)}`),
        s('text', { x: mx(210), y: y + 15, 'text-anchor': 'end', class: 'axis' }, r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label),
        s('rect', { x: mx(220, w), y, width: w, height: rowH - 8, class: 'bar' }),
        s('text', { x: mx(226 + w), y: y + 15, 'text-anchor': 'start', class: 'value' }, num(r.value)));
    }));
}

// Stacked bars: one column per role, stacked by status.
function stacked(support, roles, statuses, label) {
  const total = (role) => support.filter((x) => x.role === role).reduce((n, x) => n + x.count, 0);
  const max = Math.max(1, ...roles.map(total));
  const colW = 110;
  const chartH = 180;
  const width = roles.length * colW + 170;
  const mx = mirror(width);
  return s('svg', { viewBox: `0 0 ${width} ${chartH + 40}`, class: 'chart stacked', role: 'img', 'aria-label': label },
    roles.map((role, i) => {
      let y = chartH;
      const x = mx(i * colW + 20, colW - 40);
      const parts = statuses.map((st) => {
        const c = support.find((x2) => x2.role === role && x2.status === st)?.count || 0;
        const hgt = (c / max) * (chartH - 20);
        y -= hgt;
        return c ? s('rect', { x, y, width: colW - 40, height: hgt, class: `seg status-${st}` }, s('title', {}, `${t(`role-${role}`)} · ${t(`support-status-${st}`)}: ${num(c)}`)) : null;
      });
      return s('g', {}, parts,
        s('text', { x: x + (colW - 40) / 2, y: y - 4, 'text-anchor': 'middle', class: 'value' }, num(total(role))),
        s('text', { x: x + (colW - 40) / 2, y: chartH + 16, 'text-anchor': 'middle', class: 'axis' }, t(`role-${role}`)));
    }),
    statuses.map((st, i) => s('g', { transform: `translate(${mx(roles.length * colW + 20, 12)} ${10 + i * 20})` },
      s('rect', { width: 12, height: 12, class: `seg status-${st}` }),
      s('text', { x: rtl() ? -6 : 18, y: 10, 'text-anchor': 'start', class: 'axis' }, t(`support-status-${st}`)))));
}

// Columns: sessions per month.
function columns(months, label) {
  const max = Math.max(1, ...months.map((m) => m.sessions));
  const colW = Math.max(18, Math.min(60, 600 / Math.max(1, months.length)));
  const chartH = 160;
  const width = months.length * colW + 20;
  const mx = mirror(width);
  return s('svg', { viewBox: `0 0 ${width} ${chartH + 40}`, class: 'chart columns', role: 'img', 'aria-label': label },
    months.map((m, i) => {
      const hgt = (m.sessions / max) * (chartH - 20);
      const x = mx(i * colW + 10, colW - 6);
      return s('g', {}, s('title', {}, `${m.month}: ${num(m.sessions)}`),
        s('rect', { x, y: chartH - hgt, width: colW - 6, height: hgt, class: 'bar' }),
        s('text', { x: x + (colW - 6) / 2, y: chartH - hgt - 4, 'text-anchor': 'middle', class: 'value' }, num(m.sessions)),
        s('text', { x: x + (colW - 6) / 2, y: chartH + 16, 'text-anchor': 'middle', class: 'axis' }, m.month.slice(2)));
    }));
}

export async function renderDashboard(main) {
  const d = await api.dashboard();
  const kpi = (id, value, key, href, alert = true) => h('a', { class: `kpi ${alert && value ? 'alert' : ''}`, id, href }, h('strong', {}, num(value)), h('span', {}, t(key)));
  const themes = d.themes.slice(0, 12).map((r) => ({ label: r.theme || t('dashboard-no-theme'), value: r.votes }));
  const chart = (id, title, svg, empty) => h('section', { class: 'card chart-card', id },
    h('h2', {}, title), empty ? h('p', { class: 'empty-small' }, t('dashboard-empty')) : svg);
  main.append(
    h('header', { class: 'page-head' },
      h('div', {}, h('h1', {}, t('dashboard-title')), h('p', { class: 'muted' }, t('dashboard-lead'))),
      h('button', { class: 'secondary no-print', id: 'print-dashboard', onclick: () => api.print() }, t('print'))),
    h('div', { class: 'kpis' },
      kpi('kpi-overdue', d.overdue, 'dashboard-overdue', '#/sessions'),
      kpi('kpi-checkins', d.checkins_due, 'dashboard-checkins-due', '#/sessions'),
      kpi('kpi-sessions', d.months.reduce((n, m) => n + m.sessions, 0), 'dashboard-sessions', '#/sessions', false)),
    h('div', { class: 'charts' },
      chart('chart-themes', t('dashboard-themes'), bars(themes, t('dashboard-themes')), !themes.length),
      chart('chart-support', t('dashboard-support'), stacked(d.support, ctx.vocab.roles, ctx.vocab.support_status, t('dashboard-support')), !d.support.length),
      chart('chart-months', t('dashboard-months'), columns(d.months, t('dashboard-months')), !d.months.length)));
}
