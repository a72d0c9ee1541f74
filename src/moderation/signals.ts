// Signals: everything the policy reads about one comment — lexicon evidence with targets, model scores, language.
import type { Classifier, ModelScores } from './classifier/types';
import type { Label, Lang, Target } from './types';
import type { Hit, Mention, Token } from './lexicons';

/** One piece of evidence for a label, in normalised offsets; the engine maps it back to the original. */
export interface Evidence {
  label: Label;
  s: number;
  e: number;
  score: number;
  source: string;
  target?: Target;
  /** The target mention's normalised [s, e), when one was found. */
  targetAt?: [number, number];
  /** Aimed at an institution or at readers at large ("you all"): no target, and the model's target head is not asked. */
  aimless?: boolean;
}

export interface Signals {
  lang: Lang;
  /** Lexicon score per label (0 when nothing matched). */
  lexScores: Partial<Record<Label, number>>;
  /** Model score per label, when a classifier is present. */
  modelScores: Partial<Record<Label, number>>;
  /** The larger of the two, per label: what thresholds apply to. */
  scores: Partial<Record<Label, number>>;
  evidence: Evidence[];
  banned: Evidence[];
  suspect: Evidence[];
  /** A slur or severe insult aimed at a community, religion or country. */
  groupSlur: boolean;
  /** Hits that were discounted as quoted, negated, reported or opinion (for explanations and tests). */
  discounted: number;
  /** Allow-listed lookalikes in the text ("assassin", "Scunthorpe"). */
  allowed: number;
  /** The text names a community, religion or country. */
  groupMention: boolean;
  /** The text names a person or addresses someone ("you", "तुम", "@name", a story name), not an institution or "you all". */
  personMention: boolean;
  model?: ModelScores;
}

export const CATEGORY_LABEL: Record<string, Label> = {
  vulgar: 'vulgar', obscene: 'obscene', insult: 'insult', slur: 'insult', threat: 'inflammatory', allegation: 'defamation',
};

/** Default weight of a lexicon hit per category when the line gives none. */
export const DEFAULT_WEIGHT: Record<string, number> = {
  vulgar: 0.8, obscene: 0.85, insult: 0.75, slur: 0.95, threat: 0.9, allegation: 0.85,
};

/**
 * Model heads → our labels. The model knows nothing of defamation or obscenity; lexicons carry those. Insult is the
 * offensive head as is: capping it by the targeted head (trained on OLID and HASOC 2019 only) dropped most Hindi
 * positives, whose targeted score is rarely high; the per-language bars in policy/settings.ts guard precision instead.
 */
export function modelLabelScores(m: ModelScores | undefined): Partial<Record<Label, number>> {
  if (!m) return {};
  const out: Partial<Record<Label, number>> = { insult: m.offensive };
  if (m.hate !== undefined) out.inflammatory = m.hate;
  if (m.profanity !== undefined) out.vulgar = m.profanity;
  return out;
}

export function predict(classifier: Classifier | undefined, text: string): ModelScores | undefined {
  return classifier ? classifier.predict(text) : undefined;
}

export type { Hit, Mention, Token };
