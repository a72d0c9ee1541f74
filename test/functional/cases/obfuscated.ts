// Obfuscated profanity in English, Hinglish and Hindi: every disguise × words × sentence frames.
import { cases, NOT_APPROVED, type Case } from '../types';
import { OBFUSCATIONS } from '../obfuscate';

const EN_WORDS = ['fuck', 'shit', 'bitch', 'asshole', 'bastard', 'cunt'];
const EN_FRAMES = ['what the {w} is this', '{w} this government', 'such a {w} article', 'oh {w}, not again'];
const HINGLISH_WORDS = ['chutiya', 'bhenchod', 'madarchod', 'gandu', 'bhosdike'];
const HINGLISH_FRAMES = ['kya {w} hai yaar', 'abe {w} chup kar', 'ye sab {w} log hain'];

function build(words: string[], frames: string[]): Array<Omit<Case, 'id' | 'group'>> {
  const out: Array<Omit<Case, 'id' | 'group'>> = [];
  let f = 0;
  for (const [name, fn] of Object.entries(OBFUSCATIONS)) {
    for (const w of words) {
      const disguised = fn(w);
      if (disguised === w) continue;
      const frame = frames[f++ % frames.length];
      out.push({ text: frame.replace('{w}', () => disguised), expect: { decision: NOT_APPROVED, spanCovers: disguised.replace(/!+$/, '') }, note: name });
    }
  }
  return out;
}

export const obfuscatedCases: Case[] = [
  ...cases('en.vulgar.obfuscated', build(EN_WORDS, EN_FRAMES)),
  ...cases('hinglish.vulgar.obfuscated', build(HINGLISH_WORDS, HINGLISH_FRAMES).filter((c) => !/[＀-￯]/.test(c.text))),
  ...cases('hi.vulgar.variants', [
    { text: 'तू भोसड़ीके है', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'तू भोसडीके है', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'तू भोस\u200dड़ीके है', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'ये सब चूतिया हैं', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'ये सब चुतिया हैं', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'मादरचोद नेता', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'बहनचोद क्या बकवास है', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'गांडू साला', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'गाँडू साला', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'हरामज़ादे चुप रह', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'हरामजादे चुप रह', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'तेरी माँ की आँख', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'तेरी मां की आंख', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'लौड़ा लहसुन', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
    { text: 'लोड़ा लहसुन', expect: { decision: NOT_APPROVED, labels: ['vulgar'] } },
  ]),
];
