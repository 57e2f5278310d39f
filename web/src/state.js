// The view state of the explorer and the only way to change it: `reduce(state, action)`.
// The state says what the user looks at (selection, expanded neighbourhoods, filters, layout,
// path query, active view, rankings settings); graph data fetched from the server lives apart
// (graph_data.js) and what is drawn is derived from both. Pure: no DOM, no fetch, so it runs under
// `node --test`. Usage: `state = reduce(state, {type: 'open', id: 'ent:byd'})`.

export const views = ['graph', 'position', 'rankings'];
// A path search walks business relations (the default) or all; ranks paths avoiding hubs (the default) or by hops.
export const path_relations = ['business', 'all'];
export const path_ranks = ['informative', 'shortest'];
export const layouts = ['force', 'chain'];
export const sort_keys = ['rank', 'name', 'kind', 'value'];

export const initial_state = Object.freeze({
  view: 'graph',
  selected: null,
  expanded: [],
  hidden_kinds: [],
  hidden_types: [],
  country: '',
  layout: 'force',
  path: null, // {from, to, k, relations: business|all, rank: informative|shortest}
  rankings: { metric: 'degree', kind: 'enterprise', sort: 'rank', descending: false }, // kind '': all kinds
  as_of: null, // a year: the graph as of its end (time.js); null: now
});

const toggle = (list, value) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();

const without = (list, value) => list.filter((v) => v !== value);

// Every action is a plain object; unknown actions leave the state unchanged.
export function reduce(state, action) {
  switch (action.type) {
    case 'select':
      return { ...state, selected: action.id ?? null };
    case 'expand':
      return state.expanded.includes(action.id) ? state : { ...state, expanded: [...state.expanded, action.id] };
    case 'collapse':
      return { ...state, expanded: without(state.expanded, action.id) };
    case 'open': // what a search pick or a ranking row does: select, show its neighbourhood, look at the graph
      return reduce(reduce({ ...state, view: 'graph' }, { type: 'select', id: action.id }), {
        type: 'expand',
        id: action.id,
      });
    case 'clear_graph':
      return { ...state, expanded: [], selected: null, path: null };
    case 'toggle_kind':
      return { ...state, hidden_kinds: toggle(state.hidden_kinds, action.kind) };
    case 'toggle_type':
      return { ...state, hidden_types: toggle(state.hidden_types, action.edge_type) };
    case 'set_country':
      return { ...state, country: action.country ?? '' };
    case 'set_layout':
      return layouts.includes(action.layout) ? { ...state, layout: action.layout } : state;
    case 'set_view':
      return views.includes(action.view) && action.view !== state.view ? { ...state, view: action.view } : state;
    case 'set_path': {
      const k = Math.min(10, Math.max(1, Number.parseInt(action.k ?? 1, 10) || 1));
      if (!action.from || !action.to) return state;
      const relations = path_relations.includes(action.relations) ? action.relations : 'business';
      const rank = path_ranks.includes(action.rank) ? action.rank : 'informative';
      return { ...state, view: 'graph', path: { from: action.from, to: action.to, k, relations, rank } };
    }
    case 'clear_path':
      return { ...state, path: null };
    case 'set_rankings': {
      const next = { ...state.rankings, ...action.rankings };
      return { ...state, rankings: next };
    }
    case 'sort_rankings': { // clicking the sorted column flips the order, another column sorts by it
      const r = state.rankings;
      if (!sort_keys.includes(action.sort)) return state;
      const descending = r.sort === action.sort ? !r.descending : action.sort === 'value';
      return { ...state, rankings: { ...r, sort: action.sort, descending } };
    }
    case 'set_as_of': { // a year, or null for now
      const year = action.year === null || action.year === undefined ? null : Number.parseInt(action.year, 10);
      const as_of = Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null;
      return as_of === state.as_of ? state : { ...state, as_of };
    }
    case 'replace': // a whole state read from the URL
      return action.state;
    default:
      return state;
  }
}
