// romanise(): a Devanagari word in plain Latin letters, for lookup only (never shown), so names a story gives in Latin
// ("Putin", "Zelensky") can be found when a reader writes them in Devanagari (पुतिन, ज़ेलेंस्की). Compare through phoneticKey().

const CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', व: 'v',
  श: 'sh', ष: 'sh', स: 's', ह: 'h', ळ: 'l',
  // Precomposed nukta letters (the normaliser usually decomposes them; kept for direct callers).
  क़: 'q', ख़: 'kh', ग़: 'g', ज़: 'z', ड़: 'r', ढ़: 'rh', फ़: 'f', य़: 'y',
};
const VOWELS: Record<string, string> = {
  अ: 'a', आ: 'aa', इ: 'i', ई: 'ee', उ: 'u', ऊ: 'oo', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e',
};
const MATRAS: Record<string, string> = {
  'ा': 'aa', 'ि': 'i', 'ी': 'ee', 'ु': 'u', 'ू': 'oo', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};
const NASAL = new Set(['ं', 'ँ']);
const LABIALS = new Set(['प', 'फ', 'ब', 'भ', 'म']);
const VIRAMA = '्';
const NUKTA = '़';

/**
 * Consonants carry an inherent "a" unless a vowel sign or virama follows; that "a" is dropped at the end of the word and
 * between a vowel and a consonant that has its own vowel (Hindi schwa deletion: पेसकोव → "peskov", क्रेमलिन → "kremlin").
 */
export function romanise(word: string): string {
  const chars = [...word];
  let out = '';
  let prevVowel = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const c = CONSONANTS[ch];
    if (c !== undefined) {
      let j = i + 1;
      if (chars[j] === NUKTA) j++;
      out += c;
      const next = chars[j];
      if (next !== undefined && MATRAS[next] !== undefined) { out += MATRAS[next]; i = j; prevVowel = true; continue; }
      if (next === VIRAMA) { i = j; prevVowel = false; continue; }
      i = j - 1;
      // Inherent vowel: silent at the end of the word, and after a vowel when the next consonant carries its own vowel.
      const after = chars[j];
      const atEnd = after === undefined || (NASAL.has(after) && j + 1 === chars.length);
      const nextIsConsonant = after !== undefined && CONSONANTS[after] !== undefined;
      // The next consonant "has its own vowel" with a vowel sign, or with its inherent vowel nasalised (शं in जयशंकर).
      const k = chars[j + 1] === NUKTA ? j + 2 : j + 1;
      const nextHasVowel = nextIsConsonant && (MATRAS[chars[k]] !== undefined || NASAL.has(chars[k]));
      if (atEnd || (prevVowel && nextHasVowel)) { prevVowel = false; continue; }
      out += 'a';
      prevVowel = true;
      continue;
    }
    const v = VOWELS[ch];
    if (v !== undefined) { out += v; prevVowel = true; continue; }
    // Anusvara sounds m before p, ph, b, bh, m (अंबानी → "ambaani"), n elsewhere.
    if (NASAL.has(ch)) { out += LABIALS.has(chars[i + 1]) ? 'm' : 'n'; continue; }
    if (ch === 'ः') { out += 'h'; continue; }
    if (ch === NUKTA || ch === VIRAMA) continue;
    out += ch;
    prevVowel = false;
  }
  return out;
}
