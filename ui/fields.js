// Labelled form controls bound to one field of one record: editing them autosaves (autosave.js).
import { h } from './dom.js';
import { t, listSeparator } from './i18n.js';
import { dateField } from './datefield.js';

let seq = 0;
const bind = (entity, rec, field, kind) => ({ entity, id: rec.id, field, kind });

function labelled(label, control, hint, cls = '') {
  const id = `f${++seq}`;
  control.id = id;
  return h('div', { class: `field ${cls}` },
    h('label', { for: id }, label),
    control,
    hint ? h('small', { class: 'hint' }, hint) : null);
}

export function text(entity, rec, field, label, opts = {}) {
  const input = h('input', {
    type: opts.type || 'text', value: rec[field] ?? '', placeholder: opts.placeholder,
    list: opts.list, autocomplete: 'off', spellcheck: opts.spellcheck ?? 'true',
    dataset: { ...bind(entity, rec, field, opts.kind || 'text'), save: opts.save },
  });
  return labelled(label, input, opts.hint, opts.class);
}

export function area(entity, rec, field, label, opts = {}) {
  const ta = h('textarea', { rows: opts.rows || 3, placeholder: opts.placeholder, dataset: bind(entity, rec, field, 'text') });
  ta.value = rec[field] ?? '';
  autoGrow(ta);
  return labelled(label, ta, opts.hint, opts.class);
}

export function list(entity, rec, field, label, hint) {
  const input = h('input', { type: 'text', value: (rec[field] || []).join(listSeparator()), dataset: bind(entity, rec, field, 'list') });
  return labelled(label, input, hint);
}

export function date(entity, rec, field, label, withTime = false) {
  const { group, hidden, hint, first } = dateField({ ...bind(entity, rec, field, 'nullable'), save: 'change' }, rec[field], withTime);
  const id = `f${++seq}`;
  first.id = id;
  group.setAttribute('aria-labelledby', `${id}-label`);
  return h('div', { class: 'field' }, h('label', { for: id, id: `${id}-label` }, label), group, hint, hidden);
}

export function number(entity, rec, field, label) {
  const input = h('input', { type: 'number', step: 1, value: rec[field] ?? 0, dataset: bind(entity, rec, field, 'int') });
  return labelled(label, input, null, 'narrow');
}

export function select(entity, rec, field, label, options, opts = {}) {
  const sel = h('select', { dataset: bind(entity, rec, field, opts.nullable ? 'nullable' : 'text') },
    options.map(([value, text, disabled]) => h('option', { value, disabled }, text)));
  sel.value = rec[field] ?? '';
  return labelled(label, sel, opts.hint, opts.class);
}

export function check(entity, rec, field, label, opts = {}) {
  const box = h('input', { type: 'checkbox', checked: !!rec[field], dataset: bind(entity, rec, field, 'bool') });
  return h('label', { class: `check ${opts.class || ''}`, title: opts.title }, box, h('span', {}, label));
}

export function refs(entity, rec, field, label, options, empty) {
  const chosen = new Set(rec[field] || []);
  const body = options.length
    ? options.map(([value, text]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', value, checked: chosen.has(value), dataset: bind(entity, rec, field, 'refs') }),
      h('span', {}, text)))
    : h('p', { class: 'muted' }, empty);
  return h('fieldset', { class: 'field refs', dataset: { refsGroup: field } }, h('legend', {}, label), body);
}

export function autoGrow(ta) {
  const fit = () => { ta.style.height = 'auto'; ta.style.height = `${ta.scrollHeight + 2}px`; };
  ta.addEventListener('input', fit);
  requestAnimationFrame(fit);
}

export const enumOptions = (codes, prefix) => codes.map((c) => [c, t(`${prefix}-${c}`)]);
