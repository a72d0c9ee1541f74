// The one place that picks the Moderator the product uses: the engine over lexicons/ and, when present, the model.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Moderator } from './moderation/types';
import type { LinearClassifier } from './moderation/classifier';
import { lexiconFingerprint } from './moderation/lexicons';
import { createEngine, type Engine } from './moderation/engine';
import type { LexiconFiles } from './moderation/lexicons';
import { loadClassifier, modelPath } from './moderation-model';
import { fromRoot } from './root';

export const LEXICON_DIR = fromRoot('lexicons');

/** Every `*.txt` under lexicons/, keyed by its path relative to that folder ("en/vulgar.txt"). */
export function readLexiconFiles(dir: string = LEXICON_DIR): LexiconFiles {
  const files: LexiconFiles = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) files[path.relative(dir, p).split(path.sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

export interface LoadOptions {
  /** `false` forces lexicons only; a path picks another model file. Default: the shipped model when it exists. */
  model?: false | string;
  lexiconDir?: string;
}

/** The shipped model, or undefined (with a warning) when models/ has none or it does not load: the engine then runs on lexicons alone. */
export function loadShippedClassifier(file?: string): LinearClassifier | undefined {
  const p = file ?? modelPath();
  if (!existsSync(p)) {
    process.stderr.write(`charcha: no moderation model at ${p}; moderating with lexicons only\n`);
    return undefined;
  }
  try {
    return loadClassifier(p);
  } catch (err) {
    // A model that does not decode (older format, truncated copy) must not take the site down: lexicons still apply.
    process.stderr.write(`charcha: moderation model at ${p} could not be loaded (${err instanceof Error ? err.message : String(err)}); moderating with lexicons only\n`);
    return undefined;
  }
}

/** The lexicon fingerprint a model was trained with, when it uses lexicon features and records one. */
export function trainedLexicons(classifier: LinearClassifier): string | undefined {
  const fp = (classifier.meta as { lexiconFingerprint?: unknown }).lexiconFingerprint;
  return classifier.extraFeatures.length > 0 && typeof fp === 'string' ? fp : undefined;
}

export function loadEngine(options: LoadOptions = {}): Engine {
  const classifier = options.model === false ? undefined : loadShippedClassifier(options.model);
  const lexicons = readLexiconFiles(options.lexiconDir);
  const trained = classifier && trainedLexicons(classifier);
  if (trained && trained !== lexiconFingerprint(lexicons)) {
    // Still usable (the features keep their meaning for unchanged entries), but the model should be retrained.
    process.stderr.write(`charcha: the lexicons changed since model ${classifier.version} was trained on their evidence; run \`npx charcha train\`\n`);
  }
  return createEngine({ lexicons, ...(classifier ? { classifier } : {}) });
}

export async function loadModerator(): Promise<Moderator> {
  return loadEngine();
}
