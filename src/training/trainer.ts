// Multi-head logistic regression over hashed features, trained with Adagrad; each head only on rows that define it.
import { DENSE_NAMES, FeatureExtractor, HEADS, snapIdf, type FeatureConfig, type HeadName } from '../moderation/classifier';
import type { Example } from './examples';
import { mulberry32, shuffle } from './random';

export interface TrainOptions {
  features: FeatureConfig;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Per-source example weight (sources differ 10× in size; big ones should not drown the rest). */
  sourceWeight: (source: string) => number;
  /** Names of the examples' extra features (Example.extra), weighted after the hashed table; none when absent. */
  extraNames?: readonly string[];
  progress?: (done: number, total: number, label: string) => void;
}

export interface Packed { idx: Int32Array; val: Float32Array }

/** Features of every example, computed once (the epochs reuse them). */
export function packAll(examples: Example[], features: FeatureConfig, progress?: TrainOptions['progress'], idf?: Float32Array, extraNames: readonly string[] = []): Packed[] {
  const fx = new FeatureExtractor(features, idf);
  return examples.map((e, i) => {
    const f = fx.extract(e.text);
    if (progress && i % 2000 === 0) progress(i, examples.length, 'features');
    if (extraNames.length === 0) return { idx: f.idx.slice(0, f.n), val: f.val.slice(0, f.n) };
    // Extra features sit after the hashed table (bucket size + k); zeros are left out, as in a sparse vector.
    const idx: number[] = Array.from(f.idx.subarray(0, f.n));
    const val: number[] = Array.from(f.val.subarray(0, f.n));
    extraNames.forEach((name, k) => {
      const v = e.extra?.[name] ?? 0;
      if (v !== 0) { idx.push(fx.size + k); val.push(v); }
    });
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  });
}

export function train(examples: Example[], packed: Packed[], opts: TrainOptions): Float32Array {
  const H = HEADS.length;
  const size = (1 << opts.features.bits) + (opts.extraNames?.length ?? 0);
  const w = new Float32Array(size * H);
  const g2 = new Float32Array(size * H);
  const z = new Float64Array(H);
  const grad = new Float64Array(H);
  const y = new Int8Array(H);
  const order = examples.map((_, i) => i);
  const rand = mulberry32(opts.seed);
  const { learningRate: lr, l2 } = opts;
  const weights = examples.map((e) => opts.sourceWeight(e.source));
  const total = opts.epochs * examples.length;
  let done = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, rand);
    for (const r of order) {
      const ex = examples[r];
      const { idx, val } = packed[r];
      for (let h = 0; h < H; h++) { const l = ex.labels[HEADS[h] as HeadName]; y[h] = l === undefined ? -1 : l; }
      z.fill(0);
      for (let i = 0; i < idx.length; i++) {
        const base = idx[i] * H;
        const v = val[i];
        for (let h = 0; h < H; h++) if (y[h] >= 0) z[h] += v * w[base + h];
      }
      for (let h = 0; h < H; h++) grad[h] = y[h] < 0 ? 0 : (1 / (1 + Math.exp(-z[h])) - y[h]) * weights[r];
      for (let i = 0; i < idx.length; i++) {
        const base = idx[i] * H;
        const v = val[i];
        for (let h = 0; h < H; h++) {
          if (y[h] < 0) continue;
          const k = base + h;
          const g = grad[h] * v + l2 * w[k];
          g2[k] += g * g;
          w[k] -= (lr * g) / Math.sqrt(g2[k] + 1e-8);
        }
      }
      if (opts.progress && ++done % 5000 === 0) opts.progress(done, total, `epoch ${epoch + 1}/${opts.epochs}`);
    }
  }
  return w;
}

/** Dense-feature weights per head, copied out exactly for the model header. */
export function denseWeights(w: Float32Array, bits: number): number[][] {
  const H = HEADS.length;
  const base = (1 << bits) - DENSE_NAMES.length;
  return HEADS.map((_, h) => DENSE_NAMES.map((__, d) => w[(base + d) * H + h]));
}

/** Extra-feature weights per head ([head][feature]), copied out exactly for the model header. */
export function extraWeights(w: Float32Array, bits: number, names: readonly string[]): number[][] {
  const H = HEADS.length;
  const base = 1 << bits;
  return HEADS.map((_, h) => names.map((__, k) => w[(base + k) * H + h]));
}

/** Smoothed IDF per hashed bucket from the training rows: log((1 + N) / (1 + df)) + 1. */
export function computeIdf(examples: Example[], features: FeatureConfig): Float32Array {
  const fx = new FeatureExtractor(features);
  const df = new Float64Array(fx.hashed);
  const seen = new Int32Array(fx.hashed).fill(-1);
  examples.forEach((e, r) => {
    const f = fx.extract(e.text);
    for (let i = 0; i < f.n; i++) {
      const b = f.idx[i];
      if (b < fx.hashed && seen[b] !== r) { seen[b] = r; df[b]++; }
    }
  });
  const idf = new Float32Array(fx.hashed);
  const n = examples.length;
  for (let b = 0; b < idf.length; b++) idf[b] = Math.log((1 + n) / (1 + df[b])) + 1;
  return snapIdf(idf);
}
