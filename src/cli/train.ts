// `charcha train [--research] [--seed N] [--data DIR]`: reproduces the shipped model from ../shared/data.
import { writeFileSync } from 'node:fs';
import { encodeModel, createClassifier, decodeModel } from '../moderation/classifier';
import { DEFAULT_MODEL_FILE, RESEARCH_MODEL_FILE, modelPath } from '../moderation-model';
import { buildModel } from '../training/build-model';
import { modelCard } from '../training/card';
import { parseFlags } from '../training/cli-options';
import { evaluate } from '../training/evaluate';
import { buildSplits, withLexFeatures } from '../training/pipeline';
import { progressBar } from './progress';
import { headline } from '../training/report';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args);
  if (typeof flags === 'string') { process.stderr.write(`charcha train: ${flags}\n`); return 2; }
  const started = Date.now();
  const log = (m: string): void => { process.stderr.write(`[train ${((Date.now() - started) / 1000).toFixed(1)}s] ${m}\n`); };
  log(`loading ${flags.data} (${flags.research ? 'RESEARCH: includes non-commercial and research-only data' : 'default: open + unstated licences'}), seed ${flags.seed}`);
  const splits = buildSplits(flags.data, flags.research, flags.seed, log);
  log(`rows: fit ${splits.fit.length}, calibration ${splits.calib.length}, validation ${splits.validation.length}; dedup ${splits.dedup.before}→${splits.dedup.after}; leaks removed ${splits.leaksRemoved}`);
  const lexiconFingerprint = withLexFeatures(splits);
  log(`lexicon features computed for every row (lexicons ${lexiconFingerprint})`);
  const model = buildModel(splits, { seed: flags.seed, research: flags.research, lexiconFingerprint, progress: progressBar('train') });
  const bytes = encodeModel(model);
  log(`encoded ${(bytes.length / 1e6).toFixed(2)} MB; evaluating the shipped (quantised) weights on the validation split`);
  const shipped = decodeModel(bytes);
  const results = evaluate(createClassifier(shipped), splits.validation, progressBar('eval'));
  const file = flags.model ?? modelPath(flags.research ? RESEARCH_MODEL_FILE : DEFAULT_MODEL_FILE);
  writeFileSync(file, bytes);
  const cardFile = file.replace(/\.bin$/, '') + '.card.md';
  writeFileSync(cardFile, modelCard(shipped.header, results, splits));
  const h = headline(results);
  log(`wrote ${file} and ${cardFile}`);
  process.stdout.write(`validation macro-F1 offensive: OLID ${h.olid?.toFixed(3) ?? 'n/a'} (target 0.80), HASOC 2019 Hindi ${h.hasoc2019hi?.toFixed(3) ?? 'n/a'} (target 0.85)\n`);
  return 0;
}
