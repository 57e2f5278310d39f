// The one module that talks to the chainex server (docs/api.md). Every function returns the
// parsed JSON answer or throws an `ApiError` carrying the problem+json title and detail, so views
// can show the server's own words ("no such node", "k must be 1..10"). Ids are percent-encoded.
// A 503 (busy, or past its deadline) is retried after its Retry-After, a few times, telling
// `api.on_busy` each time. The routes that may answer with a background job (202) have a `…_answer`
// form resolving to {status, body, retry_after_s} for 200, 202 and 503, which follower.js follows.
// `import_files` posts files to /api/import and resolves to {status, body} whatever the status, since
// the import dialog shows a refusal's errors (file:line:column) rather than throwing them away.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

const busy_retries = 3;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function url_of(path, params) {
  // percent-encoding (%20 for a space), not form encoding: '+' is a literal plus in a URL query
  const query = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

// One request: {status, body, retry_after_s} for 2xx and 503, an ApiError for anything else.
async function request(method, url) {
  let response;
  try {
    response = await fetch(url, { method, headers: { Accept: 'application/json' } });
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
  const retry_after_s = Number.parseFloat(response.headers.get('Retry-After') ?? '');
  if (response.status === 503) return { status: 503, body, retry_after_s: Number.isFinite(retry_after_s) ? retry_after_s : 1 };
  if (!response.ok) {
    throw new ApiError(response.status, body?.title ?? `HTTP ${response.status}`, body?.detail ?? '');
  }
  if (body === null) throw new ApiError(response.status, 'The server sent no JSON', url);
  return { status: response.status, body };
}

async function get(path, params = {}) {
  const url = url_of(path, params);
  for (let attempt = 1; ; ++attempt) {
    const answer = await request('GET', url);
    if (answer.status !== 503) return answer.body;
    if (attempt > busy_retries) throw new ApiError(503, answer.body?.title ?? 'The server is busy', `${answer.body?.detail ?? ''} (tried ${attempt} times)`.trim());
    const wait_s = Math.min(10, Math.max(1, answer.retry_after_s));
    api.on_busy({ wait_s, attempt, of: busy_retries });
    await sleep(wait_s * 1000);
  }
}

// POST /api/import: `parts` is [{part, file}] (part = nodes | edges | graph), sent as multipart/form-data.
async function post_import(parts, { token, dry_run }) {
  const form = new FormData();
  for (const { part, file } of parts) form.append(part, file, file.name);
  let response;
  try {
    response = await fetch(url_of('/api/import', { dry_run: dry_run ? 'true' : undefined }), {
      method: 'POST', body: form, headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    });
  } catch (error) {
    throw new ApiError(0, 'The server cannot be reached', error.message);
  }
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : null };
  } catch {
    return { status: response.status, body: { title: `HTTP ${response.status}`, detail: text.slice(0, 200) } };
  }
}

const node_path = (id) => `/api/nodes/${encodeURIComponent(id)}`;
const list = (values) => (values && values.length ? values.join(',') : undefined);
const job_path = (id) => `/api/jobs/${encodeURIComponent(id)}`;

export const api = {
  on_busy: () => {},
  stats: () => get('/api/stats'),
  metrics: () => get('/api/metrics'),
  search: (q, limit = 10) => get('/api/search', { q, limit }),
  node: (id) => get(node_path(id)),
  neighbors: (id, { depth = 1, limit = 500, kinds, types } = {}) =>
    get(`${node_path(id)}/neighbors`, { depth, limit, kinds: list(kinds), types: list(types) }),
  position: (id, { as_of } = {}) => get(`${node_path(id)}/position`, { as_of }),
  timeline: (id) => get(`${node_path(id)}/timeline`),
  path: ({ from, to, k = 1, relations = 'business', rank = 'informative', kinds, types, as_of }) =>
    get('/api/path', { from, to, k, relations, rank, kinds: list(kinds), types: list(types), as_of }),
  centrality: ({ metric, kind, top = 50 }) => get('/api/centrality', { metric, kind, top }),
  // may be 202 (a job) or 503: for follower.js
  centrality_answer: ({ metric, kind, top = 50, approx, as_of }) =>
    request('GET', url_of('/api/centrality', { metric, kind, top, approx: approx ? 'true' : undefined, as_of })),
  position_answer: (id, { metrics, direction, as_of }) =>
    request('GET', url_of(`${node_path(id)}/position`, { metrics, direction, as_of })),
  job: (id) => request('GET', job_path(id)),
  cancel_job: (id) => request('DELETE', job_path(id)),
  import_files: post_import,
};
