// `charcha eval [--model FILE] [--data DIR]`: precision, recall and F1 per dataset, head and language on the validation split.
import { loadClassifier, modelPath } from '../moderation-model';
import { decodeModel } from '../moderation/classifier';
import { readFileSync } from 'node:fs';
import { parseFlags } from '../training/cli-options';
import { evaluate } from '../training/evaluate';
import { buildSplits, withLexFeatures } from '../training/pipeline';
import { progressBar } from './progress';
import { headline, metricsTable } from '../training/report';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args);
  if (typeof flags === 'string') { process.stderr.write(`charcha eval: ${flags}\n`); return 2; }
  const file = flags.model ?? modelPath();
  const header = decodeModel(readFileSync(file)).header;
  const meta = header.meta as { seed?: number; research?: boolean; validationFingerprint?: string };
  // The split is a function of the data, the seed and the source set: take both from the model so eval matches training.
  const seed = args.some((a) => a.startsWith('--seed')) ? flags.seed : meta.seed ?? flags.seed;
  const research = flags.research || meta.research === true;
  process.stderr.write(`eval: model ${header.version} (${file}), seed ${seed}, data ${flags.data}\n`);
  const splits = buildSplits(flags.data, research, seed, (m) => process.stderr.write(`${m}\n`));
  if (meta.validationFingerprint && meta.validationFingerprint !== splits.fingerprint) {
    process.stderr.write(`warning: validation split differs from the one the model was trained with (${meta.validationFingerprint} vs ${splits.fingerprint}); data or seed changed\n`);
  }
  const clf = loadClassifier(file);
  if (clf.extraFeatures.length > 0) {
    const lexicons = withLexFeatures(splits);
    const trained = (header.meta as { lexiconFingerprint?: string }).lexiconFingerprint;
    if (trained && trained !== lexicons) process.stderr.write(`warning: the lexicons changed since the model was trained (${trained} vs ${lexicons}); run \`npx charcha train\`\n`);
  }
  const results = evaluate(clf, splits.validation, progressBar('eval'));
  process.stdout.write(`# Validation metrics — ${header.version}, ${splits.validation.length} rows (threshold 0.5 after per-language calibration)\n\n`);
  process.stdout.write(`## Offensive vs not, per dataset\n\n${metricsTable(results, (r) => r.head === 'offensive' && r.lang === 'all')}\n\n`);
  process.stdout.write(`## Every dataset × head × language\n\n${metricsTable(results)}\n\n`);
  const h = headline(results);
  process.stdout.write(`Targets: OLID offensive macro-F1 ${h.olid?.toFixed(3) ?? 'n/a'} (≥ 0.80), HASOC 2019 Hindi ${h.hasoc2019hi?.toFixed(3) ?? 'n/a'} (≥ 0.85)\n`);
  return 0;
}
