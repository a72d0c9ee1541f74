// Per-call phrase lists (story entities, a site's banned and suspect words), compiled once and memoised.
import { compilePhrases, parseLexicon, type PhraseIndex } from './lexicons';

const MAX_CACHED = 256;

export class PhraseCache {
  private cache = new Map<string, PhraseIndex>();

  constructor(private readonly lang: string, private readonly category: string) {}

  get(words: readonly string[] | undefined): PhraseIndex | undefined {
    if (!words || words.length === 0) return undefined;
    const key = words.join('\n');
    let idx = this.cache.get(key);
    if (!idx) {
      // Words are data from settings or a story: strip the lexicon syntax characters so they stay literal.
      const text = words.map((w) => w.replace(/[;#|{}_]/g, ' ').trim()).filter(Boolean).join('\n');
      idx = compilePhrases(parseLexicon(`${this.lang}/${this.category}.txt`, text), new Set());
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, idx);
    }
    return idx;
  }
}
