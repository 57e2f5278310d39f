// Which part of POST /api/import each chosen file travels in (docs/api.md): graph files (GEXF,
// GraphML, Cytoscape JSON) go alone as `graph`; a zip (GLEIF's golden copy, or GLEIF CSV files zipped
// together) goes as `nodes`, which the server reads whatever tables it holds; CSV files go as `nodes` or
// `edges`, told by their header row, so a user may drop them in any order and under any names.
// Pure: the dialog reads each file's first line and asks `part_for`; `check_parts` says what is missing.

const graph_extensions = ['gexf', 'graphml', 'xml', 'json', 'cyjs'];
// Header fields that only an edge table has, in the conventions the server reads.
const edge_fields = ['source', 'target', ':start_id', ':end_id', 'node_id_start', 'relationship.startnode.nodeid'];

const extension_of = (name) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

// The header's field names, lower-cased, without quotes or a byte order mark; `;`, tab and `,` separate.
export function header_fields(first_line) {
  const line = first_line.replace(/^\uFEFF/, '').replace(/\r?\n[\s\S]*$/, '');
  const separator = [',', ';', '\t'].reduce((best, s) => (line.split(s).length > line.split(best).length ? s : best), ',');
  return line.split(separator).map((field) => field.trim().replace(/^"|"$/g, '').toLowerCase());
}

// 'graph', 'nodes' or 'edges' for a file with this name whose text starts with `first_line`.
export function part_for(name, first_line) {
  if (extension_of(name) === 'zip') return 'nodes';
  if (graph_extensions.includes(extension_of(name))) return 'graph';
  const fields = header_fields(first_line);
  return fields.some((field) => edge_fields.some((edge) => field === edge || field.startsWith(`${edge}(`))) ? 'edges' : 'nodes';
}

// What keeps these parts from being sent, or null when they can go: [{name, part}] in, a sentence out.
export function check_parts(parts) {
  if (!parts.length) return 'Choose or drop the files to import.';
  const graphs = parts.filter((p) => p.part === 'graph');
  if (graphs.length > 1) return `Send one graph file at a time (${graphs.map((p) => p.name).join(', ')}).`;
  if (graphs.length === 1 && parts.length > 1) return `${graphs[0].name} is a whole graph: send it alone, without CSV files.`;
  if (graphs.length === 1) return null;
  if (!parts.some((p) => p.part === 'nodes')) return 'Add a nodes file: every CSV chosen is an edge table.';
  const zipped = parts.some((p) => extension_of(p.name) === 'zip'); // GLEIF: its tables make the edges
  if (!zipped && !parts.some((p) => p.part === 'edges')) return 'Add an edges file (with source and target columns).';
  return null;
}
