// The model file: a small JSON header plus 8-bit codebook-quantised weights, deflated. Pure: bytes in, bytes out.
import { deflateSync, inflateSync } from 'fflate';
import { DENSE_NAMES, type FeatureConfig } from './features';
import type { ModelLang } from './script';
import type { ModelScores } from './types';

export type HeadName = keyof ModelScores;
export const HEADS: readonly HeadName[] = ['offensive', 'hate', 'profanity', 'targeted', 'targetIndividual', 'targetGroup', 'targetOther'];

const MAGIC = 0x4d524843; // "CHRM" little-endian
const CODES = 256;

export interface ModelHeader {
  /** 2 adds `extra` (named dense features the caller passes, e.g. lexicon evidence); 1 has none. */
  format: 'charcha-linear-1' | 'charcha-linear-2';
  version: string;
  heads: HeadName[];
  features: FeatureConfig;
  /** Logit offset per head and language, chosen on the calibration split so 0.5 is the best macro-F1 cut. */
  calibration: Partial<Record<HeadName, Partial<Record<ModelLang, number>>>>;
  /** Exact weights of the dense features (DENSE_NAMES order), per head. */
  dense: number[][];
  /** Named features the caller supplies with each text (`predict(text, extra)`), with exact weights per head: [head][feature]. */
  extra?: { names: string[]; weights: number[][] };
  /** Present when features are IDF-weighted: the largest IDF and the byte length of its (8-bit, deflated) block. */
  idf?: { max: number; bytes: number };
  /** Free-form provenance: datasets, licence class, seed, date, split fingerprint, metrics. */
  meta: Record<string, unknown>;
}

/** A model in memory: weights interleaved by bucket (bucket * heads + head) for cache-friendly inference. */
export interface ModelData {
  header: ModelHeader;
  /** Float weights (training); a decoded file has `quantised` instead, which is 4× smaller in memory and cache. */
  weights?: Float32Array;
  quantised?: { codes: Uint8Array; books: Float32Array };
  /** Per-bucket inverse document frequency (hashed buckets only), when the features use it. */
  idf?: Float32Array;
}

/**
 * Per head: 255 levels on a square-law (companded) scale up to the head's largest |weight|, so small weights keep
 * fine resolution and the few large, decisive weights are still within 1.6% of their value. Level 127 is exactly 0.
 */
function buildCodebook(weights: Float32Array, heads: number, h: number, size: number): Float32Array {
  let max = 0;
  for (let b = 0; b < size; b++) { const a = Math.abs(weights[b * heads + h]); if (a > max) max = a; }
  const book = new Float32Array(CODES);
  for (let k = 0; k < CODES - 1; k++) { const t = (k - 127) / 127; book[k] = Math.sign(t) * t * t * max; }
  book[CODES - 1] = max; // duplicate of the top level keeps the book sorted for the binary search
  return book;
}

function nearest(book: Float32Array, w: number): number {
  let lo = 0, hi = CODES - 1;
  while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (book[mid] <= w) lo = mid; else hi = mid; }
  return Math.abs(book[lo] - w) <= Math.abs(book[hi] - w) ? lo : hi;
}

/** Snaps IDF values to the 8-bit grid the file stores, so training sees exactly what inference will. */
export function snapIdf(idf: Float32Array): Float32Array {
  let max = 1;
  for (const v of idf) if (v > max) max = v;
  const k = (max - 1) / 255;
  return idf.map((v) => (k === 0 ? 1 : 1 + Math.round((v - 1) / k) * k));
}

export function encodeModel(model: ModelData): Uint8Array {
  const { header, weights } = model;
  if (!weights) throw new Error('encodeModel needs float weights');
  const heads = header.heads.length;
  const size = 1 << header.features.bits;
  const books = new Float32Array(heads * CODES);
  const codes = new Uint8Array(size * heads);
  for (let h = 0; h < heads; h++) {
    const book = buildCodebook(weights, heads, h, size);
    books.set(book, h * CODES);
    for (let b = 0; b < size; b++) {
      const w = weights[b * heads + h];
      codes[b * heads + h] = w === 0 ? 127 : nearest(book, w);
    }
  }
  let idfBlock = new Uint8Array(0);
  let written: ModelHeader = header;
  if (model.idf) {
    let max = 1;
    for (const v of model.idf) if (v > max) max = v;
    const q = new Uint8Array(model.idf.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(((model.idf[i] - 1) / (max - 1 || 1)) * 255);
    idfBlock = deflateSync(q, { level: 9 });
    written = { ...header, idf: { max, bytes: idfBlock.length } };
  }
  const json = new TextEncoder().encode(JSON.stringify(written));
  const packed = deflateSync(codes, { level: 9 });
  const out = new Uint8Array(8 + json.length + books.byteLength + idfBlock.length + packed.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(new Uint8Array(books.buffer), 8 + json.length);
  out.set(idfBlock, 8 + json.length + books.byteLength);
  out.set(packed, 8 + json.length + books.byteLength + idfBlock.length);
  return out;
}

export function decodeModel(bytes: Uint8Array): ModelData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a Charcha model file');
  const jsonLen = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + jsonLen))) as ModelHeader;
  if (header.format !== 'charcha-linear-1' && header.format !== 'charcha-linear-2') throw new Error(`unknown model format ${String(header.format)}`);
  if (header.format === 'charcha-linear-2' && !header.extra) throw new Error('model format charcha-linear-2 needs its extra features');
  const heads = header.heads.length;
  const size = 1 << header.features.bits;
  const booksAt = 8 + jsonLen;
  // Copy (a Node Buffer's slice() is a view into a shared pool, and Float32Array needs its own aligned buffer).
  const books = new Float32Array(new Uint8Array(bytes.subarray(booksAt, booksAt + heads * CODES * 4)).buffer);
  const idfAt = booksAt + heads * CODES * 4;
  const idfBytes = header.idf?.bytes ?? 0;
  let idf: Float32Array | undefined;
  if (header.idf) {
    const q = inflateSync(bytes.subarray(idfAt, idfAt + idfBytes));
    const k = (header.idf.max - 1) / 255;
    idf = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) idf[i] = 1 + q[i] * k;
  }
  const codes = inflateSync(bytes.subarray(idfAt + idfBytes));
  if (codes.length !== size * heads) throw new Error('model file is truncated');
  // Dense buckets are scored from header.dense (exact), so their codes are never read.
  return { header, quantised: { codes, books }, ...(idf ? { idf } : {}) };
}

/** Float weights of a decoded model (tests and tools; inference reads the codes directly). */
export function dequantise(model: ModelData): Float32Array {
  if (model.weights) return model.weights;
  const { codes, books } = model.quantised!;
  const heads = model.header.heads.length;
  const size = 1 << model.header.features.bits;
  const weights = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) weights[i] = books[(i % heads) * CODES + codes[i]];
  const base = size - DENSE_NAMES.length;
  for (let h = 0; h < heads; h++) for (let d = 0; d < DENSE_NAMES.length; d++) weights[(base + d) * heads + h] = model.header.dense[h]?.[d] ?? 0;
  return weights;
}
