// Runs a job_follow.js state machine against the server: asks, polls every second, retries after a 503,
// cancels on request, and reports every change. The effects are passed in, so the loop runs under
// `node --test` with fakes. Each effect resolves to {status, body, retry_after_s} (200, 202 or 503) or
// throws an error with `status` (404 while polling means the job is gone).
//   const f = follow({ask, poll, cancel, on_change, start: job});  f.cancel();  await f.done;
import { start_follow, follow_reduce, next_step } from './job_follow.js';

const default_sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export function follow({ ask, poll, cancel, on_change = () => {}, sleep = default_sleep, interval_ms = 1000, start = null }) {
  let s = start_follow(start);
  let wake = () => {};
  let stopped = false;
  const apply = (event) => {
    const next = follow_reduce(s, event);
    if (next !== s) { s = next; on_change(s); }
  };
  const answer_event = (r, type) => {
    if (r.status === 503) return { type: 'busy', retry_after_s: r.retry_after_s };
    return type === 'polled' ? { type, job: r.body } : type === 'cancel_sent' ? { type, job: r.body } : { type, status: r.status, body: r.body };
  };
  async function perform(step) {
    try {
      if (step.action === 'ask') apply(answer_event(await ask(), 'answered'));
      else if (step.action === 'poll') apply(answer_event(await poll(s.job.id), 'polled'));
      else apply(answer_event(await cancel(s.job.id), 'cancel_sent'));
    } catch (error) {
      apply(error?.status === 404 && step.action !== 'ask' ? { type: 'lost' } : { type: 'failed', error });
    }
  }
  async function loop() {
    for (let step = next_step(s, interval_ms); step && !stopped; step = next_step(s, interval_ms)) {
      if (step.delay_ms > 0) {
        await Promise.race([sleep(step.delay_ms), new Promise((done) => { wake = done; })]);
        if (stopped) break;
        step = next_step(s, interval_ms); // a cancel may have come in meanwhile
        if (!step) break;
      }
      await perform(step);
    }
    return s;
  }
  const done = loop();
  return {
    get state() { return s; },
    cancel() { apply({ type: 'cancel' }); wake(); },
    stop() { stopped = true; wake(); },
    done,
  };
}
