// Turns lexicon hits into evidence: discounts quoted, negated, reported and opinion uses; pairs insults with targets.
import { aimOf, nearestMention } from './targets/assign';
import { CATEGORY_LABEL, DEFAULT_WEIGHT, type Evidence } from './signals';
import type { Hit, Mention, Token } from './lexicons';

export interface Cues {
  /** Sentences that condemn or rebut ("is wrong", "stop calling", "galat hai"). */
  counter: Set<number>;
  /** Sentences that report speech ("called him", "said that", "words like"). */
  report: Set<number>;
  /** Sentences framed as opinion or doubt ("I think", "maybe", "lagta hai"). */
  opinion: Set<number>;
  /** Token indexes of negations ("not", "never", "nahi", "मत"). */
  negation: Set<number>;
  /**
   * Those matched only by a Hindi or Hinglish entry (in any spelling the phonetic key accepts: "nahi", "nahii", "नहीं"):
   * a Hindi negation follows what it negates and comes right before its verb.
   */
  hindiNegation: Set<number>;
  /** Token indexes of things that are criticised rather than people ("argument", "decision", "नीति", "faisla"). */
  thing: Set<number>;
}

export function cuesOf(hits: Hit[], tokens: Token[]): Cues {
  const c: Cues = { counter: new Set(), report: new Set(), opinion: new Set(), negation: new Set(), hindiNegation: new Set(), thing: new Set() };
  const english = new Set<number>();
  for (const h of hits) {
    const sentence = tokens[h.i].sentence;
    switch (h.ce.entry.category) {
      case 'counter': c.counter.add(sentence); break;
      case 'report': c.report.add(sentence); break;
      case 'opinion': c.opinion.add(sentence); break;
      case 'thing': for (let k = h.i; k < h.j; k++) c.thing.add(k); break;
      case 'negation': {
        const hindi = h.ce.entry.lang === 'hi' || h.ce.entry.lang === 'hinglish';
        for (let k = h.i; k < h.j; k++) { c.negation.add(k); (hindi ? c.hindiNegation : english).add(k); }
        break;
      }
    }
  }
  // A word both lists know (an English and a Hinglish "na") keeps the English reading.
  for (const k of english) c.hindiNegation.delete(k);
  return c;
}

/**
 * Negation just before the phrase ("not an idiot", "never said kill") or right after it in Hindi ("बेवकूफ नहीं है",
 * "pagal nahi hai", "maro mat"), within the phrase's sentence. A Hindi negation counts before the phrase only right next
 * to it: Hindi puts it before its verb, which follows the object, so in "कुछ नहीं होगा इन सुअरों का" it negates "होगा",
 * not the insult.
 */
function negated(h: Hit, cues: Cues, tokens: Token[]): boolean {
  const sentence = tokens[h.i].sentence;
  for (let k = Math.max(0, h.i - 3); k < h.i; k++) {
    if (!cues.negation.has(k) || tokens[k].sentence !== sentence) continue;
    if (k < h.i - 1 && cues.hindiNegation.has(k)) continue;
    return true;
  }
  const after = h.j;
  if (after < tokens.length && cues.hindiNegation.has(after) && tokens[after].sentence === sentence) return true;
  return false;
}

function discounted(h: Hit, cues: Cues, tokens: Token[]): boolean {
  const cat = h.ce.entry.category;
  const sentence = tokens[h.i].sentence;
  // Profanity stays profanity when quoted; the other labels are about meaning, which quoting to condemn reverses.
  if (cat === 'vulgar' || cat === 'obscene') return false;
  if (negated(h, cues, tokens)) return true;
  if (cues.counter.has(sentence) && (tokens[h.i].quoted || cues.report.has(sentence))) return true;
  // Quoted words someone else said or wrote ("'X are vermin', the banner read") are reported, not said here.
  if (tokens[h.i].quoted && cues.report.has(sentence)) return true;
  // An allegation attributed to a report, a charge sheet or an accuser ("was accused of", "the report says") is news.
  if (cat === 'allegation' && (cues.opinion.has(sentence) || cues.report.has(sentence))) return true;
  return false;
}

/**
 * A mild insult word (an adjective, weight < 0.75; not a person-noun such as "idiot") about a thing, not a person: "the minister's argument is idiotic", "a stupid decision",
 * "सरकार की यह नीति बेवकूफी भरी है". The thing noun sits just before the word (its subject) or right after it.
 */
function aboutThing(h: Hit, cues: Cues, tokens: Token[]): boolean {
  if (cues.thing.size === 0) return false;
  const sentence = tokens[h.i].sentence;
  if (h.j < tokens.length && cues.thing.has(h.j) && tokens[h.j].sentence === sentence) return true;
  for (let k = Math.max(0, h.i - 4); k < h.i; k++) if (cues.thing.has(k) && tokens[k].sentence === sentence) return true;
  return false;
}

const notYou = (m: Mention): boolean => m.kind !== 'you';

/** An allegation needs someone identifiable in its sentence (looked for up to 30 words either side) to be defamation. */
function identifiable(h: Hit, mentions: Map<number, Mention[]>, tokens: Token[]): Mention | undefined {
  return nearestMention(h, mentions, tokens, notYou, 30);
}

export interface Analysis { evidence: Evidence[]; groupSlur: boolean; discounted: number }

/** A mention's normalised [s, e). */
function spanOf(m: Mention | undefined, tokens: Token[]): [number, number] | undefined {
  return m ? [tokens[m.i].s, tokens[m.j - 1].e] : undefined;
}

export function analyse(hits: Hit[], mentions: Map<number, Mention[]>, tokens: Token[], cues: Cues): Analysis {
  const evidence: Evidence[] = [];
  let groupSlur = false;
  let dropped = 0;
  for (const h of hits) {
    const cat = h.ce.entry.category;
    const label = CATEGORY_LABEL[cat];
    if (!label) continue;
    if (discounted(h, cues, tokens)) { dropped++; continue; }
    let score = h.ce.entry.weight ?? DEFAULT_WEIGHT[cat];
    const ev: Evidence = { label, s: h.s, e: h.e, score, source: `${h.ce.entry.lang}/${cat}: ${h.ce.entry.source}` };
    if (cat === 'insult' || cat === 'slur' || cat === 'threat') {
      if (cat === 'insult' && score < 0.75 && h.slots.length === 0 && aboutThing(h, cues, tokens)) { dropped++; continue; }
      const aim = aimOf(h, mentions, tokens);
      const kind = aim.mention?.kind;
      if (kind === 'institution' || kind === 'plural') {
        // Criticism of a government or ministry is not abuse; a strong insult or a threat still counts, with no
        // target: an institution is not an individual, and "you all" is not one person.
        if (cat === 'insult' && kind === 'institution' && score < 0.9) { dropped++; continue; }
        ev.score = score;
        ev.aimless = true;
        evidence.push(ev);
        continue;
      }
      // Mild words ("stupid", "pagal") are criticism of things unless a person or group is in sight.
      if (cat === 'insult' && score < 0.7 && !aim.mention && h.slots.length === 0) { dropped++; continue; }
      if (cat !== 'threat' || aim.mention || h.slots.length > 0) {
        ev.target = aim.type;
        const span = spanOf(aim.mention, tokens);
        if (span) ev.targetAt = span;
      }
      if (aim.type !== 'individual' && cat !== 'threat') {
        // Demeaning a whole group is graver than insulting one person: it moves towards reject.
        score = Math.min(1, score + 0.15);
        if (cat === 'slur' || score >= 0.9) groupSlur = true;
      }
    } else if (cat === 'allegation') {
      const who = identifiable(h, mentions, tokens);
      if (!who) score = Math.min(score, 0.5);
      else { ev.target = who.type; const span = spanOf(who, tokens); if (span) ev.targetAt = span; }
    }
    ev.score = score;
    evidence.push(ev);
  }
  return { evidence, groupSlur, discounted: dropped };
}
