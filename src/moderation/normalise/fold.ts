// Per-character folding: compatibility forms, accents, case, homoglyphs, invisible characters, Devanagari variants.

/** Characters that render as nothing (or only steer rendering) and are used to split words invisibly. */
const INVISIBLE = new Set<number>([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e,
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f,
  0x3164, 0xfeff, 0xffa0,
]);
// ZWJ/ZWNJ (200D/200C) only choose half-forms in Devanagari; dropping them never changes the word.

/** Lookalikes from other scripts (after lower-casing) → the Latin letter they imitate. */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't',
  'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd', 'ӏ': 'l', 'ԛ': 'q', 'ԝ': 'w', 'ь': 'b',
  'п': 'n', 'г': 'r', 'ɡ': 'g', 'һ': 'h', 'ү': 'y', 'ս': 'u',
  // Greek
  'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'ζ': 'z', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o',
  'ρ': 'p', 'σ': 'o', 'ς': 's', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'μ': 'u', 'ϲ': 'c', 'ϳ': 'j',
  // Armenian
  'օ': 'o', 'ո': 'n', 'հ': 'h', 'ց': 'g', 'զ': 'q', 'ա': 'w', 'ք': 'p', 'լ': 'l', 'ռ': 'n',
  // Latin letters NFKD does not decompose, and IPA lookalikes
  'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŧ': 't', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ʃ': 's',
  'ɑ': 'a', 'ɛ': 'e', 'ɪ': 'i', 'ɩ': 'i', 'ʋ': 'u', 'ɴ': 'n', 'ʀ': 'r', 'ʏ': 'y', 'ᴄ': 'c', 'ᴋ': 'k',
  'ᴏ': 'o', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ᴢ': 'z', 'ɢ': 'g', 'ʜ': 'h', 'ʟ': 'l', 'ᴍ': 'm', 'ᴛ': 't',
};

/** Capitals whose lower-case form imitates a different Latin letter (Greek Η → η looks like n, but Η looks like H). */
const UPPER_CONFUSABLES: Record<string, string> = { 'Η': 'h', 'Υ': 'y', 'Μ': 'm', 'Ν': 'n', 'Ϲ': 'c', 'Ѕ': 's' };

const NUKTA = 0x093c;
const CHANDRABINDU = 0x0901;
const ANUSVARA = 0x0902;

function isCombiningLatinMark(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

const cache = new Map<number, string>();

/** Fold one code point (not ASCII) to zero or more output characters. Cached: the set of code points seen is small. */
export function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out = '';
  if (INVISIBLE.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) {
    out = '';
  } else if (cp === CHANDRABINDU) {
    out = String.fromCharCode(ANUSVARA);
  } else {
    // NFKD: compatibility forms (fullwidth, math alphanumerics, ligatures) and accents split off, then dropped.
    const upper = UPPER_CONFUSABLES[String.fromCodePoint(cp)];
    const decomposed = upper ?? String.fromCodePoint(cp).normalize('NFKD').toLowerCase();
    for (const ch of decomposed) {
      const c = ch.codePointAt(0)!;
      if (c === NUKTA || isCombiningLatinMark(c) || INVISIBLE.has(c)) continue;
      if (c === CHANDRABINDU) { out += String.fromCharCode(ANUSVARA); continue; }
      out += CONFUSABLES[ch] ?? ch;
    }
    // NFKD of a lone mark can be empty; keep marks of Indic scripts (matras) which are letters' parts.
  }
  if (cache.size < 50_000) cache.set(cp, out);
  return out;
}
