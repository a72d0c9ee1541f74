// Functional test cases (HateCheck-style): each names its functionality group and what the verdict must show.
import type { Decision, Label, Lang, ModerationSettings, Target } from '../../src/moderation/types';

export interface Expect {
  /** The decision must be one of these. */
  decision?: Decision | Decision[];
  /** Each of these labels must be present. */
  labels?: Label[];
  /** None of these labels may be present. */
  notLabels?: Label[];
  /** Each of these targets must be present. */
  targets?: Target[];
  lang?: Lang;
  /** Some span must overlap this stretch of the original text (checks the offset map). */
  spanCovers?: string;
}

export interface Case {
  id: string;
  /** Functionality group, e.g. "en.insult.group" or "neg.figurative-kill". */
  group: string;
  text: string;
  expect: Expect;
  storyEntities?: string[];
  /** What the case exercises within its group (e.g. the obfuscation), shown on failure. */
  note?: string;
  settings?: ModerationSettings;
}

export const NOT_APPROVED: Decision[] = ['review', 'reject'];

/** Build cases from a template over a list of fillers, numbering ids within the group. */
export function cases(group: string, items: Array<Omit<Case, 'id' | 'group'>>): Case[] {
  return items.map((c, k) => ({ id: `${group}#${k + 1}`, group, ...c }));
}
