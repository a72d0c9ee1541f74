// Tests for the policy rules: order, the defamation guarantee, settings, and what each rule reads.
import { describe, expect, it } from 'vitest';
import { RULES, decide, resolveSettings, DEFAULT_SETTINGS } from './index';
import type { Signals } from '../signals';

function signals(over: Partial<Signals>): Signals {
  return { lang: 'en', lexScores: {}, modelScores: {}, scores: {}, evidence: [], banned: [], suspect: [], groupSlur: false, discounted: 0, allowed: 0, groupMention: false, personMention: false, ...over };
}
const lex = (s: Signals['lexScores']) => signals({ lexScores: s, scores: s });

describe('policy rules', () => {
  it('approves when nothing fired', () => {
    expect(decide(signals({}), DEFAULT_SETTINGS)).toEqual({ decision: 'approve', rule: 'approve' });
  });
  it('rejects banned words before anything else', () => {
    const s = signals({ banned: [{ label: 'vulgar', s: 0, e: 1, score: 1, source: 'site' }], lexScores: { defamation: 0.9 }, scores: { defamation: 0.9 } });
    expect(decide(s, DEFAULT_SETTINGS).rule).toBe('banned-word');
  });
  it('sends defamation to review, never reject, even when a site asks for reject', () => {
    expect(decide(lex({ defamation: 0.85 }), DEFAULT_SETTINGS)).toEqual({ decision: 'review', rule: 'defamation' });
    expect(decide(lex({ defamation: 0.85 }), resolveSettings({ actions: { defamation: 'reject' } })).decision).toBe('review');
  });
  it('rejects a threat even when the comment also alleges something', () => {
    expect(decide(lex({ defamation: 0.85, inflammatory: 0.9 }), DEFAULT_SETTINGS).rule).toBe('inflammatory');
  });
  it('rejects obscenity and group slurs, holds milder insults and vulgarity', () => {
    expect(decide(lex({ obscene: 0.85 }), DEFAULT_SETTINGS).decision).toBe('reject');
    expect(decide(signals({ groupSlur: true, lexScores: { insult: 0.95 }, scores: { insult: 0.95 } }), DEFAULT_SETTINGS).rule).toBe('group-slur');
    expect(decide(lex({ insult: 0.75 }), DEFAULT_SETTINGS)).toEqual({ decision: 'review', rule: 'insult' });
    expect(decide(lex({ insult: 0.92 }), DEFAULT_SETTINGS)).toEqual({ decision: 'reject', rule: 'insult-severe' });
    expect(decide(lex({ vulgar: 0.8 }), DEFAULT_SETTINGS)).toEqual({ decision: 'review', rule: 'vulgar' });
  });
  it('holds for review on the model alone, never rejects on it', () => {
    const s = signals({ modelScores: { inflammatory: 0.97 }, scores: { inflammatory: 0.97 } });
    expect(decide(s, DEFAULT_SETTINGS)).toEqual({ decision: 'review', rule: 'model-only' });
    expect(decide(signals({ modelScores: { insult: 0.5 }, scores: { insult: 0.5 } }), DEFAULT_SETTINGS).decision).toBe('approve');
  });
  it('asks more of the model when a group is named, and nothing when an allow-listed lookalike is present', () => {
    const m = { modelScores: { insult: 0.8 }, scores: { insult: 0.8 } };
    expect(decide(signals(m), DEFAULT_SETTINGS).decision).toBe('review');
    expect(decide(signals({ ...m, groupMention: true }), DEFAULT_SETTINGS).decision).toBe('approve');
    expect(decide(signals({ modelScores: { vulgar: 0.95 }, scores: { vulgar: 0.95 }, allowed: 1 }), DEFAULT_SETTINGS).decision).toBe('approve');
    expect(decide(signals({ modelScores: { inflammatory: 0.8 }, scores: { inflammatory: 0.8 } }), DEFAULT_SETTINGS).decision).toBe('approve');
  });
  it('holds on the model alone at a language-specific insult bar: near 0.5 for Devanagari Hindi, higher for English and Hinglish', () => {
    const m = (lang: Signals['lang']) => signals({ lang, personMention: true, modelScores: { insult: 0.6 }, scores: { insult: 0.6 } });
    expect(decide(m('hi'), DEFAULT_SETTINGS).decision).toBe('review');
    expect(decide(m('en'), DEFAULT_SETTINGS).decision).toBe('approve');
    expect(decide(m('hinglish'), DEFAULT_SETTINGS).decision).toBe('approve');
    expect(decide({ ...m('hi'), groupMention: true }, DEFAULT_SETTINGS).decision).toBe('approve');
  });
  it('asks more of the model alone for a Hindi insult when nobody is named or addressed (issue 11)', () => {
    const hi = (score: number, over: Partial<Signals> = {}) => signals({ lang: 'hi', modelScores: { insult: score }, scores: { insult: score }, ...over });
    expect(decide(hi(0.67), DEFAULT_SETTINGS).decision).toBe('approve');
    expect(decide(hi(0.67, { personMention: true }), DEFAULT_SETTINGS)).toEqual({ decision: 'review', rule: 'model-only' });
    expect(decide(hi(0.85), DEFAULT_SETTINGS)).toEqual({ decision: 'review', rule: 'model-only' });
    // English keeps its bar whether or not someone is named.
    expect(decide(signals({ modelScores: { insult: 0.78 }, scores: { insult: 0.78 } }), DEFAULT_SETTINGS).decision).toBe('review');
  });
  it('does not let the model overrule what the lexicons saw and judged', () => {
    const quoted = signals({ modelScores: { insult: 0.97 }, scores: { insult: 0.97 }, discounted: 1 });
    expect(decide(quoted, DEFAULT_SETTINGS).decision).toBe('approve');
    const tolerated = signals({ lexScores: { vulgar: 0.8 }, modelScores: { insult: 0.97 }, scores: { vulgar: 0.8, insult: 0.97 } });
    expect(decide(tolerated, resolveSettings({ thresholds: { vulgar: 0.95 } })).decision).toBe('approve');
  });
  it('honours thresholds and actions from settings', () => {
    expect(decide(lex({ vulgar: 0.8 }), resolveSettings({ thresholds: { vulgar: 0.9 } })).decision).toBe('approve');
    expect(decide(lex({ vulgar: 0.8 }), resolveSettings({ actions: { vulgar: 'reject' } })).decision).toBe('reject');
    expect(decide(lex({ insult: 0.75 }), resolveSettings({ actions: { insult: 'approve' } })).decision).toBe('approve');
  });
  it('every rule has an id and says what it reads; approve is last', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES[RULES.length - 1].id).toBe('approve');
    for (const r of RULES.slice(0, -1)) expect(r.reads.length).toBeGreaterThan(0);
  });
});
