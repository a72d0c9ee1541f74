// Character classes over folded text (lower-case), cached per BMP code unit for speed.

const LETTER = 1;
const DIGIT = 2;
const classes = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);
const letterRe = /[\p{L}\p{M}]/u;
const digitRe = /\p{Nd}/u;

function classify(c: number): number {
  if (known[c]) return classes[c];
  const ch = String.fromCharCode(c);
  // Surrogate halves belong to emoji and rare scripts: treat as letters only if the pair is a letter — rare; call them neither.
  const k = letterRe.test(ch) ? LETTER : digitRe.test(ch) ? DIGIT : 0;
  classes[c] = k;
  known[c] = 1;
  return k;
}

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return classify(c) === LETTER;
}

export function isDigit(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return classify(c) === DIGIT;
}

/** A letter, digit or the mask '*': the characters a matching token is made of. */
export function isTokenChar(c: number): boolean {
  return c === 0x2a || isLetter(c) || isDigit(c);
}

export function isDevanagari(c: number): boolean {
  return c >= 0x0900 && c <= 0x097f;
}

export function isLatinLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
