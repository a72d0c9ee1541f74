// The word-list Moderator: decisions and spans in the original text.
import { describe, expect, it } from 'vitest';
import { wordListModerator } from './wordlist';

const settings = { bannedWords: ['crook', 'गंदा'], suspectWords: ['liar'] };

describe('wordListModerator', () => {
  const m = wordListModerator();
  it('approves clean text', () => {
    const v = m.check('A thoughtful opinion.', { settings });
    expect(v.decision).toBe('approve');
    expect(v.spans).toEqual([]);
    expect(v.modelVersion).toBe('wordlist-1');
  });
  it('rejects a banned word with its span, case-insensitively', () => {
    const text = 'He is a Crook, really.';
    const v = m.check(text, { settings });
    expect(v.decision).toBe('reject');
    expect(v.labels).toEqual(['vulgar']);
    expect(text.slice(v.spans[0].start, v.spans[0].end)).toBe('Crook');
  });
  it('matches whole words only, also in Devanagari', () => {
    expect(m.check('crooked paths', { settings }).decision).toBe('approve');
    const text = 'यह गंदा है';
    const v = m.check(text, { settings });
    expect(v.decision).toBe('reject');
    expect(text.slice(v.spans[0].start, v.spans[0].end)).toBe('गंदा');
    expect(v.lang).toBe('hi');
  });
  it('sends suspect words to review', () => {
    const v = m.check('what a liar', { settings });
    expect(v.decision).toBe('review');
    expect(v.rule).toBe('suspect-word');
  });
  it('approves everything without settings', () => {
    expect(m.check('crook').decision).toBe('approve');
  });
});
