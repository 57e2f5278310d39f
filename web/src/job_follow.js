// Following an answer that may be a background job (docs/api.md, issue 11): the pure state machine.
// An ask answers 200 (the result), 202 (a job to follow: poll it until done, then ask again for the
// result) or 503 (busy: wait Retry-After and try again, a bounded number of times). The user may cancel
// a queued or running job. Pure: `follow_reduce(s, event)` and `next_step(s)`; follower.js runs it.
//   let s = start_follow();  s = follow_reduce(s, {type: 'answered', status: 202, body: job});
//   next_step(s)  // {action: 'poll', delay_ms: 1000}

export const max_retries = 5;

export const start_follow = (job = null) =>
  job ? on_job({ ...start_follow(), phase: 'waiting' }, job) : { phase: 'asking', job: null, answer: null, error: null, attempts: 0, retry_in_s: 0, cancel: 'none' };

export const finished = (s) => ['done', 'failed', 'cancelled'].includes(s.phase);

function give_up(s, title, detail) {
  return { ...s, phase: 'failed', error: { title, detail } };
}

// A job's state decides the phase: still going (wait), done (ask for the result), failed, cancelled.
function on_job(s, job) {
  switch (job.state) {
    case 'queued':
    case 'running':
      return { ...s, phase: 'waiting', job };
    case 'done':
      return { ...s, phase: 'fetching', job };
    case 'cancelled':
      return { ...s, phase: 'cancelled', job };
    default:
      return { ...s, phase: 'failed', job, error: job.error ? { title: `The computation failed (${job.error.code})`, detail: job.error.message } : { title: 'The computation failed', detail: '' } };
  }
}

export function follow_reduce(s, event) {
  if (finished(s) && event.type !== 'restart') return s;
  switch (event.type) {
    case 'answered':
      if (event.status === 200) return { ...s, phase: 'done', answer: event.body, error: null };
      if (s.phase === 'fetching') { // the job said done, yet the answer is still a job: try a few times, not for ever
        const attempts = s.attempts + 1;
        if (attempts > max_retries) return give_up(s, 'The result did not arrive', `the server still answers “${event.body?.state ?? 'pending'}” after ${max_retries} tries`);
        return on_job({ ...s, attempts }, event.body.state === 'done' ? { ...event.body, state: 'running' } : event.body);
      }
      return on_job(s, event.body);
    case 'polled':
      return on_job(s, event.job);
    case 'busy': {
      const attempts = s.attempts + 1;
      if (attempts > max_retries) return give_up(s, 'The server stayed busy', `gave up after ${max_retries} tries; ask again later`);
      const wait = Number.isFinite(event.retry_after_s) ? event.retry_after_s : 1;
      return { ...s, phase: 'busy', attempts, retry_in_s: Math.min(30, Math.max(1, wait)) };
    }
    case 'lost': // the job is gone (the graph was replaced): ask again
      return { ...s, phase: 'asking', job: null, attempts: s.attempts + 1 };
    case 'cancel':
      return s.phase === 'waiting' && s.cancel === 'none' ? { ...s, cancel: 'asked' } : s;
    case 'cancel_sent':
      return on_job({ ...s, cancel: 'sent' }, event.job);
    case 'failed':
      return give_up(s, event.error?.title ?? 'Request failed', event.error?.detail ?? String(event.error?.message ?? ''));
    case 'restart':
      return start_follow();
    default:
      return s;
  }
}

// What to do next, and after how long: ask (the original request), poll (the job), cancel, or nothing.
export function next_step(s, interval_ms = 1000) {
  switch (s.phase) {
    case 'asking':
    case 'fetching':
      return { action: 'ask', delay_ms: 0 };
    case 'busy':
      return { action: s.job ? 'poll' : 'ask', delay_ms: s.retry_in_s * 1000 };
    case 'waiting':
      return s.cancel === 'asked' ? { action: 'cancel', delay_ms: 0 } : { action: 'poll', delay_ms: interval_ms };
    default:
      return null;
  }
}
