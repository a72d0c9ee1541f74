// normalise(): the text the lexicons and classifier read, with a map from each character back to the original.
import { foldCodePoint } from './fold';
import { isDigit, isLetter } from './chars';

export interface Normalised {
  /** Folded text: lower-case, homoglyphs → Latin, invisible characters gone, leet decoded, runs of 3+ letters → 2. */
  text: string;
  /** For each index of `text`, the UTF-16 index in the original of the character it came from. */
  map: Int32Array;
  /** Per index of `text`: bit 1 set when the letter is an 'i' decoded from '1', '!' or '|' (it may also be an 'l'). */
  flags: Uint8Array;
}

export const FLAG_I_OR_L = 1;

/**
 * Working buffers, reused across calls (normalise is synchronous, so one set suffices): character code, origin
 * index and flag per position; `n` is the live length. Reuse keeps the hot path from feeding the garbage collector.
 */
interface Buf { c: Uint16Array; m: Int32Array; f: Uint8Array; n: number }

const buf: Buf = { c: new Uint16Array(1024), m: new Int32Array(1024), f: new Uint8Array(1024), n: 0 };
let drop = new Uint8Array(1024);

function grow(b: Buf, need: number): void {
  if (need <= b.c.length) return;
  const size = Math.max(need, b.c.length * 2);
  const c = new Uint16Array(size); c.set(b.c); b.c = c;
  const m = new Int32Array(size); m.set(b.m); b.m = m;
  const f = new Uint8Array(size); f.set(b.f); b.f = f;
}

function put(b: Buf, ch: number, origin: number): void {
  if (b.n === b.c.length) grow(b, b.n + 1);
  b.c[b.n] = ch; b.m[b.n] = origin; b.f[b.n] = 0; b.n++;
}

const SEPARATOR_LIST = [0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7, 0x2c, 0x2f, 0x7c, 0x2b, 0x7e, 0x3a, 0x2022, 0x09];
/** Separator characters as a table by UTF-16 code unit (a Set lookup per character was a hot spot). */
const SEPARATORS = new Uint8Array(0x10000);
for (const c of SEPARATOR_LIST) SEPARATORS[c] = 1;
const LEET_PAIRS: Array<[number, number]> = [
  [0x30, 0x6f], [0x31, 0x69], [0x33, 0x65], [0x34, 0x61], [0x35, 0x73], [0x37, 0x74], [0x38, 0x62], [0x40, 0x61], [0x24, 0x73], [0x21, 0x69], [0x7c, 0x69],
];
/** Leet character → letter, by ASCII code (0: not leet); a typed table, not an object with number keys. */
const LEET = new Uint8Array(0x80);
for (const [from, to] of LEET_PAIRS) LEET[from] = to;
function leetOf(ch: number): number {
  return ch < 0x80 ? LEET[ch] : 0;
}

/** Step 1: fold every code point (NFKD, case, confusables, invisibles, nukta, chandrabindu). */
function foldAll(input: string, b: Buf): void {
  b.n = 0;
  grow(b, input.length);
  for (let i = 0; i < input.length; i++) {
    const u = input.charCodeAt(i);
    if (u < 0x80) {
      put(b, u >= 0x41 && u <= 0x5a ? u + 32 : u, i);
      continue;
    }
    const start = i;
    let cp = u;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < input.length) {
      const lo = input.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) { cp = ((u - 0xd800) << 10) + (lo - 0xdc00) + 0x10000; i++; }
    }
    const out = foldCodePoint(cp);
    for (let k = 0; k < out.length; k++) put(b, out.charCodeAt(k), start);
  }
}

function isWordish(ch: number): boolean {
  return isLetter(ch) || isDigit(ch) || ch === 0x40 || ch === 0x24;
}

/** A lone word character: wordish itself, with no wordish neighbour (a top-level function: no closure per call). */
function isUnit(c: Uint16Array, n: number, i: number): boolean {
  return i >= 0 && i < n && isWordish(c[i]) && !(i > 0 && isWordish(c[i - 1])) && !(i + 1 < n && isWordish(c[i + 1]));
}

/** Step 2: "f.u.c.k", "f-u-c-k", "f u c k": single letters joined by the same separator are one word. */
function joinSpelledOut(b: Buf): void {
  const n = b.n;
  const c = b.c;
  if (drop.length < n) drop = new Uint8Array(Math.max(n, drop.length * 2));
  // Cleared only once a run is found: most comments have none, and compact() runs only then.
  let any = false;
  let i = 0;
  while (i < n) {
    if (!isUnit(c, n, i)) { i++; continue; }
    const units = [i];
    let sep = '';
    let j = i + 1;
    for (;;) {
      let k = j;
      let s = '';
      while (k < n && k - j < 3 && SEPARATORS[c[k]] === 1) { s += String.fromCharCode(c[k]); k++; }
      if (s === '' || !isUnit(c, n, k) || (sep !== '' && s !== sep)) break;
      sep = s;
      units.push(k);
      j = k + 1;
    }
    let letters = 0;
    for (let u = 0; u < units.length; u++) if (isLetter(c[units[u]])) letters++;
    // Spaces need 4 letters ("u r a" is text-speak, "f u c k" is a word); other separators need 3.
    const needed = sep.trim() === '' ? 4 : 3;
    if (units.length >= needed && letters * 2 >= units.length) {
      if (!any) drop.fill(0, 0, n);
      for (let u = 0; u + 1 < units.length; u++) for (let k = units[u] + 1; k < units[u + 1]; k++) drop[k] = 1;
      any = true;
      i = units[units.length - 1] + 1;
    } else {
      // "a f.u.c.k": the run that failed may start a good one at its second letter.
      i = units.length > 1 ? units[1] : i + 1;
    }
  }
  if (any) compact(b);
}

/** Remove the positions marked in `drop`, in place. */
function compact(b: Buf): void {
  let w = 0;
  for (let r = 0; r < b.n; r++) {
    if (drop[r]) continue;
    b.c[w] = b.c[r]; b.m[w] = b.m[r]; b.f[w] = b.f[r]; w++;
  }
  b.n = w;
}

/** '@', '$', '*', '!', '|': characters that may sit inside a leet word. */
function isRunChar(ch: number): boolean {
  return ch === 0x40 || ch === 0x24 || ch === 0x2a || ch === 0x21 || ch === 0x7c;
}
/** '*', '!', '|': trimmed from the edges of a leet word. */
function isEdgeTrim(ch: number): boolean {
  return ch === 0x2a || ch === 0x21 || ch === 0x7c;
}

/** Step 3: inside word-like runs decode leetspeak (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s, !→i); keep '*' masks. */
function decodeLeet(b: Buf): void {
  const n = b.n;
  let i = 0;
  while (i < n) {
    const ch = b.c[i];
    if (!(isLetter(ch) || isDigit(ch) || isRunChar(ch))) { i++; continue; }
    let j = i;
    while (j < n && (isLetter(b.c[j]) || isDigit(b.c[j]) || isRunChar(b.c[j]))) j++;
    let s = i;
    let e = j;
    while (s < e && isEdgeTrim(b.c[s])) s++;
    while (e > s && (isEdgeTrim(b.c[e - 1]) || b.c[e - 1] === 0x40)) e--;
    leetToken(b, s, e);
    i = j;
  }
}

function leetToken(b: Buf, s: number, e: number): void {
  let letters = 0;
  let digits = 0;
  let leetable = 0;
  for (let k = s; k < e; k++) {
    const ch = b.c[k];
    if (isLetter(ch)) letters++;
    else if (isDigit(ch)) digits++;
    if (leetOf(ch) !== 0) leetable++;
  }
  if (leetable === 0 || letters < 2 || digits > letters + 1) return;
  const word = String.fromCharCode(...b.c.subarray(s, e));
  // Numbers glued to words are numbers: "covid19", "2024election", "10th", "5g".
  if (/^[a-z\u0900-\u097f]{4,}\d{2,}$/.test(word) || /^[a-z]+\d{3,}$/.test(word) || /^\d{2,}[a-z]+$/.test(word) || /^\d+(st|nd|rd|th|s)$/.test(word)) return;
  // "@someone" at the start of a word is a mention, not an 'a' — except "@ss…", leet for "ass" ("@sshole", "@sswipe").
  const mention = b.c[s] === 0x40 && e - s > 4 && !(b.c[s + 1] === 0x73 && b.c[s + 2] === 0x73);
  for (let k = s; k < e; k++) {
    const ch = b.c[k];
    const to = leetOf(ch);
    if (to === 0 || (mention && k === s)) continue;
    if (ch === 0x31 || ch === 0x21 || ch === 0x7c) b.f[k] |= FLAG_I_OR_L;
    b.c[k] = to;
  }
}

/** Step 4: runs of 3 or more of the same letter fold to 2 ("fuuuuck" → "fuuck"); the matcher also tries 1. */
function foldRepeats(b: Buf): void {
  let any = false;
  for (let i = 2; i < b.n; i++) {
    const ch = b.c[i];
    const run = ch === b.c[i - 1] && ch === b.c[i - 2] && isLetter(ch);
    drop[i] = run ? 1 : 0;
    if (run) any = true;
  }
  if (any) { drop[0] = 0; drop[1] = 0; compact(b); }
}

function toText(c: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode.apply(null, c.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return s;
}

export function normalise(input: string): Normalised {
  const b = buf;
  foldAll(input, b);
  if (drop.length < b.n) drop = new Uint8Array(Math.max(b.n, drop.length * 2));
  joinSpelledOut(b);
  decodeLeet(b);
  foldRepeats(b);
  return { text: toText(b.c, b.n), map: b.m.slice(0, b.n), flags: b.f.slice(0, b.n) };
}

/** Map a normalised [start, end) back to the original: from the first source character to the end of the last, plus trailing marks. */
export function toOriginalSpan(norm: Normalised, original: string, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= norm.map.length) return { start: 0, end: 0 };
  const s = norm.map[start];
  let e = norm.map[Math.min(end, norm.map.length) - 1];
  const hi = original.charCodeAt(e);
  const lo = original.charCodeAt(e + 1);
  e += hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
  // Include combining marks and invisibles that folding dropped right after the last character.
  while (e < original.length && /[\p{M}\u200b-\u200f\u2060\ufeff\u00ad]/u.test(original[e]) && !(end < norm.map.length && norm.map[end] === e)) e++;
  return { start: s, end: e };
}
