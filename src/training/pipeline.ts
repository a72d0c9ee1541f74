// The reproducible path from data folder to split: load, map labels, repair, normalise, dedupe, split.
import { sourcesFor } from './labels';
import { loadSources } from './datasets';
import { toExamples, type Example } from './examples';
import { dedupe, fingerprint, stratifiedSplit, type DedupStats } from './split';
import { loadEngine, readLexiconFiles } from '../loadModerator';
import { lexFeatures } from '../moderation/lexfeatures';
import { lexiconFingerprint } from '../moderation/lexicons';

export const VALIDATION_FRACTION = 0.15;
export const CALIBRATION_FRACTION = 0.1;

export interface Splits {
  sources: string[];
  /** Rows the weights are fitted on. */
  fit: Example[];
  /** Rows (carved out of training, never the validation split) that choose the per-language calibration. */
  calib: Example[];
  /** Our validation split: reported on, never trained or calibrated on. */
  validation: Example[];
  dedup: DedupStats;
  leaksRemoved: number;
  fingerprint: string;
}

export function buildSplits(dataDir: string, research: boolean, seed: number, warn: (m: string) => void, only?: string[]): Splits {
  const sources = only ?? sourcesFor(research);
  const raw = loadSources(dataDir, sources, warn);
  const { rows, stats } = dedupe(toExamples(raw));
  const outer = stratifiedSplit(rows, VALIDATION_FRACTION, seed, 'validation');
  const inner = stratifiedSplit(outer.train, CALIBRATION_FRACTION, seed, 'calibration');
  return {
    sources,
    fit: inner.train,
    calib: inner.held,
    validation: outer.held,
    dedup: stats,
    leaksRemoved: outer.leaksRemoved + inner.leaksRemoved,
    fingerprint: fingerprint(outer.held),
  };
}

/**
 * Gives every example the lexicon features the engine will pass the model for the same text: the lexicons alone (no
 * model) look at the repaired original, exactly as `engine.check` does. Returns the lexicons' fingerprint.
 */
export function withLexFeatures(splits: Splits, lexiconDir?: string): string {
  const engine = loadEngine({ model: false, ...(lexiconDir ? { lexiconDir } : {}) });
  for (const list of [splits.fit, splits.calib, splits.validation]) {
    for (const e of list) e.extra = lexFeatures(engine.signals(e.original));
  }
  return lexiconFingerprint(readLexiconFiles(lexiconDir));
}
