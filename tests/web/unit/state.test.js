// The view-state reducer and its URL form: every action, and URL round trips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initial_state, reduce } from '../../../web/src/state.js';
import { from_fragment, to_fragment } from '../../../web/src/url_state.js';

const run = (...actions) => actions.reduce(reduce, initial_state);

test('open selects, expands once and shows the graph', () => {
  const s = run({ type: 'set_view', view: 'rankings' }, { type: 'open', id: 'ent:byd' }, { type: 'open', id: 'ent:byd' });
  assert.equal(s.view, 'graph');
  assert.equal(s.selected, 'ent:byd');
  assert.deepEqual(s.expanded, ['ent:byd']);
});

test('collapse removes one centre and keeps the others in order', () => {
  const s = run({ type: 'expand', id: 'a' }, { type: 'expand', id: 'b' }, { type: 'expand', id: 'c' }, { type: 'collapse', id: 'b' });
  assert.deepEqual(s.expanded, ['a', 'c']);
});

test('filters toggle on and off and stay sorted', () => {
  const s = run({ type: 'toggle_kind', kind: 'role' }, { type: 'toggle_kind', kind: 'person' });
  assert.deepEqual(s.hidden_kinds, ['person', 'role']);
  assert.deepEqual(reduce(s, { type: 'toggle_kind', kind: 'role' }).hidden_kinds, ['person']);
  assert.deepEqual(run({ type: 'toggle_type', edge_type: 'owns' }).hidden_types, ['owns']);
});

test('bad layout, view and path are refused; k is clamped', () => {
  assert.equal(run({ type: 'set_layout', layout: 'spiral' }).layout, 'force');
  assert.equal(run({ type: 'set_view', view: 'nowhere' }).view, 'graph');
  assert.equal(run({ type: 'set_path', from: 'a' }).path, null);
  const defaults = { relations: 'business', rank: 'informative' };
  assert.deepEqual(run({ type: 'set_path', from: 'a', to: 'b', k: 99 }).path, { from: 'a', to: 'b', k: 10, ...defaults });
  assert.deepEqual(run({ type: 'set_path', from: 'a', to: 'b', k: 'x' }).path, { from: 'a', to: 'b', k: 1, ...defaults });
  assert.deepEqual(run({ type: 'set_path', from: 'a', to: 'b', relations: 'all', rank: 'nonsense' }).path,
    { from: 'a', to: 'b', k: 1, relations: 'all', rank: 'informative' });
});

test('sorting by the same column flips, another column starts in its natural order', () => {
  const s1 = run({ type: 'sort_rankings', sort: 'value' });
  assert.deepEqual([s1.rankings.sort, s1.rankings.descending], ['value', true]);
  const s2 = reduce(s1, { type: 'sort_rankings', sort: 'value' });
  assert.equal(s2.rankings.descending, false);
  const s3 = reduce(s2, { type: 'sort_rankings', sort: 'name' });
  assert.deepEqual([s3.rankings.sort, s3.rankings.descending], ['name', false]);
  assert.equal(reduce(s3, { type: 'sort_rankings', sort: 'bogus' }), s3);
});

test('the initial state is an empty fragment and reads back', () => {
  assert.equal(to_fragment(initial_state), '');
  assert.deepEqual(from_fragment(''), initial_state);
});

test('a full state survives the URL, ids with any characters included', () => {
  const s = run(
    { type: 'open', id: 'ent:比亚迪/总部 & co,1' },
    { type: 'expand', id: 'sub:byd-hu' },
    { type: 'toggle_kind', kind: 'person' },
    { type: 'toggle_type', edge_type: 'leads' },
    { type: 'set_country', country: 'HU' },
    { type: 'set_layout', layout: 'chain' },
    { type: 'set_path', from: 'ent:byd', to: 'ent:catl', k: 3 },
    { type: 'set_rankings', rankings: { metric: 'pagerank', kind: 'enterprise' } },
    { type: 'sort_rankings', sort: 'value' },
    { type: 'set_view', view: 'rankings' },
  );
  const text = to_fragment(s);
  assert.ok(!text.includes('比'), 'non-ASCII is percent-encoded');
  assert.deepEqual(from_fragment(`#${text}`), s);
});

test('malformed fragments fall back to defaults piece by piece', () => {
  const s = from_fragment('view=zzz&layout=&k=0&from=a&to=b&exp=&exp=x&exp=x&sort=nope&desc=maybe');
  assert.equal(s.view, 'graph');
  assert.equal(s.layout, 'force');
  assert.deepEqual(s.path, { from: 'a', to: 'b', k: 1, relations: 'business', rank: 'informative' });
  assert.deepEqual(s.expanded, ['x']);
  assert.equal(s.rankings.sort, 'rank');
  assert.equal(s.rankings.descending, false);
});
