// Every hop cited (issue 14): cited_path gives each hop of a path its source as a footnote number,
// shares a number between hops citing the same source, and marks a hop without a citation unverified.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cited_path, path_sentence } from '../../../web/src/path_sentence.js';

const nodes = {
  a: { id: 'a', name: 'BYD', kind: 'enterprise' },
  b: { id: 'b', name: 'Horizon Robotics', kind: 'enterprise' },
  c: { id: 'c', name: 'Volkswagen Group', kind: 'enterprise' },
  d: { id: 'd', name: 'Wang Chuanfu', kind: 'person' },
};
const edges = {
  0: { source: 'b', target: 'a', type: 'supplies', citation: 'Reuters — Horizon supplies BYD — 2024', url: 'https://example.org/1' },
  1: { source: 'b', target: 'c', type: 'partners_with', citation: 'FT — VW and Horizon — 2023', url: 'https://example.org/2' },
  2: { source: 'd', target: 'c', type: 'leads' },
  3: { source: 'a', target: 'c', type: 'supplies', properties: { citation: 'Reuters — Horizon supplies BYD — 2024', url: 'https://example.org/1', status: 'unverified' } },
};

// Edges as the API gives them: citation and url among the properties (the first two use the flat form).
test('each hop carries its source, numbered in order of first use', () => {
  const path = { nodes: ['a', 'b', 'c'], edges: [0, 1] };
  const told = cited_path(path, nodes, edges);
  assert.deepEqual(told.hops.map((h) => h.note), [1, 2]);
  assert.deepEqual(told.notes, [
    { number: 1, title: 'Reuters — Horizon supplies BYD — 2024', url: 'https://example.org/1' },
    { number: 2, title: 'FT — VW and Horizon — 2023', url: 'https://example.org/2' },
  ]);
  // the clauses read as the plain sentence does
  assert.equal(`${told.hops.map((h) => h.text).join('')}.`, path_sentence(path, nodes, edges));
});

test('a source cited twice keeps one number; a hop without a citation is unverified', () => {
  const told = cited_path({ nodes: ['b', 'a', 'c', 'd'], edges: [0, 3, 2] }, nodes, edges);
  assert.deepEqual(told.hops.map((h) => h.note), [1, 1, null]);
  assert.deepEqual(told.hops.map((h) => h.unverified), [false, true, true]); // status "unverified"; no citation
  assert.equal(told.notes.length, 1);
  assert.match(told.hops[2].text, /^, which is led by Wang Chuanfu$/);
});

test('a one-node path has no hops and no notes', () => {
  assert.deepEqual(cited_path({ nodes: ['a'], edges: [] }, nodes, edges), { hops: [], notes: [] });
});

test('a dated hop carries its dates and how they are known; an undated one none', () => {
  const dated = {
    0: { source: 'b', target: 'a', type: 'supplies', properties: { citation: 'x', since: '2023', since_basis: 'source-year' } },
    1: { source: 'b', target: 'c', type: 'partners_with', properties: { citation: 'y', since: '2020-07', until: '2022-07' } },
    2: { source: 'd', target: 'c', type: 'leads', properties: { citation: 'z' } },
  };
  const told = cited_path({ nodes: ['a', 'b', 'c', 'd'], edges: [0, 1, 2] }, nodes, dated);
  assert.deepEqual(told.hops.map((h) => h.when), ['since 2023 (year of the source, not of the start)', '2020-07 – 2022-07', null]);
});
