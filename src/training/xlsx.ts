// Reads the first sheet of an .xlsx workbook into header-keyed records: just enough OOXML for the HASOC training files.
import { strFromU8, unzipSync } from 'fflate';

// Replaces the `xlsx` package (CVE-2023-30533, CVE-2024-22363): an .xlsx is a zip of XML parts, and we only need the
// stored strings of one sheet. The output matches what `XLSX.utils.sheet_to_json(sheet, { defval: '' })` gave, with
// every value turned into a string: the first row names the columns, blank rows are skipped, missing cells are ''.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data → text: entities, numeric references and OOXML's `_xHHHH_` escapes (e.g. `_x000D_` for CR). */
export function unescapeXml(s: string): string {
  return s
    .replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([a-zA-Z]+));/g, (m, hex: string, dec: string, name: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : ENTITIES[name] ?? m)
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function textOf(xml: string): string {
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(xml);
  return cdata ? cdata[1] : unescapeXml(xml);
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, plain or inside rich-text `<r>` runs; phonetic `<rPh>` hints are not text. */
function stringItem(xml: string): string {
  const visible = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of visible.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += textOf(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => stringItem(m[1] ?? ''));
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Column letters of an A1 reference → zero-based index ("A" → 0, "AA" → 26). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** The path of the workbook's first sheet, from workbook.xml and its relationships; sheet1.xml when they say nothing. */
function firstSheetPath(files: Record<string, Uint8Array>): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return fallback;
  const sheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(strFromU8(workbook))?.[0];
  const id = sheet && /\sr:id="([^"]*)"/.exec(sheet)?.[1];
  const rel = id && [...strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === id);
  const target = rel && attr(rel, 'Target');
  if (!target) return fallback;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/[^/]+\/\.\.\//g, '');
}

type Cell = { col: number; value: string };

function cellValue(attrs: string, body: string, strings: string[]): string | undefined {
  const type = attr(attrs, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
    return is ? stringItem(is[1]) : undefined;
  }
  const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (v === undefined) return undefined; // a styled but empty cell: missing, as xlsx treated it
  if (type === 's') return strings[Number(v)] ?? '';
  if (type === 'b') return v === '1' ? 'true' : 'false';
  if (type === 'e') return undefined;
  if (type === 'n') return String(Number(v));
  return textOf(v); // 'str' (formula result) and 'd' (ISO date) are stored as text
}

/** Rows of cells in sheet order; a cell without `r` follows the previous cell of its row. */
function sheetRows(xml: string, strings: string[]): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  let nextRow = 0;
  for (const row of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const r = attr(row[1], 'r');
    const index = r ? Number(r) - 1 : nextRow;
    nextRow = index + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (const c of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const ref = attr(c[1], 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const value = cellValue(c[1], c[2] ?? '', strings);
      if (value !== undefined) cells.push({ col, value });
    }
    if (cells.length > 0) rows.set(index, cells);
  }
  return rows;
}

/** Column names as sheet_to_json made them: an unnamed column is `__EMPTY`, a repeated name gets `_1`, `_2`, … */
function headerNames(cells: Cell[], first: number, last: number): string[] {
  const byCol = new Map(cells.map((c) => [c.col, c.value]));
  const seen = new Map<string, number>();
  const names: string[] = [];
  for (let col = first; col <= last; col++) {
    const base = byCol.get(col) ?? '__EMPTY';
    let name = base;
    const count = seen.get(base) ?? 0;
    if (count > 0) name = `${base}_${count}`;
    seen.set(base, count + 1);
    names.push(name);
  }
  return names;
}

/** Records of the first sheet of the workbook in `data`, keyed by the (trimmed) header row, every value a string. */
export function readXlsxRecords(data: Uint8Array): Record<string, string>[] {
  const files = unzipSync(data, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  const sheetPath = firstSheetPath(files);
  const sheet = files[sheetPath];
  if (!sheet) throw new Error(`xlsx: no worksheet at ${sheetPath}`);
  const strings = sharedStrings(files['xl/sharedStrings.xml'] && strFromU8(files['xl/sharedStrings.xml']));
  const rows = sheetRows(strFromU8(sheet), strings);
  if (rows.size === 0) return [];
  const indices = [...rows.keys()].sort((a, b) => a - b);
  let first = Infinity;
  let last = -Infinity;
  for (const cells of rows.values()) for (const c of cells) { first = Math.min(first, c.col); last = Math.max(last, c.col); }
  const names = headerNames(rows.get(indices[0])!, first, last).map((n) => n.trim());
  return indices.slice(1).map((index) => {
    const values = names.map(() => '');
    for (const cell of rows.get(index)!) values[cell.col - first] = cell.value;
    // fromEntries defines own properties, so a column named `__proto__` cannot reach Object.prototype.
    return Object.fromEntries(names.map((n, i) => [n, values[i]]));
  });
}
