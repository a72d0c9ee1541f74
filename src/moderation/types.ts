// The moderation engine's public vocabulary: the domain's verdict types (re-exported) and the engine's call context.
import type { ModerationSettings, Verdict } from '../domain/verdict';

export { LABELS, TARGETS } from '../domain/verdict';
export type { Label, Target, Decision, Lang, Span, Verdict, ModerationSettings } from '../domain/verdict';

/** Per-call context: the story's named people and organisations, and the site's settings. */
export interface ModerationContext {
  storyEntities?: string[];
  settings?: ModerationSettings;
}

/** The seam the product calls: the foundation's word list and the full engine both implement it. */
export interface Moderator {
  readonly modelVersion: string;
  check(text: string, context?: ModerationContext): Verdict;
}
