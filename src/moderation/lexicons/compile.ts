// Compiles parsed entries once into hash indexes over normalised tokens, so matching never builds a regex per call.
import { normalise, phoneticKey as keyOf } from '../normalise';
import { collapseDoubles, tokenise } from './tokens';
import { SLOTS, type LexiconEntry, type Slot } from './parse';

export interface CTok { slot?: Slot; text: string; collapsed: string; key: string }

export interface CEntry {
  entry: LexiconEntry;
  toks: CTok[];
  /** Romanised-Hindi entries match by phonetic key. */
  phonetic: boolean;
  /** Scratch mark used by the matcher to skip duplicates without allocating a Set per token. */
  stamp: number;
}

/** Index keys of phrases join their first two words, so "is" alone does not try every "is a fraud" variant. */
export const PAIR = '\u0001';

/** Categories that carry abuse (maskable, inflectable, may use repeat folding). */
export const ABUSE_CATEGORIES = new Set(['vulgar', 'obscene', 'insult', 'slur', 'banned', 'suspect']);

export interface PhraseIndex {
  exact: Map<string, CEntry[]>;
  collapsed: Map<string, CEntry[]>;
  key: Map<string, CEntry[]>;
  /** Single-word abuse entries a masked token ("f**k") is compared with. */
  masks: CEntry[];
  /** Entries allowed to match inside longer words. */
  subs: CEntry[];
  /** Entries whose first element is a slot ("{group} should be shot"), by the word after the slot (text and key). */
  slotFirst: Map<string, CEntry[]>;
  /** Whether some entry has a slot as its second element. */
  slotSecond: boolean;
  /** First words (all lookup forms) of phrases with two or more elements: only these need a pair lookup. */
  heads: Set<string>;
}

const VERB_SUFFIXES = ['s', 'es', 'ed', 'ing', 'in', 'er', 'ers', 'y'];

/**
 * English inflections of a single abusive word. Nouns get plurals only ("rat" → "rats", never "rates"); words
 * flagged `verb` also get -ed, -ing, -er ("fuck" → "fucking", "fucker"). The allow-list removes innocent forms.
 */
function inflect(word: string, verb: boolean): string[] {
  const out = [word];
  if (verb) {
    out.push(...VERB_SUFFIXES.map((s) => word + s));
    if (/[^aeiou][aeiou][bdgkmnprt]$/.test(word)) { const d = word + word[word.length - 1]; out.push(d + 'ed', d + 'ing', d + 'er', d + 'ers', d + 'y'); }
    if (word.endsWith('e')) out.push(word + 'd', word + 'r', word + 'rs');
  } else {
    out.push(/(s|sh|ch|x|z)$/.test(word) ? word + 'es' : word + 's');
  }
  if (word.endsWith('y')) out.push(word.slice(0, -1) + 'ies');
  return out;
}

const normCache = new Map<string, string[]>();

/** A lexicon word as the matcher will see it in text (the same normaliser); memoised, words repeat across variants. */
/**
 * Hindi plural and oblique forms of a single abusive word: कमीना → कमीने, कमीनों; कटुआ → कटुए, कटुओं;
 * चमचा → चमचे; हरामखोर → हरामखोरों; नेता-like -ी words → -ियों.
 */
function inflectHindi(word: string): string[] {
  const out = [word];
  const stem = word.slice(0, -1);
  const last = word[word.length - 1];
  if (last === '\u093e') out.push(stem + '\u0947', stem + '\u094b\u0902', stem + '\u094b');
  else if (last === '\u0906') out.push(stem + '\u090f', stem + '\u0913\u0902');
  else if (last === '\u0940') out.push(stem + '\u093f\u092f\u094b\u0902', stem + '\u093f\u092f\u093e\u0902');
  else if (/[\u0915-\u0939]$/.test(word)) out.push(word + '\u094b\u0902', word + '\u0947\u0902');
  return out;
}

function normTokens(word: string): string[] {
  let out = normCache.get(word);
  if (!out) {
    out = tokenise(normalise(word), word).map((t) => t.text);
    if (normCache.size < 100_000) normCache.set(word, out);
  }
  return out;
}

function push(map: Map<string, CEntry[]>, k: string, ce: CEntry): void {
  const list = map.get(k);
  if (list) { if (!list.includes(ce)) list.push(ce); } else map.set(k, [ce]);
}

function compileOne(entry: LexiconEntry, words: string[]): CEntry {
  const phonetic = entry.lang === 'hinglish';
  const toks: CTok[] = [];
  for (const w of words) {
    if ((SLOTS as readonly string[]).includes(w)) { toks.push({ slot: w as Slot, text: w, collapsed: w, key: w }); continue; }
    for (const t of normTokens(w)) {
      const k = /^[a-z0-9]+$/.test(t) ? collapseDoubles(keyOf(t)) : t;
      toks.push({ text: t, collapsed: collapseDoubles(t), key: k });
    }
  }
  return { entry, toks, phonetic, stamp: 0 };
}

export function emptyIndex(): PhraseIndex {
  return { exact: new Map(), collapsed: new Map(), key: new Map(), masks: [], subs: [], slotFirst: new Map(), slotSecond: false, heads: new Set() };
}

export function compilePhrases(entries: LexiconEntry[], allowWords: Set<string>): PhraseIndex {
  const idx = emptyIndex();
  for (const entry of entries) {
    const abuse = ABUSE_CATEGORIES.has(entry.category);
    const single = entry.tokens.length === 1 && !entry.tokens[0].startsWith('{');
    const forms = !abuse || !single || entry.noinfl ? [null]
      : entry.lang === 'en' ? inflect(entry.tokens[0], !!entry.verb).filter((f) => !allowWords.has(f))
        : entry.lang === 'hi' ? inflectHindi(entry.tokens[0])
          : [null];
    for (const form of forms) {
      const ce = compileOne(entry, form === null ? entry.tokens : [form]);
      if (ce.toks.length === 0) continue;
      const first = ce.toks[0];
      if (first.slot) {
        const next = ce.toks[1];
        if (next && !next.slot) { push(idx.slotFirst, next.text, ce); if (ce.phonetic) push(idx.slotFirst, PAIR + next.key, ce); }
        continue;
      }
      const second = ce.toks[1];
      if (second?.slot) idx.slotSecond = true;
      if (second) { idx.heads.add(first.text); idx.heads.add(first.collapsed); idx.heads.add(first.key); }
      const pair = (a: string, b: string | undefined) => (b === undefined ? a : a + PAIR + b);
      push(idx.exact, pair(first.text, second?.text), ce);
      if (abuse) push(idx.collapsed, pair(first.collapsed, second?.collapsed), ce);
      if (ce.phonetic) push(idx.key, pair(first.key, second?.key), ce);
      if (abuse && ce.toks.length === 1 && first.text.length >= 3) idx.masks.push(ce);
      if (entry.sub && ce.toks.length === 1 && (form === null || form === entry.tokens[0])) idx.subs.push(ce);
    }
  }
  return idx;
}
