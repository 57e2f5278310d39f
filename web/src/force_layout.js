// A fast force-directed layout for large graphs (thousands of nodes), where fcose's quality is
// not worth its seconds. Nodes start on a Hilbert curve in depth-first order; then springs pull linked
// nodes towards `length` apart (logarithmically, so long links do not crush the picture) while
// nodes closer than `2 × length` push each other away (found through a hashed grid, so a step is
// O(V + E) at even density), with a cooling step size.
//   force_positions(ids, edges, {length, iterations, seed}) → Map id → {x, y}
// edges are [{source, target}]. Pure and deterministic for a seed; tested under `node --test`.

// The d-th point of the Hilbert curve filling a side × side grid (side a power of two).
function hilbert_point(side, d) {
  let x = 0, y = 0;
  for (let s = 1, t = d; s < side; s *= 2, t = Math.floor(t / 4)) {
    const rx = 1 & Math.floor(t / 2), ry = 1 & (t ^ rx);
    if (ry === 0) {
      if (rx === 1) { x = s - 1 - x; y = s - 1 - y; }
      [x, y] = [y, x];
    }
    x += s * rx;
    y += s * ry;
  }
  return [x, y];
}

function generator(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

export function force_positions(ids, edges, { length = 60, iterations = 60, seed = 1 } = {}) {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const links = [];
  const adjacent = Array.from({ length: n }, () => []);
  for (const e of edges) {
    const a = index.get(e.source), b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    links.push(a, b);
    adjacent[a].push(b);
    adjacent[b].push(a);
  }
  const random = generator(seed);
  const x = new Float64Array(n), y = new Float64Array(n);

  // start: nodes in depth-first order (biggest hubs first) along a Hilbert curve, so every subtree
  // starts as a compact patch and density is even from the first step
  const placed = new Uint8Array(n);
  const by_degree = [...ids.keys()].sort((a, b) => adjacent[b].length - adjacent[a].length);
  let side = 1;
  while (side * side < n) side *= 2;
  let k = 0;
  const put = (v) => {
    const [hx, hy] = hilbert_point(side, k++);
    x[v] = hx * length + random() - 0.5;
    y[v] = hy * length + random() - 0.5;
  };
  for (const root of by_degree) {
    if (placed[root]) continue;
    const stack = [root];
    while (stack.length) {
      const u = stack.pop();
      if (placed[u]) continue;
      placed[u] = 1;
      put(u);
      for (const v of adjacent[u]) if (!placed[v]) stack.push(v);
    }
  }

  // the grid: cells hashed into a table, nodes sorted by cell (counting sort), every step
  const cutoff = 2 * length;
  const table_size = 1 << Math.ceil(Math.log2(2 * n + 2));
  const mask = table_size - 1;
  const start = new Int32Array(table_size + 1), by_cell = new Int32Array(n);
  const cell_x = new Int32Array(n), cell_y = new Int32Array(n), slot = new Int32Array(n);
  const hash = (cx, cy) => (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & mask;
  const dx = new Float64Array(n), dy = new Float64Array(n);
  const cutoff2 = cutoff * cutoff, length2 = length * length;
  for (let step = 0; step < iterations; ++step) {
    const temperature = length * (1 - step / iterations) + 1;
    dx.fill(0);
    dy.fill(0);
    start.fill(0);
    for (let i = 0; i < n; ++i) {
      cell_x[i] = Math.floor(x[i] / cutoff);
      cell_y[i] = Math.floor(y[i] / cutoff);
      slot[i] = hash(cell_x[i], cell_y[i]);
      ++start[slot[i] + 1];
    }
    for (let c = 0; c < table_size; ++c) start[c + 1] += start[c];
    const fill = start.slice(0, table_size);
    for (let i = 0; i < n; ++i) by_cell[fill[slot[i]]++] = i;
    for (let i = 0; i < n; ++i) { // repulsion from nodes in the 3 × 3 cells around
      const cx = cell_x[i], cy = cell_y[i], xi = x[i], yi = y[i];
      for (let ox = -1; ox <= 1; ++ox) {
        for (let oy = -1; oy <= 1; ++oy) {
          const h = hash(cx + ox, cy + oy);
          for (let k = start[h], end = start[h + 1]; k < end; ++k) {
            const j = by_cell[k];
            if (j <= i || cell_x[j] !== cx + ox || cell_y[j] !== cy + oy) continue;
            let ddx = xi - x[j], ddy = yi - y[j];
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 > cutoff2) continue;
            if (d2 === 0) { ddx = random() - 0.5; ddy = random() - 0.5; d2 = ddx * ddx + ddy * ddy; }
            const f = length2 / d2;
            dx[i] += ddx * f; dy[i] += ddy * f;
            dx[j] -= ddx * f; dy[j] -= ddy * f;
          }
        }
      }
    }
    for (let k = 0; k < links.length; k += 2) { // springs
      const a = links[k], b = links[k + 1];
      const ddx = x[b] - x[a], ddy = y[b] - y[a];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
      const f = (0.5 * length * Math.log(d / length)) / d; // logarithmic: long links pull gently
      dx[a] += ddx * f; dy[a] += ddy * f;
      dx[b] -= ddx * f; dy[b] -= ddy * f;
    }
    for (let i = 0; i < n; ++i) { // move, at most `temperature`
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (d === 0) continue;
      const move = Math.min(d, temperature) / d;
      x[i] += dx[i] * move;
      y[i] += dy[i] * move;
    }
  }
  return new Map(ids.map((id, i) => [id, { x: x[i], y: y[i] }]));
}
