// Pure helpers of the rankings view: sorting the centrality rows the way the table header says.
// `sort_rows(rows, key, descending)` with key one of rank, name, kind, value; ties keep rank order.

export function sort_rows(rows, key, descending) {
  const compare = {
    rank: (a, b) => a.rank - b.rank,
    value: (a, b) => a.value - b.value,
    name: (a, b) => a.name.localeCompare(b.name),
    kind: (a, b) => a.kind.localeCompare(b.kind),
  }[key] ?? ((a, b) => a.rank - b.rank);
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b) || a.rank - b.rank);
}
