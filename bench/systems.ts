// The benchmark's contestants (five npm filters) and the timing/F1 loop they all go through.
import { add, emptyCounts, scores, type Counts } from '../src/training/metrics';

export interface System { name: string; offensive: (text: string) => boolean }
export interface Labelled { text: string; lang: string; gold: 0 | 1 }
export interface BenchRow { name: string; perSecond: number; firstPerSecond: number; p50: number; p99: number; byLang: Record<string, { f1: number; macroF1: number; n: number }> }

export async function competitors(): Promise<System[]> {
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const { Filter } = await import('bad-words');
  const badWords = new Filter();
  const leo = (await import('leo-profanity')).default;
  const { profanity } = await import('@2toad/profanity');
  const all = (await import('allprofanity')).default;
  all.loadLanguages(['english', 'hindi']);
  return [
    { name: 'obscenity', offensive: (t) => obscenity.hasMatch(t) },
    { name: 'bad-words', offensive: (t) => badWords.isProfane(t) },
    { name: 'leo-profanity', offensive: (t) => leo.check(t) },
    { name: '@2toad/profanity', offensive: (t) => profanity.exists(t) },
    { name: 'allprofanity (en + hi)', offensive: (t) => all.check(t) },
  ];
}

const pct = (sorted: Float64Array, q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * Times every call over two passes after a 1,000-call warm-up. The first pass still pays for V8's tiering (about a
 * third slower for the engine); the second is the steady state a long-running server sees, and gives the latency
 * percentiles. Both rates are reported.
 */
export function measure(s: System, texts: string[], labelled: Labelled[], progress: (d: number, t: number) => void): BenchRow {
  for (let i = 0; i < Math.min(1000, texts.length); i++) s.offensive(texts[i]);
  const lat = new Float64Array(texts.length);
  const pass = (report: boolean): number => {
    const start = performance.now();
    for (let i = 0; i < texts.length; i++) {
      const t = performance.now();
      s.offensive(texts[i]);
      lat[i] = (performance.now() - t) * 1000;
      if (report && i % 1000 === 0) progress(i, 2 * texts.length);
      else if (!report && i % 1000 === 0) progress(texts.length + i, 2 * texts.length);
    }
    return (performance.now() - start) / 1000;
  };
  const first = pass(true);
  const total = pass(false);
  progress(2 * texts.length, 2 * texts.length);
  lat.sort();
  const counts: Record<string, Counts> = {};
  for (const l of labelled) add((counts[l.lang] ??= emptyCounts()), l.gold, s.offensive(l.text));
  const byLang = Object.fromEntries(Object.entries(counts).map(([k, c]) => { const r = scores(c); return [k, { f1: r.f1, macroF1: r.macroF1, n: r.n }]; }));
  return { name: s.name, perSecond: texts.length / total, firstPerSecond: texts.length / first, p50: pct(lat, 0.5), p99: pct(lat, 0.99), byLang };
}

// Templated comments for when the data folder is absent: speed is still measurable, F1 is not.
const PARTS = {
  en: ['The minister said', 'I think this policy', 'Great reporting on', 'What a joke, this', 'Nobody believes', 'Thanks for covering'],
  hi: ['सरकार ने कहा कि', 'यह खबर बहुत', 'मुझे लगता है', 'बिल्कुल सही बात', 'ये लोग कभी नहीं'],
  hinglish: ['bhai ye kya hai', 'sahi baat hai yaar', 'sarkar kuch nahi karti', 'kya bakwas news hai', 'bilkul sahi kaha'],
  tail: ['the budget for the city.', 'की बात सही है।', 'aur kuch nahi.', 'in Kyiv yesterday.', 'is a total idiot.', 'लोगों के लिए।'],
};

export function generatedComments(n: number): string[] {
  const heads = [...PARTS.en, ...PARTS.hi, ...PARTS.hinglish];
  return Array.from({ length: n }, (_, i) => `${heads[i % heads.length]} ${PARTS.tail[(i * 7) % PARTS.tail.length]} #${i % 97}`);
}
