// Deriving the drawn elements from view state and fetched data: union of neighbourhoods, filters,
// path, and the selection surviving its own filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initial_state, reduce } from '../../../web/src/state.js';
import { graph_data, add_neighbourhood, add_entity, set_path, derive } from '../../../web/src/graph_data.js';

const n = (id, kind, country) => ({ id, kind, name: id, ...(country ? { country } : {}) });
const e = (id, source, target, type) => ({ id, source, target, type, weight: 1, directed: true, properties: {} });

function sample() {
  const data = graph_data();
  add_neighbourhood(data, {
    center: 'ent:byd',
    nodes: [n('ent:byd', 'enterprise', 'CN'), n('sub:hu', 'subsidiary', 'HU'), n('sub:br', 'subsidiary', 'BR'), n('per:wang', 'person', 'CN')],
    edges: [e(0, 'ent:byd', 'sub:hu', 'owns'), e(1, 'ent:byd', 'sub:br', 'owns'), e(2, 'per:wang', 'ent:byd', 'leads')],
    truncated: false,
  });
  add_neighbourhood(data, {
    center: 'sub:hu',
    nodes: [n('sub:hu', 'subsidiary', 'HU'), n('ent:byd', 'enterprise', 'CN'), n('mkt:HU', 'market', 'HU')],
    edges: [e(0, 'ent:byd', 'sub:hu', 'owns'), e(3, 'sub:hu', 'mkt:HU', 'located_in')],
    truncated: false,
  });
  return data;
}

const ids = (list) => list.map((x) => x.id).sort();

test('nothing expanded draws nothing', () => {
  assert.deepEqual(derive(initial_state, sample()), { nodes: [], edges: [] });
});

test('the union of expanded neighbourhoods, centres flagged', () => {
  const s = [{ type: 'open', id: 'ent:byd' }, { type: 'expand', id: 'sub:hu' }].reduce(reduce, initial_state);
  const g = derive(s, sample());
  assert.deepEqual(ids(g.nodes), ['ent:byd', 'mkt:HU', 'per:wang', 'sub:br', 'sub:hu']);
  assert.deepEqual(ids(g.edges), [0, 1, 2, 3]);
  assert.deepEqual(g.nodes.filter((x) => x.center).map((x) => x.id).sort(), ['ent:byd', 'sub:hu']);
  assert.equal(g.nodes.find((x) => x.id === 'ent:byd').selected, true);
});

test('kind, type and country filters hide nodes, and edges lose hidden ends', () => {
  let s = [{ type: 'open', id: 'ent:byd' }, { type: 'toggle_kind', kind: 'person' }, { type: 'toggle_type', edge_type: 'owns' }].reduce(reduce, initial_state);
  let g = derive(s, sample());
  assert.deepEqual(ids(g.nodes), ['ent:byd', 'sub:br', 'sub:hu']);
  assert.deepEqual(ids(g.edges), []);
  s = reduce(reduce(initial_state, { type: 'open', id: 'ent:byd' }), { type: 'set_country', country: 'HU' });
  g = derive(s, sample());
  assert.deepEqual(ids(g.nodes), ['ent:byd', 'sub:hu'], 'the selection stays, BR and CN nodes go');
});

test('a path answer adds its nodes and edges, flagged, even when filtered', () => {
  const data = sample();
  const query = { from: 'per:wang', to: 'mkt:HU', k: 1 };
  set_path(data, query, {
    found: true,
    paths: [{ nodes: ['per:wang', 'ent:byd', 'sub:hu', 'mkt:HU'], edges: [2, 0, 3], hops: 3, cost: 3 }],
    nodes: { 'mkt:HU': n('mkt:HU', 'market', 'HU') },
    edges: { 3: e(3, 'sub:hu', 'mkt:HU', 'located_in') },
  });
  const s = [{ type: 'toggle_kind', kind: 'person' }, { type: 'set_path', ...query }].reduce(reduce, initial_state);
  const g = derive(s, data);
  assert.deepEqual(ids(g.nodes), ['ent:byd', 'mkt:HU', 'per:wang', 'sub:hu']);
  assert.ok(g.nodes.every((x) => x.on_path));
  assert.deepEqual(ids(g.edges), [0, 2, 3]);
  const other = reduce(s, { type: 'set_path', from: 'a', to: 'b' });
  assert.deepEqual(derive(other, data).nodes, [], 'a stale path answer is not drawn');
});

test('an entity answer records the node, its edges and their other ends', () => {
  const data = graph_data();
  add_entity(data, {
    node: { ...n('ent:byd', 'enterprise', 'CN'), properties: { sector: 'autos' } },
    edges: { out: [{ ...e(0, 'ent:byd', 'sub:hu', 'owns'), other: n('sub:hu', 'subsidiary', 'HU') }], in: [] },
    degree: { in: 0, out: 1 },
  });
  assert.equal(data.nodes.get('sub:hu').kind, 'subsidiary');
  assert.equal(data.edges.get('0').other, undefined);
});
