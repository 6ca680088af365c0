// A date, or a date and a time, entered in the interface's language: WebKitGTK draws
// <input type=date> in the locale of the process, not the page's, so an Arabic facilitator on an
// English system saw `mm/dd/yyyy`. Here the parts come in the language's order, months by name
// and numbers in its digits, all from Intl; the value saved is still `YYYY-MM-DD[THH:MM]`.
import { h } from './dom.js';
import { t, lang } from './i18n.js';

// The digits people may type a year in: Latin, and those of the languages Fieldbook speaks
// (Arabic-Indic, Eastern Arabic-Indic, Devanagari, Khmer).
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x17e0];

export function latinDigits(text) {
  return text.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0);
    const zero = ZEROS.find((z) => cp >= z && cp <= z + 9);
    return zero === undefined ? d : String(cp - zero);
  });
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
let seq = 0;

// The formats a language needs here, built once (each Intl object costs a millisecond).
const formats = new Map();
function formatsFor(code) {
  if (!formats.has(code)) {
    const month = new Intl.DateTimeFormat(code, { month: 'long', timeZone: 'UTC' });
    const hour = new Intl.DateTimeFormat(code, { hour: 'numeric', timeZone: 'UTC' });
    const two = new Intl.NumberFormat(code, { minimumIntegerDigits: 2, useGrouping: false });
    const plain = new Intl.NumberFormat(code, { useGrouping: false });
    // The order of day, month and year as the language writes a full date.
    const order = new Intl.DateTimeFormat(code, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2000, 10, 22)))
      .map((p) => p.type)
      .filter((type) => ['day', 'month', 'year'].includes(type));
    formats.set(code, {
      order,
      months: Array.from({ length: 12 }, (_, m) => month.format(new Date(Date.UTC(2000, m, 1)))),
      hours: Array.from({ length: 24 }, (_, hr) => hour.format(new Date(Date.UTC(2000, 0, 1, hr)))),
      two: (n) => two.format(n),
      plain: (n) => plain.format(n),
    });
  }
  return formats.get(code);
}

// `YYYY-MM-DD[THH:MM]` from the parts, `null` when all are empty, `undefined` while a part is
// missing, `false` when every part is there but they make no date (31 February, year 20).
export function partsValue({ year, month, day, hour, minute }, withTime) {
  const parts = withTime ? [year, month, day, hour, minute] : [year, month, day];
  if (parts.every((p) => p === '')) return null;
  if (parts.some((p) => p === '')) return undefined;
  // Four digits in any script, nothing else (Number() would read `2e03` as 2003).
  const digits = latinDigits(year).trim();
  if (!/^\d{4}$/.test(digits)) return false;
  const y = Number(digits);
  if (y < 1900 || y > 2200) return false;
  const d = new Date(Date.UTC(y, Number(month) - 1, Number(day)));
  if (d.getUTCMonth() !== Number(month) - 1) return false;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  return withTime ? `${date}T${pad(hour)}:${pad(minute)}` : date;
}

// What a stored value holds, or null when it is not a date this control writes (a record from
// an older or foreign tool): shown as it is, and kept until a whole date replaces it.
const STORED = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T(\d{1,2}):(\d{2}))?$/;
function storedParts(value) {
  const m = STORED.exec(value || '');
  if (!m) return null;
  const parts = { y: m[1], m: m[2], d: m[3], hh: m[4] || '', mm: m[5] || '' };
  // A shape that is right but no date (2024-02-31, 25:00) is as unreadable as any other text:
  // the selects would show it blank or as another day.
  const date = partsValue({ year: parts.y, month: parts.m, day: parts.d }, false);
  const time = !m[4] || (Number(parts.hh) <= 23 && Number(parts.mm) <= 59);
  return typeof date === 'string' && time ? parts : null;
}

// The control, bound like the other fields (data-entity/id/field on a hidden input
// that autosave reads; it changes only when the parts make a whole date, or are all cleared).
// As a filter (`filter`), a date that is not whole filters nothing until it is, and says so.
export function dateField(binding, value, withTime, { filter = false } = {}) {
  const code = lang();
  const f = formatsFor(code);
  const stored = storedParts(value);
  const { y = '', m = '', d = '', hh = '', mm = '' } = stored || {};
  const none = (text) => h('option', { value: '' }, text);
  const day = h('select', { class: 'date-day', 'aria-label': t('date-day') },
    none(t('date-day')), Array.from({ length: 31 }, (_, i) => h('option', { value: String(i + 1) }, f.plain(i + 1))));
  const month = h('select', { class: 'date-month', 'aria-label': t('date-month') },
    none(t('date-month')), f.months.map((name, i) => h('option', { value: String(i + 1) }, name)));
  const year = h('input', {
    type: 'text', class: 'date-year', inputmode: 'numeric', maxlength: 4, size: 4, autocomplete: 'off',
    'aria-label': t('date-year'), placeholder: t('date-year'), dir: 'ltr', spellcheck: 'false',
  });
  day.value = d ? String(Number(d)) : '';
  month.value = m ? String(Number(m)) : '';
  year.value = y ? f.plain(Number(y)) : '';
  const parts = { day, month, year };
  const controls = f.order.map((type) => parts[type]);
  let hour = null;
  let minute = null;
  if (withTime) {
    hour = h('select', { class: 'date-hour', 'aria-label': t('date-hour') },
      none(t('date-hour')), f.hours.map((name, i) => h('option', { value: String(i) }, name)));
    minute = h('select', { class: 'date-minute', 'aria-label': t('date-minute') },
      none(t('date-minute')), Array.from({ length: 60 }, (_, i) => h('option', { value: String(i) }, f.two(i))));
    hour.value = hh ? String(Number(hh)) : '';
    minute.value = mm ? String(Number(mm)) : '';
    controls.push(h('span', { class: 'date-time' }, hour, minute));
  }
  const hidden = h('input', { type: 'hidden', value: value || '', dataset: binding });
  const group = h('span', { class: 'datefield', role: 'group' }, controls);
  const clearButton = h('button', {
    type: 'button', class: 'date-clear ghost', 'aria-label': t('date-clear'), title: t('date-clear'),
  }, '×');
  group.append(clearButton);
  const hintId = `date-hint-${++seq}`;
  const hint = h('small', { class: 'hint date-hint', id: hintId, hidden: true, 'aria-live': 'polite' });
  const unreadable = value && !stored ? t('date-unreadable', { value }) : '';
  const say = (text) => {
    hint.textContent = text;
    hint.hidden = !text;
    if (text) group.setAttribute('aria-describedby', hintId);
    else group.removeAttribute('aria-describedby');
  };

  const current = () => partsValue({
    year: year.value, month: month.value, day: day.value, hour: hour?.value ?? '', minute: minute?.value ?? '',
  }, withTime);
  const update = () => {
    const v = current();
    const whole = v !== undefined && v !== false;
    if (whole) group.removeAttribute('aria-invalid');
    else group.setAttribute('aria-invalid', 'true');
    if (filter) say(whole ? '' : t('date-filter-ignored'));
    else say(v === undefined ? t('date-incomplete') : v === false ? t('date-invalid') : '');
    clearButton.hidden = v === null;
    const next = whole ? v ?? '' : filter ? '' : hidden.value;
    if (next === hidden.value) return;
    hidden.value = next;
    hidden.dispatchEvent(new Event('change', { bubbles: true }));
  };
  for (const el of [day, month, hour, minute].filter(Boolean)) el.addEventListener('change', update);
  // The year is typed: it counts once it has four digits, or when it is left.
  year.addEventListener('input', () => { if (latinDigits(year.value).trim().length === 4) update(); });
  year.addEventListener('change', () => {
    const v = latinDigits(year.value).trim();
    if (/^\d{4}$/.test(v)) year.value = f.plain(Number(v));
    update();
  });
  clearButton.addEventListener('click', () => {
    for (const el of [day, month, year, hour, minute].filter(Boolean)) el.value = '';
    update();
    controls[0].focus();
  });
  clearButton.hidden = !value;
  say(unreadable);
  return { group, hidden, hint, first: controls[0] };
}
