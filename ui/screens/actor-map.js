// The actor map drawn as SVG from the positions fieldbook-core laid out (force-directed):
// the movement's own groups as circles, periphery players (funders, officials, other NGOs) as
// squares, informal groups with a dashed outline, relations coloured by kind.
import { svg as s } from '../dom.js';
import { t } from '../i18n.js';

const DIRECTED = new Set(['member_of', 'funds', 'convenes']);

function arrowHeads(kinds) {
  return s('defs', {}, kinds.map((k) => s('marker', {
    id: `arrow-${k}`, viewBox: '0 0 10 10', refX: 19, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse',
  }, s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: `edge-${k}` }))));
}

export function drawMap(map) {
  const at = new Map(map.nodes.map((n) => [n.id, n]));
  const svg = s('svg', {
    viewBox: `0 0 ${map.width} ${map.height}`, class: 'actor-map', id: 'actor-map-svg', role: 'img',
    'aria-label': t('map-aria', { actors: map.nodes.length, relations: map.edges.length }),
  });
  svg.append(arrowHeads([...DIRECTED]));
  const edges = s('g', { class: 'edges' }, map.edges.map((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    return s('line', {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge edge-${e.kind}`,
      'marker-end': DIRECTED.has(e.kind) ? `url(#arrow-${e.kind})` : null,
    }, s('title', {}, `${a.name} — ${t(`relation-${e.kind}`)} — ${b.name}`));
  }));
  const nodes = s('g', { class: 'nodes' }, map.nodes.map((n) => {
    const cls = `node kind-${n.kind} ${n.periphery ? 'periphery' : 'core'} ${n.org_kind === 'informal' ? 'informal' : ''}`;
    const shape = n.periphery
      ? s('rect', { x: n.x - 8, y: n.y - 8, width: 16, height: 16, rx: 2 })
      : s('circle', { cx: n.x, cy: n.y, r: 9 });
    const label = n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name;
    return s('g', { class: cls, 'data-actor': n.id },
      s('title', {}, `${n.name} · ${t(`actor-kind-${n.kind}`)} · ${t(`org-kind-${n.org_kind}`)}`),
      shape,
      s('text', { x: n.x, y: n.y + 22, 'text-anchor': 'middle' }, label || '—'));
  }));
  svg.append(edges, nodes);
  return svg;
}

// The key under the map: shapes and the colour of each relation kind. Right to left, it reads
// from the right, each sample on the right of its words (under `dir="rtl"` a text's start is
// its right end).
export function legend(relationKinds) {
  const rtl = document.documentElement.dir === 'rtl';
  const item = (sample, text) => s('g', {}, s('g', { transform: `translate(${rtl ? 134 : 0} 0)` }, sample), s('text', { x: rtl ? 128 : 22, y: 5 }, text));
  const rows = [
    item(s('circle', { cx: 8, cy: 0, r: 6, class: 'core' }), t('map-legend-core')),
    item(s('rect', { x: 2, y: -6, width: 12, height: 12, class: 'periphery' }), t('map-legend-periphery')),
    item(s('circle', { cx: 8, cy: 0, r: 6, class: 'core informal' }), t('map-legend-informal')),
    ...relationKinds.map((k) => item(s('line', { x1: 0, y1: 0, x2: 16, y2: 0, class: `edge edge-${k}` }), t(`relation-${k}`))),
  ];
  return s('svg', { class: 'map-legend', viewBox: `0 -10 ${rows.length * 150} 20`, 'aria-hidden': 'true' },
    rows.map((r, i) => { r.setAttribute('transform', `translate(${(rtl ? rows.length - 1 - i : i) * 150} 0)`); return r; }));
}
