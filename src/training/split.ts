// Deduplication within a source (majority label per head), stratified validation split, and leak removal.
import type { HeadName } from '../moderation/classifier';
import type { Example } from './examples';
import type { HeadLabels } from './labels';
import { mulberry32, seedOf, shuffle } from './random';

export interface DedupStats { before: number; after: number; conflictsDropped: number }

/** Collapses rows of one source with the same dedup key; each head takes the majority label, ties drop that head. */
export function dedupe(examples: Example[]): { rows: Example[]; stats: DedupStats } {
  const groups = new Map<string, Example[]>();
  for (const e of examples) {
    const k = `${e.source}\u0000${e.dedup}`;
    const g = groups.get(k);
    if (g) g.push(e); else groups.set(k, [e]);
  }
  const rows: Example[] = [];
  let conflictsDropped = 0;
  for (const g of groups.values()) {
    if (g.length === 1) { rows.push(g[0]); continue; }
    const labels: HeadLabels = {};
    const heads = new Set(g.flatMap((e) => Object.keys(e.labels) as HeadName[]));
    for (const h of heads) {
      let pos = 0, neg = 0;
      for (const e of g) { if (e.labels[h] === 1) pos++; else if (e.labels[h] === 0) neg++; }
      if (pos !== neg) labels[h] = pos > neg ? 1 : 0;
    }
    if (Object.keys(labels).length === 0) { conflictsDropped++; continue; }
    // The stratum key follows the majority too: take the first row that agrees on offensive (or the first row).
    const rep = g.find((e) => e.labels.offensive === labels.offensive) ?? g[0];
    rows.push({ ...rep, labels });
  }
  return { rows, stats: { before: examples.length, after: rows.length, conflictsDropped } };
}

/**
 * Stratified split by source × raw label: a `fraction` of each stratum goes to the held-out part, chosen by a seeded
 * shuffle of the stratum sorted by text (so row order in the files does not matter). Then every held-out text is
 * removed from the rest, across sources, so no held-out text (after normalisation) is ever trained on.
 */
export function stratifiedSplit(rows: Example[], fraction: number, seed: number, salt: string): { train: Example[]; held: Example[]; leaksRemoved: number } {
  const strata = new Map<string, Example[]>();
  for (const e of rows) {
    const k = `${e.source}|${e.key}`;
    const s = strata.get(k);
    if (s) s.push(e); else strata.set(k, [e]);
  }
  const held: Example[] = [];
  const rest: Example[] = [];
  for (const k of [...strata.keys()].sort()) {
    const items = strata.get(k)!.sort((a, b) => (a.dedup < b.dedup ? -1 : a.dedup > b.dedup ? 1 : 0));
    shuffle(items, mulberry32(seedOf(seed, salt, k)));
    const cut = Math.round(items.length * fraction);
    held.push(...items.slice(0, cut));
    rest.push(...items.slice(cut));
  }
  const heldKeys = new Set(held.map((e) => e.dedup));
  const train = rest.filter((e) => !heldKeys.has(e.dedup));
  return { train, held, leaksRemoved: rest.length - train.length };
}

/** Order-independent fingerprint of a split, stored in the model so eval can check it sees the same split. */
export function fingerprint(rows: Example[]): string {
  let x = 0, y = 0;
  for (const e of rows) { const h = seedOf(e.source, e.dedup); x = (x + h) >>> 0; y = (y ^ Math.imul(h, 0x9e3779b1)) >>> 0; }
  return `${rows.length}-${x.toString(16)}-${y.toString(16)}`;
}
