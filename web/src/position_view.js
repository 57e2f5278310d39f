// The chain-position view of an enterprise (GET /api/nodes/{id}/position): where it stands in the
// global chain. A world map coloured by localization depth, the localization-depth matrix
// (markets × roles), its supplier tiers upstream and customer tiers downstream, and its centrality
// ranks. `show_position(root, answer, {name_of, open, on_csv})`.
import { h, fill, clear } from './dom.js';
import { depth_matrix, grades } from './position.js';
import { draw_world_map, depth_colors } from './world_map.js';

function swatch(color) {
  const el = h('span', { class: 'swatch' });
  el.style.background = color;
  return el;
}

function tiers(title, id, list, open) {
  return h('section', { 'aria-labelledby': id },
    h('h3', { id, text: title }),
    list.length
      ? h('ol', { class: 'tiers' }, list.map((t) => h('li', {},
        h('span', { class: 'tier', text: `Tier ${t.tier}: ` }),
        t.nodes.map((n, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'link-button', onclick: () => open(n.id), text: n.name })]))))
      : h('p', { class: 'hint', text: 'None in this dataset.' }));
}

export async function show_position(root, answer, { name_of, open, on_csv }) {
  clear(root);
  const matrix = depth_matrix(answer.markets ?? []);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'world-map');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `World map of the markets of ${name_of(answer.id)}, coloured by localization depth`);
  const ranks = Object.entries(answer.ranks ?? {});
  fill(root,
    h('h2', { id: 'position-heading', text: `Position in the global chain: ${name_of(answer.id)}` }),
    h('section', { 'aria-labelledby': 'map-heading', class: 'map-section' },
      h('h3', { id: 'map-heading', text: `Markets (${matrix.rows.length})` }),
      svg,
      h('ul', { class: 'map-legend', 'aria-label': 'Localization depth' }, grades.map((g, depth) =>
        h('li', {}, swatch(depth_colors[depth]), `${depth} ${g}`)))),
    h('section', { 'aria-labelledby': 'matrix-heading' },
      h('h3', { id: 'matrix-heading', text: 'Localization depth: markets × roles' }),
      matrix.rows.length
        ? h('div', { class: 'table-wrap' }, h('table', { class: 'matrix' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Market' }), h('th', { scope: 'col', text: 'Depth' }),
            matrix.roles.map((r) => h('th', { scope: 'col', text: name_of(r) })))),
          h('tbody', {}, matrix.rows.map((row) => h('tr', {},
            h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', onclick: () => open(row.market.id), text: row.market.name })),
            h('td', { class: `depth depth-${row.depth}`, text: row.grade }),
            row.cells.map((held, i) => h('td', { class: held ? 'held' : '', 'aria-label': held ? `${name_of(matrix.roles[i])} held` : 'not held', text: held ? '●' : '' })))))))
        : h('p', { class: 'hint', text: 'No markets recorded for this enterprise.' }),
      matrix.rows.length ? h('button', { type: 'button', onclick: () => on_csv(matrix), text: 'Export matrix as CSV' }) : null),
    h('div', { class: 'tier-columns' },
      tiers('Upstream (suppliers)', 'upstream-heading', answer.upstream ?? [], open),
      tiers('Downstream (customers)', 'downstream-heading', answer.downstream ?? [], open)),
    h('section', { 'aria-labelledby': 'ranks-heading' },
      h('h3', { id: 'ranks-heading', text: 'Centrality ranks' }),
      ranks.length
        ? h('table', { class: 'ranks' }, h('thead', {}, h('tr', {}, ['Metric', 'Rank', 'Value'].map((t) => h('th', { scope: 'col', text: t })))),
          h('tbody', {}, ranks.map(([metric, r]) => h('tr', {}, h('th', { scope: 'row', text: metric }),
            h('td', { text: `${r.rank} of ${r.of}` }), h('td', { text: Number(r.value).toPrecision(3) })))))
        : h('p', { class: 'hint', text: 'No ranks.' })),
  );
  await draw_world_map(svg, answer.markets ?? []);
}
