// Runs every functional case through the shipped engine (with the model when models/ has one), prints a table, enforces minimums.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/loadModerator';
import { ALL_CASES, runCases, scoreGroups } from './index';
import { minimumFor } from './minimums';

const engine = loadEngine();
const results = runCases(engine);
const groups = scoreGroups(results);

describe(`functional suite (${ALL_CASES.length} cases, model ${engine.modelVersion})`, () => {
  it('has at least 600 cases with unique ids', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(600);
    expect(new Set(ALL_CASES.map((c) => c.id)).size).toBe(ALL_CASES.length);
  });

  it('prints the pass rate per functionality', () => {
    const rows = groups.map((g) => `${g.group.padEnd(30)} ${`${g.passed}/${g.total}`.padStart(7)}  ${(g.rate * 100).toFixed(0).padStart(3)}%  (min ${(minimumFor(g.group) * 100).toFixed(0)}%)`);
    const total = results.filter((r) => r.failures.length === 0).length;
    console.log(`\nfunctionality                  passed   rate\n${rows.join('\n')}\nall ${total}/${results.length}\n`);
    const failed = results.filter((r) => r.failures.length > 0);
    if (failed.length) console.log(failed.map((r) => `  ✗ ${r.c.id} ${JSON.stringify(r.c.text)}${r.c.note ? ` [${r.c.note}]` : ''}: ${r.failures.join('; ')}`).join('\n'));
    expect(groups.length).toBeGreaterThan(20);
  });

  for (const g of groups) {
    it(`${g.group}: ${g.passed}/${g.total} pass, at least ${(minimumFor(g.group) * 100).toFixed(0)}%`, () => {
      expect(g.rate).toBeGreaterThanOrEqual(minimumFor(g.group));
    });
  }
});
