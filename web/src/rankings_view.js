// The rankings view: a centrality table (metric and kind chosen above it, columns sortable by
// clicking their header) with a bar chart of the values. Clicking a name opens the entity.
// `show_rankings(root, entry, {state, metrics, kinds, nodes, dispatch, open, on_csv, on_cancel, on_retry})`
// renders a rankings_loader.js entry: the exact GET /api/centrality answer sorted as state.rankings says,
// or, while it is a background job, the job's progress panel and, for betweenness, the sampled estimate
// marked as such. `update_rankings_jobs(root, entry, nodes)` moves the progress bars in place.
import { h, fill, clear } from './dom.js';
import { kind_style } from './kinds.js';
import { sort_rows } from './rankings.js';
import { job_panel, update_job_panel } from './job_view.js';
import { estimate_text } from './job_text.js';

const asking = { phase: 'asking', job: null, cancel: 'none', attempts: 0 };
const shown_follows = (entry) => {
  const exact = entry?.exact?.state ?? asking;
  const estimate = entry?.estimate?.state ?? null;
  return { exact, estimate: estimate && exact.phase !== 'done' && estimate.phase !== 'done' ? estimate : null };
};

// Returns false when a panel changed phase (the caller draws the view anew).
export function update_rankings_jobs(root, entry, nodes) {
  const { exact, estimate } = shown_follows(entry);
  return [['exact', exact], ['estimate', estimate]].every(([which, s]) => {
    const panel = root.querySelector(`.job-panel[data-which="${which}"]`);
    return s ? update_job_panel(panel, s, nodes) : !panel;
  });
}

function job_panels(entry, { nodes, on_cancel, on_retry }) {
  const { exact, estimate } = shown_follows(entry);
  const panel = (which, s, retry) => {
    const el = job_panel(s, { nodes, on_cancel: () => on_cancel(which), on_retry: retry });
    el.dataset.which = which;
    return el;
  };
  return h('div', { class: 'job-panels' },
    exact.phase !== 'done' ? panel('exact', exact, on_retry) : null,
    estimate ? panel('estimate', estimate, null) : null);
}

export const ranking_columns = [
  { key: 'rank', label: 'Rank' },
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'value', label: 'Value' },
];

function bar_chart(rows, metric) {
  const top = rows.slice(0, 20);
  const max = Math.max(...top.map((r) => r.value), 0) || 1;
  // drawn near its natural size in its half of the view (about 420 px), so 13 px text stays readable;
  // names are cut to what the label column holds
  const bar_height = 20, label_width = 170, width = 420;
  const svg = h('svg', { class: 'bar-chart', viewBox: `0 0 ${width} ${top.length * bar_height + 4}`, role: 'img',
    'aria-label': `Bar chart of the top ${top.length} by ${metric}` });
  top.forEach((r, i) => {
    const y = i * bar_height + 2;
    const w = Math.max(1, ((width - label_width - 60) * r.value) / max);
    const g = h('g', {},
      h('text', { x: label_width - 6, y: y + 13, 'text-anchor': 'end', class: 'bar-label', text: r.name.length > 21 ? `${r.name.slice(0, 20).trimEnd()}…` : r.name }, h('title', { text: r.name })),
      h('rect', { x: label_width, y, width: w.toFixed(1), height: bar_height - 4, fill: kind_style(r.kind).color }),
      h('text', { x: label_width + w + 4, y: y + 13, class: 'bar-value', text: Number(r.value).toPrecision(3) }));
    svg.append(g);
  });
  return svg;
}

export function show_rankings(root, entry, { state, metrics, kinds, nodes, dispatch, open, on_csv, on_cancel, on_retry }) {
  // drawn anew when a job changes phase: the focus stays on the same control (Cancel passes it to "Compute again")
  const focused = root.contains(document.activeElement) ? document.activeElement : null;
  const refocus = focused?.id ? `#${focused.id}` : focused?.classList.contains('job-cancel') ? '.job-retry, .job-cancel' : null;
  clear(root);
  const r = state.rankings;
  const exact = entry?.exact?.state.answer ?? null;
  const answer = exact ?? entry?.estimate?.state.answer ?? null;
  const estimate = answer?.approximate ? answer : null;
  const going = !exact && !['cancelled', 'failed'].includes(entry?.exact?.state.phase);
  const rows = answer ? sort_rows(answer.results, r.sort, r.descending) : [];
  const sort_state = (key) => (r.sort === key ? (r.descending ? 'descending' : 'ascending') : undefined);
  fill(root,
    h('h2', { id: 'rankings-heading', text: 'Rankings' }),
    h('form', { class: 'rankings-controls', onsubmit: (event) => event.preventDefault() },
      h('label', { for: 'ranking-metric', text: 'Metric ' }),
      h('select', { id: 'ranking-metric', onchange: (event) => dispatch({ type: 'set_rankings', rankings: { metric: event.target.value } }) },
        metrics.map((m) => h('option', { value: m.id, selected: m.id === r.metric, text: m.label ?? m.id }))),
      h('label', { for: 'ranking-kind', text: ' Kind ' }),
      h('select', { id: 'ranking-kind', onchange: (event) => dispatch({ type: 'set_rankings', rankings: { kind: event.target.value } }) },
        h('option', { value: '', selected: r.kind === '', text: 'all kinds' }),
        kinds.map((k) => h('option', { value: k, selected: k === r.kind, text: kind_style(k).label }))),
      h('span', { class: 'kind-shortcuts', role: 'group', 'aria-label': 'Rank' },
        ['enterprise', 'role', 'market', ''].filter((k) => k === '' || kinds.includes(k)).map((k) =>
          h('button', { type: 'button', class: 'kind-shortcut', 'aria-pressed': String(r.kind === k),
            onclick: () => dispatch({ type: 'set_rankings', rankings: { kind: k } }), text: k ? `${kind_style(k).label}s` : 'All kinds' }))),
      h('button', { type: 'button', disabled: !rows.length, onclick: () => on_csv(rows), text: 'Export table as CSV' })),
    job_panels(entry, { nodes, on_cancel, on_retry }),
    estimate ? h('p', { class: 'estimate-note' }, h('strong', { class: 'estimate-badge', text: 'Estimate' }),
      ` Sampled ${r.metric}: each value is within ±${estimate.epsilon} of the exact one with probability ${1 - estimate.delta}${going ? '; the exact values replace these when they are computed.' : '.'}`) : null,
    rows.length ? h('div', { class: `rankings-body${estimate ? ' estimated' : ''}` },
      h('div', { class: 'table-wrap' }, h('table', { class: 'rankings' },
        h('caption', { text: `${estimate ? 'Estimated top' : 'Top'} ${rows.length} by ${r.metric}${r.kind ? `, ${kind_style(r.kind).label.toLowerCase()}s only` : ''}` }),
        h('thead', {}, h('tr', {}, ranking_columns.map((c) => h('th', { scope: 'col', 'aria-sort': sort_state(c.key) },
          h('button', { type: 'button', class: 'sort', 'data-key': c.key, onclick: () => dispatch({ type: 'sort_rankings', sort: c.key }) },
            c.label, h('span', { 'aria-hidden': 'true', text: r.sort === c.key ? (r.descending ? ' ▼' : ' ▲') : '' })))))),
        h('tbody', {}, rows.map((row) => h('tr', {},
          h('td', { text: row.rank }),
          h('td', {}, h('button', { type: 'button', class: 'link-button', 'data-id': row.id, onclick: () => open(row.id), text: row.name })),
          h('td', {}, h('span', { class: 'badge', 'data-kind': row.kind, text: kind_style(row.kind).label })),
          h('td', { class: 'number', text: estimate ? estimate_text(row.value, estimate.epsilon) : Number(row.value).toPrecision(4) })))))),
      bar_chart(answer.results, estimate ? `${r.metric} (estimate)` : r.metric)) : answer ? h('p', { class: 'hint', text: 'No results.' }) : null,
  );
  if (refocus) root.querySelector(refocus)?.focus();
}
