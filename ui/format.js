// Display formats for dates in the interface language.
export function formatWhen(localIso, lang) {
  if (!localIso) return '—';
  const [date, time] = localIso.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return time ? `${day} ${time}` : day;
}
