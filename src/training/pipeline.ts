// The reproducible path from data folder to split: load, map labels, repair, normalise, dedupe, split.
import { sourcesFor } from './labels';
import { loadSources } from './datasets';
import { toExamples, type Example } from './examples';
import { dedupe, fingerprint, stratifiedSplit, type DedupStats } from './split';

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
