// Hashed sparse features: word 1–2-grams and char 2–5-grams of prepared text, signed, plus dense script features.
import { FNV_OFFSET, fnvStep, mix32 } from './hash';
import { prepareText } from './prepare';
import { MODEL_LANGS, scriptInfo, type ModelLang } from './script';

export interface FeatureConfig {
  /** log2 of the number of hashed buckets. */
  bits: number;
  minChar: number;
  maxChar: number;
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 20, minChar: 2, maxChar: 5 };

/** Dense features sit in the last buckets, outside the hashed range, so hashing never collides with them. */
export const DENSE_NAMES = ['bias', 'lang:en', 'lang:hi', 'lang:hinglish', 'script:dev', 'script:latin', 'len:short', 'len:long'] as const;

const WORD_SEED = 0x2545f491;
const BIGRAM_SEED = 0x3c6ef372;
const CHAR_SEED = 0x6a09e667;
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;
const MAX_CHARS = 2000;

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
  private idx = new Int32Array(4096);
  private val = new Float32Array(4096);

  /** `idf` (one value per hashed bucket) re-weights n-grams before normalisation, as in TF-IDF. */
  constructor(readonly config: FeatureConfig = DEFAULT_FEATURES, private readonly idf?: Float32Array) {
    this.size = 1 << config.bits;
    this.hashed = this.size - DENSE_NAMES.length;
  }

  private ensure(extra: number, n: number): void {
    if (n + extra <= this.idx.length) return;
    const cap = Math.max(this.idx.length * 2, n + extra);
    const idx = new Int32Array(cap); idx.set(this.idx);
    const val = new Float32Array(cap); val.set(this.val);
    this.idx = idx; this.val = val;
  }

  private push(n: number, h: number): number {
    const m = mix32(h);
    this.idx[n] = m % this.hashed;
    this.val[n] = (m & 0x80000000) !== 0 ? -1 : 1;
    return n + 1;
  }

  /** Features of `raw` (any text; it is prepared here). Long comments are cut: the first 2,000 chars decide. */
  extract(raw: string): SparseView {
    const text = prepareText(raw).slice(0, MAX_CHARS);
    const tokens = text.match(TOKEN_RE) ?? [];
    const { minChar, maxChar } = this.config;
    let n = 0;
    this.ensure(tokens.length * 2 + 16, 0);
    // Word unigrams and bigrams.
    let prev = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t];
      let h = FNV_OFFSET ^ WORD_SEED;
      for (let i = 0; i < tok.length; i++) h = fnvStep(h, tok.charCodeAt(i));
      n = this.push(n, h);
      if (t > 0) n = this.push(n, Math.imul(prev ^ BIGRAM_SEED, 0x9e3779b1) ^ h);
      prev = h;
    }
    const wordEnd = n;
    // Char n-grams over the tokens joined by single spaces with a space at each end (word-boundary aware).
    const joined = ' ' + tokens.join(' ') + ' ';
    this.ensure(joined.length * (maxChar - minChar + 1) + 16, n);
    for (let s = 0; s + minChar <= joined.length; s++) {
      let h = FNV_OFFSET ^ CHAR_SEED;
      const stop = Math.min(joined.length, s + maxChar);
      for (let e = s; e < stop; e++) {
        h = fnvStep(h, joined.charCodeAt(e));
        if (e - s + 1 >= minChar) n = this.push(n, h ^ (e - s));
      }
    }
    // Each group gets unit L2 norm (then 1/√2) so long texts and the char/word balance do not depend on length.
    if (this.idf) for (let i = 0; i < n; i++) this.val[i] *= this.idf[this.idx[i]];
    scaleGroup(this.val, 0, wordEnd);
    scaleGroup(this.val, wordEnd, n);
    const info = scriptInfo(text, tokens);
    const base = this.hashed;
    const dense = [1, info.lang === 'en' ? 1 : 0, info.lang === 'hi' ? 1 : 0, info.lang === 'hinglish' ? 1 : 0,
      info.devanagari, info.latin, tokens.length <= 3 ? 1 : 0, tokens.length >= 40 ? 1 : 0];
    for (let d = 0; d < dense.length; d++) {
      if (dense[d] === 0) continue;
      this.idx[n] = base + d; this.val[n] = dense[d]; n++;
    }
    return { idx: this.idx, val: this.val, n, lang: info.lang };
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
