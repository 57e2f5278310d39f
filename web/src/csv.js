// CSV text (RFC 4180) from rows, for "export the current table": `to_csv(columns, rows)` where
// columns are [{key, label}] and rows plain objects. Fields holding a comma, quote or line break are
// quoted with inner quotes doubled; lines end in CRLF. Pure.

function field(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function to_csv(columns, rows) {
  const lines = [columns.map((c) => field(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
