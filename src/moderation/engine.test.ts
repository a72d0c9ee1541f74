// Tests for createEngine over the shipped lexicons: verdict shape, original-text spans, targets, context, classifier seam.
import { describe, expect, it, vi } from 'vitest';
import { readLexiconFiles } from '../loadModerator';
import { createEngine } from './engine';
import type { Classifier, ModelScores } from './classifier/types';

const lexicons = readLexiconFiles();
const engine = createEngine({ lexicons });

/** A classifier that answers the same scores for every text: enough to test how the policy uses the model seam. */
function fixedClassifier(scores: ModelScores): Classifier {
  return { version: 'fixed-test-1', predict: () => scores };
}

describe('createEngine (lexicons only)', () => {
  it('returns the exact Verdict shape', () => {
    const v = engine.check('you are an idiot');
    expect(Object.keys(v).sort()).toEqual(['decision', 'labels', 'lang', 'modelVersion', 'policyVersion', 'rule', 'scores', 'spans', 'targets']);
    expect(v).toMatchObject({ decision: 'review', labels: ['insult'], targets: ['individual'], rule: 'insult', modelVersion: 'lexicons-only', lang: 'en' });
  });
  it('reports spans in UTF-16 offsets of the original text', () => {
    const text = '😀 Ꭲhis іs 𝐛𝐮𝐥𝐥𝐬𝐡𝐢𝐭, sh!t';
    const v = engine.check(text);
    const words = v.spans.map((s) => text.slice(s.start, s.end));
    expect(words).toContain('𝐛𝐮𝐥𝐥𝐬𝐡𝐢𝐭');
    expect(words).toContain('sh!t');
  });
  it('names the target and its span', () => {
    const text = 'all Pakistanis are morons';
    const v = engine.check(text);
    expect(v.targets).toEqual(['country']);
    expect(v.spans.some((s) => text.slice(s.start, s.end) === 'Pakistanis' && s.target === 'country')).toBe(true);
  });
  it('uses story entities to find the person an allegation is about', () => {
    const text = 'Peskov took bribes';
    const v = engine.check(text, { storyEntities: ['Peskov'] });
    expect(v.decision).toBe('review');
    expect(v.labels).toEqual(['defamation']);
    expect(v.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Peskov', 'took bribes']);
  });
  it('applies site banned and suspect words', () => {
    expect(engine.check('buy acme now', { settings: { bannedWords: ['acme'] } })).toMatchObject({ decision: 'reject', rule: 'banned-word' });
    expect(engine.check('buy acme now', { settings: { suspectWords: ['acme'] } })).toMatchObject({ decision: 'review', rule: 'suspect-word' });
  });
  it('guesses the language', () => {
    expect(engine.check('यह लेख अच्छा है').lang).toBe('hi');
    expect(engine.check('yeh lekh accha hai yaar').lang).toBe('hinglish');
    expect(engine.check('यह बहुत bad decision है yaar').lang).toBe('mixed');
  });
  it('handles empty and huge inputs', () => {
    expect(engine.check('').decision).toBe('approve');
    expect(engine.check('ok '.repeat(30_000)).decision).toBe('approve');
  });
});

describe('createEngine with a classifier', () => {
  it('holds for review on a high model score with no lexicon evidence', () => {
    const e = createEngine({ lexicons, classifier: fixedClassifier({ offensive: 0.95, hate: 0.1, profanity: 0.1 }) });
    const v = e.check('a perfectly polite sentence');
    expect(v).toMatchObject({ decision: 'review', rule: 'model-only', modelVersion: 'fixed-test-1' });
    expect(v.scores.insult).toBeCloseTo(0.95);
  });
  it('lets lexicon evidence decide when present, and uses the target head when no mention exists', () => {
    const e = createEngine({ lexicons, classifier: fixedClassifier({ offensive: 0.2, targetGroup: 0.9, targetIndividual: 0.05 }) });
    expect(e.check('kill all Muslims').rule).toBe('inflammatory');
    const v = createEngine({ lexicons, classifier: fixedClassifier({ offensive: 0.95, targeted: 0.9, targetGroup: 0.9, targetIndividual: 0.05 }) }).check('they always do this');
    expect(v.targets).toEqual(['community']);
  });
  it('hands the classifier what the lexicons found, as its extra features', () => {
    const seen: Record<string, number>[] = [];
    const recording: Classifier = { version: 'recording-1', predict: (_t, extra) => { seen.push({ ...extra }); return { offensive: 0.1 }; } };
    const e = createEngine({ lexicons, classifier: recording, warmUp: false });
    e.check('all Pakistanis are morons');
    expect(seen[0]).toMatchObject({ 'lex:groupMention': 1 });
    expect(seen[0]['lex:insult']).toBeGreaterThan(0.5);
    e.check('the river was calm today');
    expect(seen[1]).toMatchObject({ 'lex:insult': 0, 'lex:groupMention': 0, 'lex:evidence': 0 });
  });
  it('shows no model label on an approved comment: a rebutted insult stands down the model too', () => {
    const e = createEngine({ lexicons, classifier: fixedClassifier({ offensive: 0.99, hate: 0.99, profanity: 0.99 }) });
    const v = e.check("Calling Zelensky a nazi is absurd, he is Jewish.");
    expect(v).toMatchObject({ decision: 'approve', labels: [], targets: [] });
    // Held for something else (an allegation), a negated insult still shows no model insult label.
    expect(e.check('He is not an idiot. Sharma took a bribe.')).toMatchObject({ decision: 'review', labels: ['defamation'] });
    // The same model scores with no rebuttal hold the comment and show the label.
    expect(e.check('they always do this')).toMatchObject({ decision: 'review', labels: expect.arrayContaining(['insult']) });
  });
});

describe('createEngine warm-up', () => {
  it('changes no verdict: an engine warmed first agrees with one that never ran the warm-up, each in its own module graph', async () => {
    const { warmUp } = await import('./warmup');
    expect(warmUp(() => undefined, 1)).toBeGreaterThan(20);
    const texts = ['you are an idiot', 'तू कमीना है', 'tu kamina hai', 'f.u.c.k off @rahul', 'PM Modi is a thief', 'Nice article, thanks', 'पुतिन बेवकूफ है'];
    const ctx = { storyEntities: ['Ramesh Kumar', 'Putin'], settings: { bannedWords: ['bloop'] } };
    // Module-level caches (word info, normalised lexicon forms, buffers) are shared by engines of one module graph: load a
    // fresh graph for each engine, so the cold one's caches have never seen the warm-up.
    vi.resetModules();
    const coldModule = await import('./engine');
    const cold = coldModule.createEngine({ lexicons, warmUp: false });
    const coldVerdicts = [...texts.map((t) => cold.check(t)), ...texts.map((t) => cold.check(t, ctx)), cold.check('Ramesh Kumar said bloop', ctx)];
    vi.resetModules();
    const warmModule = await import('./engine');
    const warm = warmModule.createEngine({ lexicons });
    const warmVerdicts = [...texts.map((t) => warm.check(t)), ...texts.map((t) => warm.check(t, ctx)), warm.check('Ramesh Kumar said bloop', ctx)];
    expect(warmVerdicts).toEqual(coldVerdicts);
    expect(coldModule).not.toBe(warmModule);
  });
});
