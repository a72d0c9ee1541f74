// `charcha bench moderation`: Charcha's engine vs five npm filters on the same texts (speed, latency, F1); `bench api` delegates.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { decodeModel } from '../src/moderation/classifier';
import { modelPath } from '../src/moderation-model';
import { DEFAULT_DATA_DIR } from '../src/training/cli-options';
import { buildSplits } from '../src/training/pipeline';
import { progressBar } from '../src/cli/progress';
import { competitors, generatedComments, measure, type Labelled, type System } from './systems';

const N = 20_000;

export async function run(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === 'api') {
    const api = (await import('./api')) as { run(a: string[]): Promise<number> };
    return api.run(rest);
  }
  if (what === 'import') {
    const imp = (await import('./import')) as { run(a: string[]): Promise<number> };
    return imp.run(rest);
  }
  if (what !== 'moderation') { process.stderr.write('usage: charcha bench moderation [--data DIR] | charcha bench api | charcha bench import [--comments N]\n'); return 2; }
  const dataIdx = rest.indexOf('--data');
  const dataDir = dataIdx >= 0 ? rest[dataIdx + 1] : DEFAULT_DATA_DIR;

  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const { loadModerator } = await import('../src/loadModerator');
  const moderator = await loadModerator();
  const loadMs = performance.now() - t0;
  const rssEngine = process.memoryUsage().rss;
  const t1 = performance.now();
  const { loadClassifier } = await import('../src/moderation-model');
  const classifier = existsSync(modelPath()) ? loadClassifier() : undefined;
  const modelLoadMs = performance.now() - t1;

  let labelled: Labelled[] = [];
  let source = 'generated comments (no data folder; F1 not available)';
  if (existsSync(dataDir)) {
    const seed = existsSync(modelPath()) ? Number((decodeModel(readFileSync(modelPath())).header.meta as { seed?: number }).seed ?? 1) : 1;
    process.stderr.write(`bench: building the validation split from ${dataDir}\n`);
    const splits = buildSplits(dataDir, false, seed, (m) => process.stderr.write(`${m}\n`));
    labelled = splits.validation.filter((e) => e.labels.offensive !== undefined).map((e) => ({ text: e.original, lang: e.lang, gold: e.labels.offensive! }));
    source = `validation split texts (${labelled.length} labelled, cycled to ${N})`;
  }
  const texts = labelled.length > 0 ? Array.from({ length: N }, (_, i) => labelled[i % labelled.length].text) : generatedComments(N);

  // The model weighs the lexicons' evidence: compute it once per text outside the timed loop, so that row times the model alone.
  const extras = new Map<string, Record<string, number>>();
  if (classifier && classifier.extraFeatures.length > 0) {
    const { loadEngine } = await import('../src/loadModerator');
    const { lexFeatures } = await import('../src/moderation/lexfeatures');
    const lexOnly = loadEngine({ model: false });
    for (const t of texts) if (!extras.has(t)) extras.set(t, lexFeatures(lexOnly.signals(t)));
  }
  const systems: System[] = [
    { name: 'Charcha engine (lexicons + model)', offensive: (t) => moderator.check(t).labels.some((l) => l !== 'defamation') },
    ...(classifier ? [{ name: classifier.extraFeatures.length > 0 ? 'Charcha classifier alone (lexicon features precomputed)' : 'Charcha classifier alone', offensive: (t: string) => classifier.predict(t, extras.get(t)).offensive >= 0.5 }] : []),
    ...(await competitors()),
  ];
  const rows = systems.map((s) => measure(s, texts, labelled, progressBar(s.name)));
  const rssEnd = process.memoryUsage().rss;

  const cell = (x?: { f1: number; macroF1: number; n: number }): string => (x && x.n > 0 ? `${x.f1.toFixed(3)} / ${x.macroF1.toFixed(3)}` : '–');
  const out = [
    `Moderation benchmark: ${N} comments on one core (${source}); Node ${process.version}; load average ${loadavg()[0].toFixed(1)} at the end (other jobs on the machine slow every row alike).`,
    `Charcha: moderator load ${loadMs.toFixed(0)} ms (model ${classifier?.version ?? 'none'}: ${modelLoadMs.toFixed(0)} ms on its own), RSS ${(rss0 / 1e6).toFixed(0)} → ${(rssEngine / 1e6).toFixed(0)} MB after load, ${(rssEnd / 1e6).toFixed(0)} MB at the end (all filters loaded).`,
    '',
    '| system | comments/s | first pass /s | p50 µs | p99 µs | F1 / macro-F1 en | F1 / macro-F1 hi | F1 / macro-F1 hinglish |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${Math.round(r.firstPerSecond).toLocaleString('en-US')} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${cell(r.byLang.en)} | ${cell(r.byLang.hi)} | ${cell(r.byLang.hinglish)} |`),
    '',
    'comments/s and latencies are the second timed pass over the texts (steady state); "first pass" is the pass before it, right after a 1,000-call warm-up.',
    'F1 is for "offensive" (OLID OFF, HASOC HOF, MACD abusive, …) on our validation split; a filter counts a text as offensive when it finds any listed word. Charcha engine counts any label except defamation.',
  ];
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
