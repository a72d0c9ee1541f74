// The own news-comment set and functional suite: deterministic, as large and varied as issue 11 asks, split once by
// template, and the files in data-own/ are exactly what the generators write.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../root';
import { generate, obfuscate, split } from './newsgen';
import { generateSuite } from './funcgen';
import { writeOwnData } from './write-own-data';
import { evalNews, evalSuite } from './owneval';
import type { Moderator, Verdict } from '../moderation/types';

describe('own news-comment set', () => {
  const rows = generate();
  const { dev, test } = split(rows);

  it('is large, varied and has at least 25% hard negatives', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(rows.map((r) => r.story)).size).toBeGreaterThanOrEqual(10);
    for (const lang of ['en', 'hi', 'hinglish'] as const) expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThan(200);
    expect(rows.filter((r) => r.obfuscated).length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.kind.startsWith('hard-negative')).length / rows.length).toBeGreaterThanOrEqual(0.25);
    for (const l of ['insult', 'defamation', 'inflammatory', 'obscene', 'vulgar']) expect(rows.some((r) => r.labels.includes(l as never))).toBe(true);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it('splits by template: no template on both sides, both sides have every label', () => {
    const devT = new Set(dev.map((r) => r.template));
    expect(test.some((r) => devT.has(r.template))).toBe(false);
    expect(dev.length + test.length).toBe(rows.length);
    for (const side of [dev, test]) for (const l of ['insult', 'defamation', 'inflammatory', 'obscene', 'vulgar']) expect(side.some((r) => r.labels.includes(l as never))).toBe(true);
  });

  it('obfuscates a word four ways', () => {
    expect([0, 1, 2, 3].map((k) => obfuscate('idiot', k))).toEqual(['1diot', 'i***t', 'i d i o t', 'idiiiot']);
  });

  it('the committed files are what the generators write', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'owndata-'));
    try {
      writeOwnData(dir);
      for (const f of ['news/dev.jsonl', 'news/test.jsonl', 'functional/hate3.jsonl']) {
        expect(readFileSync(path.join(dir, f), 'utf8')).toBe(readFileSync(fromRoot('data-own', f), 'utf8'));
      }
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('own functional suite', () => {
  const suite = generateSuite();
  it('covers the taxonomy in three languages with hateful cases and contrasts', () => {
    expect(suite.length).toBeGreaterThan(500);
    const fns = new Set(suite.map((c) => c.functionality));
    for (const f of ['derog.dehum', 'threat.dir', 'slur', 'negate.neg', 'counter.quote', 'ident.neutral', 'abuse.nonprot']) expect(fns.has(f)).toBe(true);
    for (const lang of ['en', 'hi', 'hinglish']) {
      expect(suite.some((c) => c.lang === lang && c.gold === 'hateful')).toBe(true);
      expect(suite.some((c) => c.lang === lang && c.gold === 'non-hateful')).toBe(true);
    }
  });
});

describe('own-data metrics', () => {
  // A stand-in moderator with known answers, so the counting itself is checked.
  const flagIfKill: Moderator = {
    modelVersion: 'test',
    check: (text): Verdict => {
      const hit = /kill/i.test(text);
      return { decision: hit ? 'reject' : 'approve', labels: hit ? ['inflammatory'] : [], targets: [], scores: {}, spans: [], rule: 't', modelVersion: 'test', policyVersion: 't', lang: 'en' };
    },
  };
  it('counts caught violations, held innocents and per-label precision', () => {
    const rows = generate().filter((r) => r.lang === 'en' && !r.obfuscated);
    const rep = evalNews(flagIfKill, rows);
    const killRows = rows.filter((r) => /kill/i.test(r.text));
    const c = rep.caught.all;
    expect(c.caught).toBe(killRows.filter((r) => r.labels.length > 0).length);
    expect(c.held).toBe(killRows.filter((r) => r.labels.length === 0).length);
    const infl = rep.counts.get('inflammatory|all')!;
    expect(infl.tp).toBe(killRows.filter((r) => r.labels.includes('inflammatory')).length);
    expect(infl.fp).toBe(killRows.filter((r) => !r.labels.includes('inflammatory')).length);
  });
  it('scores the suite: flagged ⇔ hateful', () => {
    const suite = generateSuite();
    const rep = evalSuite(flagIfKill, suite);
    const want = suite.filter((c) => /kill/i.test(c.text) === (c.gold === 'hateful')).length;
    expect(rep.correct).toBe(want);
    expect(rep.failures.length).toBe(suite.length - want);
  });
});
