// Dedup (majority per head, ties dropped) and the stratified split (deterministic, no validation text in train).
import { describe, expect, it } from 'vitest';
import type { Example } from './examples';
import { dedupKey } from './examples';
import { dedupe, fingerprint, stratifiedSplit } from './split';

const ex = (source: string, text: string, offensive: 0 | 1, extra: Partial<Example> = {}): Example => ({
  source, key: String(offensive), original: text, text, dedup: dedupKey(text), lang: 'en', licence: 'open', labels: { offensive }, ...extra,
});

describe('dedupKey', () => {
  it('ignores case, punctuation, handles and links', () => {
    expect(dedupKey('@USER You, IDIOT!!! URL')).toBe(dedupKey('you idiot https://x.y/z'));
  });
});

describe('dedupe', () => {
  it('takes the majority label per head and drops ties', () => {
    const { rows, stats } = dedupe([
      ex('a', 'same text', 1), ex('a', 'Same text!', 1), ex('a', 'same  text', 0),
      ex('a', 'tie', 1), ex('a', 'TIE', 0),
      ex('b', 'same text', 0),
    ]);
    const a = rows.find((r) => r.source === 'a' && r.dedup === 'same text');
    expect(a?.labels.offensive).toBe(1);
    expect(rows.some((r) => r.dedup === 'tie')).toBe(false);
    expect(rows.filter((r) => r.dedup === 'same text')).toHaveLength(2); // one per source
    expect(stats).toEqual({ before: 6, after: 2, conflictsDropped: 1 });
  });
});

describe('stratifiedSplit', () => {
  const rows: Example[] = [];
  for (let i = 0; i < 200; i++) rows.push(ex('a', `text number ${i}`, i % 4 === 0 ? 1 : 0));
  for (let i = 0; i < 100; i++) rows.push(ex('b', `other ${i}`, i % 2 === 0 ? 1 : 0));
  rows.push(ex('b', 'text number 3', 0)); // the same text in another source

  it('is deterministic for a seed, independent of input order, and changes with the seed', () => {
    const s1 = stratifiedSplit(rows, 0.15, 7, 'v');
    const s2 = stratifiedSplit([...rows].reverse(), 0.15, 7, 'v');
    expect(fingerprint(s1.held)).toBe(fingerprint(s2.held));
    expect(fingerprint(stratifiedSplit(rows, 0.15, 8, 'v').held)).not.toBe(fingerprint(s1.held));
  });
  it('keeps the label balance per source and never puts a held-out text in train', () => {
    const { train, held } = stratifiedSplit(rows, 0.15, 7, 'v');
    const count = (src: string, y: 0 | 1) => held.filter((e) => e.source === src && e.labels.offensive === y).length;
    expect(count('a', 1)).toBe(Math.round(50 * 0.15));
    expect(count('a', 0)).toBe(Math.round(150 * 0.15));
    expect(count('b', 1)).toBe(Math.round(50 * 0.15));
    const heldKeys = new Set(held.map((e) => e.dedup));
    expect(train.some((e) => heldKeys.has(e.dedup))).toBe(false);
    expect(train.length + held.length).toBeLessThanOrEqual(rows.length);
  });
});
