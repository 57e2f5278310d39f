// The explorer's time pieces (issue 13): dates as the server reads them (web/src/time.js), the slider's
// year in the state and the URL, and what the canvas hides as of a year (graph_data.js's derive).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { day_of, as_of_day, present_on, dates_text, slider_years } from '../../../web/src/time.js';
import { initial_state, reduce } from '../../../web/src/state.js';
import { to_fragment, from_fragment } from '../../../web/src/url_state.js';
import { graph_data, add_neighbourhood, derive } from '../../../web/src/graph_data.js';

test('a partial date stands for its first day; anything else is no date', () => {
  assert.equal(day_of('2019'), '2019-01-01');
  assert.equal(day_of('2019-06'), '2019-06-01');
  assert.equal(day_of('2019-06-30'), '2019-06-30');
  for (const bad of ['', null, undefined, '19', '2019/06', 'n.d.']) assert.equal(day_of(bad), null, String(bad));
  assert.equal(as_of_day(2019), '2019-12-31');
  assert.equal(as_of_day(null), null);
});

test('present when since <= day < until; undated items always', () => {
  assert.equal(present_on({ since: '2019' }, '2018-12-31'), false);
  assert.equal(present_on({ since: '2019' }, '2019-01-01'), true);
  assert.equal(present_on({ since: '2019', until: '2021-06' }, '2021-05-31'), true);
  assert.equal(present_on({ since: '2019', until: '2021-06' }, '2021-06-01'), false);
  assert.equal(present_on({}, '1900-01-01'), true);
  assert.equal(present_on({ since: '2030' }, null), true); // now: everything the data holds
});

test('dates read with how they are known', () => {
  assert.equal(dates_text({}), 'undated');
  assert.equal(dates_text({ since: '2017' }), 'since 2017');
  assert.equal(dates_text({ since: '2019', until: '2023' }), '2019 – 2023');
  assert.equal(dates_text({ since: '2024', since_basis: 'source-year' }), 'since 2024 (year of the source, not of the start)');
  assert.equal(dates_text({ since: '2024-06', since_basis: 'announced' }), 'since 2024-06 (announced)');
});

test('the slider runs from the first dated year to this one', () => {
  assert.deepEqual(slider_years('1995-03-01', 2026), { first: 1995, last: 2026 });
  assert.deepEqual(slider_years(null, 2026), { first: 2016, last: 2026 });
});

test('the year is state and URL; nonsense years are refused', () => {
  const s = reduce(initial_state, { type: 'set_as_of', year: '2019' });
  assert.equal(s.as_of, 2019);
  assert.equal(reduce(s, { type: 'set_as_of', year: null }).as_of, null);
  assert.equal(reduce(s, { type: 'set_as_of', year: 'abc' }).as_of, null);
  assert.match(to_fragment(s), /asof=2019/);
  assert.equal(from_fragment(to_fragment(s)).as_of, 2019);
  assert.equal(from_fragment('asof=12').as_of, null);
  assert.equal(to_fragment(initial_state).includes('asof'), false);
});

test('as of a year, a neighbour joined to the centre only by a later connection is hidden, layout kept', () => {
  const data = graph_data();
  add_neighbourhood(data, {
    center: 'a',
    nodes: [{ id: 'a', kind: 'enterprise' }, { id: 'b', kind: 'subsidiary' }, { id: 'c', kind: 'enterprise' }, { id: 'm', kind: 'market' }],
    edges: [
      { id: 1, source: 'a', target: 'b', type: 'owns', properties: { since: '2015' } },
      { id: 2, source: 'c', target: 'a', type: 'supplies', properties: { since: '2021' } },
      { id: 3, source: 'a', target: 'm', type: 'headquartered_in', properties: {} },
      { id: 4, source: 'c', target: 'm', type: 'headquartered_in', properties: {} },
    ],
  });
  const state = { ...reduce(initial_state, { type: 'open', id: 'a' }), as_of: 2019 };
  const graph = derive(state, data);
  const absent = (list) => list.filter((x) => x.absent).map((x) => x.id).sort();
  assert.deepEqual(graph.nodes.map((n) => n.id).sort(), ['a', 'b', 'c', 'm']); // all still there, to keep the layout
  assert.deepEqual(absent(graph.nodes), ['c']);
  assert.deepEqual(absent(graph.edges), [2, 4]);
  assert.deepEqual(absent(derive({ ...state, as_of: 2021 }, data).nodes), []);
  assert.equal(derive({ ...state, as_of: null }, data).nodes.some((n) => 'absent' in n), false);
});
