// Arrow-key moves between canvas nodes: straight ahead beats nearer but off to the side, nothing
// behind or beyond 45° counts, and an empty direction gives null.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { next_in_direction } from '../../../web/src/spatial_nav.js';

const at = { x: 0, y: 0 };
const nodes = [
  { id: 'ahead', x: 100, y: 0 },    // right, on the axis: along 100, across 0 → 100
  { id: 'near-side', x: 50, y: 40 }, // right, off the axis: along 50, across 40 → 130
  { id: 'steep', x: 10, y: -60 },   // 80° off the right: only "up"
  { id: 'behind', x: -30, y: 5 },
  { id: 'below', x: 20, y: 90 },
];

test('the node straight ahead beats a nearer one off to the side', () => {
  assert.equal(next_in_direction(at, 'right', nodes), 'ahead');
  assert.equal(next_in_direction(at, 'left', nodes), 'behind');
  assert.equal(next_in_direction(at, 'up', nodes), 'steep');
  assert.equal(next_in_direction(at, 'down', nodes), 'below');
});

test('nothing that way, or no nodes, gives null; the start node itself never counts', () => {
  assert.equal(next_in_direction(at, 'left', nodes.filter((n) => n.id !== 'behind')), null);
  assert.equal(next_in_direction(at, 'right', []), null);
  assert.equal(next_in_direction(at, 'right', [{ id: 'self', x: 0, y: 0 }]), null);
  assert.equal(next_in_direction(at, 'sideways', nodes), null);
});
