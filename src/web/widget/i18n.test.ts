// Tests of the widget's interface languages: every English string has a Hindi one, and the choice of language.
import { describe, expect, it } from 'vitest';
import { dictionaries, pickLang, translator } from './i18n';

describe('i18n', () => {
  it('has a non-empty Hindi string for every English key', () => {
    for (const key of Object.keys(dictionaries.en)) {
      expect((dictionaries.hi as Record<string, string>)[key], key).toMatch(/\S/);
    }
    expect(Object.keys(dictionaries.hi).sort()).toEqual(Object.keys(dictionaries.en).sort());
  });

  it('uses Devanagari for Hindi interface strings', () => {
    expect(translator('hi')('post')).toMatch(/[\u0900-\u097F]/);
  });

  it('prefers the data attribute, then the browser language, then English', () => {
    expect(pickLang('hi', 'en-US')).toBe('hi');
    expect(pickLang('en', 'hi-IN')).toBe('en');
    expect(pickLang(null, 'hi-IN')).toBe('hi');
    expect(pickLang(undefined, 'fr-FR')).toBe('en');
    expect(pickLang('', undefined)).toBe('en');
  });

  it('falls back to English, then to the key itself', () => {
    expect(translator('hi')('label.nonexistent')).toBe('label.nonexistent');
    expect(translator('en')('respect')).toBe('Respect');
  });
});
