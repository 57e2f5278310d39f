// Dates in the explorer (issue 13): what the slider's year means, and whether an item is present then.
// The server's time model (datasets/README.md): `since` and `until` are ISO dates, whole or partial
// (`2019`, `2019-06`, `2019-06-30`), a partial date standing for its first day; an item is present on day
// D when since <= D < until, and an item without `since` is undated (always present). The slider's year Y
// asks for the graph as of the end of Y (`Y-12-31`), as the timeline's depth per year does. Pure.

// The first day of a whole or partial ISO date as `YYYY-MM-DD` (which compares as text), or null.
export function day_of(text) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(text ?? '').trim());
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

// The day the slider's year stands for, or null for "now" (no as_of at all).
export const as_of_day = (year) => (year === null || year === undefined ? null : `${year}-12-31`);

// Is an item with these properties present on `day` (null: now, everything is)?
export function present_on(properties, day) {
  if (day === null) return true;
  const since = day_of(properties?.since);
  const until = day_of(properties?.until);
  return (since === null || since <= day) && (until === null || day < until);
}

const basis_words = { 'source-year': 'year of the source, not of the start', announced: 'announced' };

// How an item's dates read: "since 2017", "2019 – 2023", "since 2024 (year of the source, …)", "undated".
export function dates_text(properties) {
  const since = properties?.since, until = properties?.until;
  if (!since && !until) return 'undated';
  const span = since && until ? `${since} – ${until}` : since ? `since ${since}` : `until ${until}`;
  const basis = basis_words[properties?.since_basis];
  return basis ? `${span} (${basis})` : span;
}

// The slider's years: from the data's first dated year to this year; "now" sits after the last.
export function slider_years(first_day, this_year) {
  const first = Number.parseInt(String(first_day ?? '').slice(0, 4), 10);
  const start = Number.isFinite(first) && first <= this_year ? first : this_year - 10;
  return { first: start, last: this_year };
}
