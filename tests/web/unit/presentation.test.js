// Path sentences, the chain layout's columns, CSV export, ranking sort and the depth matrix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { path_sentence, verb } from '../../../web/src/path_sentence.js';
import { chain_columns, chain_positions } from '../../../web/src/chain_layout.js';
import { to_csv } from '../../../web/src/csv.js';
import { sort_rows } from '../../../web/src/rankings.js';
import { depth_matrix } from '../../../web/src/position.js';

const node = (id, kind, name) => ({ id, kind, name });
const edge = (id, source, target, type) => ({ id, source, target, type });

test('a path reads forwards and backwards along its edges', () => {
  const nodes = {
    'ent:byd': node('ent:byd', 'enterprise', 'BYD'),
    'sub:byd-hu': node('sub:byd-hu', 'subsidiary', 'BYD Auto Hungary'),
    'mkt:HU': node('mkt:HU', 'market', 'Hungary'),
    'sub:catl-hu': node('sub:catl-hu', 'subsidiary', 'CATL Hungary'),
    'ent:catl': node('ent:catl', 'enterprise', 'CATL'),
  };
  const edges = {
    4: edge(4, 'ent:byd', 'sub:byd-hu', 'owns'),
    9: edge(9, 'sub:byd-hu', 'mkt:HU', 'located_in'),
    12: edge(12, 'sub:catl-hu', 'mkt:HU', 'located_in'),
    2: edge(2, 'ent:catl', 'sub:catl-hu', 'owns'),
  };
  const path = { nodes: ['ent:byd', 'sub:byd-hu', 'mkt:HU', 'sub:catl-hu', 'ent:catl'], edges: [4, 9, 12, 2] };
  assert.equal(
    path_sentence(path, nodes, edges),
    'BYD owns BYD Auto Hungary, which is located in Hungary, which hosts CATL Hungary, which is owned by CATL.',
  );
});

test('people take "who", unknown types are named, a one-node path is its name', () => {
  const nodes = { a: node('a', 'person', 'Wang Chuanfu'), b: node('b', 'enterprise', 'BYD'), c: node('c', 'enterprise', 'X') };
  const edges = { 0: edge(0, 'b', 'a', 'leads'), 1: edge(1, 'b', 'c', 'licenses_to') };
  assert.equal(path_sentence({ nodes: ['a', 'b', 'c'], edges: [0, 1] }, nodes, edges), 'Wang Chuanfu is led by BYD, which is linked (licenses to) to X.');
  assert.equal(path_sentence({ nodes: ['a'], edges: [] }, nodes, edges), 'Wang Chuanfu.');
  assert.equal(verb('leads', true), 'leads');
});

test('the chain layout puts suppliers left, then enterprise, subsidiaries, markets, roles, customers', () => {
  const nodes = [
    node('s2', 'enterprise', 'Lithium miner'), node('s1', 'enterprise', 'CATL'), node('c', 'enterprise', 'BYD'),
    node('sub', 'subsidiary', 'BYD Hungary'), node('m', 'market', 'Hungary'), node('r', 'role', 'manufacturing'),
    node('k1', 'enterprise', 'Fleet buyer'), node('p', 'person', 'Wang'),
  ];
  const edges = [
    edge(0, 's2', 's1', 'supplies'), edge(1, 's1', 'c', 'supplies'), edge(2, 'c', 'sub', 'owns'),
    edge(3, 'sub', 'm', 'located_in'), edge(4, 'sub', 'r', 'performs'), edge(5, 'c', 'k1', 'supplies'),
    edge(6, 'p', 'c', 'leads'), edge(7, 'k1', 'c', 'partners_with'),
  ];
  const columns = Object.fromEntries(chain_columns(nodes, edges, 'c'));
  assert.deepEqual(columns, { s2: -2, s1: -1, c: 0, p: 0, sub: 1, m: 2, r: 3, k1: 4 });
  const pos = chain_positions(nodes, edges, 'c');
  assert.ok(pos.get('s2').x < pos.get('s1').x && pos.get('s1').x < pos.get('c').x && pos.get('c').x < pos.get('sub').x);
  assert.equal(pos.get('c').x, pos.get('p').x);
  assert.notEqual(pos.get('c').y, pos.get('p').y, 'one column, two rows');
});

test('the chain layout survives supply cycles', () => {
  const nodes = [node('a', 'enterprise', 'A'), node('b', 'enterprise', 'B')];
  const edges = [edge(0, 'a', 'b', 'supplies'), edge(1, 'b', 'a', 'supplies')];
  assert.deepEqual(Object.fromEntries(chain_columns(nodes, edges, 'a')), { a: 0, b: -1 });
});

test('CSV quotes what needs quoting and ends lines in CRLF', () => {
  const text = to_csv([{ key: 'name', label: 'Name' }, { key: 'value', label: 'Value' }], [
    { name: 'BYD, Ltd "auto"', value: 1.5 }, { name: '比亚迪', value: null }, { name: 'a\nb', value: 0 },
  ]);
  assert.equal(text, 'Name,Value\r\n"BYD, Ltd ""auto""",1.5\r\n比亚迪,\r\n"a\nb",0\r\n');
});

test('rows sort by any column, ties in rank order', () => {
  const rows = [
    { rank: 1, name: 'b', kind: 'enterprise', value: 3 },
    { rank: 2, name: 'a', kind: 'market', value: 2 },
    { rank: 3, name: 'c', kind: 'enterprise', value: 2 },
  ];
  assert.deepEqual(sort_rows(rows, 'name', false).map((r) => r.name), ['a', 'b', 'c']);
  assert.deepEqual(sort_rows(rows, 'value', false).map((r) => r.rank), [2, 3, 1]);
  assert.deepEqual(sort_rows(rows, 'kind', true).map((r) => r.rank), [2, 1, 3]);
  assert.deepEqual(sort_rows(rows, 'rank', true).map((r) => r.rank), [3, 2, 1]);
});

test('the depth matrix has markets deepest first, home after abroad, one named column per role', () => {
  const m = (id, depth, roles, home = false) => ({ market: { id, name: id }, depth, roles, home });
  const names = { 'role:manufacturing': 'Manufacturing', 'role:sales': 'Sales', 'role:r_and_d': 'Research & development' };
  const { roles, rows } = depth_matrix([m('HU', 1, ['role:sales']), m('CN', 0, [], true), m('BR', 3, ['role:r_and_d', 'role:sales']),
    m('AA', 3, ['role:manufacturing'], true), m('VN', 0, [])], (id) => names[id]);
  assert.deepEqual(roles, ['role:manufacturing', 'role:r_and_d', 'role:sales']);
  assert.deepEqual(rows.map((r) => [r.market.id, r.grade, r.cells]), [
    ['BR', 'making', [false, true, true]], ['AA', 'making', [true, false, false]], ['HU', 'selling', [false, false, true]],
    ['VN', 'present', [false, false, false]], ['CN', 'home', [false, false, false]]]);
});

test('the fast force layout keeps linked nodes close and every node apart', async () => {
  const { force_positions } = await import('../../../web/src/force_layout.js');
  const { synthetic_graph } = await import('../synthetic_graph.js');
  const g = synthetic_graph(2000, 2600);
  const ids = g.nodes.map((n) => n.id);
  const t0 = performance.now();
  const pos = force_positions(ids, g.edges, { length: 60, seed: 3 });
  const ms = performance.now() - t0;
  assert.equal(pos.size, 2000);
  for (const p of pos.values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
  const dist = (a, b) => Math.hypot(pos.get(a).x - pos.get(b).x, pos.get(a).y - pos.get(b).y);
  const linked = g.edges.slice(0, 1999).reduce((s, e) => s + dist(e.source, e.target), 0) / 1999; // the spanning tree
  let random_pairs = 0;
  for (let i = 0; i < 1000; ++i) random_pairs += dist(ids[(i * 7919) % 2000], ids[(i * 104729 + 13) % 2000]);
  random_pairs /= 1000;
  assert.ok(linked * 3 < random_pairs, `tree links ${linked.toFixed(0)} vs random pairs ${random_pairs.toFixed(0)}`);
  const points = new Set([...pos.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
  assert.ok(points.size > 1990, 'nodes do not pile up');
  assert.deepEqual(force_positions(ids, g.edges, { length: 60, seed: 3 }), pos, 'deterministic for a seed');
  // About 0.4 s on a quiet machine. The bound only catches a layout gone quadratic; it is 30 s because the
  // suite shares 2 cores with builds and other engineers' tests, where a tight bound would flake.
  assert.ok(ms < 30_000, `2,000 nodes took ${ms.toFixed(0)} ms to lay out`);
});

test('the fast force layout handles empty, single and disconnected graphs', async () => {
  const { force_positions } = await import('../../../web/src/force_layout.js');
  assert.equal(force_positions([], []).size, 0);
  assert.deepEqual([...force_positions(['a'], []).keys()], ['a']);
  const pos = force_positions(['a', 'b', 'c'], [{ source: 'a', target: 'b' }, { source: 'a', target: 'zz' }]);
  assert.equal(pos.size, 3);
  assert.ok(Math.hypot(pos.get('a').x - pos.get('c').x, pos.get('a').y - pos.get('c').y) > 1);
});
