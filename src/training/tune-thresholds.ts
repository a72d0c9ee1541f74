// Sweeps the model-only insult bar per comment language on the DEV split of Charcha's own news comments and prints,
// per bar, violations caught and innocents held (issue 11, item 5: the review queue must catch ≥ 90% of violations
// while holding ≤ 10% of innocents). `npx tsx src/training/tune-thresholds.ts`. Never run on the test split.
import { loadEngine } from '../loadModerator';
import { fromRoot } from '../root';
import { DEFAULT_SETTINGS } from '../moderation/policy/settings';
import type { Lang } from '../moderation/types';
import { evalNews, readJsonl } from './owneval';
import type { NewsRow } from './newsgen';

const engine = loadEngine();
const dev = readJsonl<NewsRow>(fromRoot('data-own', 'news', 'dev.jsonl'));
const original = { ...DEFAULT_SETTINGS.modelInsultAt };
const bars = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
process.stdout.write('| comment lang | bar | violations caught | innocents held | reject precision |\n|---|---:|---:|---:|---:|\n');
for (const lang of ['en', 'hi', 'hinglish'] as const) {
  const rows = dev.filter((r) => r.lang === lang);
  for (const b of bars) {
    // The per-language bar lives in the default settings object; set it, measure, restore.
    (DEFAULT_SETTINGS.modelInsultAt as Record<Lang, number>)[lang] = b;
    const c = evalNews(engine, rows).caught.all;
    process.stdout.write(`| ${lang} | ${b.toFixed(2)}${b === original[lang] ? ' (now)' : ''} | ${(c.caught / c.violations).toFixed(3)} | ${(c.held / c.innocents).toFixed(3)} | ${c.rejected ? (1 - c.rejectedInnocent / c.rejected).toFixed(3) : '–'} |\n`);
  }
  DEFAULT_SETTINGS.modelInsultAt[lang] = original[lang];
}
// The bar when the comment names and addresses nobody (issue 11: an insult needs someone to insult).
process.stdout.write('\n| comment lang | bar, nobody named or addressed | violations caught | innocents held | reject precision |\n|---|---:|---:|---:|---:|\n');
const originalUnaimed = { ...DEFAULT_SETTINGS.modelInsultUnaimedAt };
for (const lang of ['en', 'hi', 'hinglish'] as const) {
  const rows = dev.filter((r) => r.lang === lang);
  for (const b of bars) {
    (DEFAULT_SETTINGS.modelInsultUnaimedAt as Record<Lang, number>)[lang] = b;
    const c = evalNews(engine, rows).caught.all;
    process.stdout.write(`| ${lang} | ${b.toFixed(2)}${b === originalUnaimed[lang] ? ' (now)' : ''} | ${(c.caught / c.violations).toFixed(3)} | ${(c.held / c.innocents).toFixed(3)} | ${c.rejected ? (1 - c.rejectedInnocent / c.rejected).toFixed(3) : '–'} |\n`);
  }
  DEFAULT_SETTINGS.modelInsultUnaimedAt[lang] = originalUnaimed[lang];
}
