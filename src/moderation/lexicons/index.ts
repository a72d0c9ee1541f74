// Lexicons compiled for matching: phrase indexes, function-word sets for language, and the allow-list.
import { compilePhrases, type PhraseIndex } from './compile';
import { parseLexicons, type LexiconEntry, type LexiconFiles } from './parse';

export { parseLexicon, parseLexicons, type LexiconEntry, type LexiconFiles } from './parse';
export { compilePhrases, emptyIndex, ABUSE_CATEGORIES, type CEntry, type PhraseIndex } from './compile';
export { matchAll, matchRomanised, maskMatches, type Hit, type Mention, type MatchEnv } from './match';
export { tokenise, collapseDoubles, type Token } from './tokens';
export { lexiconFingerprint } from './fingerprint';

export interface CompiledLexicons {
  /** Every phrase without slots: abuse, gazetteers and cue words. */
  plain: PhraseIndex;
  /** Phrases with slots ("kill all {group}"), matched once mentions are known. */
  slotted: PhraseIndex;
  allowPhrases: PhraseIndex;
  allowWords: Set<string>;
  /** Frequent English words (language guess; shields English words from romanised-Hindi keys). */
  english: Set<string>;
  /** Frequent romanised-Hindi function words. */
  hinglish: Set<string>;
  entries: number;
}

const WORD_SETS = new Set(['function', 'allow']);

export function compileLexicons(files: LexiconFiles): CompiledLexicons {
  const all = parseLexicons(files);
  const words = (lang: string, category: string) => new Set(all.filter((e) => e.lang === lang && e.category === category && e.tokens.length === 1).map((e) => e.tokens[0]));
  const allowEntries = all.filter((e) => e.category === 'allow');
  const allowWords = new Set(allowEntries.filter((e) => e.tokens.length === 1).map((e) => e.tokens[0]));
  const phrases = all.filter((e) => !WORD_SETS.has(e.category));
  const hasSlot = (e: LexiconEntry) => e.tokens.some((t) => t.startsWith('{'));
  return {
    plain: compilePhrases(phrases.filter((e) => !hasSlot(e)), allowWords),
    slotted: compilePhrases(phrases.filter(hasSlot), allowWords),
    allowPhrases: compilePhrases(allowEntries.filter((e) => e.tokens.length > 1).map((e) => ({ ...e, lang: 'en' })), new Set()),
    allowWords,
    english: words('en', 'function'),
    hinglish: words('hinglish', 'function'),
    entries: all.length,
  };
}
