// Splits normalised text into tokens with the lookup forms the matcher needs (collapsed, phonetic, i→l variant).
import { FLAG_I_OR_L, isDevanagari, isLatinLetter, isLetter, isDigit, phoneticKey, type Normalised } from '../normalise';

export interface Token {
  /** [s, e) in the normalised text. */
  s: number;
  e: number;
  text: string;
  latin: boolean;
  deva: boolean;
  /** Contains '*' standing for hidden letters ("f**k"). */
  mask: boolean;
  /** Runs of a doubled letter folded to one ("fuuck" → "fuck"), or null when the token has no double. */
  collapsed: string | null;
  /** The token with every i decoded from '1', '!' or '|' read as l instead, or null. */
  lvar: string | null;
  /** Romanised-Hindi spelling key (Latin tokens only). */
  key: string;
  /** Sentence number: insults and their targets are paired within a sentence. */
  sentence: number;
  /** Inside double quotes: quoted words may be reported, not meant. */
  quoted: boolean;
  /** The original starts with a capital letter (a name, when not sentence-initial). */
  capital: boolean;
  /** Sentence-initial token. */
  first: boolean;
  /** Preceded by '@': an @mention of a person. */
  mention: boolean;
}

/** Sentence ends: . ! ? newline । | ; (by character code: no one-character string per position). */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0964 || c === 0x7c || c === 0x3b;
}
/** Quotes: " “ ” « » „ */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e;
}

function isWordChar(c: number): boolean {
  return c === 0x2a || isLetter(c) || isDigit(c);
}

const DOUBLE_RE = /(.)\1/;
const DOUBLE_ALL_RE = /(.)\1+/g;

export function collapseDoubles(word: string): string {
  return word.replace(DOUBLE_ALL_RE, '$1');
}

/** What a word's text alone decides (script, doubles, phonetic key), cached: comment words repeat (Zipf), keys cost. */
interface WordInfo { latin: boolean; deva: boolean; mask: boolean; collapsed: string | null; key: string }
const wordInfo = new Map<string, WordInfo>();
const WORD_CACHE_MAX = 50_000;

function infoOf(word: string): WordInfo {
  let w = wordInfo.get(word);
  if (w) return w;
  let latin = true, deva = false;
  for (let k = 0; k < word.length; k++) {
    const ch = word.charCodeAt(k);
    if (isDevanagari(ch)) deva = true;
    if (!isLatinLetter(ch) && ch !== 0x2a && !(ch >= 0x30 && ch <= 0x39)) latin = false;
  }
  w = { latin, deva, mask: word.includes('*'), collapsed: DOUBLE_RE.test(word) ? collapseDoubles(word) : null, key: latin ? phoneticKey(word) : word };
  // Bounded: a flood of unique words (random strings) must not grow memory without limit.
  if (wordInfo.size >= WORD_CACHE_MAX) wordInfo.clear();
  wordInfo.set(word, w);
  return w;
}

export function tokenise(norm: Normalised, original: string): Token[] {
  const { text, map, flags } = norm;
  const out: Token[] = [];
  let sentence = 0;
  let quoted = false;
  let sawBreak = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c) || c === 0x2a) {
      if (isSentenceEnd(c)) sawBreak = true;
      if (isQuote(c)) quoted = !quoted;
      i++;
      continue;
    }
    let j = i;
    while (j < n && isWordChar(text.charCodeAt(j))) j++;
    let e = j;
    while (e > i && text.charCodeAt(e - 1) === 0x2a) e--;
    const word = text.slice(i, e);
    if (sawBreak && out.length > 0) sentence++;
    const w = infoOf(word);
    let ambiguous = false;
    for (let k = i; k < e; k++) if (flags[k] & FLAG_I_OR_L) { ambiguous = true; break; }
    let lvar: string | null = null;
    if (ambiguous) {
      let v = '';
      for (let k = i; k < e; k++) v += flags[k] & FLAG_I_OR_L ? 'l' : text[k];
      lvar = v;
    }
    const orig = original.charCodeAt(map[i]);
    out.push({
      s: i, e, text: word, latin: w.latin, deva: w.deva,
      mask: w.mask,
      collapsed: w.collapsed,
      lvar,
      key: w.key,
      sentence, quoted,
      capital: orig >= 0x41 && orig <= 0x5a,
      first: sawBreak,
      mention: i > 0 && text.charCodeAt(i - 1) === 0x40,
    });
    sawBreak = false;
    i = j;
  }
  return out;
}
