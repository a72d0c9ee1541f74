// Fits, calibrates and packages a model from the splits: the one recipe `charcha train` runs.
import { createClassifier, decodeModel, encodeModel, DEFAULT_FEATURES, HEADS, type FeatureConfig, type ModelData } from '../moderation/classifier';
import { SOURCES } from './labels';
import { calibrate } from './evaluate';
import type { Splits } from './pipeline';
import { computeIdf, denseWeights, extraWeights, packAll, train } from './trainer';
import { LEX_FEATURES } from '../moderation/lexfeatures';

export interface Recipe {
  features: FeatureConfig;
  epochs: number;
  learningRate: number;
  l2: number;
  /** TF-IDF weighting of the hashed n-grams (IDF from the fit rows, shipped in the model file). */
  idf: boolean;
  /** Exponent for source balancing: weight = (median source size / source size) ^ balance, clamped to [0.25, 4]. */
  balance: number;
  /** The lexicons' evidence as extra features (src/moderation/lexfeatures.ts); the splits must carry them (`withLexFeatures`). */
  lexFeatures: boolean;
}

export const RECIPE: Recipe = { features: DEFAULT_FEATURES, epochs: 5, learningRate: 0.2, l2: 1e-6, idf: false, balance: 0.5, lexFeatures: true };

/** The shipped model's generation: 1 was n-grams and script features only; 2 adds the lexicons' evidence. */
export const MODEL_GENERATION = 2;

export function sourceWeights(splits: Splits, balance: number): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const e of splits.fit) sizes[e.source] = (sizes[e.source] ?? 0) + 1;
  const sorted = Object.values(sizes).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
  return Object.fromEntries(Object.entries(sizes).map(([s, n]) => [s, Math.min(4, Math.max(0.25, (median / n) ** balance))]));
}

export function buildModel(splits: Splits, opts: { seed: number; research: boolean; recipe?: Recipe; lexiconFingerprint?: string; progress?: (d: number, t: number, l: string) => void }): ModelData {
  const recipe = opts.recipe ?? RECIPE;
  if (recipe.lexFeatures && splits.fit.some((e) => !e.extra)) throw new Error('buildModel: the recipe uses lexicon features but the splits have none (call withLexFeatures)');
  const extraNames: readonly string[] = recipe.lexFeatures ? LEX_FEATURES : [];
  const weightsBySource = sourceWeights(splits, recipe.balance);
  const idf = recipe.idf ? computeIdf(splits.fit, recipe.features) : undefined;
  const packed = packAll(splits.fit, recipe.features, opts.progress, idf, extraNames);
  const w = train(splits.fit, packed, {
    features: recipe.features, epochs: recipe.epochs, learningRate: recipe.learningRate, l2: recipe.l2, seed: opts.seed,
    sourceWeight: (s) => weightsBySource[s] ?? 1, extraNames, progress: opts.progress,
  });
  const name = opts.research ? 'charcha-mod-research' : 'charcha-mod';
  const model: ModelData = {
    header: {
      format: extraNames.length > 0 ? 'charcha-linear-2' : 'charcha-linear-1',
      version: `${name}-${MODEL_GENERATION}`,
      heads: [...HEADS],
      features: recipe.features,
      calibration: {},
      dense: denseWeights(w, recipe.features.bits),
      ...(extraNames.length > 0 ? { extra: { names: [...extraNames], weights: extraWeights(w, recipe.features.bits, extraNames) } } : {}),
      meta: {
        ...(opts.lexiconFingerprint && extraNames.length > 0 ? { lexiconFingerprint: opts.lexiconFingerprint } : {}),
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
