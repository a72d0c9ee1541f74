// Tests of the nudge's content: offending words only (never the target's name), chips backed by words, the consequence.
import { describe, expect, it } from 'vitest';
import { readLexiconFiles } from '../../loadModerator';
import { createEngine } from '../../moderation/engine';
import { toNudge } from './nudge';
import type { Verdict } from './api';

const engine = createEngine({ lexicons: readLexiconFiles(), warmUp: false });
const base: Verdict = { decision: 'approve', labels: [], targets: [], scores: {}, spans: [], rule: 'r', modelVersion: 'm', policyVersion: 'p', lang: 'en' };

describe('toNudge', () => {
  it('highlights the insult, not the person it names, and names the person as the target', () => {
    const text = 'Peskov is a liar and an idiot';
    const n = toNudge(text, engine.check(text, { storyEntities: ['Peskov'] }))!;
    expect(n.spans.map((s) => text.slice(s.start, s.end))).toEqual(['liar', 'idiot']);
    expect(n.labels).toEqual(['insult']);
    expect(n.targets).toEqual([{ kind: 'individual', names: ['Peskov'] }]);
    expect(n.consequence).toBe('held');
  });

  it('shows no chip for a label that no highlighted word carries', () => {
    const v: Verdict = { ...base, decision: 'review', labels: ['insult', 'defamation'], spans: [{ start: 0, end: 4, label: 'insult' }] };
    expect(toNudge('fool of a man', v)!.labels).toEqual(['insult']);
  });

  it('says a rejected draft will not be published, even with no word to point at', () => {
    const n = toNudge('some text', { ...base, decision: 'reject', labels: ['obscene'] })!;
    expect(n.consequence).toBe('rejected');
    expect(n.labels).toEqual([]);
    expect(n.spans).toEqual([]);
  });

  it('is silent for a clean draft', () => {
    const text = 'The talks should go on.';
    expect(toNudge(text, engine.check(text))).toBeNull();
  });
});
