// Binary classification metrics: precision, recall, F1 of the positive class, and macro-F1 over both classes.

export interface Counts { tp: number; fp: number; fn: number; tn: number }

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function add(c: Counts, gold: 0 | 1, pred: boolean): void {
  if (gold === 1) { if (pred) c.tp++; else c.fn++; } else if (pred) c.fp++; else c.tn++;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface Scores { n: number; pos: number; precision: number; recall: number; f1: number; macroF1: number }

export function scores(c: Counts): Scores {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const negP = ratio(c.tn, c.tn + c.fn);
  const negR = ratio(c.tn, c.tn + c.fp);
  const posF = f1(precision, recall);
  return { n: c.tp + c.fp + c.fn + c.tn, pos: c.tp + c.fn, precision, recall, f1: posF, macroF1: (posF + f1(negP, negR)) / 2 };
}

/** The cut on a score that maximises macro-F1, over candidate cuts at the observed scores. */
export function bestCut(pairs: { score: number; gold: 0 | 1 }[]): { cut: number; macroF1: number } {
  const sorted = [...pairs].sort((a, b) => b.score - a.score);
  const total = emptyCounts();
  for (const p of sorted) add(total, p.gold, false);
  let best = { cut: Infinity, macroF1: scores(total).macroF1 };
  const c = { ...total };
  for (let i = 0; i < sorted.length; i++) {
    // Predict positive for everything scoring >= sorted[i].score.
    if (sorted[i].gold === 1) { c.tp++; c.fn--; } else { c.fp++; c.tn--; }
    if (i + 1 < sorted.length && sorted[i + 1].score === sorted[i].score) continue;
    const m = scores(c).macroF1;
    if (m > best.macroF1) best = { cut: i + 1 < sorted.length ? (sorted[i].score + sorted[i + 1].score) / 2 : sorted[i].score - 1e-6, macroF1: m };
  }
  return best;
}
