// Scores a classifier on labelled examples, per source × head × language, and picks per-language calibration.
import { HEADS, MODEL_LANGS, type HeadName, type LinearClassifier, type ModelLang } from '../moderation/classifier';
import type { Example } from './examples';
import { add, bestCut, emptyCounts, scores, type Counts, type Scores } from './metrics';

export interface ResultRow extends Scores { source: string; head: HeadName; lang: ModelLang | 'all' }

/** Counts by "source|head|lang" with 'all' roll-ups for source and language. */
export function evaluate(clf: LinearClassifier, rows: Example[], progress?: (done: number, total: number) => void): ResultRow[] {
  const table = new Map<string, Counts>();
  const bump = (k: string, gold: 0 | 1, pred: boolean): void => {
    let c = table.get(k);
    if (!c) { c = emptyCounts(); table.set(k, c); }
    add(c, gold, pred);
  };
  rows.forEach((e, i) => {
    const p = clf.predict(e.text, e.extra) as unknown as Record<string, number>;
    for (const h of HEADS) {
      const gold = e.labels[h];
      if (gold === undefined) continue;
      const pred = p[h] >= 0.5;
      for (const s of [e.source, 'all']) for (const l of [e.lang, 'all']) bump(`${s}|${h}|${l}`, gold, pred);
    }
    if (progress && (i % 500 === 0 || i === rows.length - 1)) progress(i + 1, rows.length);
  });
  return [...table.entries()].map(([k, c]) => {
    const [source, head, lang] = k.split('|');
    return { source, head: head as HeadName, lang: lang as ModelLang | 'all', ...scores(c) };
  }).sort((a, b) => (a.source + a.head + a.lang < b.source + b.head + b.lang ? -1 : 1));
}

type Pair = { score: number; gold: 0 | 1; source: string };

/** Cut maximising the MEAN over sources of macro-F1, so one big or easy source does not set everyone's threshold. */
export function sourceAveragedCut(pairs: Pair[]): number {
  const bySource = new Map<string, Pair[]>();
  for (const p of pairs) { const l = bySource.get(p.source); if (l) l.push(p); else bySource.set(p.source, [p]); }
  const groups = [...bySource.values()].filter((g) => g.length >= 20 && g.some((p) => p.gold === 1) && g.some((p) => p.gold === 0));
  if (groups.length === 0) return bestCut(pairs).cut;
  const sorted = pairs.map((p) => p.score).sort((a, b) => a - b);
  let best = { cut: 0, score: -1 };
  for (let q = 1; q < 200; q++) {
    const cut = sorted[Math.floor((q / 200) * sorted.length)];
    let sum = 0;
    for (const g of groups) {
      const c = emptyCounts();
      for (const p of g) add(c, p.gold, p.score >= cut);
      sum += scores(c).macroF1;
    }
    if (sum / groups.length > best.score) best = { cut, score: sum / groups.length };
  }
  return best.cut;
}

/**
 * Logit offsets per head and language from the calibration rows: the offset moves the chosen cut to 0.5.
 * A language with too few rows (or one class only) falls back to the head's pooled cut.
 */
export function calibrate(clf: LinearClassifier, rows: Example[]): Record<string, Record<string, number>> {
  const pairs: Record<string, Record<string, Pair[]>> = {};
  for (const e of rows) {
    const { z, lang } = clf.logits(e.text, e.extra);
    HEADS.forEach((h, i) => {
      const gold = e.labels[h];
      if (gold === undefined) return;
      pairs[h] ??= {};
      for (const l of [lang, 'all']) (pairs[h][l] ??= []).push({ score: z[i], gold, source: e.source });
    });
  }
  const out: Record<string, Record<string, number>> = {};
  const usable = (p?: Pair[]): boolean => !!p && p.length >= 40 && p.some((x) => x.gold === 1) && p.some((x) => x.gold === 0);
  for (const h of HEADS) {
    const byLang = pairs[h];
    if (!byLang || !usable(byLang.all)) continue;
    const pooled = sourceAveragedCut(byLang.all);
    out[h] = {};
    for (const l of MODEL_LANGS) {
      const cut = usable(byLang[l]) ? sourceAveragedCut(byLang[l]) : pooled;
      out[h][l] = Number.isFinite(cut) ? Math.round(-cut * 1000) / 1000 : 0;
    }
  }
  return out;
}
