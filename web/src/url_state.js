// The view state in the URL fragment, so a copied link reopens the same view.
// `to_fragment(state)` writes only what differs from the initial state, as URLSearchParams text
// (ids are percent-encoded, lists are repeated keys); `from_fragment(text)` reads it back,
// ignoring anything malformed. Pure, tested under `node --test`.
import { initial_state, views, layouts, sort_keys, path_relations, path_ranks } from './state.js';

export function to_fragment(state) {
  const p = new URLSearchParams();
  if (state.view !== initial_state.view) p.set('view', state.view);
  if (state.selected) p.set('sel', state.selected);
  for (const id of state.expanded) p.append('exp', id);
  for (const kind of state.hidden_kinds) p.append('hide', kind);
  for (const type of state.hidden_types) p.append('hidetype', type);
  if (state.country) p.set('country', state.country);
  if (state.layout !== initial_state.layout) p.set('layout', state.layout);
  if (state.path) {
    p.set('from', state.path.from);
    p.set('to', state.path.to);
    if (state.path.k !== 1) p.set('k', String(state.path.k));
    if (state.path.relations && state.path.relations !== 'business') p.set('rel', state.path.relations);
    if (state.path.rank && state.path.rank !== 'informative') p.set('rank', state.path.rank);
  }
  const r = state.rankings, r0 = initial_state.rankings;
  if (r.metric !== r0.metric) p.set('metric', r.metric);
  if (r.kind !== r0.kind) p.set('rkind', r.kind);
  if (r.sort !== r0.sort) p.set('sort', r.sort);
  if (r.descending !== r0.descending) p.set('desc', r.descending ? '1' : '0');
  if (state.as_of !== null) p.set('asof', String(state.as_of));
  return p.toString();
}

const unique = (list) => [...new Set(list.filter((v) => v !== ''))];

export function from_fragment(text) {
  const p = new URLSearchParams(text.startsWith('#') ? text.slice(1) : text);
  const pick = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);
  const k = Number.parseInt(p.get('k') ?? '1', 10);
  const from = p.get('from'), to = p.get('to');
  const r0 = initial_state.rankings;
  const as_of = Number.parseInt(p.get('asof') ?? '', 10);
  return {
    view: pick(p.get('view'), views, initial_state.view),
    selected: p.get('sel') || null,
    expanded: unique(p.getAll('exp')),
    hidden_kinds: unique(p.getAll('hide')).sort(),
    hidden_types: unique(p.getAll('hidetype')).sort(),
    country: p.get('country') ?? '',
    layout: pick(p.get('layout'), layouts, initial_state.layout),
    path: from && to ? { from, to, k: k >= 1 && k <= 10 ? k : 1, relations: pick(p.get('rel'), path_relations, 'business'),
      rank: pick(p.get('rank'), path_ranks, 'informative') } : null,
    rankings: {
      metric: p.get('metric') || r0.metric,
      kind: p.get('rkind') ?? r0.kind,
      sort: pick(p.get('sort'), sort_keys, r0.sort),
      descending: p.has('desc') ? p.get('desc') === '1' : r0.descending,
    },
    as_of: as_of >= 1000 && as_of <= 9999 ? as_of : null,
  };
}
