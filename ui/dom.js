// Tiny DOM helpers: build elements without innerHTML, so typed text is never parsed as markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') { for (const [dk, dv] of Object.entries(v)) if (dv !== undefined && dv !== null) el.dataset[dk] = dv; }
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  // What people type takes the direction of its own first letters: an Arabic note in an
  // English session, a Latin name in an Arabic one, each shows in its logical order.
  const typed = tag === 'textarea' || (tag === 'input' && ['', 'text', 'search'].includes(el.getAttribute('type') || ''));
  if (typed && !el.hasAttribute('dir')) el.setAttribute('dir', 'auto');
  // Numbers read left to right in every language Fieldbook speaks.
  const numeric = tag === 'input' && el.getAttribute('type') === 'number';
  if (numeric && !el.hasAttribute('dir')) el.setAttribute('dir', 'ltr');
  return el;
}

// The same for SVG elements (charts and the actor map), attributes set as given.
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const c of children.flat(Infinity)) {
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

// After the next paint (two frames), for focus and the ready signal.
export const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

// Puts the cursor in a newly added item once it is painted, unless the person has clicked into
// a field in the meantime: a slow save or redraw must not pull their typing into the new item.
export async function focusNew(root, id, { scroll = false } = {}) {
  await painted();
  if (document.activeElement?.matches('input, textarea, select')) return;
  const el = root.querySelector(`[data-item="${id}"] :is(input:not([type=hidden]), textarea, select)`);
  if (!el) return;
  el.focus();
  if (scroll) el.scrollIntoView({ block: 'center' });
}
