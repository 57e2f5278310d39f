// Graph data fetched from the server, kept apart from the view state, and what the canvas shows.
// A `graph_data()` store holds every node summary and edge seen so far, the neighbourhood of each
// expanded centre and the current path answer; `derive(state, data)` turns the view state into the
// elements to draw: the union of expanded neighbourhoods, the selection and the path, less what the
// filters hide. With a date (state.as_of), what was not there yet, or no longer, stays in the list marked
// `absent`, so the canvas hides it without laying the rest out again: the picture holds still while the
// time slider moves. Pure (the store is a plain object filled by main.js), tested under `node --test`.
import { as_of_day, present_on } from './time.js';

export function graph_data() {
  return { nodes: new Map(), edges: new Map(), hoods: new Map(), path: null };
}

function add_nodes(data, nodes) {
  for (const n of nodes) data.nodes.set(n.id, { ...data.nodes.get(n.id), ...n });
}

function add_edges(data, edges) {
  for (const e of edges) data.edges.set(String(e.id), e);
}

// An answer of GET /api/nodes/{id}/neighbors.
export function add_neighbourhood(data, answer) {
  add_nodes(data, answer.nodes);
  add_edges(data, answer.edges);
  data.hoods.set(answer.center, {
    nodes: answer.nodes.map((n) => n.id),
    edges: answer.edges.map((e) => String(e.id)),
    truncated: Boolean(answer.truncated),
  });
}

// An answer of GET /api/nodes/{id}: the node and its edges with the summaries at their other end.
export function add_entity(data, answer) {
  add_nodes(data, [answer.node]);
  for (const e of [...answer.edges.out, ...answer.edges.in]) {
    add_nodes(data, [e.other]);
    const { other, ...edge } = e;
    add_edges(data, [edge]);
  }
}

// An answer of GET /api/path for the query {from, to, k}.
export function set_path(data, query, answer) {
  add_nodes(data, Object.values(answer.nodes ?? {}));
  add_edges(data, Object.values(answer.edges ?? {}));
  data.path = { query, found: answer.found, paths: answer.paths ?? [], relations: answer.relations, business: answer.business,
    structural_path: answer.structural_path ?? null, note: answer.note ?? null };
}

const same_query = (a, b) => a && b && a.from === b.from && a.to === b.to && a.k === b.k &&
  (a.relations ?? 'business') === (b.relations ?? 'business') && (a.rank ?? 'informative') === (b.rank ?? 'informative') &&
  (a.as_of ?? null) === (b.as_of ?? null);

// The path query the state asks for: its path settings and its date.
export const path_query = (state) => (state.path ? { ...state.path, as_of: state.as_of ?? null } : null);

export function path_of(state, data) {
  return state.path && data.path && same_query(path_query(state), data.path.query) ? data.path : null;
}

// The elements to draw: {nodes: [summary + flags], edges: [edge + flags]}.
// Flags: `selected`, `center` (expanded), `on_path`, `absent` (not there as of the state's date). The
// selection and path nodes survive filters. As of a date, a neighbour is kept when a connection present
// then joins it to an expanded centre (the server's as-of neighbourhood of depth 1), and an edge when it is
// present and both its ends are kept; a node whose own dates exclude the day is absent in any case.
export function derive(state, data) {
  const ids = new Set();
  const edge_ids = new Set();
  for (const center of state.expanded) {
    const hood = data.hoods.get(center);
    if (!hood) continue;
    ids.add(center);
    hood.nodes.forEach((id) => ids.add(id));
    hood.edges.forEach((id) => edge_ids.add(id));
  }
  const path = path_of(state, data);
  const path_nodes = new Set(), path_edges = new Set();
  // with no business connection, the structural one the answer offers is drawn as the path
  for (const p of [...(path?.paths ?? []), ...(path?.structural_path ? [path.structural_path] : [])]) {
    p.nodes.forEach((id) => path_nodes.add(id));
    p.edges.forEach((id) => path_edges.add(String(id)));
  }
  path_nodes.forEach((id) => ids.add(id));
  path_edges.forEach((id) => edge_ids.add(id));
  if (state.selected && data.nodes.has(state.selected)) ids.add(state.selected);

  const kept = (n) =>
    n.id === state.selected || path_nodes.has(n.id) ||
    (!state.hidden_kinds.includes(n.kind) && (!state.country || !n.country || n.country === state.country));
  const nodes = [];
  for (const id of ids) {
    const n = data.nodes.get(id);
    if (n && kept(n)) {
      nodes.push({ ...n, selected: id === state.selected, center: state.expanded.includes(id), on_path: path_nodes.has(id) });
    }
  }
  const shown = new Set(nodes.map((n) => n.id));
  const edges = [];
  for (const id of edge_ids) {
    const e = data.edges.get(id);
    if (!e || !shown.has(e.source) || !shown.has(e.target)) continue;
    if (state.hidden_types.includes(e.type) && !path_edges.has(id)) continue;
    edges.push({ ...e, on_path: path_edges.has(id) });
  }
  const day = as_of_day(state.as_of);
  if (day === null) return { nodes, edges };
  const centers = new Set(state.expanded);
  const joined = new Set(nodes.filter((n) => n.selected || n.center || n.on_path).map((n) => n.id));
  const present = new Set(edges.filter((e) => e.on_path || present_on(e.properties, day)));
  for (const e of present) {
    if (centers.has(e.source)) joined.add(e.target);
    if (centers.has(e.target)) joined.add(e.source);
  }
  for (const n of nodes) n.absent = !joined.has(n.id) || !present_on(n, day);
  const absent = new Set(nodes.filter((n) => n.absent).map((n) => n.id));
  for (const e of edges) e.absent = !present.has(e) || absent.has(e.source) || absent.has(e.target);
  return { nodes, edges };
}
