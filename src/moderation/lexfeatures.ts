// What the lexicons found, as the classifier's extra dense features ("plus lexicon and script features"): the model
// learns how much each kind of lexicon evidence is worth next to the n-grams, instead of a hand-set rule alone.
import type { Signals } from './signals';

/** Feature names in the order the model file stores their weights. Values are in [0, 1]. */
export const LEX_FEATURES = [
  'lex:insult', 'lex:inflammatory', 'lex:defamation', 'lex:vulgar', 'lex:obscene',
  'lex:groupSlur', 'lex:discounted', 'lex:allowed', 'lex:groupMention', 'lex:evidence',
] as const;

export type LexFeatureName = (typeof LEX_FEATURES)[number];

/** The lexicon-side signals the features are computed from (everything but the model's own scores). */
export type LexSignals = Pick<Signals, 'lexScores' | 'groupSlur' | 'discounted' | 'allowed' | 'groupMention' | 'evidence'>;

/**
 * Strongest evidence per label, whether a group slur was seen, whether anything was discounted (quoted, negated,
 * reported, mild without a target) or allow-listed, whether a community, religion or country is named, and how much
 * evidence there was (three or more pieces count as 1).
 */
export function lexFeatures(s: LexSignals): Record<LexFeatureName, number> {
  const l = s.lexScores;
  return {
    'lex:insult': l.insult ?? 0,
    'lex:inflammatory': l.inflammatory ?? 0,
    'lex:defamation': l.defamation ?? 0,
    'lex:vulgar': l.vulgar ?? 0,
    'lex:obscene': l.obscene ?? 0,
    'lex:groupSlur': s.groupSlur ? 1 : 0,
    'lex:discounted': s.discounted > 0 ? 1 : 0,
    'lex:allowed': s.allowed > 0 ? 1 : 0,
    'lex:groupMention': s.groupMention ? 1 : 0,
    'lex:evidence': Math.min(1, s.evidence.length / 3),
  };
}
