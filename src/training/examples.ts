// Raw dataset rows → labelled examples: repaired text, normalised text, language, licence, heads.
import { normalise } from '../moderation/normalise';
import { prepareText, scriptInfo, type ModelLang } from '../moderation/classifier';
import { SOURCES, mapLabel, type HeadLabels, type LicenceClass } from './labels';
import type { RawRow } from './datasets';
import { repairText } from './text-fixes';

export interface Example {
  source: string;
  /** Raw label key; with `source` it is the stratum of the validation split. */
  key: string;
  /** Repaired text as a reader would have typed it (what the engine and the npm filters get in the benchmark). */
  original: string;
  /** Normalised text: what the engine hands the classifier. */
  text: string;
  /** Duplicate key: normalised text without placeholders, punctuation or spacing. */
  dedup: string;
  lang: ModelLang;
  licence: LicenceClass;
  labels: HeadLabels;
  /** What the lexicons found in `original` (src/moderation/lexfeatures.ts): the model's extra features. Set by `withLexFeatures`. */
  extra?: Record<string, number>;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** Key under which two texts count as the same comment (case, punctuation, @handles and links ignored). */
export function dedupKey(normalised: string): string {
  return (prepareText(normalised).replace(/\bxx(?:user|url)\b/g, ' ').match(TOKEN_RE) ?? []).join(' ');
}

/** Language of a row: English sources are 'en'; Indic sources are 'hi' (Devanagari) or 'hinglish' by script. */
export function rowLang(family: 'en' | 'indic' | 'detect', text: string): ModelLang {
  if (family === 'en') return 'en';
  const tokens = prepareText(text).match(TOKEN_RE) ?? [];
  const info = scriptInfo(text, tokens);
  if (family === 'detect') return info.lang;
  return info.lang === 'hi' ? 'hi' : 'hinglish';
}

export function toExamples(raw: RawRow[]): Example[] {
  const out: Example[] = [];
  for (const r of raw) {
    const labels = mapLabel(r.source, r.key);
    if (!labels) continue;
    const repaired = repairText(r.text ?? '');
    if (!repaired) continue;
    const text = normalise(repaired).text;
    const dedup = dedupKey(text);
    if (!dedup) continue;
    const spec = SOURCES[r.source];
    out.push({ source: r.source, key: r.key, original: repaired, text, dedup, lang: rowLang(spec.langFamily, text), licence: spec.licence, labels });
  }
  return out;
}
