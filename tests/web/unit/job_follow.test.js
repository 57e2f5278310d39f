// The job-following state machine (web/src/job_follow.js) and its runner (web/src/follower.js) with fake
// effects and an instant sleep: 200 at once, a 202 job polled to done then asked again, 503 retried and
// given up, cancel, a vanished job, and a result that never stops being pending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start_follow, follow_reduce, next_step, max_retries } from '../../../web/src/job_follow.js';
import { follow } from '../../../web/src/follower.js';

const job = (state, progress = 0, extra = {}) => ({ id: '1-betweenness-both', url: '/api/jobs/1-betweenness-both', state, progress, metric: 'betweenness', approximate: false, ...extra });
const run = (...events) => events.reduce(follow_reduce, start_follow());

test('a 200 answer is done at once', () => {
  const s = run({ type: 'answered', status: 200, body: { results: [] } });
  assert.equal(s.phase, 'done');
  assert.equal(next_step(s), null);
});

test('a 202 job is polled every interval, and asked again once done', () => {
  let s = run({ type: 'answered', status: 202, body: job('queued') });
  assert.deepEqual(next_step(s, 1000), { action: 'poll', delay_ms: 1000 });
  s = follow_reduce(s, { type: 'polled', job: job('running', 0.4, { eta_s: 3 }) });
  assert.equal(s.phase, 'waiting');
  assert.equal(s.job.progress, 0.4);
  s = follow_reduce(s, { type: 'polled', job: job('done', 1) });
  assert.deepEqual(next_step(s), { action: 'ask', delay_ms: 0 });
  s = follow_reduce(s, { type: 'answered', status: 200, body: { results: [1] } });
  assert.equal(s.phase, 'done');
  assert.deepEqual(s.answer, { results: [1] });
});

test('a 503 waits its Retry-After (1 to 30 s) and gives up after a bounded number of tries', () => {
  let s = run({ type: 'busy', retry_after_s: 2 });
  assert.deepEqual(next_step(s), { action: 'ask', delay_ms: 2000 });
  s = follow_reduce(s, { type: 'busy', retry_after_s: 600 });
  assert.equal(s.retry_in_s, 30);
  for (let i = 2; i < max_retries; ++i) s = follow_reduce(s, { type: 'busy', retry_after_s: 0 });
  assert.equal(s.phase, 'busy');
  assert.equal(s.retry_in_s, 1);
  s = follow_reduce(s, { type: 'busy', retry_after_s: 1 });
  assert.equal(s.phase, 'failed');
  assert.match(s.error.title, /busy/);
});

test('a busy poll polls again; a busy ask asks again', () => {
  const s = run({ type: 'answered', status: 202, body: job('running', 0.1) }, { type: 'busy', retry_after_s: 1 });
  assert.equal(next_step(s).action, 'poll');
});

test('cancel is sent only while the job waits, once; the job then says cancelled', () => {
  assert.equal(run({ type: 'cancel' }).cancel, 'none');
  let s = run({ type: 'answered', status: 202, body: job('running', 0.2) }, { type: 'cancel' });
  assert.deepEqual(next_step(s), { action: 'cancel', delay_ms: 0 });
  s = follow_reduce(s, { type: 'cancel_sent', job: job('running', 0.2) });
  assert.equal(s.cancel, 'sent');
  assert.equal(next_step(s).action, 'poll'); // a running job stops at its next check
  assert.equal(follow_reduce(s, { type: 'cancel' }), s);
  s = follow_reduce(s, { type: 'polled', job: job('cancelled', 0.2) });
  assert.equal(s.phase, 'cancelled');
  assert.equal(next_step(s), null);
  assert.equal(follow_reduce(s, { type: 'restart' }).phase, 'asking');
});

test('a failed job carries its error', () => {
  const s = run({ type: 'answered', status: 202, body: job('failed', 0.5, { error: { code: 'unanswerable', message: 'no convergence' } }) });
  assert.equal(s.phase, 'failed');
  assert.match(s.error.detail, /no convergence/);
});

test('a job said done whose answer stays pending is given up after a bounded number of tries', () => {
  let s = run({ type: 'answered', status: 202, body: job('done', 1) });
  for (let i = 0; i < max_retries; ++i) {
    s = follow_reduce(s, { type: 'answered', status: 202, body: job('done', 1) });
    assert.equal(s.phase, 'waiting');
    s = follow_reduce(s, { type: 'polled', job: job('done', 1) });
  }
  s = follow_reduce(s, { type: 'answered', status: 202, body: job('done', 1) });
  assert.equal(s.phase, 'failed');
});

test('a followed job may start from a job already known (a pending rank)', () => {
  assert.equal(start_follow(job('running', 0.3)).phase, 'waiting');
  assert.equal(start_follow(job('done', 1)).phase, 'fetching');
});

// ---- the runner ----
function fake_server(script) {
  const calls = [];
  const take = (kind) => async (id) => { calls.push(id ? `${kind} ${id}` : kind); const next = script[kind].shift(); if (next instanceof Error) throw next; return next; };
  return { calls, effects: { ask: take('ask'), poll: take('poll'), cancel: take('cancel'), sleep: async () => {} } };
}

test('the runner follows a job to its result, reporting each change', async () => {
  const server = fake_server({
    ask: [{ status: 503, retry_after_s: 1 }, { status: 202, body: job('queued') }, { status: 200, body: { results: ['r'] } }],
    poll: [{ status: 200, body: job('running', 0.5) }, { status: 200, body: job('done', 1) }],
    cancel: [],
  });
  const phases = [];
  const f = follow({ ...server.effects, on_change: (s) => phases.push(s.phase) });
  const end = await f.done;
  assert.equal(end.phase, 'done');
  assert.deepEqual(end.answer, { results: ['r'] });
  assert.deepEqual(server.calls, ['ask', 'ask', 'poll 1-betweenness-both', 'poll 1-betweenness-both', 'ask']);
  assert.deepEqual(phases, ['busy', 'waiting', 'waiting', 'fetching', 'done']); // each poll that moved the job
});

test('the runner cancels during a wait without waiting out the interval', async () => {
  let release;
  const server = fake_server({ ask: [{ status: 202, body: job('running', 0.1) }], poll: [], cancel: [{ status: 200, body: job('cancelled', 0.1) }] });
  const f = follow({ ...server.effects, sleep: () => new Promise((done) => { release = done; }) });
  await new Promise((done) => setImmediate(done));
  assert.equal(f.state.phase, 'waiting');
  f.cancel();
  const end = await f.done;
  assert.equal(end.phase, 'cancelled');
  assert.deepEqual(server.calls, ['ask', 'cancel 1-betweenness-both']);
  release?.();
});

test('a job that vanished (404) is asked for again; another error fails the follow', async () => {
  const gone = Object.assign(new Error('no job'), { status: 404 });
  const server = fake_server({ ask: [{ status: 202, body: job('running') }, { status: 200, body: { results: [] } }], poll: [gone], cancel: [] });
  assert.equal((await follow(server.effects).done).phase, 'done');
  const broken = fake_server({ ask: [Object.assign(new Error('bad'), { status: 400, title: 'Bad parameter', detail: 'top' })], poll: [], cancel: [] });
  const end = await follow(broken.effects).done;
  assert.equal(end.phase, 'failed');
  assert.equal(end.error.title, 'Bad parameter');
});
