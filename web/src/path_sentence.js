// Tells a path as an English sentence a journalist can read out:
//   "BYD owns BYD Auto Hungary, which is located in Hungary, which hosts CATL Hungary, …"
// `path_sentence(path, nodes, edges)` takes one path of GET /api/path ({nodes: [ids], edges:
// [indices]}) and the answer's `nodes` (id → summary) and `edges` (index → edge) maps; each hop is
// read forwards or backwards depending on the edge's direction along the path. Pure.
// `cited_path(path, nodes, edges)` tells the same sentence hop by hop, each hop with its source: a
// footnote number, the edge's `citation` title and `url` (its properties, as the API gives them); a hop
// whose edge has no citation, or whose `status` is `unverified`, is marked unverified. Sources cited twice
// share a number; a dated hop carries its dates as read by time.js (`when`: "since 2019", "2019 – 2023
// (announced)"), an undated one null. The view (path_view.js) turns it into links.
import { dates_text } from './time.js';

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

// The sentence as hops, each with its footnote: {hops: [{text, note}], notes: [{number, title, url}]}.
// text is the hop's clause ("BYD is supplied by Horizon Robotics", ", which partners with …"); note is the
// footnote number, or null when the edge has no citation; unverified is true then, or when the source
// itself reports the relation unconfirmed (status "unverified").
export function cited_path(path, nodes, edges) {
  const name = (id) => (nodes[id] ? nodes[id].name : id);
  const notes = [];
  const hops = [];
  const number_of = (title, url) => {
    const key = `${title}\u0000${url}`;
    let found = notes.find((n) => n.key === key);
    if (!found) {
      found = { key, number: notes.length + 1, title, url };
      notes.push(found);
    }
    return found.number;
  };
  for (let i = 0; i + 1 < path.nodes.length; ++i) {
    const from = path.nodes[i], to = path.nodes[i + 1];
    const e = edges[path.edges[i]] ?? edges[String(path.edges[i])];
    const forward = !e || e.source === from;
    const phrase = `${e ? verb(e.type, forward) : 'is linked to'} ${name(to)}`;
    const text = i === 0 ? `${name(from)} ${phrase}` : `, ${nodes[from]?.kind === 'person' ? 'who' : 'which'} ${phrase}`;
    const props = e?.properties ?? e ?? {};
    const title = props.citation ?? '';
    const url = props.url ?? '';
    const note = title || url ? number_of(title || url, url) : null;
    const when = dates_text(props);
    hops.push({ text, type: e?.type ?? '', note, unverified: note === null || props.status === 'unverified',
      when: when === 'undated' ? null : when });
  }
  return { hops, notes: notes.map(({ number, title, url }) => ({ number, title, url })) };
}
