// Finds lexicon phrases in a token list: exact, repeat-folded, i/l-ambiguous, masked, phonetic and slot matches.
import { PAIR, type CEntry, type CTok, type PhraseIndex } from './compile';
import type { Token } from './tokens';

/** A target mention found in the text: a gazetteer word, a story entity, a titled name, a pronoun of address. */
export interface Mention {
  type: 'individual' | 'community' | 'religion' | 'country';
  /** Token range [i, j). */
  i: number;
  j: number;
  source: string;
  /** 'you' for second-person address, 'third' for he/she/they, 'name' for a guessed capitalised name. */
  kind?: 'you' | 'third' | 'name' | 'entity' | 'title' | 'gazetteer' | 'institution' | 'plural';
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
  /** Whether a ctx entry (ambiguous Hindi word) may match at token i (used when `ctxAt` is absent). */
  ctxOk?: (i: number) => boolean;
  /** Per token: 1 where a ctx entry may match (the engine computes it once per text; takes precedence over `ctxOk`). */
  ctxAt?: Uint8Array;
  /** Per token: 1 where romanised-Hindi keys may match (a Latin word not in `english`); computed from the tokens when absent. */
  phonetic?: Uint8Array;
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
  if (ce.entry.ctx && !(env.ctxAt ? env.ctxAt[i] === 1 : env.ctxOk ? env.ctxOk(i) : true)) return undefined;
  const sentence = tokens[i]?.sentence;
  const slots: Mention[] = [];
  let p = i;
  for (const ct of ce.toks) {
    if (p >= tokens.length || tokens[p].sentence !== sentence) return undefined;
    if (ct.slot === '{any}') { p++; continue; }
    if (ct.slot) {
      let best: Mention | undefined;
      const ms = env.mentionsAt?.get(p);
      if (ms) for (const m of ms) if (slotFits(ct.slot, m) && (!best || m.j > best.j)) best = m;
      if (!best) return undefined;
      slots.push(best);
      p = best.j;
      continue;
    }
    if (env.blocked[p] || !tokMatches(ct, tokens[p], ce, env)) return undefined;
    p++;
  }
  return { ce, i, j: p, s: tokens[i].s, e: tokens[p - 1].e, slots };
}

let stampCounter = 0;
const SLOT_NAMES = ['{group}', '{person}', '{target}', '{you}'];

/** Appends the entries not yet stamped to out from position n; returns the new count (out is reused, never truncated). */
function addAll(out: CEntry[], n: number, list: CEntry[] | undefined, stamp: number): number {
  if (!list) return n;
  for (let k = 0; k < list.length; k++) {
    const ce = list[k];
    if (ce.stamp !== stamp) { ce.stamp = stamp; out[n++] = ce; }
  }
  return n;
}

// Per token list: 1 where a Latin word is not common English, so romanised-Hindi keys may match it. Computed once per
// text rather than once per index and token (the engine matches the same tokens against four indexes).
const phoneticCache = new WeakMap<Token[], Uint8Array>();

function phoneticFlags(env: MatchEnv): Uint8Array {
  if (env.phonetic) return env.phonetic;
  let f = phoneticCache.get(env.tokens);
  if (f) return f;
  f = new Uint8Array(env.tokens.length);
  for (let k = 0; k < f.length; k++) f[k] = env.tokens[k].latin && !env.english.has(env.tokens[k].text) ? 1 : 0;
  phoneticCache.set(env.tokens, f);
  return f;
}

/** Entries that may start at token i: looked up by the token alone and by the token with its neighbour. */
function candidates(idx: PhraseIndex, i: number, env: MatchEnv, out: CEntry[], phon: Uint8Array): number {
  const t = env.tokens[i];
  const stamp = ++stampCounter;
  const phoneticOk = phon[i] === 1;
  let n = 0;
  n = addAll(out, n, idx.exact.get(t.text), stamp);
  if (t.collapsed !== null) n = addAll(out, n, idx.collapsed.get(t.collapsed), stamp);
  if (t.lvar !== null) n = addAll(out, n, idx.exact.get(t.lvar), stamp);
  if (phoneticOk) n = addAll(out, n, idx.key.get(t.key), stamp);
  if (t.mask) for (const ce of idx.masks) if (ce.stamp !== stamp && ce.toks[0].text[0] === t.text[0] && maskMatches(t.text, ce.toks[0].text)) { ce.stamp = stamp; out[n++] = ce; }
  const { heads } = idx;
  const head = heads.has(t.text) || (t.lvar !== null && heads.has(t.lvar)) || (t.collapsed !== null && heads.has(t.collapsed)) || (phoneticOk && heads.has(t.key));
  if (!head) return n;
  const u = env.tokens[i + 1];
  if (u !== undefined && u.sentence === t.sentence) {
    n = addAll(out, n, idx.exact.get(t.text + PAIR + u.text), stamp);
    if (t.lvar !== null || u.lvar !== null) n = addAll(out, n, idx.exact.get((t.lvar ?? t.text) + PAIR + (u.lvar ?? u.text)), stamp);
    if (t.collapsed !== null || u.collapsed !== null) n = addAll(out, n, idx.collapsed.get((t.collapsed ?? t.text) + PAIR + (u.collapsed ?? u.text)), stamp);
    if (phoneticOk) n = addAll(out, n, idx.key.get(t.key + PAIR + u.key), stamp);
  }
  if (idx.slotSecond) {
    n = addAll(out, n, idx.exact.get(t.text + PAIR + '{any}'), stamp);
    if (phoneticOk) n = addAll(out, n, idx.key.get(t.key + PAIR + '{any}'), stamp);
    // Other slots after the first word can only be filled by a mention starting at the next token.
    if (env.mentionsAt?.has(i + 1)) for (const slot of SLOT_NAMES) {
      n = addAll(out, n, idx.exact.get(t.text + PAIR + slot), stamp);
      if (phoneticOk) n = addAll(out, n, idx.key.get(t.key + PAIR + slot), stamp);
    }
  }
  return n;
}

/** Whether hits[from..] already holds a hit of h's entry ending where h ends (a plain loop: no closure per candidate). */
function sameHit(hits: Hit[], from: number, h: Hit): boolean {
  for (let k = from; k < hits.length; k++) if (hits[k].ce.entry === h.ce.entry && hits[k].j === h.j) return true;
  return false;
}

/** All hits of an index over the tokens. Substring entries only fire on tokens nothing else matched. */
export function matchAll(idx: PhraseIndex, env: MatchEnv): Hit[] {
  const hits: Hit[] = [];
  const cands: CEntry[] = [];
  const { tokens } = env;
  const phon = phoneticFlags(env);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let found = false;
    if (!env.blocked[i]) {
      const nc = candidates(idx, i, env, cands, phon);
      const before = hits.length;
      for (let c = 0; c < nc; c++) {
        const ce = cands[c];
        const h = tryAt(ce, i, env);
        // Inflected forms share their entry: "asss" and "ass" both match "asss" once.
        if (h && !sameHit(hits, before, h)) { hits.push(h); found = true; }
      }
      if (!found && idx.subs.length > 0 && t.latin) {
        for (const ce of idx.subs) {
          const w = ce.toks[0].text;
          const at = t.text.indexOf(w);
          if (at >= 0 && t.text !== w) { hits.push({ ce, i, j: i + 1, s: t.s + at, e: t.s + at + w.length, slots: [] }); found = true; }
        }
      }
    }
    const ms = idx.slotFirst.size > 0 ? env.mentionsAt?.get(i) : undefined;
    if (ms) {
      let nc = 0;
      const stamp = ++stampCounter;
      for (const m of ms) {
        const u = tokens[m.j];
        if (u === undefined) continue;
        nc = addAll(cands, nc, idx.slotFirst.get(u.text), stamp);
        if (u.latin) nc = addAll(cands, nc, idx.slotFirst.get(PAIR + u.key), stamp);
      }
      for (let c = 0; c < nc; c++) { const h = tryAt(cands[c], i, env); if (h) hits.push(h); }
    }
  }
  return hits;
}

const MIN_ROMANISED_KEY = 4;

/**
 * Names given in Latin letters (story entities: "Putin", "Dmitry Peskov") found where a reader wrote them in Devanagari
 * (पुतिन, दिमित्री पेसकोव): each Devanagari token is romanised and compared by phonetic key (`keyOf`). Only for indexes of
 * names, never for the abuse lexicons, which have their own Devanagari entries. One- and two-word names.
 */
export function matchRomanised(idx: PhraseIndex, tokens: Token[], keyOf: (t: Token) => string): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.deva) continue;
    const k = keyOf(t);
    // Short keys meet everyday Hindi words (मान/मन "man" would be the entity Mann, दस "das" Das): a one-word name must
    // have a key of four letters or more; a two-word name is specific enough as a pair.
    const one = k.length >= MIN_ROMANISED_KEY ? idx.key.get(k) : undefined;
    if (one) for (const ce of one) if (ce.toks.length === 1) hits.push({ ce, i, j: i + 1, s: t.s, e: t.e, slots: [] });
    const u = tokens[i + 1];
    if (u !== undefined && u.deva && u.sentence === t.sentence) {
      const ku = keyOf(u);
      const two = idx.key.get(k + PAIR + ku);
      let found = false;
      if (two) for (const ce of two) if (ce.toks.length === 2) { hits.push({ ce, i, j: i + 2, s: t.s, e: u.e, slots: [] }); found = true; }
      // Romanised Hindi spells vowels loosely (चौधरी "chaudhree" for Chaudhary, राठौर for Rathore, नायर for Nair):
      // a pair of words whose consonants agree with two consecutive words of a name is that name.
      if (!found) {
        const sk = skeletonsOf(idx).get(skeleton(k) + PAIR + skeleton(ku));
        if (sk) hits.push({ ce: sk, i, j: i + 2, s: t.s, e: u.e, slots: [] });
      }
    }
  }
  return hits;
}

const skeleton = (key: string): string => key.replace(/[aeiouy]/g, '');
const SKELETONS = new WeakMap<PhraseIndex, Map<string, CEntry>>();

/** Consonant skeletons of every two consecutive words of the index's multi-word names (built once per index). */
function skeletonsOf(idx: PhraseIndex): Map<string, CEntry> {
  let m = SKELETONS.get(idx);
  if (m) return m;
  m = new Map();
  for (const list of idx.key.values()) {
    for (const ce of list) {
      for (let k = 0; k + 1 < ce.toks.length; k++) {
        const a = skeleton(ce.toks[k].key);
        const b = skeleton(ce.toks[k + 1].key);
        if (a.length + b.length >= 4 && a.length >= 1 && b.length >= 1) { const key = a + PAIR + b; if (!m.has(key)) m.set(key, ce); }
      }
    }
  }
  SKELETONS.set(idx, m);
  return m;
}
