// Seeded random text (emoji, lone surrogates, marks, invisibles, Devanagari, masks): the engine never throws and spans stay in bounds.
import { describe, expect, it } from 'vitest';
import { readLexiconFiles } from '../loadModerator';
import { createEngine } from './engine';
import { normalise, toOriginalSpan } from './normalise';

const PIECES = ['fuck', 'f*ck', 'sh1t', ' ', '.', '-', 'a', 'I', 'idiot', 'Muslims', 'kill all', 'मार दो', 'चूतिया', 'ज़', 'माँ', '\u200b', '\u200d',
  '\u0301', '😀', '\ud83d', '\ude00', '𝐟𝐮', 'ＦＵ', 'ѕһіт', '@', '$', '1', '0', '"', '।', '\n', 'chutiya', 'ooo', '***', 'Peskov', 'took bribes', 'ﬁ'];

function rng(seed: number) {
  return () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
}

describe('engine on random text', () => {
  const engine = createEngine({ lexicons: readLexiconFiles() });
  it('never throws; every span lies inside the original text', () => {
    const r = rng(42);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const len = Math.floor(r() * 25);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(r() * PIECES.length)];
      const v = engine.check(text, { storyEntities: ['Peskov'] });
      for (const s of v.spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.end).toBeGreaterThan(s.start);
      }
      const norm = normalise(text);
      expect(norm.map.length).toBe(norm.text.length);
      for (let k = 0; k < norm.map.length; k++) expect(norm.map[k]).toBeLessThan(text.length);
      if (norm.text.length) {
        const span = toOriginalSpan(norm, text, 0, norm.text.length);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
