// Pure helpers of the chain-position view (GET /api/nodes/{id}/position).
// `depth_matrix(markets)` builds the localization-depth matrix: one row per market (deepest first),
// one column per role held anywhere; `grade_label` names the depths 0..3 for legends and cells.

export const grades = ['present', 'selling', 'operating', 'making'];

export const grade_label = (depth) => grades[depth] ?? String(depth);

export function depth_matrix(markets) {
  const roles = [...new Set(markets.flatMap((m) => m.roles ?? []))].sort();
  const rows = [...markets]
    .sort((a, b) => b.depth - a.depth || a.market.name.localeCompare(b.market.name))
    .map((m) => ({
      market: m.market,
      depth: m.depth,
      grade: m.grade ?? grade_label(m.depth),
      cells: roles.map((r) => (m.roles ?? []).includes(r)),
      subsidiaries: m.subsidiaries ?? [],
    }));
  return { roles, rows };
}
