// Words for a background job (web/src/job_text.js): percent, ETA, what it computes, a follow's line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percent, duration_text, eta_text, job_sentence, progress_text, follow_text, announcement_key, estimate_text } from '../../../web/src/job_text.js';

test('percent is whole, rounded down, clamped', () => {
  assert.equal(percent(0), '0%');
  assert.equal(percent(0.379), '37%');
  assert.equal(percent(0.999), '99%');
  assert.equal(percent(1), '100%');
  assert.equal(percent(1.5), '100%');
  assert.equal(percent(undefined), '0%');
});

test('durations read as a person would say them', () => {
  assert.equal(duration_text(0.2), 'less than a second');
  assert.equal(duration_text(42.4), '42 s');
  assert.equal(duration_text(600), '10 min');
  assert.equal(duration_text(3 * 3600 + 20 * 60), '3 h 20 min');
});

test('the ETA says when it is unknown and what a queued job waits for', () => {
  assert.equal(eta_text({ state: 'running' }), 'time left not known yet');
  assert.equal(eta_text({ state: 'running', eta_s: 125 }), 'about 2 min left');
  assert.match(eta_text({ state: 'queued' }), /waiting for earlier analyses/);
  assert.equal(progress_text({ state: 'running', progress: 0.5, eta_s: 10 }), '50% · about 10 s left');
});

test('a job says what it computes and on how many nodes', () => {
  assert.equal(job_sentence({ metric: 'betweenness', state: 'running', approximate: false }, 2_000_000), 'computing exact betweenness on 2,000,000 nodes…');
  assert.equal(job_sentence({ metric: 'betweenness', state: 'queued', approximate: true }, 402), 'queued: estimating betweenness by sampling on 402 nodes');
  assert.equal(job_sentence({ metric: 'pagerank', state: 'running' }), 'computing exact PageRank…');
});

test('a follow says what it waits for in every phase', () => {
  const job = { metric: 'closeness', state: 'running', progress: 0.25, eta_s: 3 };
  assert.equal(follow_text({ phase: 'waiting', job, cancel: 'none' }, 10), 'computing exact closeness on 10 nodes… 25% · about 3 s left');
  assert.match(follow_text({ phase: 'waiting', job, cancel: 'asked' }, 10), /^Cancelling/);
  assert.match(follow_text({ phase: 'busy', retry_in_s: 2, attempts: 1 }), /busy, retrying in 2 s/);
  assert.equal(follow_text({ phase: 'cancelled', job }), 'Cancelled: closeness was not computed.');
  assert.equal(follow_text({ phase: 'failed', error: { title: 'Nope', detail: 'why' } }), 'Nope — why');
});

test('announcements change each tenth and each change of state, not every poll', () => {
  const at = (progress, state = 'running') => announcement_key({ phase: 'waiting', cancel: 'none', job: { state, progress } });
  assert.equal(at(0.31), at(0.39));
  assert.notEqual(at(0.39), at(0.41));
  assert.notEqual(at(0, 'queued'), at(0, 'running'));
});

test('an estimate carries its ε', () => {
  assert.equal(estimate_text(0.024795, 0.01), '0.0248 ± 0.01');
});
