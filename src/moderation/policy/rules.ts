// The policy, top to bottom: small pure rules over signals; the first one that decides wins.
import type { Decision, Label } from '../types';
import type { Signals } from '../signals';
import type { ResolvedSettings } from './settings';

export interface Rule {
  id: string;
  /** The signals the rule reads (documentation, and what a test of the rule must supply). */
  reads: (keyof Signals)[];
  decide(s: Signals, settings: ResolvedSettings): Decision | undefined;
}

/**
 * The score the model alone must reach for a label: per head (insult: per language, higher when nobody is named or
 * addressed), raised when a group is named, never below the site's threshold.
 */
export function modelBar(s: Signals, st: ResolvedSettings, l: Label): number {
  const head = l !== 'insult' ? st.modelOnlyAt[l] : s.personMention || s.groupMention ? st.modelInsultAt[s.lang] : Math.max(st.modelInsultAt[s.lang], st.modelInsultUnaimedAt[s.lang]);
  return Math.max(head, st.thresholds[l], s.groupMention ? st.modelOnlyGroupAt : 0);
}

const over = (s: Signals, st: ResolvedSettings, l: Label) => (s.scores[l] ?? 0) >= st.thresholds[l];
const lexOver = (s: Signals, st: ResolvedSettings, l: Label) => (s.lexScores[l] ?? 0) >= st.thresholds[l];
/** A label's configured action, or undefined when the site lets it through (so later rules still look). */
const act = (st: ResolvedSettings, l: Label) => (st.actions[l] === 'approve' ? undefined : st.actions[l]);

/** Some lexicon score above 0 (a loop, not Object.values + closure, on the hot path). */
function anyLexScore(s: Signals): boolean {
  for (const l in s.lexScores) if ((s.lexScores[l as Label] ?? 0) > 0) return true;
  return false;
}

/** Some model head at or over its bar. */
function modelReaches(s: Signals, st: ResolvedSettings): boolean {
  for (const l in s.modelScores) if ((s.modelScores[l as Label] ?? 0) >= modelBar(s, st, l as Label)) return true;
  return false;
}

export const RULES: readonly Rule[] = [
  // The site's own banned words: no judgement needed.
  { id: 'banned-word', reads: ['banned'], decide: (s) => (s.banned.length > 0 ? 'reject' : undefined) },
  // Threats and incitement first: a comment that also alleges something is still rejected for the threat.
  { id: 'inflammatory', reads: ['scores'], decide: (s, st) => (over(s, st, 'inflammatory') && lexOver(s, st, 'inflammatory') ? act(st, 'inflammatory') : undefined) },
  { id: 'obscene', reads: ['scores'], decide: (s, st) => (over(s, st, 'obscene') ? act(st, 'obscene') : undefined) },
  // Slurs aimed at a community, religion or country are rejected whatever the insult action says.
  { id: 'group-slur', reads: ['groupSlur', 'scores'], decide: (s, st) => (s.groupSlur && over(s, st, 'insult') ? 'reject' : undefined) },
  // Defamation goes to a human with the allegation highlighted; never rejected by the machine (see settings).
  { id: 'defamation', reads: ['scores'], decide: (s, st) => (over(s, st, 'defamation') ? act(st, 'defamation') : undefined) },
  // A severe insult is rejected; a milder one is held.
  { id: 'insult-severe', reads: ['lexScores'], decide: (s, st) => ((s.lexScores.insult ?? 0) >= st.insultRejectAt && st.actions.insult !== 'approve' ? 'reject' : undefined) },
  { id: 'insult', reads: ['lexScores'], decide: (s, st) => (lexOver(s, st, 'insult') ? act(st, 'insult') : undefined) },
  { id: 'vulgar', reads: ['lexScores'], decide: (s, st) => (lexOver(s, st, 'vulgar') ? act(st, 'vulgar') : undefined) },
  { id: 'suspect-word', reads: ['suspect'], decide: (s) => (s.suspect.length > 0 ? 'review' : undefined) },
  // The model alone (no word in any lexicon) only ever holds a comment for a human; it never rejects.
  // Only when the lexicons found nothing at all: if they saw words and judged them (below the site's threshold, or
  // quoted, negated, reported, or an allow-listed lookalike such as "assassin"), the model, which sees only n-grams,
  // does not overrule that reading.
  {
    id: 'model-only', reads: ['modelScores', 'lexScores', 'discounted', 'allowed', 'groupMention', 'personMention'],
    decide: (s, st) => (s.discounted === 0 && s.allowed === 0 && !anyLexScore(s) && modelReaches(s, st) ? 'review' : undefined),
  },
  { id: 'approve', reads: [], decide: () => 'approve' },
];

export function decide(s: Signals, st: ResolvedSettings, rules: readonly Rule[] = RULES): { decision: Decision; rule: string } {
  for (const r of rules) {
    const d = r.decide(s, st);
    if (d) return { decision: d, rule: r.id };
  }
  return { decision: 'approve', rule: 'approve' };
}
