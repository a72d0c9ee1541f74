// Minimum pass rate per functionality group, set from what the engine reaches (lexicons only) with some headroom.
// A group not listed must reach DEFAULT_MIN. Raise these as the engine improves; never lower one to make a test pass.

export const DEFAULT_MIN = 0.8;

export const MIN_PASS: Record<string, number> = {
  'en.vulgar.obfuscated': 0.9,
  'hinglish.vulgar.obfuscated': 0.9,
  'hi.vulgar.variants': 0.9,
  'en.vulgar': 0.9,
  'hinglish.vulgar': 0.9,
  'neg.figurative-kill': 0.85,
  'neg.neutral-identity': 0.9,
  'neg.neutral-identity.hi': 0.8,
  'neg.counter-speech': 0.8,
  'neg.scunthorpe': 0.9,
  'neg.policy-criticism': 0.85,
  'neg.opinion': 0.8,
  'neg.ordinary': 0.9,
  'settings.words': 1,
  spans: 1,
  // Written after the lexicons were frozen (first run, lexicons only: 12/20, 8/10, 13/15, 25/25); the lexicons were then
  // revised with general vocabulary (twit, stooge, "{group} are terrorists", …), so these now pass higher than first run.
  'unseen.abuse.en': 0.6,
  'unseen.abuse.hi': 0.8,
  'unseen.abuse.hinglish': 0.85,
  'unseen.clean': 0.95,
  // Second unseen batch, first run (after the first batch's lexicon revision): 12/20, 10/15, 19/20 — the one clean
  // failure ("Analysts expect rates to fall": "rat" inflected to "rates") was a bug, since fixed (plurals only for nouns).
  // Later general threat and insult vocabulary lifted the abuse groups (18/20, 14/15); minimums stay at the first run.
  'unseen2.abuse.en': 0.6,
  'unseen2.abuse.hinglish-hi': 0.65,
  'unseen2.clean': 0.95,
  // Third batch, written last, first run: lexicons only 18/30 abuse, 29/30 clean; with charcha-mod-1 24/30, 28/30.
  // The minimum must hold for both (the suite runs with whatever model models/ holds).
  'unseen3.abuse': 0.6,
  'unseen3.clean': 0.9,
  // Fourth batch, written after lexicon revision 3 and model generation 2, first run with charcha-mod-2: 23/30 abuse, 29/30
  // clean (misses: "lying weasel", "brain-dead columnist", "crawl back under your rock, troll", "pathetic excuse for a
  // human being", "bloodthirsty butcher", "{group} should be thrown out of the country", "neta sab chor aur lutere";
  // held: "He is a traitor in the novel, the critic says"). Not tuned against; minimums at the first run.
  'unseen4.abuse': 0.75,
  'unseen4.clean': 0.95,
};

export function minimumFor(group: string): number {
  return MIN_PASS[group] ?? DEFAULT_MIN;
}
