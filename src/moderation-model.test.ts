// The shipped model file loads, matches its header, and scores texts as probabilities.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADS } from './moderation/classifier';
import { loadClassifier, modelPath } from './moderation-model';

describe('shipped model', () => {
  it.skipIf(!existsSync(modelPath()))('loads and returns a probability per head', () => {
    const clf = loadClassifier();
    expect(clf.version).toBe('charcha-mod-1');
    for (const text of ['', 'a perfectly ordinary sentence about rain', 'यह एक सामान्य वाक्य है', 'x'.repeat(5000)]) {
      const scores = clf.predict(text) as unknown as Record<string, number>;
      for (const h of HEADS) {
        expect(scores[h]).toBeGreaterThanOrEqual(0);
        expect(scores[h]).toBeLessThanOrEqual(1);
      }
    }
    expect(clf.predict('same text twice').offensive).toBe(clf.predict('same text twice').offensive);
  });
  it('names the missing file when there is no model', () => {
    expect(() => loadClassifier('/nonexistent/model.bin')).toThrow(/\/nonexistent\/model\.bin/);
  });
});
