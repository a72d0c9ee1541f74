// The label-mapping table: valid heads only, the documented inversions, and the licence rule for the default model.
import { describe, expect, it } from 'vitest';
import { HEADS } from '../moderation/classifier';
import { SOURCES, mapLabel, sourcesFor } from './labels';

describe('label mapping table', () => {
  it('uses only model heads and binary labels', () => {
    for (const spec of Object.values(SOURCES)) {
      for (const heads of Object.values(spec.map)) {
        for (const [h, y] of Object.entries(heads)) {
          expect(HEADS).toContain(h);
          expect([0, 1]).toContain(y);
        }
      }
    }
  });
  it('follows the sources’ own conventions', () => {
    expect(mapLabel('macd-hi', '0')?.offensive).toBe(1); // MACD: 0 = abusive
    expect(mapLabel('macd-hi', '1')?.offensive).toBe(0);
    expect(mapLabel('olid', 'OFF/TIN/GRP')).toMatchObject({ offensive: 1, targeted: 1, targetGroup: 1, targetIndividual: 0 });
    expect(mapLabel('olid', 'NOT/NULL/NULL')).toMatchObject({ offensive: 0, targeted: 0 });
    expect(mapLabel('hasoc2019-hi', 'HOF/PRFN/UNT')).toMatchObject({ offensive: 1, profanity: 1, targeted: 0 });
    expect(mapLabel('bohra2018', 'no')).toEqual({ hate: 0 }); // not hate ≠ clean
    expect(mapLabel('trac1-en', 'CAG')).toBeUndefined(); // covert aggression is dropped
    expect(mapLabel('constraint2021', 'other')).toBeUndefined(); // fake/defamation-only is not offensive or clean
    expect(mapLabel('olid', 'nonsense')).toBeUndefined();
  });
  it('keeps non-commercial and research-only data out of the default model', () => {
    const def = sourcesFor(false);
    for (const s of def) expect(['open', 'unstated']).toContain(SOURCES[s].licence);
    for (const s of ['trac1-en', 'trac1-hi', 'trac2-en', 'trac2-hi', 'constraint2021', 'hinglish-profanity']) {
      expect(def).not.toContain(s);
      expect(sourcesFor(true)).toContain(s);
    }
  });
});
