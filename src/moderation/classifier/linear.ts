// Inference: a Classifier over a decoded linear model. No allocation of big arrays per call.
import { DENSE_NAMES, FeatureExtractor } from './features';
import type { ModelData } from './model-file';
import type { ModelLang } from './script';
import type { Classifier, ModelScores } from './types';

export interface LinearClassifier extends Classifier {
  /** Raw logits per head (no calibration) and the language used; for training-time calibration and eval. */
  logits(text: string): { z: Float64Array; lang: ModelLang };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function createClassifier(model: ModelData): LinearClassifier {
  const { header } = model;
  const heads = header.heads.length;
  const fx = new FeatureExtractor(header.features, model.idf);
  const hashed = fx.hashed;
  const z = new Float64Array(heads);
  const offsets = header.heads.map((h) => header.calibration[h] ?? {});
  // Dense features (bias, language, script) use exact weights, laid out [feature * heads + head].
  const dense = new Float64Array(DENSE_NAMES.length * heads);
  const weights = model.weights;
  for (let d = 0; d < DENSE_NAMES.length; d++) {
    for (let h = 0; h < heads; h++) dense[d * heads + h] = weights ? weights[(hashed + d) * heads + h] : header.dense[h]?.[d] ?? 0;
  }
  const codes = model.quantised?.codes;
  const books = model.quantised?.books;
  if (weights ? weights.length !== fx.size * heads : !codes || !books || codes.length !== fx.size * heads) {
    throw new Error('weights do not match the feature size');
  }

  function logits(text: string): { z: Float64Array; lang: ModelLang } {
    const f = fx.extract(text);
    z.fill(0);
    const { idx, val, n } = f;
    for (let i = 0; i < n; i++) {
      const b = idx[i];
      const v = val[i];
      if (b >= hashed) {
        const base = (b - hashed) * heads;
        for (let h = 0; h < heads; h++) z[h] += v * dense[base + h];
      } else if (codes) {
        // 8-bit codes keep the table at a quarter of the float size, so far fewer cache misses per feature.
        const base = b * heads;
        for (let h = 0; h < heads; h++) z[h] += v * books![(h << 8) + codes[base + h]];
      } else {
        const base = b * heads;
        for (let h = 0; h < heads; h++) z[h] += v * weights![base + h];
      }
    }
    return { z, lang: f.lang };
  }

  return {
    version: header.version,
    logits,
    predict(text: string): ModelScores {
      const { z: raw, lang } = logits(text);
      const out: Record<string, number> = {};
      for (let h = 0; h < heads; h++) out[header.heads[h]] = sigmoid(raw[h] + (offsets[h][lang] ?? 0));
      return out as unknown as ModelScores;
    },
  };
}
