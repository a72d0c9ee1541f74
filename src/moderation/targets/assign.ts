// Pairs each insult with what it targets: its own slot, the word's inherent target, or the nearest mention.
import type { Target } from '../types';
import type { Hit, Mention, Token } from '../lexicons';

export interface Aim {
  type: Target;
  /** The mention the insult is aimed at, when one was found in the text. */
  mention?: Mention;
}

const WINDOW = 6;

/** Nearest mention in the same sentence; ties go to the one before ("Xs are Y", "these X log"). */
function nearest(hit: Hit, mentions: Mention[], tokens: Token[], accept: (m: Mention) => boolean): Mention | undefined {
  const sentence = tokens[hit.i].sentence;
  let best: Mention | undefined;
  let bestD = Infinity;
  for (const m of mentions) {
    if (!accept(m) || tokens[m.i].sentence !== sentence) continue;
    if (m.i < hit.j && m.j > hit.i) continue;
    const d = m.j <= hit.i ? hit.i - m.j : m.i - hit.j + 0.5;
    if (d < bestD && d <= WINDOW) { best = m; bestD = d; }
  }
  return best;
}

export function aimOf(hit: Hit, mentions: Mention[], tokens: Token[]): Aim {
  const slot = hit.slots[0];
  if (slot) return { type: slot.type, mention: slot };
  const inherent = hit.ce.entry.target as Target | undefined;
  if (inherent && inherent !== 'individual') {
    const m = nearest(hit, mentions, tokens, (x) => x.type === inherent);
    return { type: inherent, ...(m ? { mention: m } : {}) };
  }
  // Groups named near the insult win over pronouns: "these Pakistanis are idiots, you know".
  const group = nearest(hit, mentions, tokens, (m) => m.type !== 'individual');
  const person = nearest(hit, mentions, tokens, (m) => m.type === 'individual');
  if (group && (!person || person.kind === 'you' || person.kind === 'third' || Math.abs(group.i - hit.i) <= Math.abs(person.i - hit.i))) return { type: group.type, mention: group };
  if (person) return { type: 'individual', mention: person };
  return { type: 'individual' };
}
