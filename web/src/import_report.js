// Words for what POST /api/import answered (docs/api.md): the report of a check or an import, or the
// problem that refused it. Pure, so the unit tests read the sentences a user reads.
//   describe_import(200, body, {dry_run: true}) → {ok: true, summary: '…', errors: [], warnings: ['a.csv:3:1: …']}

// "file:line:column: reason", leaving out what the server does not know.
export function position_text(d) {
  const where = [d.file, d.line ? d.line : null, d.line && d.column ? d.column : null].filter((x) => x !== null && x !== undefined && x !== '');
  return where.length ? `${where.join(':')}: ${d.message}` : d.message;
}

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describe_import(status, body, { dry_run }) {
  const warnings = (body?.warnings ?? []).map(position_text);
  const more_warnings = (body?.warning_count ?? 0) - warnings.length;
  if (more_warnings > 0) warnings.push(`… and ${plural(more_warnings, 'more warning')}`);
  if (status === 200) {
    const size = `${plural(body.nodes, 'node')} and ${plural(body.edges, 'connection')} (${body.convention})`;
    const skipped = body.skipped ? `; ${plural(body.skipped, 'bad row')} left out` : '';
    const summary = dry_run
      ? `The files are good: ${size}${skipped}. Nothing has changed yet.`
      : `Imported ${size}${skipped}. The server now shows version ${body.version}.`;
    return { ok: true, summary, errors: [], warnings };
  }
  const errors = (body?.errors ?? []).map(position_text);
  const refusals = {
    401: 'The token is wrong: the server refused the import.',
    403: 'This server does not accept imports: start it with --token-file to allow them.',
    409: 'Another import is running: try again when it has finished.',
    413: 'The files are too large for one upload.',
  };
  const summary = refusals[status] ??
    (status === 422 ? `The files do not import (${body?.detail ?? 'errors below'}). Nothing has changed.`
      : `${body?.title ?? `HTTP ${status}`}${body?.detail ? `: ${body.detail}` : ''}`);
  return { ok: false, summary, errors, warnings };
}
