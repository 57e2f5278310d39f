// Loads a ranking (GET /api/centrality) that may be a background job, and keeps following it: one entry
// per metric and kind, holding the exact answer's follow and, for betweenness, a sampled estimate's
// (approx=true) shown, marked as such, until the exact values arrive. The estimate is asked first, so on
// the server's one job runner it is computed before the exact job, not after it. A date (`as_of`, a day, or
// null for now) is a ranking of its own.
//   const rankings = rankings_loader({on_change: (key) => …});
//   const entry = rankings.load('betweenness', '', null);  entry.exact.state.phase; rankings.cancel(key, 'exact')
import { api } from './api.js';
import { follow } from './follower.js';

const estimated = new Set(['betweenness']);

export const ranking_key = (metric, kind, as_of = null) => `${metric}|${kind}|${as_of ?? ''}`;

export function rankings_loader({ on_change }) {
  const entries = new Map();
  const effects = (metric, kind, as_of, approx) => ({
    ask: () => api.centrality_answer({ metric, kind, top: 50, approx, as_of }),
    poll: api.job,
    cancel: api.cancel_job,
  });

  function start_exact(key, entry, metric, kind, as_of) {
    entry.exact = follow({ ...effects(metric, kind, as_of, false), on_change: (s) => {
      if (s.phase === 'done') entry.estimate?.stop();
      on_change(key, 'exact');
    } });
  }

  function load(metric, kind, as_of = null) {
    const key = ranking_key(metric, kind, as_of);
    if (entries.has(key)) return entries.get(key);
    const entry = { exact: null, estimate: null, as_of };
    entries.set(key, entry);
    if (estimated.has(metric)) {
      entry.estimate = follow({ ...effects(metric, kind, as_of, true), on_change: () => {
        if (!entry.exact) start_exact(key, entry, metric, kind, as_of);
        on_change(key, 'estimate');
      } });
    } else {
      start_exact(key, entry, metric, kind, as_of);
    }
    return entry;
  }

  return {
    load,
    get: (metric, kind, as_of = null) => entries.get(ranking_key(metric, kind, as_of)) ?? null,
    cancel: (key, which) => entries.get(key)?.[which]?.cancel(),
    retry(key) { // a cancelled or failed exact ranking, asked for again
      const entry = entries.get(key);
      if (!entry) return;
      const [metric, kind] = key.split('|');
      start_exact(key, entry, metric, kind, entry.as_of);
      on_change(key, 'exact');
    },
  };
}
