// Public face of the normaliser: folded text with an offset map, the phonetic key, and character classes.
export { normalise, toOriginalSpan, FLAG_I_OR_L } from './normalise';
export type { Normalised } from './normalise';
export { phoneticKey } from './phonetic';
export { romanise } from './romanise';
export { isLetter, isDigit, isTokenChar, isDevanagari, isLatinLetter } from './chars';
