// Lays a summary out as paper sheets (A4 or Letter) on screen, exactly as they print: WebKit
// cannot put page numbers in printed margins, so the pages are made here, each with the
// session title, date, verification code and "page X of Y", and printed one sheet per page.
import { h, clear, painted } from './dom.js';
import { api } from './api.js';

// Sheet sizes and margins in millimetres.
export const PAPER = { a4: { w: 210, h: 297 }, letter: { w: 215.9, h: 279.4 } };

const text = (tag, cls, value) => (value ? h(tag, { class: cls, dir: 'auto' }, value) : null);

// The summary as a list of blocks in reading order; a heading is kept with what follows it.
function blocks(s) {
  const out = [h('div', { class: 'sum-top' },
    h('h1', { dir: 'auto' }, s.title),
    h('p', { class: `sum-banner sum-banner-${s.audience}` }, s.banner),
    h('dl', { class: 'sum-facts' }, s.facts.map((f) => [h('dt', {}, f.label), h('dd', { dir: 'auto' }, f.value)])))];
  for (const sec of s.sections) {
    out.push(h('h2', { class: 'sum-heading', dataset: { keep: 'next', section: sec.kind } }, sec.heading));
    if (sec.lead) out.push(text('p', 'sum-lead', sec.lead));
    if (!sec.items.length) out.push(text('p', 'sum-empty', sec.empty));
    for (const it of sec.items) {
      out.push(h('div', { class: 'sum-item', dataset: { section: sec.kind } },
        it.title ? h('p', { class: 'sum-title', dir: 'auto' }, it.title, it.marker ? h('span', { class: 'sum-marker' }, it.marker) : null) : null,
        text('p', 'sum-body', it.body),
        it.quotes.map((q) => h('blockquote', { class: 'sum-quote' },
          text('p', 'sum-quote-text', q.text), text('p', 'sum-quote-by', q.by ? `— ${q.by}` : ''), text('p', 'sum-quote-note', q.note))),
        it.meta.length ? text('p', 'sum-meta', it.meta.join('  ·  ')) : null));
    }
  }
  if (s.pictures.length || s.pictures_left_out) out.push(h('h2', { class: 'sum-heading', dataset: { keep: 'next', section: 'pictures' } }, s.pictures_heading));
  for (const p of s.pictures) {
    out.push(h('figure', { class: 'sum-picture' },
      h('img', { src: api.mediaUrl(p.attachment_id), alt: p.caption }),
      p.caption ? h('figcaption', { dir: 'auto' }, p.caption) : null));
  }
  if (s.pictures_left_out) out.push(text('p', 'sum-meta pictures-left-out', s.pictures_left_out));
  return out;
}

function sheet(s, paper) {
  const body = h('div', { class: 'sheet-body' });
  const el = h('section', { class: 'sheet' },
    h('header', { class: 'sheet-head' }, h('span', { dir: 'auto' }, s.title, s.when ? ` · ${s.when}` : ''), h('span', {}, s.code_label)),
    body,
    h('footer', { class: 'sheet-foot' }, h('span', {}, s.code_label), h('span', { class: 'sheet-page' })));
  // Through the CSSOM: the CSP forbids inline style attributes and <style> elements.
  el.style.width = `${paper.w}mm`;
  el.style.height = `${paper.h}mm`;
  return { el, body };
}

const overflows = (body) => body.scrollHeight > body.clientHeight + 1;

// Fills `container` with sheets; returns the number of pages.
export async function paginate(container, s, paperName) {
  const paper = PAPER[paperName] || PAPER.a4;
  clear(container);
  container.dataset.paper = paperName;
  setPrintPageSize(paper);
  let page = sheet(s, paper);
  const pages = [page];
  container.append(page.el);
  await painted();
  for (const block of blocks(s)) {
    page.body.append(block);
    // A photo's height is known once it is decoded.
    const img = block.querySelector?.('img');
    if (img && !img.complete) await new Promise((r) => { img.onload = r; img.onerror = r; });
    if (!overflows(page.body) || page.body.childElementCount === 1) continue;
    // Does not fit: start a new sheet, taking along a heading that would be left at the bottom.
    const moved = [block];
    const prev = block.previousElementSibling;
    if (prev && prev.dataset.keep === 'next' && page.body.childElementCount > 2) moved.unshift(prev);
    page = sheet(s, paper);
    pages.push(page);
    container.append(page.el);
    page.body.append(...moved);
  }
  pages.forEach((p, i) => {
    p.el.querySelector('.sheet-page').textContent = s.page_label.replace('{page}', i + 1).replace('{pages}', pages.length);
  });
  return pages.length;
}

// The printed page is exactly one sheet, with no margins of the browser's own. The rule goes
// into the app's own stylesheet through the CSSOM (the CSP allows no inline styles).
export function setPrintPageSize(paper) {
  const sheet = [...document.styleSheets].find((x) => (x.href || '').endsWith('style.css'));
  if (!sheet) return;
  const old = [...sheet.cssRules].findIndex((r) => r.type === CSSRule.PAGE_RULE);
  if (old >= 0) sheet.deleteRule(old);
  sheet.insertRule(`@page { size: ${paper.w}mm ${paper.h}mm; margin: 0; }`, sheet.cssRules.length);
}
