// Language and script per token and per comment: en, hi (Devanagari), hinglish (romanised Hindi), mixed.
import type { Lang } from '../types';
import type { Token } from '../lexicons/tokens';

export type TokenLang = 'en' | 'hi' | 'hinglish' | 'other';

export interface LangInfo {
  lang: Lang;
  perToken: TokenLang[];
  devanagari: number;
  latin: number;
  hinglishMarkers: number;
  englishMarkers: number;
}

export function tokenLang(t: Token, english: Set<string>, hinglish: Set<string>): TokenLang {
  if (t.deva) return 'hi';
  if (!t.latin) return 'other';
  if (hinglish.has(t.text)) return 'hinglish';
  if (english.has(t.text)) return 'en';
  return 'other';
}

function hasLatinLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c >= 0x61 && c <= 0x7a) return true; }
  return false;
}

/** Devanagari with substantial Latin is `mixed`; Latin with Hindi function words is `hinglish`; else `en`. */
export function detectLang(tokens: Token[], english: Set<string>, hinglish: Set<string>): LangInfo {
  const perToken: TokenLang[] = [];
  for (let k = 0; k < tokens.length; k++) perToken.push(tokenLang(tokens[k], english, hinglish));
  let dev = 0, lat = 0, hm = 0, em = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].deva) dev++;
    else if (tokens[k].latin && hasLatinLetter(tokens[k].text)) lat++;
    if (perToken[k] === 'hinglish') hm++;
    else if (perToken[k] === 'en') em++;
  }
  let lang: Lang = 'en';
  if (dev > 0 && lat >= 2 && lat * 3 >= dev) lang = 'mixed';
  else if (dev > 0 && dev >= lat) lang = 'hi';
  else if (hm >= 2 && hm * 2 >= em) lang = 'hinglish';
  else if (hm >= 1 && hm >= em) lang = 'hinglish';
  else if (dev > 0) lang = 'mixed';
  return { lang, perToken, devanagari: dev, latin: lat, hinglishMarkers: hm, englishMarkers: em };
}
