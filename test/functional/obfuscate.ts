// Ways readers hide a word from filters; each returns the disguised word (the test knows where it sits).

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', h: 'һ', k: 'к' };
const GREEK: Record<string, string> = { o: 'ο', u: 'υ', i: 'ι', k: 'κ', t: 'τ', a: 'α', n: 'η' };

export const OBFUSCATIONS: Record<string, (w: string) => string> = {
  leet: (w) => { let done = 0; return [...w].map((c, k) => (k > 0 && LEET[c] && done++ < 2 ? LEET[c] : c)).join(''); },
  dots: (w) => [...w].join('.'),
  spaces: (w) => [...w].join(' '),
  dashes: (w) => [...w].join('-'),
  mask: (w) => w[0] + '*'.repeat(Math.max(1, w.length - 3)) + w.slice(Math.max(2, w.length - 2)),
  cyrillic: (w) => [...w].map((c) => CYRILLIC[c] ?? c).join(''),
  greek: (w) => [...w].map((c) => GREEK[c] ?? c).join(''),
  zerowidth: (w) => [...w].join('\u200b'),
  repeat: (w) => w.replace(/[aeiou]/, (v) => v.repeat(5)),
  fullwidth: (w) => [...w].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
  shouting: (w) => w.toUpperCase() + '!!!',
};
