// Fits, calibrates and packages a model from the splits: the one recipe `charcha train` runs.
import { createClassifier, decodeModel, encodeModel, DEFAULT_FEATURES, HEADS, type FeatureConfig, type ModelData } from '../moderation/classifier';
import { SOURCES } from './labels';
import { calibrate } from './evaluate';
import type { Splits } from './pipeline';
import { computeIdf, denseWeights, packAll, train } from './trainer';

export interface Recipe {
  features: FeatureConfig;
  epochs: number;
  learningRate: number;
  l2: number;
  /** TF-IDF weighting of the hashed n-grams (IDF from the fit rows, shipped in the model file). */
  idf: boolean;
  /** Exponent for source balancing: weight = (median source size / source size) ^ balance, clamped to [0.25, 4]. */
  balance: number;
}

export const RECIPE: Recipe = { features: DEFAULT_FEATURES, epochs: 5, learningRate: 0.2, l2: 1e-6, idf: false, balance: 0.5 };

export function sourceWeights(splits: Splits, balance: number): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const e of splits.fit) sizes[e.source] = (sizes[e.source] ?? 0) + 1;
  const sorted = Object.values(sizes).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
  return Object.fromEntries(Object.entries(sizes).map(([s, n]) => [s, Math.min(4, Math.max(0.25, (median / n) ** balance))]));
}

export function buildModel(splits: Splits, opts: { seed: number; research: boolean; recipe?: Recipe; progress?: (d: number, t: number, l: string) => void }): ModelData {
  const recipe = opts.recipe ?? RECIPE;
  const weightsBySource = sourceWeights(splits, recipe.balance);
  const idf = recipe.idf ? computeIdf(splits.fit, recipe.features) : undefined;
  const packed = packAll(splits.fit, recipe.features, opts.progress, idf);
  const w = train(splits.fit, packed, {
    features: recipe.features, epochs: recipe.epochs, learningRate: recipe.learningRate, l2: recipe.l2, seed: opts.seed,
    sourceWeight: (s) => weightsBySource[s] ?? 1, progress: opts.progress,
  });
  const name = opts.research ? 'charcha-mod-research' : 'charcha-mod';
  const model: ModelData = {
    header: {
      format: 'charcha-linear-1',
      version: `${name}-1`,
      heads: [...HEADS],
      features: recipe.features,
      calibration: {},
      dense: denseWeights(w, recipe.features.bits),
      meta: {
        research: opts.research,
        seed: opts.seed,
        sources: splits.sources.map((s) => ({ source: s, licence: SOURCES[s].licence })),
        recipe: { ...recipe },
        sourceWeights: weightsBySource,
        rows: { fit: splits.fit.length, calibration: splits.calib.length, validation: splits.validation.length },
        dedup: splits.dedup,
        leaksRemoved: splits.leaksRemoved,
        validationFingerprint: splits.fingerprint,
      },
    },
    weights: w,
    ...(idf ? { idf } : {}),
  };
  // Calibrate the weights as they will ship (8-bit), not the float ones, so 0.5 is the cut of the shipped model.
  model.header.calibration = calibrate(createClassifier(decodeModel(encodeModel(model))), splits.calib);
  return model;
}
