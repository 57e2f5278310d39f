// The path answer as a reader sees it: each path told as a sentence whose every hop carries a footnote
// link to its source (cited_path in path_sentence.js), unverified hops marked (no source, or a source that
// calls it unconfirmed). When no business connection exists it says so, tells the structural connection
// the answer offers ("Pop Mart is headquartered in China, …"), cited too, and offers a button that
// searches all relations.
// `show_paths(root, answer, {nodes, edges, on_structural})` fills `root`; it touches only the DOM.
import { h, fill } from './dom.js';
import { cited_path } from './path_sentence.js';

function sentence(p, nodes, edges) {
  const told = cited_path(p, nodes, edges);
  const words = [];
  for (const hop of told.hops) {
    words.push(hop.text);
    if (hop.when) words.push(h('span', { class: 'hop-date', text: ` (${hop.when})` }));
    if (hop.note !== null) {
      const note = told.notes[hop.note - 1];
      words.push(h('sup', {}, h('a', { class: 'citation', href: note.url || '#', target: '_blank', rel: 'noopener',
        title: note.title, text: `[${hop.note}]` })));
    }
    if (hop.unverified) {
      words.push(h('sup', { class: 'unverified', text: ' unverified',
        title: hop.note === null ? 'No source recorded for this connection' : 'The source reports this connection as unconfirmed' }));
    }
  }
  words.push('.');
  const sources = h('ol', { class: 'path-sources' }, told.notes.map((n) =>
    h('li', { value: String(n.number) }, n.url ? h('a', { href: n.url, target: '_blank', rel: 'noopener', text: n.title }) : n.title)));
  return [h('p', { class: 'path-sentence' }, words), sources];
}

export function show_paths(root, answer, { nodes, edges, on_structural }) {
  if (!answer.found || !answer.paths.length) {
    if (answer.structural_path) { // "no business connection; both are headquartered in China", told and cited
      fill(root, h('p', { class: 'no-path no-business', text: 'No business connection.' }),
        h('p', { class: 'hint', text: 'Connected only through markets, roles or places:' }),
        sentence(answer.structural_path, nodes, edges),
        h('button', { type: 'button', id: 'path-structural', onclick: on_structural, text: 'Search all relations (markets, roles)' }));
      return;
    }
    return;
  }
  if (answer.relations === 'all' && !answer.business) {
    fill(root, h('p', { class: 'hint structural', text: 'Structural connection: through markets, roles or places, not a business relation.' }));
  }
  fill(root, h('ol', { class: 'path-sentences' }, answer.paths.map((p) =>
    h('li', {}, ...sentence(p, nodes, edges),
      h('p', { class: 'hint', text: `${p.hops} hop${p.hops === 1 ? '' : 's'}` })))));
}
