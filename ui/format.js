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

export function formatWhen(localIso, lang) {
  if (!localIso) return '—';
  const [date, time] = localIso.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const day = dayFormat(lang).format(new Date(Date.UTC(y, m - 1, d)));
  return time ? `${day} ${time}` : day;
}
