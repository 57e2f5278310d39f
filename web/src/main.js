// The explorer's entry point: holds the one view state, applies actions to it (state.js), keeps
// it in the URL fragment (url_state.js), fetches what the state needs (api.js → graph_data.js)
// and redraws the views derived from state and data. Each redraw is numbered so a slow answer
// never paints over a newer view. Also exposes `window.chainex` for the browser tests (state, the
// path answer, the canvas's counts, and drawing a given graph to time rendering and layout).
import { api } from './api.js';
import { initial_state, reduce } from './state.js';
import { to_fragment, from_fragment } from './url_state.js';
import { graph_data, add_neighbourhood, add_entity, set_path, derive, path_of, path_query } from './graph_data.js';
import { create_canvas } from './canvas.js';
import { search_box } from './search_box.js';
import { show_entity } from './entity_panel.js';
import { show_position, update_rank } from './position_view.js';
import { show_rankings, update_rankings_jobs, ranking_columns } from './rankings_view.js';
import { rankings_loader, ranking_key } from './rankings_loader.js';
import { follow_pending_ranks } from './position_jobs.js';
import { show_paths } from './path_view.js';
import { import_dialog } from './import_dialog.js';
import { time_slider } from './time_slider.js';
import { show_timeline } from './timeline_view.js';
import { as_of_day, slider_years } from './time.js';
import { to_csv } from './csv.js';
import { h, fill, clear, download, country_name } from './dom.js';
import { kind_style, kind_styles } from './kinds.js';

const $ = (id) => document.getElementById(id);

let state = from_fragment(location.hash);
const data = graph_data();
const entities = new Map(); // id → GET /api/nodes/{id} answer
const positions = new Map(); // id|day → position answer (as of that day; day '' for now)
const timelines = new Map(); // id → timeline answer
const position_key = (id) => `${id}|${as_of_day(state.as_of) ?? ''}`;
let slider = null;
const rankings = rankings_loader({ on_change: on_rankings_change }); // followed, jobs included
let stats = null;
let metrics = [];
let generation = 0;

// ---- loading indicator and messages ----
let pending = 0;
let busy_timer = null;
async function loading(promise) {
  if (pending++ === 0) busy_timer = setTimeout(() => { $('busy').hidden = false; }, 120);
  document.querySelector('main').setAttribute('aria-busy', 'true');
  try {
    return await promise;
  } finally {
    if (--pending === 0) {
      clearTimeout(busy_timer);
      $('busy').hidden = true;
      document.querySelector('main').removeAttribute('aria-busy');
    }
  }
}

function say(text) {
  $('status').textContent = text;
}

api.on_busy = ({ wait_s, attempt, of }) => say(`The server is busy, retrying in ${wait_s} s (try ${attempt} of ${of})…`);

function complain(error) {
  $('alert').hidden = false;
  $('alert').textContent = error.title ? `${error.title}${error.detail ? ` — ${error.detail}` : ''}` : String(error.message ?? error);
  clearTimeout(complain.timer);
  complain.timer = setTimeout(() => { $('alert').hidden = true; }, 8000);
}

// ---- state changes ----
function dispatch(action) {
  const next = reduce(state, action);
  if (next === state) return Promise.resolve();
  state = next;
  const fragment = to_fragment(state);
  history.replaceState(null, '', fragment ? `#${fragment}` : location.pathname);
  return render();
}

window.addEventListener('hashchange', () => dispatch({ type: 'replace', state: from_fragment(location.hash) }));

// ---- fetching what the state needs ----
const allowed = (all, hidden) => (hidden.length ? all.filter((x) => !hidden.includes(x)) : undefined);

async function fetch_needed() {
  const jobs = [];
  for (const id of state.expanded) {
    if (!data.hoods.has(id)) jobs.push(api.neighbors(id).then((answer) => add_neighbourhood(data, answer)));
  }
  if (state.selected && !entities.has(state.selected)) {
    const id = state.selected;
    jobs.push(api.node(id).then((answer) => { entities.set(id, answer); add_entity(data, answer); }));
  }
  const day = as_of_day(state.as_of);
  if (state.path && !path_of(state, data)) {
    const query = path_query(state);
    const kinds = allowed(Object.keys(stats?.kinds ?? {}), state.hidden_kinds);
    const types = allowed(Object.keys(stats?.types ?? {}), state.hidden_types);
    jobs.push(api.path({ ...query, kinds, types, as_of: day }).then((answer) => set_path(data, query, answer)));
  }
  if (state.view === 'position' && state.selected && !timelines.has(state.selected)) {
    const id = state.selected;
    jobs.push(api.timeline(id).then((answer) => timelines.set(id, answer)));
  }
  if (state.view === 'position' && state.selected && !positions.has(position_key(state.selected))) {
    const id = state.selected, key = position_key(id);
    jobs.push(api.position(id, { as_of: day }).then((answer) => {
      positions.set(key, answer);
      follow_pending_ranks(id, answer, { on_rank: (metric, entry) => {
        if (state.view === 'position' && position_key(state.selected) === key) update_rank($('position-view'), metric, entry);
      } });
    }));
  }
  if (state.view === 'rankings') rankings.load(state.rankings.metric, state.rankings.kind, day); // never waited on: a job is followed
  const results = await Promise.allSettled(jobs);
  for (const r of results) if (r.status === 'rejected') complain(r.reason);
}

// ---- drawing ----
const name_of = (id) => data.nodes.get(id)?.name ?? entities.get(id)?.node.name ?? id;

// A selection made with the keys is announced once the view shows it (the status region is polite).
const canvas = create_canvas($('canvas'), {
  on_select: async (id, how) => {
    await dispatch({ type: 'select', id });
    if (how !== 'keyboard') return;
    const node = data.nodes.get(id);
    say(node ? `${node.name}, ${kind_style(node.kind).label.toLowerCase()}${node.country ? `, ${country_name(node.country)}` : ''}: selected. Enter expands its neighbours; the entity panel lists its connections.`
      : 'Selection cleared.');
  },
  on_expand: (id) => dispatch({ type: 'expand', id }),
});

function render_controls() {
  for (const button of document.querySelectorAll('.tabs button')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  }
  for (const view of ['graph', 'position', 'rankings']) $(`${view}-view`).hidden = state.view !== view;
  for (const box of document.querySelectorAll('#kind-filters input')) box.checked = !state.hidden_kinds.includes(box.value);
  for (const box of document.querySelectorAll('#type-filters input')) box.checked = !state.hidden_types.includes(box.value);
  render_country_filter();
  slider?.set(state.as_of);
  for (const radio of document.querySelectorAll('#layout-choice input')) radio.checked = radio.value === state.layout;
}

function render_path() {
  const root = clear($('path-result'));
  if (!state.path) return;
  $('path-k').value = String(state.path.k);
  $('path-relations').value = state.path.relations ?? 'business';
  $('path-rank').value = state.path.rank ?? 'informative';
  fill(root, h('h3', { text: `Path from ${name_of(state.path.from)} to ${name_of(state.path.to)}` }));
  const answer = path_of(state, data);
  if (!answer) {
    fill(root, h('p', { class: 'hint', text: 'Looking for a path…' }));
    return;
  }
  if ((!answer.found || !answer.paths.length) && !answer.structural_path) {
    fill(root, h('p', { class: 'no-path', text: `No path between ${name_of(state.path.from)} and ${name_of(state.path.to)} with the current filters.` }));
    return;
  }
  show_paths(root, answer, {
    nodes: Object.fromEntries([...data.nodes]),
    edges: Object.fromEntries([...data.edges]),
    on_structural: () => dispatch({ type: 'set_path', ...state.path, relations: 'all' }),
  });
}

function render_welcome(graph) {
  const root = clear($('welcome'));
  root.hidden = graph.nodes.length > 0;
  if (!root.hidden) {
    fill(root, h('h2', { text: 'Where does an enterprise stand in the global chain?' }),
      h('p', { text: 'Search for an enterprise by its English or Chinese name above, or start from one of the most connected:' }),
      h('ul', { class: 'starters' }, (welcome_rows ?? []).map((r) =>
        h('li', {}, h('button', { type: 'button', class: 'starter', 'data-id': r.id, onclick: () => dispatch({ type: 'open', id: r.id }), text: r.name })))));
  }
}

let welcome_rows = null;

async function render() {
  const mine = ++generation;
  document.body.dataset.rendering = 'true';
  render_controls();
  render_path();
  await loading(fetch_needed());
  if (mine !== generation) return;
  render_controls();
  render_path();

  const selected = state.selected ? entities.get(state.selected) ?? null : null;
  show_entity($('entity'), selected, {
    expanded: selected ? state.expanded.includes(selected.node.id) : false,
    open: (id) => dispatch({ type: 'open', id }),
    expand: (id) => dispatch({ type: 'expand', id }),
    collapse: (id) => dispatch({ type: 'collapse', id }),
    position: (id) => { dispatch({ type: 'select', id }); dispatch({ type: 'set_view', view: 'position' }); },
    path_from: (node) => { from_box.set(node); $('path-to').focus(); },
    path_to: (node) => { to_box.set(node); $('path-from').focus(); },
  });

  if (state.view === 'graph') {
    const graph = derive(state, data);
    render_welcome(graph);
    const center = state.expanded[0] ?? state.selected ?? null; // selecting another node does not re-lay the view out
    const drawn = await loading(canvas.show(graph, { layout: state.layout, center }));
    if (mine !== generation) return;
    const when = state.as_of === null ? '' : ` As of the end of ${state.as_of}.`;
    say(graph.nodes.length ? `${drawn.nodes} nodes and ${drawn.edges} connections on screen.${when}` : '');
  } else if (state.view === 'position') {
    const root = $('position-view');
    const answer = state.selected ? positions.get(position_key(state.selected)) : null;
    if (!answer) {
      fill(clear(root), h('h2', { text: 'Position in the global chain' }),
        h('p', { class: 'hint', text: 'Select an enterprise (search above) to see its markets, roles, tiers and ranks.' }));
    } else {
      await loading(show_position(root, answer, {
        open: (id) => dispatch({ type: 'open', id }),
        on_csv: (matrix, named) => download(new Blob([to_csv(
          [{ key: 'market', label: 'market' }, { key: 'grade', label: 'depth' }, ...matrix.roles.map((r) => ({ key: r, label: named(r) })),
            { key: 'through', label: 'through' }],
          matrix.rows.map((row) => ({ market: row.market.name, grade: row.grade, through: row.subsidiaries.map(named).join('; '),
            ...Object.fromEntries(matrix.roles.map((r, i) => [r, row.cells[i] ? 'yes' : ''])) })),
        )], { type: 'text/csv' }), `chainex-position-${answer.id}.csv`),
      }));
      render_timeline(root, answer);
    }
  } else {
    render_rankings();
  }
  if (mine === generation) {
    delete document.body.dataset.rendering;
    performance.mark('chainex:view-ready');
  }
}

// The entity's timeline under its position; undated connections are counted from the entity answer.
function render_timeline(root, position) {
  const answer = timelines.get(position.id);
  if (!answer) return;
  const names = new Map(Object.entries(position.nodes ?? {}).map(([id, n]) => [id, n.name]));
  for (const m of position.markets ?? []) names.set(m.market.id, m.market.name);
  if (position.node) names.set(position.id, position.node.name);
  const entity = entities.get(position.id);
  const undated = entity ? [...entity.edges.out, ...entity.edges.in].filter((e) => !e.properties?.since).length : 0;
  const section = h('section', { id: 'timeline', 'aria-labelledby': 'timeline-heading' });
  root.append(section);
  // depth_by_year names markets by country code ("HU"); events name nodes by id
  const named = (id) => names.get(id) ?? (/^[A-Z]{2}$/.test(id) ? country_name(id) : id.startsWith('mkt:') ? country_name(id.slice(4)) : name_of(id));
  show_timeline(section, answer, { name_of: named, undated, as_of: state.as_of });
}

function render_rankings() {
  const day = as_of_day(state.as_of);
  const key = ranking_key(state.rankings.metric, state.rankings.kind, day);
  show_rankings($('rankings-view'), rankings.get(state.rankings.metric, state.rankings.kind, day), {
    state, metrics, kinds: Object.keys(stats?.kinds ?? {}), nodes: stats?.nodes, dispatch,
    open: (id) => dispatch({ type: 'open', id }),
    on_csv: (rows) => download(new Blob([to_csv(ranking_columns, rows)], { type: 'text/csv' }), `chainex-${state.rankings.metric}.csv`),
    on_cancel: (which) => rankings.cancel(key, which),
    on_retry: () => rankings.retry(key),
  });
}

// A followed ranking moved on: its progress bar moves in place; a new phase redraws the view.
function on_rankings_change(key) {
  const day = as_of_day(state.as_of);
  if (state.view !== 'rankings' || key !== ranking_key(state.rankings.metric, state.rankings.kind, day)) return;
  if (document.body.dataset.rendering) return; // render() draws it when its fetches are in
  if (!update_rankings_jobs($('rankings-view'), rankings.get(state.rankings.metric, state.rankings.kind, day), stats?.nodes)) render_rankings();
}

// ---- static controls, built once from /api/stats ----
function checkbox(name, value, label, on_change, swatch_color) {
  const input = h('input', { type: 'checkbox', name, value, checked: true, onchange: on_change });
  const swatch = swatch_color ? h('span', { class: 'swatch', 'data-kind': value }) : null;
  return h('label', { class: 'check' }, input, swatch, label);
}

function build_filters() {
  const kinds = [...new Set([...Object.keys(kind_styles), ...Object.keys(stats.kinds ?? {})])];
  const kind_box = $('kind-filters');
  for (const kind of kinds) {
    const count = stats.kinds?.[kind] ?? 0;
    kind_box.append(checkbox('kind', kind, `${kind_style(kind).label} (${count})`, () => dispatch({ type: 'toggle_kind', kind }), true));
  }
  const type_box = $('type-filters');
  for (const [type, count] of Object.entries(stats.types ?? {}).sort()) {
    type_box.append(checkbox('type', type, `${type.replaceAll('_', ' ')} (${count})`, () => dispatch({ type: 'toggle_type', edge_type: type })));
  }
  const dataset = stats.dataset ?? {};
  clear($('dataset')).append(h('p', {}, dataset.name ? h('strong', { text: `${dataset.name} ` }) : null,
    `${stats.nodes} nodes, ${stats.edges} connections, ${stats.countries ?? '?'} countries.`,
    h('span', { class: 'hint', id: 'graph-version', text: ` Version ${stats.version}${stats.origin === 'import' ? ', imported' : ''}.` })),
  dataset.description ? h('p', { class: 'hint', text: dataset.description }) : null);
}

// The country filter offers the countries of the entities fetched so far (and the one in the URL).
function render_country_filter() {
  const select = $('country-filter');
  const codes = new Set([...data.nodes.values()].map((n) => n.country).filter(Boolean));
  if (state.country) codes.add(state.country);
  if (codes.size + 1 !== select.options.length) {
    const sorted = [...codes].sort((a, b) => country_name(a).localeCompare(country_name(b)));
    select.replaceChildren(h('option', { value: '', text: 'all countries' }),
      ...sorted.map((code) => h('option', { value: code, text: `${country_name(code)} (${code})` })));
  }
  select.value = state.country;
}

function install_kind_colours() {
  const sheet = new CSSStyleSheet();
  for (const [kind, style] of Object.entries(kind_styles)) {
    sheet.insertRule(`[data-kind="${kind}"].badge, [data-kind="${kind}"].dot, [data-kind="${kind}"].swatch { background: ${style.color}; }`);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const from_box = search_box($('path-from'), $('path-from-list'), { search: (q) => api.search(q, 8), on_pick: () => {}, on_error: complain });
const to_box = search_box($('path-to'), $('path-to-list'), { search: (q) => api.search(q, 8), on_pick: () => {}, on_error: complain });
search_box($('search-input'), $('search-list'), {
  search: (q) => api.search(q, 10),
  on_pick: (r) => dispatch({ type: 'open', id: r.id }),
  on_error: complain,
});

function wire() {
  for (const button of document.querySelectorAll('.tabs button')) {
    button.addEventListener('click', () => dispatch({ type: 'set_view', view: button.dataset.view }));
  }
  document.querySelector('form.search').addEventListener('submit', (event) => event.preventDefault());
  $('country-filter').addEventListener('change', (event) => dispatch({ type: 'set_country', country: event.target.value }));
  for (const radio of document.querySelectorAll('#layout-choice input')) {
    radio.addEventListener('change', () => dispatch({ type: 'set_layout', layout: radio.value }));
  }
  $('fit').addEventListener('click', () => canvas.fit());
  $('clear-graph').addEventListener('click', () => dispatch({ type: 'clear_graph' }));
  $('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const from = from_box.value(), to = to_box.value();
    if (!from || !to) {
      complain({ title: 'Pick both ends', detail: 'choose “From” and “To” from the suggestions' });
      return;
    }
    dispatch({ type: 'set_path', from, to, k: $('path-k').value, relations: $('path-relations').value, rank: $('path-rank').value });
  });
  $('path-clear').addEventListener('click', () => { from_box.set(null); to_box.set(null); dispatch({ type: 'clear_path' }); });
  $('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      say('Link copied: it reopens this view.');
    } catch {
      say(`Copy this link: ${location.href}`);
    }
  });
  const importer = import_dialog({
    on_imported: (report) => { // reopen the page on the new graph; start() says what was imported
      sessionStorage.setItem(imported_key, JSON.stringify({ version: report.version, nodes: report.nodes, edges: report.edges }));
      location.replace('/');
    },
  });
  $('import-data').addEventListener('click', () => importer.open());
  $('export-png').addEventListener('click', async () => {
    await dispatch({ type: 'set_view', view: 'graph' });
    download(await canvas.png(), 'chainex-graph.png');
  });
}

const imported_key = 'chainex.imported';
function announce_import() {
  const imported = JSON.parse(sessionStorage.getItem(imported_key) ?? 'null');
  if (!imported) return;
  sessionStorage.removeItem(imported_key);
  say(`Imported ${imported.nodes} nodes and ${imported.edges} connections: the server now shows version ${imported.version}.`);
}

async function start() {
  install_kind_colours();
  wire();
  render_controls();
  try {
    [stats, metrics] = await loading(Promise.all([api.stats(), api.metrics().then((m) => (Array.isArray(m) ? m : m.metrics ?? []))]));
    build_filters();
    const years = slider_years(stats.dated_edges?.first, new Date().getFullYear());
    slider = time_slider($('timebar'), { ...years, on_change: (year) => dispatch({ type: 'set_as_of', year }) });
    slider.set(state.as_of);
  } catch (error) {
    complain(error);
  }
  // fill the path boxes and the starters in the background; they are not needed to draw
  if (state.path) {
    for (const [box, id] of [[from_box, state.path.from], [to_box, state.path.to]]) box.set({ id, name: id });
  }
  const first = render();
  api.centrality({ metric: 'degree', kind: 'enterprise', top: 8 })
    .then((answer) => { welcome_rows = answer.results ?? []; render_welcome(derive(state, data)); })
    .catch(complain);
  await first;
  announce_import();
  if (state.path) {
    from_box.set({ id: state.path.from, name: name_of(state.path.from) });
    to_box.set({ id: state.path.to, name: name_of(state.path.to) });
  }
  document.body.dataset.ready = 'true';
  performance.mark('chainex:first-view');
}

window.chainex = {
  state: () => state,
  canvas: () => canvas.info(),
  path: () => { // the path answer shown, with the kind of every node on it and the edges it names
    const answer = path_of(state, data);
    return answer && { ...answer, kinds: Object.fromEntries([...data.nodes].map(([id, n]) => [id, n.kind])),
      edges: Object.fromEntries(data.edges) };
  },
  show_graph: (graph, layout = 'force') => { $('welcome').hidden = true; return canvas.show(graph, { layout }); },
  pan_by: (dx, dy) => canvas.pan_by(dx, dy),
  rendered_position: (id) => canvas.rendered_position(id),
};

start();
