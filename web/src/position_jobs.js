// Follows the ranks a chain position marks pending (GET /api/nodes/{id}/position while a metric runs as
// a background job): polls each one's job and, once done, asks the position for that one metric, whose
// rank then replaces the pending entry in the answer. `on_rank(metric, entry)` hears every change.
//   follow_pending_ranks(id, answer, {on_rank: (metric, entry) => update_rank(root, metric, entry)});
import { api } from './api.js';
import { follow } from './follower.js';

export function follow_pending_ranks(id, answer, { on_rank }) {
  for (const [metric, pending] of Object.entries(answer.ranks ?? {})) {
    if (!pending.pending) continue;
    const ask = async () => {
      const got = await api.position_answer(id, { metrics: metric, direction: answer.direction, as_of: answer.as_of ?? undefined });
      if (got.status !== 200) return got;
      const rank = got.body.ranks?.[metric];
      return rank?.pending ? { status: 202, body: rank.job } : { status: 200, body: rank };
    };
    follow({ start: pending.job, ask, poll: api.job, cancel: api.cancel_job, on_change: (s) => {
      answer.ranks[metric] = s.phase === 'done' ? s.answer : { ...pending, follow: s };
      on_rank(metric, answer.ranks[metric]);
    } });
  }
}
