// Hashed sparse features: word 1–2-grams and char 2–5-grams of prepared text, signed, plus dense script features.
import { isDigit, isLetter } from '../normalise/chars';
import { FNV_OFFSET, fnvStep, mix32 } from './hash';
import { prepareText } from './prepare';
import { AMBIGUOUS, HINGLISH_WORDS, MODEL_LANGS, decideLang, type ModelLang } from './script';

export interface FeatureConfig {
  /** log2 of the number of hashed buckets. */
  bits: number;
  minChar: number;
  maxChar: number;
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 18, minChar: 2, maxChar: 5 };

/** Dense features sit in the last buckets, outside the hashed range, so hashing never collides with them. */
export const DENSE_NAMES = ['bias', 'lang:en', 'lang:hi', 'lang:hinglish', 'script:dev', 'script:latin', 'len:short', 'len:long'] as const;

const WORD_SEED = 0x2545f491;
const BIGRAM_SEED = 0x3c6ef372;
const CHAR_SEED = 0x6a09e667;
const MAX_CHARS = 2000;
const SPACE = 32;

function wordHash(s: string): number {
  let h = FNV_OFFSET ^ WORD_SEED;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}
// Hinglish cue words by their word hash, so the language guess needs no token strings.
const HINGLISH_HASHES = new Set([...HINGLISH_WORDS].map(wordHash));
const STRONG_HASHES = new Set([...HINGLISH_WORDS].filter((w) => !AMBIGUOUS.has(w)).map(wordHash));

/** A sparse vector in reusable buffers: entries 0..n-1 of idx/val are valid until the next extract(). */
export interface SparseView {
  idx: Int32Array;
  val: Float32Array;
  n: number;
  lang: ModelLang;
}

export class FeatureExtractor {
  readonly size: number;
  /** Buckets available to hashing; the dense features live above them. */
  readonly hashed: number;
  private readonly shift: number;
  private idx = new Int32Array(4096);
  private val = new Float32Array(4096);
  // Token characters of the prepared text, runs separated by one space, with a space at each end.
  private buf = new Uint16Array(MAX_CHARS + 2);

  /** `idf` (one value per hashed bucket) re-weights n-grams before normalisation, as in TF-IDF. */
  constructor(readonly config: FeatureConfig = DEFAULT_FEATURES, private readonly idf?: Float32Array) {
    this.size = 1 << config.bits;
    this.hashed = this.size - DENSE_NAMES.length;
    this.shift = 32 - config.bits;
  }

  private ensure(need: number): void {
    if (need <= this.idx.length) return;
    const cap = Math.max(this.idx.length * 2, need);
    const idx = new Int32Array(cap); idx.set(this.idx);
    const val = new Float32Array(cap); val.set(this.val);
    this.idx = idx; this.val = val;
  }

  private push(n: number, h: number): number {
    const m = mix32(h);
    // Top bits pick the bucket (no division); the few that land on dense slots fold back into the hashed range.
    const b = m >>> this.shift;
    this.idx[n] = b < this.hashed ? b : b - DENSE_NAMES.length;
    this.val[n] = (m & 0x80000000) !== 0 ? -1 : 1;
    return n + 1;
  }

  /** Features of `raw` (any text; it is prepared here). Long comments are cut: the first 2,000 chars decide. */
  extract(raw: string): SparseView {
    // Cut before preparing so a 100,000-character comment costs no more than a long one (placeholders shrink text).
    // Always sliced (a no-op copy-free call when shorter): a branch taken only by rare long comments kept deoptimising
    // this hot function (V8 had no type feedback for it), ~100 times over 20,000 comments.
    const text = prepareText(raw.slice(0, 4 * MAX_CHARS));
    const buf = this.buf;
    let len = 0, dev = 0, lat = 0;
    buf[len++] = SPACE;
    const stop = Math.min(text.length, MAX_CHARS);
    for (let i = 0; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (isLetter(c) || isDigit(c)) {
        buf[len++] = c;
        if (c >= 0x0900 && c <= 0x097f) dev++;
        else if (c >= 97 && c <= 122) lat++;
      } else if (buf[len - 1] !== SPACE) buf[len++] = SPACE;
    }
    if (buf[len - 1] !== SPACE) buf[len++] = SPACE;
    const { minChar, maxChar } = this.config;
    this.ensure(len * (maxChar - minChar + 2) + 16);
    let n = 0;
    // Word unigrams and bigrams.
    let prev = 0, tokens = 0, hits = 0, strong = 0;
    let h = FNV_OFFSET ^ WORD_SEED;
    for (let i = 1; i < len; i++) {
      const c = buf[i];
      if (c !== SPACE) { h = fnvStep(h, c); continue; }
      n = this.push(n, h);
      if (tokens > 0) n = this.push(n, Math.imul(prev ^ BIGRAM_SEED, 0x9e3779b1) ^ h);
      if (HINGLISH_HASHES.has(h)) { hits++; if (STRONG_HASHES.has(h)) strong++; }
      tokens++;
      prev = h;
      h = FNV_OFFSET ^ WORD_SEED;
    }
    const wordEnd = n;
    // Char n-grams over the space-joined tokens (word-boundary aware).
    for (let s = 0; s + minChar <= len; s++) {
      let g = FNV_OFFSET ^ CHAR_SEED;
      const end = Math.min(len, s + maxChar);
      for (let e = s; e < end; e++) {
        g = fnvStep(g, buf[e]);
        if (e - s + 1 >= minChar) n = this.push(n, g ^ (e - s));
      }
    }
    if (this.idf) for (let i = 0; i < n; i++) this.val[i] *= this.idf[this.idx[i]];
    // Each group gets unit L2 norm (then 1/√2) so long texts and the char/word balance do not depend on length.
    scaleGroup(this.val, 0, wordEnd);
    scaleGroup(this.val, wordEnd, n);
    const info = decideLang(dev, lat, hits, strong, tokens);
    const base = this.hashed;
    // No branch around the calls: paths taken only by rare texts (40+ tokens) kept deoptimising this hot function.
    n = this.dense(n, base, 1);
    n = this.dense(n, base + (info.lang === 'en' ? 1 : info.lang === 'hi' ? 2 : 3), 1);
    n = this.dense(n, base + 4, info.devanagari);
    n = this.dense(n, base + 5, info.latin);
    n = this.dense(n, base + 6, tokens <= 3 ? 1 : 0);
    n = this.dense(n, base + 7, tokens >= 40 ? 1 : 0);
    return { idx: this.idx, val: this.val, n, lang: info.lang };
  }

  private dense(n: number, at: number, v: number): number {
    if (v === 0) return n;
    this.idx[n] = at; this.val[n] = v;
    return n + 1;
  }
}

function scaleGroup(val: Float32Array, from: number, to: number): void {
  // Duplicate buckets add up in a dot product, so the norm is taken over the raw entries (a close, cheap bound).
  let sq = 0;
  for (let i = from; i < to; i++) sq += val[i] * val[i];
  if (sq === 0) return;
  const k = Math.SQRT1_2 / Math.sqrt(sq);
  for (let i = from; i < to; i++) val[i] *= k;
}

export { MODEL_LANGS };
