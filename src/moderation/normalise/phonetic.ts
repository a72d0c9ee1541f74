// phoneticKey(): a spelling-insensitive key for romanised Hindi, so "chutiya", "chootiya" and "chutia" meet.

/** Ordered rewrites; earlier ones see the raw spelling. Aspirates fold to the plain consonant. */
const REWRITES: Array<[RegExp, string]> = [
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/chh/g, 'c'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/bh/g, 'b'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/jh/g, 'j'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/y/g, 'i'],
  [/h/g, ''],
  [/(.)\1+/g, '$1'],
];

const cache = new Map<string, string>();

/** Key of one lower-case Latin token. Not used for display, only for lexicon lookup. */
export function phoneticKey(token: string): string {
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  let k = token;
  for (const [re, to] of REWRITES) k = k.replace(re, to);
  // A trailing 'a' after a consonant is often dropped or added ("kutta"/"kutt", "gandu"/"gaandu" are covered by folding).
  if (cache.size < 100_000) cache.set(token, k);
  return k;
}
