// The layered chain layout: columns from left to right
//   upstream supplier tiers … | the enterprise (and people, others) | subsidiaries | markets | roles | downstream customer tiers …
// `chain_positions(nodes, edges, center)` returns a Map id → {x, y}; supplier tiers come from a
// breadth-first walk over `supplies` edges from the centre (suppliers of suppliers are tier 2).
// Pure, so the canvas applies it as a preset layout and node tests check the columns.

export const column_gap = 220;
export const row_gap = 72;

const kind_column = { subsidiary: 1, market: 2, role: 3 };

function supply_tiers(edges, center) {
  const up = new Map(), down = new Map(); // id → supplier tier (upstream) / customer tier (downstream)
  const walk = (tiers, next_of) => {
    let frontier = [center];
    for (let tier = 1; frontier.length; ++tier) {
      const next = [];
      for (const id of frontier) {
        for (const other of next_of(id)) {
          if (other === center || tiers.has(other)) continue;
          tiers.set(other, tier);
          next.push(other);
        }
      }
      frontier = next;
    }
  };
  const suppliers = new Map(), customers = new Map();
  for (const e of edges) {
    if (e.type !== 'supplies') continue;
    if (!suppliers.has(e.target)) suppliers.set(e.target, []);
    if (!customers.has(e.source)) customers.set(e.source, []);
    suppliers.get(e.target).push(e.source);
    customers.get(e.source).push(e.target);
  }
  walk(up, (id) => suppliers.get(id) ?? []);
  walk(down, (id) => customers.get(id) ?? []);
  return { up, down };
}

export function chain_columns(nodes, edges, center) {
  const { up, down } = supply_tiers(edges, center);
  const last = Math.max(...Object.values(kind_column));
  const columns = new Map();
  for (const n of nodes) {
    let column = kind_column[n.kind] ?? 0;
    if (n.id !== center && up.has(n.id)) column = -up.get(n.id);
    else if (n.id !== center && down.has(n.id) && column === 0) column = last + down.get(n.id);
    columns.set(n.id, column);
  }
  return columns;
}

export function chain_positions(nodes, edges, center) {
  const columns = chain_columns(nodes, edges, center);
  const by_column = new Map();
  const order = (a, b) =>
    (a.id === center ? -1 : b.id === center ? 1 : 0) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name);
  for (const n of [...nodes].sort(order)) {
    const c = columns.get(n.id);
    if (!by_column.has(c)) by_column.set(c, []);
    by_column.get(c).push(n.id);
  }
  const used = [...by_column.keys()].sort((a, b) => a - b); // empty columns take no room
  const positions = new Map();
  for (const [c, ids] of by_column) {
    const x = used.indexOf(c) * column_gap;
    ids.forEach((id, i) => positions.set(id, { x, y: (i - (ids.length - 1) / 2) * row_gap }));
  }
  return positions;
}
