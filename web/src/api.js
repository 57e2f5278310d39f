// The one module that talks to the chainex server (docs/api.md). Every function returns the
// parsed JSON answer or throws an `ApiError` carrying the problem+json title and detail, so views
// can show the server's own words ("no such node", "k must be 1..10"). Ids are percent-encoded.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function get(path, params = {}) {
  // percent-encoding (%20 for a space), not form encoding: '+' is a literal plus in a URL query
  const query = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  const url = query ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(0, 'The server cannot be reached', error.message);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // a non-JSON answer: reported below with the status
  }
  if (!response.ok) {
    throw new ApiError(response.status, body?.title ?? `HTTP ${response.status}`, body?.detail ?? '');
  }
  if (body === null) throw new ApiError(response.status, 'The server sent no JSON', url);
  return body;
}

const node_path = (id) => `/api/nodes/${encodeURIComponent(id)}`;
const list = (values) => (values && values.length ? values.join(',') : undefined);

export const api = {
  stats: () => get('/api/stats'),
  metrics: () => get('/api/metrics'),
  search: (q, limit = 10) => get('/api/search', { q, limit }),
  node: (id) => get(node_path(id)),
  neighbors: (id, { depth = 1, limit = 500, kinds, types } = {}) =>
    get(`${node_path(id)}/neighbors`, { depth, limit, kinds: list(kinds), types: list(types) }),
  position: (id) => get(`${node_path(id)}/position`),
  path: ({ from, to, k = 1, kinds, types }) => get('/api/path', { from, to, k, kinds: list(kinds), types: list(types) }),
  centrality: ({ metric, kind, top = 50 }) => get('/api/centrality', { metric, kind, top }),
};
