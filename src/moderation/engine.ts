// createEngine(): lexicons (+ optional classifier) → a Moderator whose verdicts carry spans in the original text.
import { normalise, toOriginalSpan } from './normalise';
import { compileLexicons, matchAll, tokenise, ABUSE_CATEGORIES, type CompiledLexicons, type Hit, type LexiconFiles, type MatchEnv } from './lexicons';
import { detectLang } from './lang/detect';
import { findMentions, mentionsByStart } from './targets/mentions';
import { analyse, cuesOf } from './analyse';
import { decide, modelBar, resolveSettings, POLICY_VERSION } from './policy';
import { modelLabelScores, type Evidence, type Signals } from './signals';
import { PhraseCache } from './words';
import { LABELS, type Label, type ModerationContext, type Moderator, type Span, type Target, type Verdict } from './types';
import type { Classifier } from './classifier/types';

export interface EngineData {
  /** Lexicon files: path under lexicons/ → text. */
  lexicons: LexiconFiles;
  classifier?: Classifier;
  policyVersion?: string;
}

export interface Engine extends Moderator {
  /** Everything the policy saw, for explanations, tests and the functional suite. */
  signals(text: string, context?: ModerationContext): Signals;
  readonly lexicons: CompiledLexicons;
}

const EVIDENCE_CATEGORIES = new Set([...ABUSE_CATEGORIES, 'threat', 'allegation']);

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
    const hindiContext = info.lang !== 'en';
    const env: MatchEnv = {
      tokens, english: lex.english, blocked,
      ctxOk: (i) => hindiContext || info.perToken.slice(Math.max(0, i - 4), i + 5).some((l) => l === 'hinglish' || l === 'hi'),
    };
    for (const h of matchAll(lex.allowPhrases, env)) for (let k = h.i; k < h.j; k++) blocked[k] = 1;
    const hits: Hit[] = matchAll(lex.plain, env);
    const entityIdx = entities.get(context?.storyEntities);
    if (entityIdx) hits.push(...matchAll(entityIdx, env));
    const abusive = new Uint8Array(tokens.length);
    for (const h of hits) if (EVIDENCE_CATEGORIES.has(h.ce.entry.category)) for (let k = h.i; k < h.j; k++) abusive[k] = 1;
    const mentions = findMentions({ tokens, hits, english: lex.english, hinglish: lex.hinglish, abusive });
    env.mentionsAt = mentionsByStart(mentions);
    hits.push(...matchAll(lex.slotted, env));
    const { evidence, groupSlur, discounted } = analyse(hits, env.mentionsAt, tokens, cuesOf(hits, tokens));

    const listHits = (idx: ReturnType<PhraseCache['get']>, label: Label): Evidence[] =>
      idx ? matchAll(idx, { ...env, blocked: new Uint8Array(tokens.length) }).map((h) => ({ label, s: h.s, e: h.e, score: 1, source: `site: ${h.ce.entry.source}` })) : [];
    const banned = listHits(bannedWords.get(context?.settings?.bannedWords), 'vulgar');
    const suspect = listHits(suspectWords.get(context?.settings?.suspectWords), 'vulgar');

    const lexScores: Partial<Record<Label, number>> = {};
    for (const ev of evidence) lexScores[ev.label] = Math.max(lexScores[ev.label] ?? 0, ev.score);
    const model = classifier?.predict(norm.text);
    const modelScores = modelLabelScores(model);
    const scores: Partial<Record<Label, number>> = {};
    for (const l of LABELS) {
      const v = Math.max(lexScores[l] ?? 0, modelScores[l] ?? 0);
      if (v > 0) scores[l] = Math.round(v * 1000) / 1000;
    }
    let allowed = 0;
    for (let k = 0; k < tokens.length; k++) if (blocked[k]) allowed++;
    const groupMention = mentions.some((m) => m.type !== 'individual');
    return { lang: info.lang, lexScores, modelScores, scores, evidence, banned, suspect, groupSlur, discounted, allowed, groupMention, ...(model ? { model } : {}) };
  }

  function check(text: string, context?: ModerationContext): Verdict {
    const norm = normalise(text);
    const sig = signalsOf(text, context, norm);
    const settings = resolveSettings(context?.settings);
    const { decision, rule } = decide(sig, settings);
    // A label needs lexicon evidence over its threshold, or a model score high enough to hold the comment on its own;
    // so a verdict never shows a label that no rule acted on.
    const labels = LABELS.filter((l) => (sig.lexScores[l] ?? 0) >= settings.thresholds[l]
      || (sig.modelScores[l] ?? 0) >= modelBar(sig, settings, l));
    const labelSet = new Set<Label>(labels);
    const targets = new Set<Target>();
    const spans: Span[] = [];
    const seen = new Set<string>();
    const addSpan = (s: number, e: number, label: Label, target: Target | undefined, source: string) => {
      const o = toOriginalSpan(norm, text, s, e);
      const key = `${o.start}:${o.end}:${label}:${target ?? ''}`;
      if (o.end <= o.start || seen.has(key)) return;
      seen.add(key);
      spans.push({ start: o.start, end: o.end, label, ...(target ? { target } : {}), source });
    };
    for (const ev of [...sig.banned, ...sig.suspect]) addSpan(ev.s, ev.e, ev.label, undefined, ev.source);
    for (const ev of sig.evidence) {
      if (!labelSet.has(ev.label) || ev.score < settings.thresholds[ev.label]) continue;
      if (ev.target && (ev.label === 'insult' || ev.label === 'inflammatory')) targets.add(ev.target);
      addSpan(ev.s, ev.e, ev.label, ev.target, ev.source);
      if (ev.targetAt) addSpan(ev.targetAt[0], ev.targetAt[1], ev.label, ev.target, 'target');
    }
    // Model-only insult: take the target head's word when no lexicon target exists.
    if (labelSet.has('insult') && targets.size === 0 && sig.model) {
      const m = sig.model;
      if ((m.targetGroup ?? 0) > Math.max(m.targetIndividual ?? 0, m.targetOther ?? 0)) targets.add('community');
      else if ((m.targetIndividual ?? 0) > 0.5) targets.add('individual');
    }
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    return { decision, labels, targets: [...targets], scores: sig.scores, spans, rule, modelVersion, policyVersion, lang: sig.lang };
  }

  return { modelVersion, check, signals: (t, c) => signalsOf(t, c), lexicons: lex };
}
