// The shared vocabulary of a verdict: labels, targets, decisions, spans. Server, engine, widget and dashboard all speak it.

export const LABELS = ['insult', 'defamation', 'inflammatory', 'obscene', 'vulgar'] as const;
export type Label = (typeof LABELS)[number];

export const TARGETS = ['individual', 'community', 'religion', 'country'] as const;
export type Target = (typeof TARGETS)[number];

export type Decision = 'approve' | 'review' | 'reject';
export type Lang = 'en' | 'hi' | 'hinglish' | 'mixed';

/** A stretch of the ORIGINAL text (UTF-16 offsets, end exclusive) that triggered a label. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  target?: Target;
  /** What matched, e.g. the lexicon entry or "model"; for explanations only. */
  source?: string;
}

export interface Verdict {
  decision: Decision;
  labels: Label[];
  targets: Target[];
  /** Probability-like score per label in [0, 1]. */
  scores: Partial<Record<Label, number>>;
  spans: Span[];
  /** Id of the policy rule that decided. */
  rule: string;
  modelVersion: string;
  policyVersion: string;
  lang: Lang;
}

export interface ModerationSettings {
  /** Score at or above which a label is acted on, per label. */
  thresholds?: Partial<Record<Label, number>>;
  /** Action per label once over threshold. Defamation is never `reject` (forced to review). */
  actions?: Partial<Record<Label, Decision>>;
  /** Words that always reject. */
  bannedWords?: string[];
  /** Words that send a comment to review. */
  suspectWords?: string[];
}
