// Words and numbers for a background job (GET /api/jobs/{id}): what it computes, its percent, its ETA,
// and what a followed answer waits for. Pure, for the rankings and position views and `node --test`.
//   job_sentence(job, 2_000_000)  // "computing exact betweenness on 2,000,000 nodes…"
//   progress_text(job)            // "37% · about 2 min left"

import { max_retries } from './job_follow.js';

const metric_words = { degree: 'degree', betweenness: 'betweenness', closeness: 'closeness', harmonic: 'harmonic closeness',
  pagerank: 'PageRank', eigenvector: 'eigenvector centrality' };

export const metric_word = (metric) => metric_words[metric] ?? metric;
export const count_text = (n) => Number(n).toLocaleString('en-US');

// Whole percents, rounded down so 100% means done.
export function percent(progress) {
  const p = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return `${Math.floor(p * 100)}%`;
}

export function duration_text(seconds) {
  if (seconds < 1) return 'less than a second';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  return `${hours} h ${Math.round((seconds - hours * 3600) / 60)} min`;
}

export function eta_text(job) {
  if (job.state === 'queued') return 'waiting for earlier analyses to finish';
  if (job.eta_s === undefined || job.eta_s === null) return 'time left not known yet';
  return `about ${duration_text(job.eta_s)} left`;
}

export function job_sentence(job, nodes) {
  const what = job.approximate ? `estimating ${metric_word(job.metric)} by sampling` : `computing exact ${metric_word(job.metric)}`;
  const on = Number.isFinite(nodes) ? ` on ${count_text(nodes)} nodes` : '';
  if (job.state === 'queued') return `queued: ${what}${on}`;
  if (job.state === 'done') return `done: ${what}${on}; loading the results…`;
  return `${what}${on}…`;
}

export const progress_text = (job) => `${percent(job.progress)} · ${eta_text(job)}`;

// What a followed answer is doing now, in one line (for the status region and the view).
export function follow_text(s, nodes) {
  switch (s.phase) {
    case 'asking': return 'Asking the server…';
    case 'busy': return `The server is busy, retrying in ${s.retry_in_s} s (try ${s.attempts} of ${max_retries})…`;
    case 'fetching': return 'Done; loading the results…';
    case 'waiting': return s.cancel === 'none' ? `${job_sentence(s.job, nodes)} ${progress_text(s.job)}` : `Cancelling: ${job_sentence(s.job, nodes)}`;
    case 'cancelled': return `Cancelled: ${metric_word(s.job?.metric)} was not computed.`;
    case 'failed': return `${s.error.title}${s.error.detail ? ` — ${s.error.detail}` : ''}`;
    default: return '';
  }
}

// Screen readers hear the progress at each tenth and at every change of state, not every second.
export function announcement_key(s) {
  return s.phase === 'waiting' ? `${s.phase}:${s.job.state}:${s.cancel}:${Math.floor((s.job.progress ?? 0) * 10)}` : `${s.phase}:${s.attempts}`;
}

// An estimate's value: "0.0248 ± 0.01".
export const estimate_text = (value, epsilon) => `${Number(value).toPrecision(3)} ± ${epsilon}`;
