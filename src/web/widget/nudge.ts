// What the composer's nudge says about a draft's verdict: the offending words, whom they aim at, and what posting will do.
import type { Verdict } from './api';
import type { FlagSpan } from './text';

export type Consequence = 'held' | 'rejected' | 'published';

export interface Nudge {
  /** Spans over the words that break a rule; a target's own name is never one of them. */
  spans: FlagSpan[];
  /** Labels that at least one highlighted word carries (no chip without a word behind it). */
  labels: string[];
  /** Whom the words aim at: the named text where the engine found it (e.g. a person's name), and the kind of target. */
  targets: { kind: string; names: string[] }[];
  /** What happens when the draft is posted as it is. */
  consequence: Consequence;
}

const CONSEQUENCE: Record<Verdict['decision'], Consequence> = { approve: 'published', review: 'held', reject: 'rejected' };

/** The nudge for a draft, or null when there is nothing to say (a clean draft, or one that will be published as is with no flagged word). */
export function toNudge(text: string, v: Verdict): Nudge | null {
  // The engine marks a target's mention with source "target": it explains the label, it did not break the rule.
  const spans = v.spans.filter((s) => s.source !== 'target' && s.end > s.start);
  const consequence = CONSEQUENCE[v.decision];
  if (!spans.length && consequence === 'published') return null;
  const labels = [...new Set(spans.map((s) => s.label))];
  const names = new Map<string, string[]>();
  for (const t of v.targets) names.set(t, []);
  for (const s of v.spans) {
    if (s.source !== 'target' || !s.target) continue;
    const list = names.get(s.target) ?? [];
    const name = text.slice(s.start, s.end).trim();
    if (name && !list.includes(name)) list.push(name);
    names.set(s.target, list);
  }
  return { spans, labels, targets: [...names].map(([kind, n]) => ({ kind, names: n })), consequence };
}
