// The seam between the trained classifier (weights as data) and the engine's policy.

/** Heads the shipped model predicts; each a probability in [0, 1]. Missing heads mean "not trained". */
export interface ModelScores {
  /** Offensive vs not (OLID A, HASOC HOF, MACD abusive, …). */
  offensive: number;
  /** Hate / incitement against a group (Davidson hate, HASOC HATE, HateXplain hatespeech, Bohra). */
  hate?: number;
  /** Profanity / gutter language (HASOC PRFN, OLID UNT). */
  profanity?: number;
  /** Targeted insult (OLID B TIN). */
  targeted?: number;
  /** Target type of a targeted insult (OLID C). */
  targetIndividual?: number;
  targetGroup?: number;
  targetOther?: number;
}

export interface Classifier {
  readonly version: string;
  /** `text` is the normalised text (see ../normalise); `extra` are named dense features (lexicon hits, script). */
  predict(text: string, extra?: Record<string, number>): ModelScores;
}
