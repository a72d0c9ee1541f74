// Script ratios and a coarse language guess used as dense features and to pick the per-language calibration.

export type ModelLang = 'en' | 'hi' | 'hinglish';
export const MODEL_LANGS: readonly ModelLang[] = ['en', 'hi', 'hinglish'];

// Frequent romanised-Hindi function words; English rarely contains them as whole words.
export const HINGLISH_WORDS = new Set([
  'hai', 'hain', 'ho', 'nahi', 'nhi', 'nahin', 'kya', 'kyu', 'kyun', 'ki', 'ka', 'ke', 'ko', 'se', 'bhi', 'aur', 'ye', 'yeh',
  'wo', 'woh', 'tum', 'tu', 'mein', 'mai', 'main', 'hum', 'ap', 'aap', 'tha', 'thi', 'the', 'kar', 'karo', 'kr', 'ek', 'sab',
  'koi', 'kuch', 'bhai', 'ji', 'par', 'pe', 'hota', 'hoga', 'raha', 'rahe', 'rha', 'gaya', 'diya', 'liye', 'jo', 'jab', 'tab',
  'abhi', 'log', 'logo', 'apna', 'apne', 'mera', 'meri', 'tera', 'teri', 'uska', 'iska', 'bas', 'sirf', 'bahut', 'bohot', 'kaise',
  'saala', 'sala', 'yaar', 'desh', 'kaha', 'mat',
]);
export const AMBIGUOUS = new Set(['the', 'main', 'par', 'mat', 'ho', 'me', 'ki']);

export interface ScriptInfo {
  devanagari: number;
  latin: number;
  lang: ModelLang;
}

/** The language decision from letter counts and Hinglish function-word hits (shared by both callers below). */
export function decideLang(dev: number, lat: number, hits: number, strong: number, tokens: number): ScriptInfo {
  const letters = dev + lat || 1;
  const devanagari = dev / letters;
  const latin = lat / letters;
  if (devanagari >= 0.3) return { devanagari, latin, lang: 'hi' };
  const hinglish = (strong >= 1 && hits >= 2) || strong >= 2 || (tokens > 0 && hits / tokens >= 0.25 && strong >= 1);
  return { devanagari, latin, lang: hinglish ? 'hinglish' : 'en' };
}

/** Fractions of letters in Devanagari and Latin, and the language the calibration should use. */
export function scriptInfo(text: string, tokens: readonly string[]): ScriptInfo {
  let dev = 0, lat = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0900 && c <= 0x097f) dev++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) lat++;
  }
  let hits = 0, strong = 0;
  for (const t of tokens) {
    if (HINGLISH_WORDS.has(t)) { hits++; if (!AMBIGUOUS.has(t)) strong++; }
  }
  return decideLang(dev, lat, hits, strong, tokens.length);
}
