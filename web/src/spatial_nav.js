// Moving the selection between the canvas's nodes with the arrow keys: which node lies next in a
// direction. A candidate must lie within 45° of the direction; of those, the one with the least
// distance along the direction plus twice its distance across it wins, so a node straight ahead
// beats a nearer one off to the side. Pure, tested under `node --test`; canvas.js calls it with
// the nodes' model positions.
//   next_in_direction(from {x, y}, 'left' | 'right' | 'up' | 'down', [{id, x, y}]) → id | null

const directions = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export function next_in_direction(from, direction, nodes) {
  const [ux, uy] = directions[direction] ?? [0, 0];
  let best = null, best_score = Infinity;
  for (const n of nodes) {
    const dx = n.x - from.x, dy = n.y - from.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < best_score) {
      best = n.id;
      best_score = score;
    }
  }
  return best;
}
