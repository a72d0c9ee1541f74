// Parses lexicon data files (one phrase per line, `;` then flags) into entries; pure: text in, entries out.

/** A slot in a phrase matches a kind of mention instead of a word. */
export const SLOTS = ['{group}', '{person}', '{target}', '{any}', '{you}'] as const;
export type Slot = (typeof SLOTS)[number];

export interface LexiconEntry {
  /** Language folder: en, hi, hinglish (or `any` for files at the root). */
  lang: string;
  /** File name without extension: vulgar, obscene, insult, slur, threat, allegation, country, … */
  category: string;
  /** One variant of the phrase: words and slots, after alternatives (`a|b`) are expanded. */
  tokens: string[];
  /** The line as written, for explanations. */
  source: string;
  weight?: number;
  /** Only counts when the comment is Hindi or Hinglish ("lund", "randi" are also names). */
  ctx?: boolean;
  /** May match inside a longer word ("fuck" in "fuckface"); only for words no innocent word contains. */
  sub?: boolean;
  /** Do not generate English inflections (plurals, or -ed, -ing, -er… for `verb` words). */
  noinfl?: boolean;
  /** The word is also a verb: generate -ed, -ing, -er, -ers, -in forms as well as plurals. */
  verb?: boolean;
  /** Target type the word itself names (slurs, gazetteers). */
  target?: string;
}

/** The shape files arrive in: path relative to lexicons/ ("en/vulgar.txt") → file text. */
export type LexiconFiles = Record<string, string>;

const MAX_VARIANTS = 64;

function expand(words: string[][]): string[][] {
  let out: string[][] = [[]];
  for (const alts of words) {
    const next: string[][] = [];
    for (const prefix of out) for (const a of alts) next.push(a === '_' ? prefix : [...prefix, a]);
    out = next;
    if (out.length > MAX_VARIANTS * 8) throw new Error(`lexicon phrase expands to too many variants: ${words.map((w) => w.join('|')).join(' ')}`);
  }
  return out.filter((t) => t.length > 0);
}

/** Parse one file. `_` as an alternative means "no word here" ("burn|torch _|their|the houses"). */
export function parseLexicon(path: string, text: string): LexiconEntry[] {
  const parts = path.replace(/\\/g, '/').replace(/\.txt$/, '').split('/');
  const category = parts[parts.length - 1];
  const lang = parts.length > 1 ? parts[parts.length - 2] : 'any';
  const entries: LexiconEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [phrase, flagText = ''] = line.split(';');
    const flags: Record<string, string> = {};
    for (const f of flagText.trim().split(/\s+/).filter(Boolean)) {
      const [k, v = 'true'] = f.split('=');
      flags[k] = v;
    }
    const words = phrase.trim().toLowerCase().split(/\s+/).map((w) => w.split('|'));
    for (const tokens of expand(words)) {
      entries.push({
        lang, category, tokens, source: phrase.trim(),
        ...(flags.w ? { weight: Number(flags.w) } : {}),
        ...(flags.ctx ? { ctx: true } : {}),
        ...(flags.sub ? { sub: true } : {}),
        ...(flags.noinfl ? { noinfl: true } : {}),
        ...(flags.verb ? { verb: true } : {}),
        ...(flags.t ? { target: flags.t } : {}),
      });
    }
  }
  return entries;
}

export function parseLexicons(files: LexiconFiles): LexiconEntry[] {
  return Object.keys(files).sort().flatMap((p) => parseLexicon(p, files[p]));
}
