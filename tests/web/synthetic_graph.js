// A synthetic industrial graph of a given size for the rendering benchmark: enterprises owning
// subsidiaries located in markets and performing roles, with supply links between enterprises,
// in the shape canvas.show() takes. Deterministic (a small linear congruential generator).

export function synthetic_graph(node_count, edge_count, seed = 7) {
  let s = seed;
  const random = (n) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const kinds = ['enterprise', 'subsidiary', 'subsidiary', 'subsidiary', 'market', 'role', 'person'];
  const nodes = Array.from({ length: node_count }, (_, i) => ({ id: `n${i}`, kind: kinds[i % kinds.length], name: `Node ${i}` }));
  const edges = [];
  for (let i = 1; i < node_count && edges.length < edge_count; ++i) {
    edges.push({ id: edges.length, source: `n${random(i)}`, target: `n${i}`, type: 'owns' });
  }
  const types = ['supplies', 'located_in', 'performs', 'partners_with'];
  while (edges.length < edge_count) {
    const a = random(node_count), b = random(node_count);
    if (a !== b) edges.push({ id: edges.length, source: `n${a}`, target: `n${b}`, type: types[edges.length % types.length] });
  }
  return { nodes, edges };
}
