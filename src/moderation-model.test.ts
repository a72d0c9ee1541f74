// The shipped model file loads, matches its header, and scores texts as probabilities.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADS } from './moderation/classifier';
import { LEX_FEATURES } from './moderation/lexfeatures';
import { lexiconFingerprint } from './moderation/lexicons';
import { readLexiconFiles, trainedLexicons } from './loadModerator';
import { loadClassifier, modelPath } from './moderation-model';

describe('shipped model', () => {
  it.skipIf(!existsSync(modelPath()))('loads and returns a probability per head', () => {
    const clf = loadClassifier();
    expect(clf.version).toBe('charcha-mod-2');
    for (const text of ['', 'a perfectly ordinary sentence about rain', 'यह एक सामान्य वाक्य है', 'x'.repeat(5000)]) {
      const scores = clf.predict(text) as unknown as Record<string, number>;
      for (const h of HEADS) {
        expect(scores[h]).toBeGreaterThanOrEqual(0);
        expect(scores[h]).toBeLessThanOrEqual(1);
      }
    }
    expect(clf.predict('same text twice').offensive).toBe(clf.predict('same text twice').offensive);
  });
  it.skipIf(!existsSync(modelPath()))('was trained on the lexicons as they are now (edit a lexicon, then run `npx charcha train`)', () => {
    const clf = loadClassifier();
    expect(clf.extraFeatures).toEqual([...LEX_FEATURES]);
    // The model weighs the lexicons' evidence: it must have seen these lexicons, or `train` would not reproduce it.
    expect(trainedLexicons(clf)).toBe(lexiconFingerprint(readLexiconFiles()));
  });
  it.skipIf(!existsSync(modelPath()))('weighs lexicon evidence: the same text scores higher with an insult found than without', () => {
    const clf = loadClassifier();
    const text = 'what a thing to say';
    const none = clf.predict(text, {}).offensive;
    const found = clf.predict(text, { 'lex:insult': 0.9, 'lex:evidence': 1 / 3 }).offensive;
    expect(found).toBeGreaterThan(none + 0.1);
    expect(clf.predict(text).offensive).toBe(none);
  });
  it('names the missing file when there is no model', () => {
    expect(() => loadClassifier('/nonexistent/model.bin')).toThrow(/\/nonexistent\/model\.bin/);
  });
});
