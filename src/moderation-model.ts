// Reads the shipped model file from models/ into a Classifier (the only place the model touches the disk).
import { readFileSync } from 'node:fs';
import { fromRoot } from './root';
import { classifierFromBytes, type LinearClassifier } from './moderation/classifier';

/** The default model: trained without non-commercial or research-only data (see models/MODEL_CARD.md). */
export const DEFAULT_MODEL_FILE = 'charcha-mod-2.bin';
export const RESEARCH_MODEL_FILE = 'charcha-mod-research-2.bin';

export function modelPath(file: string = DEFAULT_MODEL_FILE): string {
  return fromRoot('models', file);
}

/** Loads and decodes a model file; throws with the path when it is missing or not a model. */
export function loadClassifier(path: string = modelPath()): LinearClassifier {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(`moderation model not found at ${path}; run \`npx charcha train\``, { cause: err });
  }
  return classifierFromBytes(bytes);
}
