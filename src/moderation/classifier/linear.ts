// Inference: a Classifier over a decoded linear model. No allocation of big arrays per call.
import { FeatureExtractor } from './features';
import type { ModelData } from './model-file';
import type { ModelLang } from './script';
import type { Classifier, ModelScores } from './types';

export interface LinearClassifier extends Classifier {
  /** Raw logits per head (no calibration) and the language used; for training-time calibration and eval. */
  logits(text: string): { z: Float64Array; lang: ModelLang };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function createClassifier(model: ModelData): LinearClassifier {
  const { header, weights } = model;
  const heads = header.heads.length;
  const fx = new FeatureExtractor(header.features, model.idf);
  if (weights.length !== fx.size * heads) throw new Error('weights do not match the feature size');
  const z = new Float64Array(heads);
  const offsets = header.heads.map((h) => header.calibration[h] ?? {});

  function logits(text: string): { z: Float64Array; lang: ModelLang } {
    const f = fx.extract(text);
    z.fill(0);
    const { idx, val, n } = f;
    for (let i = 0; i < n; i++) {
      const base = idx[i] * heads;
      const v = val[i];
      for (let h = 0; h < heads; h++) z[h] += v * weights[base + h];
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
