// Tests for lexicon parsing, compilation and matching: alternatives, slots, masks, phonetic keys, allow-list, context.
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise';
import { compileLexicons, matchAll, maskMatches, parseLexicon, tokenise, type MatchEnv } from './index';

function hits(files: Record<string, string>, text: string, ctx = false) {
  const lex = compileLexicons(files);
  const tokens = tokenise(normalise(text), text);
  const env: MatchEnv = { tokens, english: lex.english, blocked: new Uint8Array(tokens.length), ctxOk: () => ctx };
  for (let k = 0; k < tokens.length; k++) if (lex.allowWords.has(tokens[k].text)) env.blocked[k] = 1;
  return matchAll(lex.plain, env).map((h) => `${h.ce.entry.category}:${tokens.slice(h.i, h.j).map((t) => t.text).join(' ')}`);
}

describe('parseLexicon', () => {
  it('expands alternatives, optional words and flags', () => {
    const e = parseLexicon('en/threat.txt', '# comment\nburn|torch _|their houses ; w=0.9\n');
    expect(e.map((x) => x.tokens.join(' '))).toEqual(['burn houses', 'burn their houses', 'torch houses', 'torch their houses']);
    expect(e[0]).toMatchObject({ lang: 'en', category: 'threat', weight: 0.9 });
  });
  it('reads ctx, sub, noinfl and target flags', () => {
    const [e] = parseLexicon('hinglish/slur.txt', 'katua ; t=religion ctx sub noinfl');
    expect(e).toMatchObject({ target: 'religion', ctx: true, sub: true, noinfl: true });
  });
});

describe('matching', () => {
  it('matches whole words only (no Scunthorpe problem) and inflections', () => {
    const files = { 'en/vulgar.txt': 'cunt\nass ; w=0.6', 'en/allow.txt': 'assess' };
    expect(hits(files, 'Scunthorpe class assess bass')).toEqual([]);
    expect(hits(files, 'you cunts, kiss my ass')).toEqual(['vulgar:cunts', 'vulgar:ass']);
  });
  it('lets `sub` words match inside longer words unless allowed', () => {
    const files = { 'en/vulgar.txt': 'fuck ; sub', 'en/allow.txt': 'scunthorpe' };
    expect(hits(files, 'fuckface')).toEqual(['vulgar:fuckface']);
  });
  it('matches masked, repeated and i/l-ambiguous spellings', () => {
    const files = { 'en/vulgar.txt': 'fuck\nbullshit\nkill yourself' };
    expect(hits(files, 'f**k that')).toEqual(['vulgar:f**k']);
    expect(hits(files, 'fuuuuuck')).toEqual(['vulgar:fuuck']);
    expect(hits(files, 'bu11shit')).toEqual(['vulgar:buiishit']);
    expect(hits(files, 'k1ll yourself')).toEqual(['vulgar:kill yourself']);
  });
  it('matches romanised Hindi by phonetic key but never English words by key', () => {
    const files = { 'hinglish/vulgar.txt': 'chutiya\nchut ; ctx', 'en/function.txt': 'cut' };
    expect(hits(files, 'chootiya hai')).toEqual(['vulgar:chootiya']);
    expect(hits(files, 'a short cut')).toEqual([]);
    expect(hits(files, 'chut', false)).toEqual([]);
    expect(hits(files, 'chut', true)).toEqual(['vulgar:chut']);
  });
  it('matches multi-word phrases inside one sentence only', () => {
    const files = { 'en/allegation.txt': 'took|accepted bribes' };
    expect(hits(files, 'he took bribes')).toEqual(['allegation:took bribes']);
    expect(hits(files, 'he took. Bribes are bad')).toEqual([]);
  });
  it('masks need two visible letters', () => {
    expect(maskMatches('f*ck', 'fuck')).toBe(true);
    expect(maskMatches('f**k', 'fuck')).toBe(true);
    expect(maskMatches('s*it', 'shit')).toBe(true);
    expect(maskMatches('f*', 'fuck')).toBe(false);
    expect(maskMatches('f*ck', 'flick')).toBe(true);
    expect(maskMatches('b**ch', 'fuck')).toBe(false);
  });
});

describe('the shipped lexicon files', () => {
  it('have no abuse entry that normalises to a single letter or to nothing (e.g. "a$$" → "a" would flag every "a")', async () => {
    const { readLexiconFiles } = await import('../../loadModerator');
    const files = readLexiconFiles();
    const bad: string[] = [];
    for (const [path, text] of Object.entries(files)) {
      const category = path.replace(/\.txt$/, '').split('/').pop()!;
      if (!['vulgar', 'obscene', 'insult', 'slur', 'threat', 'allegation'].includes(category)) continue;
      for (const e of parseLexicon(path, text)) {
        const words = e.tokens.filter((t) => !t.startsWith('{') && t !== '_');
        if (words.length !== 1 || e.tokens.length !== 1) continue;
        const seen = tokenise(normalise(words[0]), words[0]).map((t) => t.text);
        if (seen.length === 0 || (seen.length === 1 && seen[0].length < 2)) bad.push(`${path}: ${e.source}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
