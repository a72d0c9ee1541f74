// The trained classifier's public surface: build a Classifier from model bytes given as data.
import { createClassifier, type LinearClassifier } from './linear';
import { decodeModel } from './model-file';

export { createClassifier, type LinearClassifier } from './linear';
export { decodeModel, dequantise, encodeModel, snapIdf, HEADS, type HeadName, type ModelData, type ModelHeader } from './model-file';
export { FeatureExtractor, DEFAULT_FEATURES, DENSE_NAMES, type FeatureConfig } from './features';
export { prepareText } from './prepare';
export { scriptInfo, MODEL_LANGS, type ModelLang } from './script';
export type { Classifier, ModelScores } from './types';

/** Model file bytes → ready Classifier. */
export function classifierFromBytes(bytes: Uint8Array): LinearClassifier {
  return createClassifier(decodeModel(bytes));
}
