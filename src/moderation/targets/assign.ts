// Pairs each insult with what it targets: its own slot, the word's inherent target, or the nearest mention.
import type { Target } from '../types';
import type { Hit, Mention, Token } from '../lexicons';

export interface Aim {
  type: Target;
  /** The mention the insult is aimed at, when one was found in the text. */
  mention?: Mention;
}

const WINDOW = 6;
/** Longest mention we expect ("Shri Ram Lal Sharma"): how far before the window a mention may start and still end in it. */
const MAX_MENTION = 4;

/**
 * Nearest mention in the same sentence within WINDOW tokens; ties go to the one before ("Xs are Y", "these X log").
 * Scans token positions near the hit, not every mention, so a comment with thousands of insults stays linear.
 */
export function nearestMention(hit: { i: number; j: number }, at: Map<number, Mention[]>, tokens: Token[], accept: (m: Mention) => boolean, window = WINDOW, type?: Mention['type']): Mention | undefined {
  const sentence = tokens[hit.i].sentence;
  let best: Mention | undefined;
  let bestD = Infinity;
  const from = Math.max(0, hit.i - window - MAX_MENTION);
  const to = Math.min(tokens.length - 1, hit.j + window);
  for (let p = from; p <= to; p++) {
    const list = at.get(p);
    if (!list) continue;
    for (const m of list) {
      if ((type !== undefined && m.type !== type) || !accept(m) || tokens[m.i].sentence !== sentence) continue;
      if (m.i < hit.j && m.j > hit.i) continue;
      const d = m.j <= hit.i ? hit.i - m.j : m.i - hit.j + 0.5;
      if (d < bestD && d <= window) { best = m; bestD = d; }
    }
  }
  return best;
}

// Module-level predicates: no closure per call.
const anyMention = (): boolean => true;
const isGroup = (m: Mention): boolean => m.type !== 'individual';
const isPerson = (m: Mention): boolean => m.type === 'individual';

export function aimOf(hit: Hit, mentions: Map<number, Mention[]>, tokens: Token[]): Aim {
  const slot = hit.slots[0];
  if (slot) return { type: slot.type, mention: slot };
  const inherent = hit.ce.entry.target as Target | undefined;
  if (inherent && inherent !== 'individual') {
    const m = nearestMention(hit, mentions, tokens, anyMention, WINDOW, inherent as Mention['type']);
    return { type: inherent, ...(m ? { mention: m } : {}) };
  }
  // Groups named near the insult win over pronouns: "these Pakistanis are idiots, you know".
  const group = nearestMention(hit, mentions, tokens, isGroup);
  const person = nearestMention(hit, mentions, tokens, isPerson);
  // "the Russian government": the country word only says whose institution it is; the institution is aimed at.
  if (group && person?.kind === 'institution' && group.j === person.i) return { type: 'individual', mention: person };
  if (group && (!person || person.kind === 'you' || person.kind === 'third' || Math.abs(group.i - hit.i) <= Math.abs(person.i - hit.i))) return { type: group.type, mention: group };
  if (person) return { type: 'individual', mention: person };
  return { type: 'individual' };
}
