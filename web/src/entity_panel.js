// The entity panel: everything known about the selected node, for a journalist to check before
// publishing: both names, kind, country, properties, and its connections grouped by type and
// direction, each with its citation as a real link and its dates ("since 2019 (announced)", or "undated"). `show_entity(root, answer, actions)` renders a
// GET /api/nodes/{id} answer; actions are callbacks {open, expand, collapse, position, path_from,
// path_to} and `expanded` (is its neighbourhood on the canvas).
import { h, fill, clear, country_name } from './dom.js';
import { kind_style } from './kinds.js';
import { verb } from './path_sentence.js';
import { dates_text } from './time.js';

function citation(edge) {
  const { citation: text, url } = edge.properties ?? {};
  if (url) return h('a', { class: 'citation', href: url, target: '_blank', rel: 'noopener noreferrer', text: text || url });
  if (text) return h('span', { class: 'citation', text });
  return h('span', { class: 'citation missing', text: 'no source given' });
}

function groups(answer) {
  const by = new Map();
  const add = (edge, forward) => {
    const key = `${edge.type}|${forward}`;
    if (!by.has(key)) by.set(key, { label: verb(edge.type, forward), edges: [] });
    by.get(key).edges.push(edge);
  };
  answer.edges.out.forEach((e) => add(e, true));
  answer.edges.in.forEach((e) => add(e, false));
  return [...by.values()].sort((a, b) => b.edges.length - a.edges.length || a.label.localeCompare(b.label));
}

export function show_entity(root, answer, actions) {
  clear(root);
  if (!answer) {
    fill(root, h('h2', { id: 'entity-heading', text: 'Entity' }),
      h('p', { class: 'hint', text: 'Search for an enterprise, or click a node on the canvas, to see its details and sources here.' }));
    return;
  }
  const { node } = answer;
  const style = kind_style(node.kind);
  const properties = Object.entries(node.properties ?? {}).filter(([key]) => !['name', 'name_zh', 'kind', 'id'].includes(key));
  const connections = groups(answer);
  const count = answer.edges.out.length + answer.edges.in.length;

  fill(root,
    h('h2', { id: 'entity-heading', class: 'entity-name', text: node.name }),
    node.name_zh && node.name_zh !== node.name ? h('p', { class: 'entity-zh', lang: 'zh', text: node.name_zh }) : null,
    h('p', { class: 'entity-meta' },
      h('span', { class: 'badge', 'data-kind': node.kind, text: style.label }),
      node.country ? ` ${country_name(node.country)}` : '',
      h('code', { class: 'entity-id', text: node.id })),
    h('div', { class: 'actions' },
      actions.expanded
        ? h('button', { type: 'button', onclick: () => actions.collapse(node.id), text: 'Hide neighbours' })
        : h('button', { type: 'button', onclick: () => actions.expand(node.id), text: 'Expand neighbours' }),
      node.kind === 'enterprise' ? h('button', { type: 'button', onclick: () => actions.position(node.id), text: 'Chain position' }) : null,
      h('button', { type: 'button', onclick: () => actions.path_from(node), text: 'Path from here' }),
      h('button', { type: 'button', onclick: () => actions.path_to(node), text: 'Path to here' })),
    properties.length
      ? h('section', { 'aria-labelledby': 'entity-properties' },
        h('h3', { id: 'entity-properties', text: 'Properties' }),
        h('dl', { class: 'properties' }, properties.flatMap(([key, value]) => [h('dt', { text: key.replaceAll('_', ' ') }), h('dd', { text: value })])))
      : null,
    h('section', { 'aria-labelledby': 'entity-connections' },
      h('h3', { id: 'entity-connections', text: `Connections (${count})` }),
      count ? null : h('p', { class: 'hint', text: 'No connections in this dataset.' }),
      connections.map((group) => h('section', { class: 'connection-group' },
        h('h4', { text: `${group.label} (${group.edges.length})` }),
        h('ul', { class: 'connections' }, group.edges.map((e) => h('li', {},
          h('button', { type: 'button', class: 'link-button', 'data-id': e.other.id, onclick: () => actions.open(e.other.id) },
            h('span', { class: 'dot', 'data-kind': e.other.kind }), e.other.name),
          e.other.name_zh && e.other.name_zh !== e.other.name ? h('span', { class: 'zh', lang: 'zh', text: ` ${e.other.name_zh}` }) : null,
          h('span', { class: e.properties?.since || e.properties?.until ? 'since' : 'since undated', text: ` ${dates_text(e.properties)}` }),
          h('div', { class: 'source' }, 'Source: ', citation(e)))))))),
  );
}
