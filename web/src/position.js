// Pure helpers of the chain-position view (GET /api/nodes/{id}/position).
// `depth_matrix(markets, name_of)` builds the localization-depth matrix: one row per market (deepest
// first, the home market after the markets abroad of its depth), one column per role held anywhere,
// named by `name_of(id)` and ordered by name; `grade_label(depth, home)` names a depth for legends
// and cells ("home" for a headquarters market where nothing graded is recorded); `through_text(entry,
// name_of)` says what the enterprise does in a market through a stake short of control ("making, through
// Daimler EVE (10%, with Daimler Truck)"), never counted in its own depth.

export const grades = ['present', 'selling', 'operating', 'making'];

export function grade_label(depth, home = false) {
  if (home && !depth) return 'home';
  return grades[depth] ?? String(depth);
}

export function depth_matrix(markets, name_of = (id) => id) {
  const roles = [...new Set(markets.flatMap((m) => m.roles ?? []))]
    .sort((a, b) => name_of(a).localeCompare(name_of(b)));
  const rows = [...markets]
    .sort((a, b) => b.depth - a.depth || Number(a.home) - Number(b.home) || a.market.name.localeCompare(b.market.name))
    .map((m) => ({
      market: m.market,
      depth: m.depth,
      home: Boolean(m.home),
      grade: grade_label(m.depth, m.home),
      cells: roles.map((r) => (m.roles ?? []).includes(r)),
      subsidiaries: m.subsidiaries ?? [],
      through: m.through ?? [],
    }));
  return { roles, rows };
}

export function through_text(entry, name_of = (id) => id) {
  const share = typeof entry.share === 'number' ? `${Math.round(entry.share * 1000) / 10}%` : null;
  const partners = (entry.partners ?? []).map(name_of);
  const terms = [share, partners.length ? `with ${partners.join(', ')}` : null].filter(Boolean).join(', ');
  return `${entry.grade}, through ${name_of(entry.via)}${terms ? ` (${terms})` : ''}`;
}
