// romanise(): Devanagari names meet their Latin spellings through phoneticKey (story entities in Hindi comments).
import { describe, expect, it } from 'vitest';
import { normalise, phoneticKey } from './index';
import { romanise } from './romanise';

const key = (deva: string) => phoneticKey(romanise(normalise(deva).text));

describe('romanise', () => {
  it('drops the inherent vowel at the end of a word and before a consonant that carries its own vowel', () => {
    expect(romanise('पुतिन')).toBe('putin');
    expect(romanise('पेसकोव')).toBe('peskov');
    expect(romanise('क्रेमलिन')).toBe('kremlin');
    expect(romanise('कमल')).toBe('kamal');
  });
  it('spells vowel signs, nasals and conjuncts', () => {
    expect(romanise('लुकाशेंको')).toBe('lukaashenko');
    expect(romanise('मोदी')).toBe('modee');
  });
  it('meets the Latin spelling of a name through the phonetic key, whatever the Devanagari variant', () => {
    for (const [deva, latin] of [['अंबानी', 'ambani'], ['जयशंकर', 'jaishankar'], ['ज़ेलेंस्की', 'zelensky'], ['जेलेन्स्की', 'zelensky'], ['लुकाशेन्को', 'lukashenko'], ['कीव', 'kyiv'], ['पेस्कोव', 'peskov']]) {
      expect(key(deva), deva).toBe(phoneticKey(latin));
    }
  });
  it('leaves non-Devanagari characters as they are', () => {
    expect(romanise('abc')).toBe('abc');
    expect(romanise('')).toBe('');
  });
});
