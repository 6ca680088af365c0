// Localisation: the Fluent catalogue from the core (same .ftl files as the CLI), formatted here
// with @fluent/bundle. English fills any gap.
import { FluentBundle, FluentResource } from './vendor/fluent-bundle/index.js';
import { api } from './api.js';

// [code, name in that language], as the core lists them (`i18n::LANGUAGES`), once loaded.
export const LANGUAGES = [];
const directions = new Map();
const separators = new Map();
// Built once the languages are known: a list field's value is split at every save.
let splitter = /,/;
const KEY = 'fieldbook.lang';
let bundles = [];
let current = 'en';

async function load(lang) {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  bundle.addResource(new FluentResource(await api.catalog(lang)));
  return bundle;
}

function initialLang() {
  const saved = localStorage.getItem(KEY);
  if (saved && LANGUAGES.some(([c]) => c === saved)) return saved;
  const nav = (navigator.language || 'en').slice(0, 2);
  return LANGUAGES.some(([c]) => c === nav) ? nav : 'en';
}

// Switches the interface to `lang` (without it: the saved choice, else the system's language,
// else English); right-to-left languages mirror the whole layout.
export async function setLang(lang = null) {
  // English, the fallback of every language, loads beside the list (no extra wait at start-up).
  const english = load('en');
  if (!LANGUAGES.length) {
    for (const l of await api.languages()) {
      LANGUAGES.push([l.code, l.name]);
      directions.set(l.code, l.dir);
      separators.set(l.code, l.separator);
    }
    splitter = new RegExp(`[${[',', ...separators.values()]
      .map((s) => s.trim().replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'u');
  }
  const chosen = lang || initialLang();
  bundles = await Promise.all(chosen === 'en' ? [english] : [load(chosen), english]);
  current = chosen;
  localStorage.setItem(KEY, chosen);
  document.documentElement.lang = chosen;
  document.documentElement.dir = directions.get(chosen) || 'ltr';
}

export const lang = () => current;
// What separates the items of a list a person edits as text: shown with the language's comma;
// read back at any language's (an Arabic keyboard types U+060C in an English window too).
export const listSeparator = () => separators.get(current) || ', ';
export const listSplitter = () => splitter;

// A message the catalogue cannot fill in completely (a variable missing) still shows, with
// the gap marked, and the slip goes to the console: a message must never stop what shows it.
export function t(id, args) {
  for (const b of bundles) {
    const msg = b.getMessage(id);
    if (msg && msg.value) {
      const errors = [];
      const text = b.formatPattern(msg.value, args, errors);
      if (errors.length) console.error(`catalogue message ${id}:`, ...errors);
      return text;
    }
  }
  return id;
}

// A backend error ({code, detail}) as a sentence the person can act on.
export function errorText(err) {
  if (err && err.code) {
    // The backend sends each error's values by the names its message uses (Error::args).
    const args = { ...err, detail: err.detail || '', min: err.min ?? 8 };
    const message = t(`error-${err.code}`, args);
    return err.file ? t('error-in-file', { file: err.file, message }) : message;
  }
  return t('error-unexpected', { detail: String(err) });
}
