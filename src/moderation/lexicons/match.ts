// Finds lexicon phrases in a token list: exact, repeat-folded, i/l-ambiguous, masked, phonetic and slot matches.
import type { CEntry, CTok, PhraseIndex } from './compile';
import type { Token } from './tokens';

/** A target mention found in the text: a gazetteer word, a story entity, a titled name, a pronoun of address. */
export interface Mention {
  type: 'individual' | 'community' | 'religion' | 'country';
  /** Token range [i, j). */
  i: number;
  j: number;
  source: string;
  /** 'you' for second-person address, 'third' for he/she/they, 'name' for a guessed capitalised name. */
  kind?: 'you' | 'third' | 'name' | 'entity' | 'title' | 'gazetteer';
}

export interface Hit {
  ce: CEntry;
  /** Token range [i, j). */
  i: number;
  j: number;
  /** Offsets in the normalised text. */
  s: number;
  e: number;
  /** Mentions that filled the phrase's slots. */
  slots: Mention[];
}

export interface MatchEnv {
  tokens: Token[];
  /** Common English words: never matched by romanised-Hindi spelling keys ("cut" is not "chut"). */
  english: Set<string>;
  /** Per token: 1 when an allow-list phrase covers it. */
  blocked: Uint8Array;
  /** Whether a ctx entry (ambiguous Hindi word) may match at token i. */
  ctxOk: (i: number) => boolean;
  /** Mentions by their first token. */
  mentionsAt?: Map<number, Mention[]>;
}

/** '*' runs stand for 1..len+1 hidden letters; other characters must agree. */
export function maskMatches(pattern: string, word: string): boolean {
  let visible = 0;
  for (const ch of pattern) if (ch !== '*') visible++;
  if (visible < 2) return false;
  const go = (p: number, w: number): boolean => {
    if (p === pattern.length) return w === word.length;
    if (pattern[p] !== '*') return w < word.length && pattern[p] === word[w] && go(p + 1, w + 1);
    let run = 0;
    while (p + run < pattern.length && pattern[p + run] === '*') run++;
    for (let k = 1; k <= run + 1 && w + k <= word.length; k++) if (go(p + run, w + k)) return true;
    return false;
  };
  return go(0, 0);
}

function tokMatches(ct: CTok, t: Token, ce: CEntry, env: MatchEnv): boolean {
  if (t.text === ct.text) return true;
  if (t.lvar !== null && t.lvar === ct.text) return true;
  if (t.mask && maskMatches(t.text, ct.text)) return true;
  if (t.collapsed !== null && t.collapsed === ct.collapsed) return true;
  if (ce.phonetic && t.latin && !env.english.has(t.text) && t.key === ct.key) return true;
  return false;
}

function slotFits(slot: string, m: Mention): boolean {
  switch (slot) {
    case '{group}': return m.type !== 'individual';
    case '{person}': return m.type === 'individual' && m.kind !== 'you';
    case '{you}': return m.kind === 'you';
    default: return true;
  }
}

/** Try one entry at token i; returns the hit or undefined. */
function tryAt(ce: CEntry, i: number, env: MatchEnv): Hit | undefined {
  const { tokens } = env;
  if (ce.entry.ctx && !env.ctxOk(i)) return undefined;
  const sentence = tokens[i]?.sentence;
  const slots: Mention[] = [];
  let p = i;
  for (const ct of ce.toks) {
    if (p >= tokens.length || tokens[p].sentence !== sentence) return undefined;
    if (ct.slot === '{any}') { p++; continue; }
    if (ct.slot) {
      const ms = env.mentionsAt?.get(p)?.filter((m) => slotFits(ct.slot!, m));
      if (!ms || ms.length === 0) return undefined;
      const best = ms.reduce((a, b) => (b.j > a.j ? b : a));
      slots.push(best);
      p = best.j;
      continue;
    }
    if (env.blocked[p] || !tokMatches(ct, tokens[p], ce, env)) return undefined;
    p++;
  }
  return { ce, i, j: p, s: tokens[i].s, e: tokens[p - 1].e, slots };
}

function candidates(idx: PhraseIndex, t: Token, env: MatchEnv): Set<CEntry> {
  const out = new Set<CEntry>();
  const add = (list: CEntry[] | undefined) => { if (list) for (const ce of list) out.add(ce); };
  add(idx.exact.get(t.text));
  if (t.collapsed !== null) add(idx.collapsed.get(t.collapsed));
  if (t.lvar !== null) add(idx.exact.get(t.lvar));
  if (t.latin && !env.english.has(t.text)) add(idx.key.get(t.key));
  if (t.mask) for (const ce of idx.masks) if (ce.toks[0].text[0] === t.text[0] && maskMatches(t.text, ce.toks[0].text)) out.add(ce);
  return out;
}

/** All hits of an index over the tokens. Substring entries only fire on tokens nothing else matched. */
export function matchAll(idx: PhraseIndex, env: MatchEnv): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = env;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let found = false;
    if (!env.blocked[i]) {
      for (const ce of candidates(idx, t, env)) {
        const h = tryAt(ce, i, env);
        if (h) { hits.push(h); found = true; }
      }
      if (!found && idx.subs.length > 0 && t.latin) {
        for (const ce of idx.subs) {
          const w = ce.toks[0].text;
          const at = t.text.indexOf(w);
          if (at >= 0 && t.text !== w) { hits.push({ ce, i, j: i + 1, s: t.s + at, e: t.s + at + w.length, slots: [] }); found = true; }
        }
      }
    }
    if (idx.slotFirst.length > 0 && env.mentionsAt?.has(i)) {
      for (const ce of idx.slotFirst) { const h = tryAt(ce, i, env); if (h) hits.push(h); }
    }
  }
  return hits;
}
