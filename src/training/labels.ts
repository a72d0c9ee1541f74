// THE label-mapping table: every dataset's raw label → our model heads, its licence class and its language family.
import type { HeadName } from '../moderation/classifier';

export type LicenceClass = 'open' | 'unstated' | 'non-commercial' | 'research-only';
export type HeadLabels = Partial<Record<HeadName, 0 | 1>>;

export interface SourceSpec {
  /** Folder under the data directory. */
  folder: string;
  licence: LicenceClass;
  /** Whether the DEFAULT shipped model may train on it (see MODEL_CARD.md for the reasoning). */
  inDefault: boolean;
  /** 'en' rows are English; 'indic' rows are Hindi or Hinglish by script; 'detect' uses the script guess for all three. */
  langFamily: 'en' | 'indic' | 'detect';
  /**
   * Raw label key (built by the loader, documented per source) → heads. A head absent from an entry is NOT trained on
   * that row: each source only teaches what its annotation actually defines. An empty entry drops the row.
   */
  map: Record<string, HeadLabels>;
}

const HASOC: Record<string, HeadLabels> = {
  // key task1/task2. PRFN vs NOT defines profanity; HATE and OFFN rows may or may not swear, so profanity is unset there.
  'NOT/NONE': { offensive: 0, hate: 0, profanity: 0 },
  'HOF/HATE': { offensive: 1, hate: 1 },
  'HOF/OFFN': { offensive: 1, hate: 0 },
  'HOF/PRFN': { offensive: 1, hate: 0, profanity: 1 },
};
const HASOC2019: Record<string, HeadLabels> = {
  // key task1/task2/task3; task3 TIN/UNT is OLID's level B.
  'NOT/NONE/NONE': { ...HASOC['NOT/NONE'], targeted: 0 },
  'HOF/HATE/TIN': { ...HASOC['HOF/HATE'], targeted: 1 }, 'HOF/HATE/UNT': { ...HASOC['HOF/HATE'], targeted: 0 },
  'HOF/OFFN/TIN': { ...HASOC['HOF/OFFN'], targeted: 1 }, 'HOF/OFFN/UNT': { ...HASOC['HOF/OFFN'], targeted: 0 },
  'HOF/PRFN/TIN': { ...HASOC['HOF/PRFN'], targeted: 1 }, 'HOF/PRFN/UNT': { ...HASOC['HOF/PRFN'], targeted: 0 },
};
const TRAC: Record<string, HeadLabels> = {
  // Aggression is not offensiveness: only the clear ends are used; covert aggression (CAG) is dropped.
  OAG: { offensive: 1 }, NAG: { offensive: 0 }, CAG: {},
};
const target = (t: 'IND' | 'GRP' | 'OTH'): HeadLabels => ({
  offensive: 1, targeted: 1, targetIndividual: t === 'IND' ? 1 : 0, targetGroup: t === 'GRP' ? 1 : 0, targetOther: t === 'OTH' ? 1 : 0,
});

export const SOURCES: Record<string, SourceSpec> = {
  // key subtask_a/subtask_b/subtask_c. OLID NOT excludes any profanity, so it teaches profanity 0; UNT is untargeted swearing.
  olid: { folder: 'olid', licence: 'open', inDefault: true, langFamily: 'en', map: {
    'NOT/NULL/NULL': { offensive: 0, profanity: 0, targeted: 0 },
    'OFF/UNT/NULL': { offensive: 1, profanity: 1, targeted: 0 },
    'OFF/TIN/IND': target('IND'), 'OFF/TIN/GRP': target('GRP'), 'OFF/TIN/OTH': target('OTH'),
    'OFF/TIN/NULL': { offensive: 1, targeted: 1 },
  } },
  // key class: 0 hate, 1 offensive, 2 neither. "Offensive" is mostly slur-word swearing, hence profanity.
  davidson2017: { folder: 'davidson2017', licence: 'open', inDefault: true, langFamily: 'en', map: {
    0: { offensive: 1, hate: 1 }, 1: { offensive: 1, hate: 0, profanity: 1 }, 2: { offensive: 0, hate: 0, profanity: 0 },
  } },
  // key category: 0 normal, 1 hatespeech, 2 offensive (3 undecided is not loaded).
  hatexplain: { folder: 'hatexplain', licence: 'open', inDefault: true, langFamily: 'en', map: {
    0: { offensive: 0, hate: 0 }, 1: { offensive: 1, hate: 1 }, 2: { offensive: 1, hate: 0 },
  } },
  'hasoc2019-en': { folder: 'hasoc2019', licence: 'unstated', inDefault: true, langFamily: 'en', map: HASOC2019 },
  'hasoc2019-hi': { folder: 'hasoc2019', licence: 'unstated', inDefault: true, langFamily: 'indic', map: HASOC2019 },
  'hasoc2020-en': { folder: 'hasoc2020', licence: 'unstated', inDefault: true, langFamily: 'en', map: HASOC },
  'hasoc2020-hi': { folder: 'hasoc2020', licence: 'unstated', inDefault: true, langFamily: 'indic', map: HASOC },
  'hasoc2021-en': { folder: 'hasoc2021', licence: 'unstated', inDefault: true, langFamily: 'en', map: HASOC },
  'hasoc2021-hi': { folder: 'hasoc2021', licence: 'unstated', inDefault: true, langFamily: 'indic', map: HASOC },
  // key HOF/NONE; labels were given in thread context, the model sees the item alone (a known source of noise).
  ichcl: { folder: 'hasoc2021-ichcl', licence: 'unstated', inDefault: true, langFamily: 'detect', map: {
    HOF: { offensive: 1 }, NONE: { offensive: 0 },
  } },
  // key 0 abusive / 1 non-abusive (inverted in the source).
  'macd-hi': { folder: 'macd-hindi', licence: 'unstated', inDefault: true, langFamily: 'indic', map: {
    0: { offensive: 1 }, 1: { offensive: 0 },
  } },
  // key yes/no (malformed n/on read as no). "no" = not hate, which may still be offensive, so offensive is unset.
  bohra2018: { folder: 'bohra2018-hinglish-hate', licence: 'research-only', inDefault: false, langFamily: 'indic', map: {
    yes: { offensive: 1, hate: 1 }, no: { hate: 0 },
  } },
  // key reduced label set: fake/defamation-only posts are hostile in another sense and are dropped.
  constraint2021: { folder: 'constraint2021-hindi-hostility', licence: 'research-only', inDefault: false, langFamily: 'indic', map: {
    'non-hostile': { offensive: 0, hate: 0 }, hate: { offensive: 1, hate: 1 }, offensive: { offensive: 1, hate: 0 },
    'hate,offensive': { offensive: 1, hate: 1 }, other: {},
  } },
  'trac1-en': { folder: 'trac1', licence: 'non-commercial', inDefault: false, langFamily: 'en', map: TRAC },
  'trac1-hi': { folder: 'trac1', licence: 'non-commercial', inDefault: false, langFamily: 'indic', map: TRAC },
  'trac2-en': { folder: 'trac2', licence: 'non-commercial', inDefault: false, langFamily: 'en', map: TRAC },
  'trac2-hi': { folder: 'trac2', licence: 'non-commercial', inDefault: false, langFamily: 'indic', map: TRAC },
  // key severity (the README says 1–5, the file holds 1–10); every entry becomes a single-word offensive, profane row.
  'hinglish-profanity': { folder: 'hinglish-profanity-list', licence: 'research-only', inDefault: false, langFamily: 'indic',
    map: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), { offensive: 1, profanity: 1 }])) },
};

/** Heads defined by a source's raw label; undefined when the key is not in the table (the row is then dropped). */
export function mapLabel(source: string, key: string): HeadLabels | undefined {
  const entry = SOURCES[source]?.map[key];
  return entry && Object.keys(entry).length > 0 ? entry : undefined;
}

/** Sources a model trains on: the default excludes non-commercial and research-only data. */
export function sourcesFor(research: boolean): string[] {
  return Object.keys(SOURCES).filter((s) => research || SOURCES[s].inDefault);
}
