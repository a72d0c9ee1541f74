// Warm-up at engine creation: a few built-in comments, one of each shape, run a few times so that V8 has type feedback
// for every branch (Devanagari and Latin, masks, leet, spelled-out words, quotes, slots, long text, site lists) before
// it optimises the hot functions. Without it the first ~10,000 real comments pay for deoptimisations and re-tiering
// (measured: about half the steady-state rate). Costs ~tens of ms once; verdicts are unaffected (the engine is pure;
// only memo caches of words and characters are filled).
import type { ModerationContext } from './types';

interface Sample { text: string; context?: ModerationContext }

const TEXTS: string[] = [
  'Thanks for the detailed report on the city budget, very useful.',
  'I think the minister is wrong about this policy, but it is a fair debate.',
  'You are an idiot and a liar, shut up.',
  'These people are animals and should all be shot.',
  'What the f**k is this sh1t?? Total b.s. from @newsdesk',
  'f.u.c.k this, y o u  a r e  s t u p i d',
  'Sooooo gooood, loooove it!!!',
  'He said "idiot" to me, calling people names is wrong.',
  'I am not saying he is a fool, maybe he is just tired.',
  'PM Modi and Mr Sharma met Rahul Gandhi in Delhi on Monday.',
  'The MLA took a bribe and is a corrupt thief, everyone knows it.',
  'ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ and Ѕоmе Сyrillіc lооkаlіkes, ς and \u200bzero\u200bwidth.',
  'Covid19 cases fell in 2024, the 10th report says; 5g towers are fine.',
  'Assassin\'s Creed is a game; Scunthorpe is a town in England.',
  'यह खबर बहुत अच्छी है, सरकार को धन्यवाद।',
  'तू कमीना है, तुझे मार डालूंगा।',
  'मुझे लगता है कि नेता जी ने सही कहा, लेकिन "गद्दार" कहना गलत है।',
  'ये लोग कभी नहीं सुधरेंगे, सब चोर हैं',
  'bhai ye kya bakwas hai yaar, sahi baat hai',
  'tu kamina hai saale, chup kar',
  'sarkar kuch nahi karti, sab neta chor hain',
  'abe ch00tiya, teri maa ki... mat bol aisa',
  'Modi ji ne kaha ki desh aage badhega, BJP aur Congress dono galat hain',
  'यह news bahut bekaar hai yaar, बिल्कुल गलत',
  'kill all of them!!! @rahul_99 u r a m0r0n | stop it; now?',
  'Gali mat do, wo galat hai. Quoted: "kutta" was said by him.',
];

function samples(): Sample[] {
  const out: Sample[] = TEXTS.map((text) => ({ text }));
  // A long comment (long-text branches) and the per-call lists (story entities, a site's banned and suspect words).
  out.push({ text: TEXTS.slice(0, 12).join(' ').repeat(3) });
  out.push({ text: 'Ramesh Kumar of Acme Corp is a fraud, and the word bloop is banned.', context: { storyEntities: ['Ramesh Kumar', 'Acme Corp'], settings: { bannedWords: ['bloop'], suspectWords: ['blorp'] } } });
  out.push({ text: 'Nothing wrong with blorp here.', context: { settings: { suspectWords: ['blorp'], thresholds: { vulgar: 0.9 }, actions: { insult: 'reject' } } } });
  return out;
}

/** Runs `check` over the built-in samples `rounds` times; returns how many calls were made. */
export function warmUp(check: (text: string, context?: ModerationContext) => unknown, rounds = 4): number {
  const list = samples();
  let calls = 0;
  for (let r = 0; r < rounds; r++) for (const s of list) { check(s.text, s.context); calls++; }
  return calls;
}
