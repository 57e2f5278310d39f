// An entity's timeline (GET /api/nodes/{id}/timeline), under its chain position: its localization depth
// per market over the years as a small chart (one row per market, one cell per year, coloured as the map),
// and its dated events in order, each with its citation and how its date is known. Undated connections
// are counted and said to be undated, never placed on a year.
//   show_timeline(section, answer, {name_of, undated, as_of})
import { h, fill, clear } from './dom.js';
import { depth_colors } from './world_map.js';
import { grades } from './position.js';
import { dates_text } from './time.js';

function citation(edge) {
  const text = edge.citation ?? edge.properties?.citation;
  const url = edge.properties?.url;
  if (!text) return h('span', { class: 'citation missing', text: 'no source given' });
  return url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text }) : h('span', { class: 'citation', text });
}

function depth_chart(depth_by_year, name_of, as_of) {
  const markets = Object.keys(depth_by_year);
  const years = [...new Set(markets.flatMap((m) => Object.keys(depth_by_year[m])))].sort();
  if (!markets.length || !years.length) return h('p', { class: 'hint', text: 'No dated market presence to chart.' });
  const rows = markets
    .map((m) => ({ id: m, name: name_of(m), last: depth_by_year[m][years[years.length - 1]] ?? 0 }))
    .sort((a, b) => b.last - a.last || a.name.localeCompare(b.name));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'depth-chart', 'aria-label': 'Localization depth per market and year' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Market' }),
      years.map((y) => h('th', { scope: 'col', class: Number(y) === as_of ? 'as-of' : '', text: `’${y.slice(2)}`, title: y })))),
    h('tbody', {}, rows.map((row) => h('tr', {}, h('th', { scope: 'row', text: row.name }),
      years.map((y) => {
        const depth = depth_by_year[row.id][y];
        const label = depth === undefined ? `${row.name} ${y}: not yet` : `${row.name} ${y}: ${grades[depth]}`;
        return h('td', { class: `cell${Number(y) === as_of ? ' as-of' : ''}`, title: label, 'aria-label': label,
          style: depth === undefined ? null : `background:${depth_colors[depth]}` });
      }))))));
}

export function show_timeline(section, answer, { name_of, undated, as_of }) {
  const events = answer.events ?? [];
  fill(clear(section),
    h('h3', { id: 'timeline-heading', text: 'Over time' }),
    depth_chart(answer.depth_by_year ?? {}, name_of, as_of),
    h('ol', { class: 'events', 'aria-label': 'Dated events' }, events.map((e) => h('li', { class: `event ${e.change}` },
      h('span', { class: 'event-date', text: e.date }), ' ',
      h('strong', { text: e.change === 'began' ? 'began' : 'ended' }), ': ',
      `${name_of(e.edge.source)} ${String(e.edge.type).replaceAll('_', ' ')} ${name_of(e.edge.target)}`,
      h('span', { class: 'hint', text: ` (${dates_text(e.edge)})` }),
      h('div', { class: 'source' }, 'Source: ', citation(e.edge))))),
    events.length ? null : h('p', { class: 'hint', text: 'No dated events.' }),
    undated ? h('p', { class: 'hint undated', text: `${undated} connection${undated === 1 ? ' is' : 's are'} undated: shown at every date.` }) : null);
}
