// phoneticKey(): a spelling-insensitive key for romanised Hindi, so "chutiya", "chootiya" and "chutia" meet.

/** Aspirates fold to the plain consonant: "bh" → b, "kh" → k, …; "ph" is f. */
const ASPIRATE: Record<string, string> = { s: 's', k: 'k', g: 'g', b: 'b', d: 'd', t: 't', p: 'f', j: 'j', c: 'c' };
/** Letters that romanised Hindi writes interchangeably. */
const SWAP: Record<string, string> = { q: 'k', w: 'v', z: 'j', y: 'i' };

/**
 * Key of one lower-case Latin token, in one pass: ee→i, oo→u, chh/ch→c, sh→s, kh→k, gh→g, bh→b, dh→d, th→t,
 * ph→f, jh→j, ck→k, q→k, w→v, z→j, y→i, other h dropped, doubled letters folded. For lookup only, never shown.
 */
export function phoneticKey(token: string): string {
  let out = '';
  let last = '';
  const n = token.length;
  for (let i = 0; i < n; i++) {
    const ch = token[i];
    const next = i + 1 < n ? token[i + 1] : '';
    let emit = ch;
    if (ch === 'e' && next === 'e') { emit = 'i'; i++; }
    else if (ch === 'o' && next === 'o') { emit = 'u'; i++; }
    else if (next === 'h' && ASPIRATE[ch] !== undefined) { emit = ASPIRATE[ch]; i++; if (ch === 'c' && i + 1 < n && token[i + 1] === 'h') i++; }
    else if (ch === 'c' && next === 'k') { emit = 'k'; i++; }
    else if (ch === 'h') continue;
    else if (SWAP[ch] !== undefined) emit = SWAP[ch];
    if (emit === last) continue;
    out += emit;
    last = emit;
  }
  return out;
}
