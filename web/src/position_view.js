// The chain-position view of an enterprise (GET /api/nodes/{id}/position): where it stands in the
// global chain. A world map coloured by localization depth, the localization-depth matrix
// (markets × roles, with the subsidiaries that place it there), its supplier tiers upstream and
// customer tiers downstream, and its centrality ranks among the nodes of its kind.
// `show_position(root, answer, {open, on_csv})`; names come from the answer's own `node` and `nodes`.
// A rank still computed as a background job shows "computing… NN%"; `update_rank(root, metric, entry)`
// redraws that one row as its job moves on or ends.
import { h, fill, clear } from './dom.js';
import { percent, eta_text, follow_text } from './job_text.js';
import { depth_matrix, grades, through_text } from './position.js';
import { draw_world_map, depth_colors, home_color, fill_of } from './world_map.js';
import { kind_style } from './kinds.js';

function swatch(color) {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
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

const metric_names = { degree: 'Degree (connections)', pagerank: 'PageRank', betweenness: 'Betweenness (brokerage)',
  closeness: 'Closeness', harmonic: 'Harmonic closeness', eigenvector: 'Eigenvector (well-connected neighbours)' };

// A metric the data cannot answer (PageRank with a negative weight, say) carries its error in place of a
// rank; one still computing (`pending`, its job followed as `follow`) says how far it has come.
function rank_row([metric, r]) {
  const label = h('th', { scope: 'row', text: metric_names[metric] ?? metric });
  const attrs = { 'data-metric': metric };
  if (r.error) return h('tr', { ...attrs, class: 'rank-error' }, label, h('td', { colspan: '2', text: `not available: ${r.error.message}` }));
  if (r.pending) {
    const s = r.follow;
    if (s && ['failed', 'cancelled'].includes(s.phase)) return h('tr', { ...attrs, class: 'rank-error' }, label, h('td', { colspan: '2', text: `not computed: ${follow_text(s)}` }));
    const job = s?.job ?? r.job;
    return h('tr', { ...attrs, class: 'rank-pending', 'aria-busy': 'true' }, label,
      h('td', { class: 'number', text: job.state === 'queued' ? 'computing… (queued)' : `computing… ${percent(job.progress)}` }),
      h('td', { class: 'hint', text: eta_text(job) }));
  }
  return h('tr', attrs, label, h('td', { class: 'number', text: `${r.rank} of ${r.of}` }),
    h('td', { class: 'number', text: Number(r.value).toPrecision(3) }));
}

export function update_rank(root, metric, entry) {
  const row = root.querySelector(`table.ranks tr[data-metric="${metric}"]`);
  if (row) row.replaceWith(rank_row([metric, entry]));
}

function ranks_section(ranks, kind) {
  const of = ranks.find(([, r]) => r.of !== undefined)?.[1].of;
  return h('section', { 'aria-labelledby': 'ranks-heading' },
    h('h3', { id: 'ranks-heading', text: 'Centrality ranks' }),
    ranks.length
      ? h('table', { class: 'ranks' },
        h('caption', { text: `Among the ${of ?? 0} ${kind_style(kind).label.toLowerCase()} nodes; 1 is the most central.${
          ranks.some(([, r]) => r.pending) ? ' Ranks still computing fill in when done.' : ''}` }),
        h('thead', {}, h('tr', {}, ['Metric', 'Rank', 'Value'].map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, ranks.map(rank_row)))
      : h('p', { class: 'hint', text: 'No ranks.' }));
}

function matrix_table(matrix, name_of, open) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'matrix' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Market' }), h('th', { scope: 'col', text: 'Depth' }),
      matrix.roles.map((r) => h('th', { scope: 'col', class: 'role', text: name_of(r) })),
      h('th', { scope: 'col', text: 'Through' }))),
    h('tbody', {}, matrix.rows.map((row) => h('tr', {},
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', onclick: () => open(row.market.id), text: row.market.name })),
      h('td', { class: `depth depth-${row.depth}` }, swatch(fill_of(row)), row.grade),
      row.cells.map((held, i) => h('td', { class: held ? 'held' : '', text: held ? '●' : '', 'aria-label': held ? `${name_of(matrix.roles[i])}: yes` : 'no' })),
      h('td', { class: 'through' }, row.subsidiaries.length
        ? h('ul', {}, row.subsidiaries.map((id) => h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: () => open(id), text: name_of(id) }))))
        : row.home ? 'headquarters' : '',
      row.through.length ? h('ul', { class: 'stakes', 'aria-label': 'Through stakes short of control' },
        row.through.map((t) => h('li', { class: 'stake', text: through_text(t, name_of) }))) : null))))));
}

export async function show_position(root, answer, { open, on_csv }) {
  clear(root);
  const names = answer.nodes ?? {};
  const name_of = (id) => names[id]?.name ?? id;
  const who = answer.node?.name ?? answer.id;
  const matrix = depth_matrix(answer.markets ?? [], name_of);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'world-map');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `World map of the markets of ${who}, coloured by localization depth: ${
    matrix.rows.map((r) => `${r.market.name} ${r.grade}`).join(', ') || 'none'}`);
  const ranks = Object.entries(answer.ranks ?? {});
  const abroad = matrix.rows.filter((r) => !r.home).length;
  const kind = answer.node?.kind ?? 'enterprise';
  if (kind !== 'enterprise' && !matrix.rows.length) { // markets and tiers are an enterprise's; ranks are anyone's
    fill(root, h('h2', { id: 'position-heading', text: `Position in the global chain: ${who}` }),
      h('p', { class: 'hint', text: `Markets, localization depth and supply tiers are drawn for enterprises; ${who} is a ${kind_style(kind).label.toLowerCase()}. Open its enterprise from the entity panel to see them.` }),
      ranks_section(ranks, kind));
    return;
  }
  fill(root,
    h('h2', { id: 'position-heading', text: `Position in the global chain: ${who}` }),
    h('section', { 'aria-labelledby': 'map-heading', class: 'map-section' },
      h('h3', { id: 'map-heading', text: `Markets: ${abroad} abroad${matrix.rows.length > abroad ? ' and home' : ''}` }),
      svg,
      h('ul', { class: 'map-legend', 'aria-label': 'Localization depth' },
        grades.map((g, depth) => h('li', {}, swatch(depth_colors[depth]), `${depth} ${g}`)),
        h('li', {}, swatch(home_color), 'home market'))),
    h('section', { 'aria-labelledby': 'matrix-heading' },
      h('h3', { id: 'matrix-heading', text: 'Localization depth: markets × roles' }),
      h('p', { class: 'hint', text: 'Depth is the deepest role held in a market: 1 selling (sales, retail, service), 2 operating (supply chain, regional head office, operations…), 3 making (manufacturing, assembly, R&D, design).' }),
      matrix.rows.length ? matrix_table(matrix, name_of, open) : h('p', { class: 'hint', text: 'No markets recorded for this enterprise.' }),
      matrix.rows.length ? h('button', { type: 'button', onclick: () => on_csv(matrix, name_of), text: 'Export matrix as CSV' }) : null),
    h('div', { class: 'tier-columns' },
      tiers('Upstream (suppliers)', 'upstream-heading', answer.upstream ?? [], open),
      tiers('Downstream (customers)', 'downstream-heading', answer.downstream ?? [], open)),
    answer.truncated ? h('p', { class: 'hint', text: 'The supply tiers were cut short: there are more.' }) : null,
    ranks_section(ranks, kind),
  );
  await draw_world_map(svg, answer.markets ?? []);
}
