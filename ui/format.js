// Display formats for dates in the interface language.

// One formatter per language: `toLocaleDateString` with options builds a new one on every call,
// which made the first sessions list (hundreds of rows) measurably slower to render.
const dayFormats = new Map();

function dayFormat(lang) {
  if (!dayFormats.has(lang)) {
    dayFormats.set(lang, new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  }
  return dayFormats.get(lang);
}

const timeFormats = new Map();
const numberFormats = new Map();

// A session's local date and time (`YYYY-MM-DDTHH:MM`), both in the language's conventions and
// digits (the time as it was recorded, in its own zone).
export function formatWhen(localIso, lang) {
  if (!localIso) return '—';
  const [date, time] = localIso.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const day = dayFormat(lang).format(new Date(Date.UTC(y, m - 1, d)));
  if (!time) return day;
  if (!timeFormats.has(lang)) {
    timeFormats.set(lang, new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }));
  }
  const [hh, mm] = time.split(':').map(Number);
  return `${day} ${timeFormats.get(lang).format(new Date(Date.UTC(y, m - 1, d, hh, mm)))}`;
}

// A moment (a save, a change in the history, an import) in the language's conventions, as
// `toLocaleString` / `toLocaleTimeString` would write it, with one formatter per language.
const momentFormats = new Map();
const clockFormats = new Map();
const cached = (map, lang, options) => {
  if (!map.has(lang)) map.set(lang, new Intl.DateTimeFormat(lang, options));
  return map.get(lang);
};
export const formatMoment = (date, lang) => cached(momentFormats, lang,
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).format(date);
export const formatClock = (date, lang) => cached(clockFormats, lang, { hour: 'numeric', minute: 'numeric', second: 'numeric' }).format(date);

// A count in the language's digits.
export function formatNumber(n, lang) {
  if (!numberFormats.has(lang)) numberFormats.set(lang, new Intl.NumberFormat(lang));
  return numberFormats.get(lang).format(n);
}

// Names or words as a list in the language's own way (`A, B and C`; in Arabic `A وB وC`), as
// the lists people see in prose and tables.
const listFormats = new Map();
export function formatList(items, lang) {
  if (!listFormats.has(lang)) listFormats.set(lang, new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));
  return listFormats.get(lang).format(items);
}

// A file path inside a sentence: always left to right (U+2066 … U+2069), so in Arabic
// `/home/…` does not read `home/…/` with its slashes moved.
export const formatPath = (path) => `\u2066${path}\u2069`;
