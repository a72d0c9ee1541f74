// RFC 4180 CSV parsing (quoted fields, doubled quotes, newlines inside quotes) and quote-free TSV splitting.

/** Parses CSV text into rows of fields. Accepts CRLF or LF; a quote only opens a field at its start. */
export function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let atFieldStart = true;
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < n; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else inQuotes = false;
      } else field += c;
      continue;
    }
    if (c === '"' && atFieldStart) { inQuotes = true; atFieldStart = false; continue; }
    if (c === sep) { row.push(field); field = ''; atFieldStart = true; continue; }
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      row.push(field); rows.push(row); row = []; field = ''; atFieldStart = true; continue;
    }
    field += c;
    atFieldStart = false;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Splits tab-separated text with quoting disabled (OLID, HASOC 2019: tweets contain bare `"`). */
export function parseTsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r?\n/).filter((line) => line.length > 0).map((line) => line.split('\t'));
}

/** Turns rows with a header line into records keyed by column name. */
export function withHeader(rows: string[][]): Record<string, string>[] {
  const [head, ...rest] = rows;
  if (!head) return [];
  return rest.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
