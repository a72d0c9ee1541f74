// Tests for the normaliser: each folding step, and that spans map back to the original text.
import { describe, expect, it } from 'vitest';
import { normalise, toOriginalSpan, phoneticKey, FLAG_I_OR_L } from './index';

const n = (s: string) => normalise(s).text;

function back(original: string, word: string): string {
  const norm = normalise(original);
  const at = norm.text.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = toOriginalSpan(norm, original, at, at + word.length);
  return original.slice(span.start, span.end);
}

describe('normalise', () => {
  it('applies NFKC-style compatibility folding and lower-case', () => {
    expect(n('ＦＵＣＫ')).toBe('fuck');
    expect(n('𝐟𝐮𝐜𝐤 off')).toBe('fuck off');
    expect(n('ﬁne Café')).toBe('fine cafe');
  });

  it('maps Cyrillic, Greek and Armenian lookalikes to Latin', () => {
    expect(n('ѕһіт')).toBe('shit');      // Cyrillic
    expect(n('fυck')).toBe('fuck');      // Greek upsilon
    expect(n('іdіօt')).toBe('idiot');    // Cyrillic і + Armenian օ
    expect(n('ΒΙΤCΗ')).toBe('bitch');    // Greek capitals
  });

  it('removes zero-width and joiner characters', () => {
    expect(n('f\u200bu\u200cc\u200dk')).toBe('fuck');
    expect(n('id\ufeffiot\u00ad')).toBe('idiot');
  });

  it('keeps Devanagari conjuncts intact when ZWJ/ZWNJ are dropped', () => {
    expect(n('क्\u200dष')).toBe('क्ष');
    expect(n('नहीं')).toBe('नहीं');
  });

  it('decodes leetspeak only inside words', () => {
    expect(n('h3ll0 5h1t')).toBe('hello shit');
    expect(n('$hit @ss')).toBe('shit ass');
    expect(n('sh!t!')).toBe('shit!');
    expect(n('1d10t')).toBe('idiot');
    expect(n('In 2024 we had 5 cases and covid19')).toBe('in 2024 we had 5 cases and covid19');
    expect(n('the 10th time, 4g phone')).toBe('the 10th time, 4g phone');
    expect(n('@rahul said')).toBe('@rahul said');
  });

  it('flags an i decoded from 1 as possibly l', () => {
    const r = normalise('k1ll');
    expect(r.text).toBe('kill');
    expect(r.flags[1] & FLAG_I_OR_L).toBe(FLAG_I_OR_L);
    expect(r.flags[2]).toBe(0);
  });

  it('folds runs of three or more letters to two', () => {
    expect(n('fuuuuuck')).toBe('fuuck');
    expect(n('shiiiiiit')).toBe('shiit');
    expect(n('good')).toBe('good');
    expect(n('sooooo gooood')).toBe('soo good');
  });

  it('joins single letters spelled out with separators', () => {
    expect(n('f.u.c.k you')).toBe('fuck you');
    expect(n('f-u-c-k')).toBe('fuck');
    expect(n('f u c k off')).toBe('fuck off');
    expect(n('s_h_i_t')).toBe('shit');
    expect(n('f*u*c*k')).toBe('fuck');
    // text-speak stays apart: three single letters with spaces are words
    expect(n('u r a fool')).toBe('u r a fool');
  });

  it('keeps mask characters inside words for wildcard matching', () => {
    expect(n('f*ck')).toBe('f*ck');
    expect(n('F**K this')).toBe('f**k this');
    expect(n('*wow*')).toBe('*wow*');
  });

  it('folds Devanagari nukta and chandrabindu', () => {
    expect(n('ज़मीन')).toBe('जमीन');          // precomposed nukta letter
    expect(n('ज\u093cमीन')).toBe('जमीन');     // combining nukta
    expect(n('माँ')).toBe('मां');             // chandrabindu → anusvara
  });

  it('maps spans back to the original text', () => {
    expect(back('You are an ІDІОТ!!', 'idiot')).toBe('ІDІОТ');
    expect(back('what a f.u.c.k up', 'fuck')).toBe('f.u.c.k');
    expect(back('so fuuuuuck this', 'fuuck')).toBe('fuuuuuck');
    expect(back('x 𝐟𝐮𝐜𝐤 y', 'fuck')).toBe('𝐟𝐮𝐜𝐤');
    expect(back('a c\u0301afe b', 'cafe')).toBe('c\u0301afe');
    expect(back('वह ज़ालिम है', 'जालिम')).toBe('ज़ालिम');
  });

  it('keeps the map the same length as the text', () => {
    for (const s of ['', 'abc', 'f.u.c.k', '𝐟𝐮', 'ﬁ', 'नमस्ते']) {
      const r = normalise(s);
      expect(r.map.length).toBe(r.text.length);
      expect(r.flags.length).toBe(r.text.length);
    }
  });
});

describe('phoneticKey', () => {
  it('brings romanised Hindi spellings together', () => {
    expect(phoneticKey('chutiya')).toBe(phoneticKey('chootiya'));
    expect(phoneticKey('chutiya')).toBe(phoneticKey('chutia'));
    expect(phoneticKey('bhenchod')).toBe(phoneticKey('behenchod'));
    expect(phoneticKey('kamina')).toBe(phoneticKey('kameena'));
    expect(phoneticKey('zaalim')).toBe(phoneticKey('jalim'));
    expect(phoneticKey('phir')).toBe(phoneticKey('fir'));
    expect(phoneticKey('shaitan')).toBe(phoneticKey('saitaan'));
    expect(phoneticKey('khabar')).toBe(phoneticKey('kabar'));
    expect(phoneticKey('wala')).toBe(phoneticKey('vala'));
  });
});
