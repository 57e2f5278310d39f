// Tells a path as an English sentence a journalist can read out:
//   "BYD owns BYD Auto Hungary, which is located in Hungary, which hosts CATL Hungary, …"
// `path_sentence(path, nodes, edges)` takes one path of GET /api/path ({nodes: [ids], edges:
// [indices]}) and the answer's `nodes` (id → summary) and `edges` (index → edge) maps; each hop is
// read forwards or backwards depending on the edge's direction along the path. Pure.

// type → [reading from source to target, reading from target back to source]
const verbs = {
  owns: ['owns', 'is owned by'],
  located_in: ['is located in', 'hosts'],
  headquartered_in: ['is headquartered in', 'is home to the headquarters of'],
  performs: ['performs', 'is performed by'],
  supplies: ['supplies', 'is supplied by'],
  leads: ['leads', 'is led by'],
  founded: ['founded', 'was founded by'],
  partners_with: ['partners with', 'partners with'],
  invests_in: ['invests in', 'is backed by'],
};

export function verb(type, forward) {
  const known = verbs[type];
  if (known) return known[forward ? 0 : 1];
  const words = String(type).replaceAll('_', ' ');
  return forward ? `is linked (${words}) to` : `is linked (${words}) from`;
}

export const display_name = (n) => (n ? (n.name_zh && n.name_zh !== n.name ? `${n.name} (${n.name_zh})` : n.name) : '?');

export function path_sentence(path, nodes, edges) {
  const name = (id) => (nodes[id] ? nodes[id].name : id);
  if (!path.nodes.length) return '';
  if (path.nodes.length === 1) return `${name(path.nodes[0])}.`;
  const parts = [];
  for (let i = 0; i + 1 < path.nodes.length; ++i) {
    const from = path.nodes[i], to = path.nodes[i + 1];
    const e = edges[path.edges[i]] ?? edges[String(path.edges[i])];
    const forward = !e || e.source === from;
    const phrase = `${e ? verb(e.type, forward) : 'is linked to'} ${name(to)}`;
    if (i === 0) parts.push(`${name(from)} ${phrase}`);
    else parts.push(`${nodes[from]?.kind === 'person' ? 'who' : 'which'} ${phrase}`);
  }
  return `${parts.join(', ')}.`;
}
