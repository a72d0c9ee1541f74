// `charcha eval [--model FILE] [--data DIR] [--own] [--split dev|test] [--failures]`: precision, recall and F1 per dataset,
// head and language on the validation split, then the engine on Charcha's own news split and functional suite (data-own/).
import { loadClassifier, modelPath } from '../moderation-model';
import { decodeModel } from '../moderation/classifier';
import { readFileSync } from 'node:fs';
import { parseFlags } from '../training/cli-options';
import { evaluate } from '../training/evaluate';
import { buildSplits, withLexFeatures } from '../training/pipeline';
import { progressBar } from './progress';
import { headline, metricsTable } from '../training/report';
import { loadEngine } from '../loadModerator';
import { fromRoot } from '../root';
import { evalNews, evalSuite, newsTable, readJsonl, suiteTable } from '../training/owneval';
import type { NewsRow } from '../training/newsgen';
import type { FuncCase } from '../training/funcgen';

/** Own data (data-own/): the news split and the functional suite, through the full engine (lexicons + model). */
function evalOwn(split: string, failures: boolean): void {
  const engine = loadEngine();
  const news = readJsonl<NewsRow>(fromRoot('data-own', 'news', `${split}.jsonl`));
  const suite = readJsonl<FuncCase>(fromRoot('data-own', 'functional', 'hate3.jsonl'));
  process.stdout.write(`# Own news comments (${split} split, ${news.length} rows) — engine ${engine.modelVersion}\n\n`);
  const rep = evalNews(engine, news);
  process.stdout.write(`${newsTable(rep)}\n\n`);
  process.stdout.write(`# Own functional suite: hate against protected groups (${suite.length} cases, en/hi/hinglish)\n\n${suiteTable(evalSuite(engine, suite))}\n`);
  if (failures) {
    for (const r of news) {
      const v = engine.check(r.text, { storyEntities: r.storyEntities });
      const ok = v.labels.length === r.labels.length && r.labels.every((l) => v.labels.includes(l)) && (r.labels.length > 0) === (v.decision !== 'approve');
      if (!ok) process.stdout.write(`news ${r.id}\tgold ${r.labels.join(',') || '-'} ${r.targets.join(',')}\tgot ${v.decision} ${v.labels.join(',') || '-'} ${v.targets.join(',')} (${v.rule})\t${r.text}\n`);
    }
    for (const c of evalSuite(engine, suite).failures) process.stdout.write(`suite ${c.id}\tgold ${c.gold}\t${c.text}\n`);
  }
}

export async function run(argv: string[]): Promise<number> {
  // --own: only the own-data section; --split dev|test (default test); --failures lists what the engine got wrong.
  const own = argv.includes('--own');
  const failures = argv.includes('--failures');
  const splitAt = argv.indexOf('--split');
  const split = splitAt >= 0 ? argv[splitAt + 1] : 'test';
  if (split !== 'dev' && split !== 'test') { process.stderr.write('charcha eval: --split needs dev or test\n'); return 2; }
  const args = argv.filter((a, i) => a !== '--own' && a !== '--failures' && a !== '--split' && !(splitAt >= 0 && i === splitAt + 1));
  if (own) { evalOwn(split, failures); return 0; }
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
  process.stdout.write(`Targets: OLID offensive macro-F1 ${h.olid?.toFixed(3) ?? 'n/a'} (≥ 0.80), HASOC 2019 Hindi ${h.hasoc2019hi?.toFixed(3) ?? 'n/a'} (≥ 0.85)\n\n`);
  evalOwn(split, failures);
  return 0;
}
