// createEngine(): lexicons (+ optional classifier) → a Moderator whose verdicts carry spans in the original text.
import { normalise, phoneticKey, romanise, toOriginalSpan, type Normalised } from './normalise';
import { compileLexicons, matchAll, matchRomanised, tokenise, ABUSE_CATEGORIES, type CompiledLexicons, type Hit, type LexiconFiles, type MatchEnv, type PhraseIndex, type Token } from './lexicons';
import { detectLang, type TokenLang } from './lang/detect';
import { findMentions, mentionsByStart } from './targets/mentions';
import { analyse, cuesOf } from './analyse';
import { decide, modelBar, resolveSettings, POLICY_VERSION } from './policy';
import { modelLabelScores, type Evidence, type Signals } from './signals';
import { lexFeatures } from './lexfeatures';
import { PhraseCache } from './words';
import { warmUp } from './warmup';
import { LABELS, type Label, type ModerationContext, type Moderator, type Span, type Target, type Verdict } from './types';
import type { Classifier } from './classifier/types';

export interface EngineData {
  /** Lexicon files: path under lexicons/ → text. */
  lexicons: LexiconFiles;
  classifier?: Classifier;
  policyVersion?: string;
  /** Run the built-in warm-up comments once at creation (default true; see warmup.ts). Verdicts never depend on it. */
  warmUp?: boolean;
}

export interface Engine extends Moderator {
  /** Everything the policy saw, for explanations, tests and the functional suite. */
  signals(text: string, context?: ModerationContext): Signals;
  readonly lexicons: CompiledLexicons;
}

const EVIDENCE_CATEGORIES = new Set([...ABUSE_CATEGORIES, 'threat', 'allegation']);

/** Per token: 1 where a ctx entry (an ambiguous Hindi word) may match — anywhere in a Hindi comment, else within 4 tokens of a Hindi one. */
function ctxWindow(hindiContext: boolean, perToken: TokenLang[]): Uint8Array {
  const n = perToken.length;
  const out = new Uint8Array(n);
  if (hindiContext) { out.fill(1); return out; }
  for (let k = 0; k < n; k++) {
    if (perToken[k] !== 'hinglish' && perToken[k] !== 'hi') continue;
    for (let i = Math.max(0, k - 4); i <= k + 4 && i < n; i++) out[i] = 1;
  }
  return out;
}

/** Per token: 1 where a Latin word is not common English, so romanised-Hindi keys may match it (once per text, for all indexes). */
function phoneticTokens(tokens: Token[], english: Set<string>): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) if (tokens[k].latin && !english.has(tokens[k].text)) out[k] = 1;
  return out;
}

/** A Devanagari word's romanised-Hindi spelling key (for names given in Latin letters). */
function devanagariKey(t: Token): string {
  return phoneticKey(romanise(t.text));
}

/** A site's banned or suspect words: matched everywhere (the allow-list does not apply). */
function listHits(idx: PhraseIndex | undefined, env: MatchEnv): Evidence[] {
  if (!idx) return [];
  const hits = matchAll(idx, { tokens: env.tokens, english: env.english, blocked: new Uint8Array(env.tokens.length), ctxAt: env.ctxAt, phonetic: env.phonetic });
  const out: Evidence[] = [];
  for (const h of hits) out.push({ label: 'vulgar', s: h.s, e: h.e, score: 1, source: `site: ${h.ce.entry.source}` });
  return out;
}

/** A span in the original text, once per (start, end, label, target); empty spans are dropped. */
function addSpan(spans: Span[], seen: Set<string>, norm: Normalised, text: string, s: number, e: number, label: Label, target: Target | undefined, source: string): void {
  const o = toOriginalSpan(norm, text, s, e);
  const key = `${o.start}:${o.end}:${label}:${target ?? ''}`;
  if (o.end <= o.start || seen.has(key)) return;
  seen.add(key);
  spans.push({ start: o.start, end: o.end, label, ...(target ? { target } : {}), source });
}

/** A mention of one person or an addressee: not an institution, not the readers at large. */
const isPersonMention = (m: { type: Target; kind?: string }): boolean => m.type === 'individual' && m.kind !== 'institution' && m.kind !== 'plural';

const isAimless = (ev: { aimless?: boolean }): boolean => ev.aimless === true;

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

export function createEngine(data: EngineData): Engine {
  const lex = compileLexicons(data.lexicons);
  const { classifier } = data;
  const policyVersion = data.policyVersion ?? POLICY_VERSION;
  const modelVersion = classifier?.version ?? 'lexicons-only';
  const entities = new PhraseCache('hinglish', 'entity');
  const bannedWords = new PhraseCache('en', 'banned');
  const suspectWords = new PhraseCache('en', 'suspect');

  function signalsOf(text: string, context: ModerationContext | undefined, norm = normalise(text)): Signals {
    const tokens = tokenise(norm, text);
    const info = detectLang(tokens, lex.english, lex.hinglish);
    const blocked = new Uint8Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) if (lex.allowWords.has(tokens[k].text)) blocked[k] = 1;
    const env: MatchEnv = { tokens, english: lex.english, blocked, ctxAt: ctxWindow(info.lang !== 'en', info.perToken), phonetic: phoneticTokens(tokens, lex.english) };
    for (const h of matchAll(lex.allowPhrases, env)) for (let k = h.i; k < h.j; k++) blocked[k] = 1;
    const hits: Hit[] = matchAll(lex.plain, env);
    const entityIdx = entities.get(context?.storyEntities);
    if (entityIdx) {
      hits.push(...matchAll(entityIdx, env));
      // The story names its people in Latin letters; a Hindi comment writes them in Devanagari.
      if (info.lang !== 'en') hits.push(...matchRomanised(entityIdx, tokens, devanagariKey));
    }
    const abusive = new Uint8Array(tokens.length);
    for (const h of hits) if (EVIDENCE_CATEGORIES.has(h.ce.entry.category)) for (let k = h.i; k < h.j; k++) abusive[k] = 1;
    const mentions = findMentions({ tokens, hits, english: lex.english, hinglish: lex.hinglish, abusive });
    env.mentionsAt = mentionsByStart(mentions);
    hits.push(...matchAll(lex.slotted, env));
    const { evidence, groupSlur, discounted } = analyse(hits, env.mentionsAt, tokens, cuesOf(hits, tokens));

    const banned = listHits(bannedWords.get(context?.settings?.bannedWords), env);
    const suspect = listHits(suspectWords.get(context?.settings?.suspectWords), env);

    const lexScores: Partial<Record<Label, number>> = {};
    for (const ev of evidence) lexScores[ev.label] = Math.max(lexScores[ev.label] ?? 0, ev.score);
    let allowed = 0;
    for (let k = 0; k < tokens.length; k++) if (blocked[k]) allowed++;
    let groupMention = false;
    for (let k = 0; k < mentions.length; k++) if (mentions[k].type !== 'individual') { groupMention = true; break; }
    let personMention = false;
    for (let k = 0; k < mentions.length; k++) if (isPersonMention(mentions[k])) { personMention = true; break; }
    // The model sees the n-grams and what the lexicons found (lexfeatures.ts); a model trained without them ignores them.
    const model = classifier?.predict(norm.text, lexFeatures({ lexScores, groupSlur, discounted, allowed, groupMention, evidence }));
    const modelScores = modelLabelScores(model);
    const scores: Partial<Record<Label, number>> = {};
    for (const l of LABELS) {
      const v = Math.max(lexScores[l] ?? 0, modelScores[l] ?? 0);
      if (v > 0) scores[l] = Math.round(v * 1000) / 1000;
    }
    return { lang: info.lang, lexScores, modelScores, scores, evidence, banned, suspect, groupSlur, discounted, allowed, groupMention, personMention, ...(model ? { model } : {}) };
  }

  function check(text: string, context?: ModerationContext): Verdict {
    const norm = normalise(text);
    const sig = signalsOf(text, context, norm);
    const settings = resolveSettings(context?.settings);
    const { decision, rule } = decide(sig, settings);
    // A label needs lexicon evidence over its threshold, or a model score high enough to hold the comment on its own
    // under the model-only rule's own conditions: when the lexicons judged words quoted, negated or reported, or saw an
    // allow-listed lookalike, that rule stands down, and so does the model's label (even if another rule holds the
    // comment for something else); an approved comment shows no model label.
    const labels: Label[] = [];
    // When a lexicon rule decided, its evidence is the explanation: the model's other labels are not added to it (issue 11).
    const modelCounts = decision !== 'approve' && sig.discounted === 0 && sig.allowed === 0 && rule === 'model-only';
    for (const l of LABELS) if ((sig.lexScores[l] ?? 0) >= settings.thresholds[l] || (modelCounts && (sig.modelScores[l] ?? 0) >= modelBar(sig, settings, l))) labels.push(l);
    const targets = new Set<Target>();
    const spans: Span[] = [];
    const seen = new Set<string>();
    for (const ev of sig.banned) addSpan(spans, seen, norm, text, ev.s, ev.e, ev.label, undefined, ev.source);
    for (const ev of sig.suspect) addSpan(spans, seen, norm, text, ev.s, ev.e, ev.label, undefined, ev.source);
    for (const ev of sig.evidence) {
      if (!labels.includes(ev.label) || ev.score < settings.thresholds[ev.label]) continue;
      if (ev.target && (ev.label === 'insult' || ev.label === 'inflammatory')) targets.add(ev.target);
      addSpan(spans, seen, norm, text, ev.s, ev.e, ev.label, ev.target, ev.source);
      if (ev.targetAt) addSpan(spans, seen, norm, text, ev.targetAt[0], ev.targetAt[1], ev.label, ev.target, 'target');
    }
    // Model-only insult: take the target head's word when no lexicon target exists; "individual" only when the text
    // names a person or addresses someone (issue 11: "बातचीत जारी रहनी चाहिए।" was given target individual with
    // nobody in the sentence).
    if (labels.includes('insult') && targets.size === 0 && sig.model && !sig.evidence.some(isAimless)) {
      const m = sig.model;
      if ((m.targetGroup ?? 0) > Math.max(m.targetIndividual ?? 0, m.targetOther ?? 0)) targets.add('community');
      else if ((m.targetIndividual ?? 0) > 0.5 && sig.personMention) targets.add('individual');
    }
    if (spans.length > 1) spans.sort(bySpan);
    return { decision, labels, targets: [...targets], scores: sig.scores, spans, rule, modelVersion, policyVersion, lang: sig.lang };
  }

  if (data.warmUp !== false) warmUp(check);
  return { modelVersion, check, signals: (t, c) => signalsOf(t, c), lexicons: lex };
}
